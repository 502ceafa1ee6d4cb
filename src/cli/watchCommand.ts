/**
 * `npm run pdf -- --watch` and `npm run dev`: a build session kept running, rebuilding after saves, with (for
 * dev) the preview server. Runs until Ctrl-C (SIGINT) or SIGTERM.
 */
import { resolve } from "node:path";
import type { PreviewOptions, PreviewServer } from "../preview/server.js";
import { variantOutFile } from "../tailor/build.js";
import { BuildSession, DEFAULT_BUILD, type SessionOptions } from "../watch/session.js";
import { startWatchLoop } from "../watch/watchLoop.js";

export async function watchCommand(options: SessionOptions, preview?: PreviewOptions): Promise<void> {
  const session = new BuildSession(options);
  const print = {
    out: (line: string) => process.stdout.write(`${line}\n`),
    err: (line: string) => process.stderr.write(`${line}\n`),
  };
  let server: PreviewServer | undefined;
  const dir = options.common.contentDir;
  const loop = startWatchLoop(session, print, (round) => server?.publish(round));
  if (preview) {
    try {
      // Loaded only for a preview: a watching build serves nothing.
      const { startPreviewServer } = await import("../preview/server.js");
      server = await startPreviewServer(session, loop, preview);
    } catch (error) {
      await loop.close();
      throw error;
    }
    print.out(`preview: ${server.url}`);
  }
  await loop.ready;
  print.out(`watching ${resolve(dir)} for changes; Ctrl-C stops`);
  await new Promise<void>((done) => {
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
  });
  await server?.close();
  await loop.close();
}

/**
 * Where each version's PDF goes in a session, as a build would write it: `--out` names the default (or, with
 * `--variant`, that variant's) PDF, other variants go beside the default as `resume-NAME.pdf`.
 */
/** What the command line chose that a session needs besides the common build options. */
export interface SessionChoices {
  all?: boolean | undefined;
  variant?: string | undefined;
  out?: string | undefined;
  report?: string | undefined;
}

/** The options of the session `npm run pdf -- --watch` and `npm run dev` run, from their command lines. */
export function sessionOptions(
  common: SessionOptions["common"],
  values: SessionChoices,
  defaultOut: string,
  keepPages: boolean,
): SessionOptions {
  return {
    common,
    all: values.all ?? false,
    selected: values.variant ?? DEFAULT_BUILD,
    outFile: sessionOutFiles(defaultOut, values.out, values.variant),
    ...(values.report === undefined ? {} : { report: values.report }),
    keepPages,
  };
}

export function sessionOutFiles(
  defaultOut: string,
  out?: string,
  variant?: string,
): (name: string) => string {
  const defaultFile = variant === undefined ? (out ?? defaultOut) : defaultOut;
  return (name) => {
    if (name === DEFAULT_BUILD) return defaultFile;
    if (name === variant && out !== undefined) return out;
    return variantOutFile(name, defaultFile);
  };
}
