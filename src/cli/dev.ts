/** `npm run dev`: the authoring loop with its preview page (see watchCommand.ts). */
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { userError } from "../diagnostics.js";
import { version } from "../packageRoot.js";
import { checkEditorTemplate, DEFAULT_EDITOR } from "../preview/editorUrl.js";
import { checkVariantName } from "../tailor/readVariant.js";
import { parseOptions } from "./args.js";
import { commonBuildOptions } from "./buildChoices.js";
import { DEV_FOOTER, DEV_OPTIONS, DEV_SUMMARY, DEV_USAGE } from "./devOptions.js";
import { helpText } from "./help.js";
import { runCli } from "./run.js";
import { sessionOptions, watchCommand } from "./watchCommand.js";

const DEFAULT_OUT = "output/resume.pdf";

async function main(argv: string[]): Promise<void> {
  const values = parseOptions(argv, DEV_OPTIONS);
  if (values.help) {
    process.stdout.write(helpText(DEV_USAGE, DEV_SUMMARY, DEV_OPTIONS, DEV_FOOTER));
    return;
  }
  if (values.version) {
    process.stdout.write(`vitae ${version()}\n`);
    return;
  }
  const common = commonBuildOptions(values);
  if (values.variant !== undefined) checkVariantName(values.variant);
  if (values.all && values.variant !== undefined)
    throw userError("--all builds every variant; pick the one shown in the page instead of --variant");
  const port = values.port === undefined ? 0 : portNumber(values.port);
  const editor = checkEditorTemplate(values.editor ?? DEFAULT_EDITOR);
  if (values.out === undefined) await mkdir(dirname(DEFAULT_OUT), { recursive: true });
  await watchCommand(sessionOptions(common, values, DEFAULT_OUT, true), { port, editor });
}

/** `--port N`: a port a user's program may listen on (0 would pick one: leave the option out for that). */
function portNumber(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < 1024 || n > 65535)
    throw userError(
      `--port must be a whole number from 1024 to 65535, not "${text}"`,
      "vitae",
      "leave --port out to pick a free port",
    );
  return n;
}

runCli(main);
