/**
 * `npm run pdf` turns V8's optimizing compiler off (--no-opt): a one-shot build finishes before optimized code
 * would pay for compiling it. A watching session runs for hours and rebuilds the same code on every save, so
 * `--watch` runs the same bundle again in a process that has the compiler, and ends as that process ends.
 */
import { spawn } from "node:child_process";
import { bundleFile } from "../cache/codeIdentity.js";

/** The exit code of the rerun; undefined when this process already optimizes (or has no bundle to rerun). */
export function rerunOptimized(): Promise<number> | undefined {
  const bundle = bundleFile();
  if (!process.execArgv.includes("--no-opt") || bundle === undefined) return undefined;
  const child = spawn(process.execPath, [bundle, ...process.argv.slice(2)], { stdio: "inherit" });
  // Ctrl-C reaches both processes (one process group): this one only waits for the session to close. A
  // SIGTERM or SIGHUP sent to this process alone is passed on.
  const forward = (signal: NodeJS.Signals) => () => {
    if (signal !== "SIGINT") child.kill(signal);
  };
  const handlers = (["SIGINT", "SIGTERM", "SIGHUP"] as const).map((s) => [s, forward(s)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  return new Promise((resolve) => {
    child.on("error", () => resolve(3));
    child.on("exit", (code, signal) => {
      for (const [s, handler] of handlers) process.off(s, handler);
      resolve(code ?? (signal === "SIGINT" || signal === "SIGTERM" ? 0 : 3));
    });
  });
}
