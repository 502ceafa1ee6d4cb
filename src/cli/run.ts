import { formatDiagnostic, UserError } from "../diagnostics.js";

/**
 * Runs a command's main function with the project's exit-status contract: 0 on success, 1 for user errors
 * (every diagnostic on its own line), 3 for internal errors (a bug: one line asking for a report).
 */
export function runCli(main: (argv: string[]) => Promise<void>): void {
  for (const stream of [process.stdout, process.stderr]) stream.on("error", ignoreClosedReader);
  main(process.argv.slice(2)).then(
    () => {
      process.exitCode = 0;
    },
    (error: unknown) => {
      if (error instanceof UserError) {
        for (const d of error.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
        process.exitCode = error.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
        return;
      }
      const detail = error instanceof Error ? error.message : String(error);
      process.stderr.write(
        `internal error: ${detail}\n  this is a bug in vitae; please report it with the command you ran` +
          ` (set VITAE_DEBUG=1 to print the stack)\n`,
      );
      if (process.env.VITAE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
      process.exitCode = 3;
    },
  );
}

/**
 * A reader that went away (`npm run pdf -- --all | head -1`) is no error: the command goes on, and what it
 * prints after is dropped.
 */
function ignoreClosedReader(error: NodeJS.ErrnoException): void {
  if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") return;
  throw error;
}
