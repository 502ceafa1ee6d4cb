/**
 * `npm run model [-- --content DIR]`: prints the validated résumé model of a content folder as JSON (2-space
 * indent) on stdout; warnings go to stderr, and problems exit with status 1 as `file:line:col: message`.
 */
import { formatDiagnostic } from "../diagnostics.js";
import { loadResume } from "../model/load.js";
import { parseOptions } from "./args.js";
import { runCli } from "./run.js";

const DEFAULT_CONTENT = "content";

runCli(async (argv) => {
  const options = parseOptions(argv, {
    content: { type: "string", value: "DIR", description: "the content folder (default: content)" },
  });
  const { resume, warnings } = await loadResume(options.content ?? DEFAULT_CONTENT);
  for (const warning of warnings) process.stderr.write(`${formatDiagnostic(warning)}\n`);
  process.stdout.write(`${JSON.stringify(resume, null, 2)}\n`);
});
