/**
 * `--all`: builds the default résumé and every variant. The main thread builds too; with more than one core,
 * worker threads take jobs from the same queue (each job is a whole build: load, tailor, fit, render, write).
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type Diagnostic, UserError } from "../diagnostics.js";
import type { FitReport } from "../fit/report.js";
import { type BuildOptions, buildPdf } from "../pipeline.js";

/** What a build returns across a thread boundary (no PDF bytes, no layout). */
export interface Built {
  report: FitReport;
  warnings: Diagnostic[];
  timings: Record<string, number>;
  written: string[];
}

export type BuildReply =
  | { id: number; ok: true; built: Built }
  | { id: number; ok: false; diagnostics: Diagnostic[] }
  | { id: number; ok: false; message: string };

/** A build's outcome: the result, or the error it threw (a UserError, or an Error for a bug). */
export type Outcome = { ok: true; built: Built } | { ok: false; error: Error };

/**
 * Builds every job, `threads` at a time (the main thread counts as one), and returns the outcomes in job
 * order; `onDone` sees each outcome in job order as soon as it and all earlier ones are done.
 */
export async function buildMany(
  jobs: readonly BuildOptions[],
  threads = defaultThreads(jobs.length),
  onDone?: (outcome: Outcome, index: number) => void,
): Promise<Outcome[]> {
  const outcomes: (Outcome | undefined)[] = jobs.map(() => undefined);
  let reported = 0;
  const settle = (index: number, outcome: Outcome) => {
    outcomes[index] = outcome;
    while (reported < jobs.length && outcomes[reported] !== undefined) {
      onDone?.(outcomes[reported] as Outcome, reported);
      reported++;
    }
  };
  let next = 0;
  const take = (): number | undefined => (next < jobs.length ? next++ : undefined);

  const workers = Array.from({ length: Math.max(0, Math.min(threads, jobs.length) - 1) }, startWorker);
  const workerLoops = workers.map(
    (worker) =>
      new Promise<void>((resolve) => {
        let current: number | undefined;
        const send = () => {
          current = take();
          if (current === undefined) resolve();
          else worker.postMessage({ id: current, options: jobs[current] });
        };
        worker.on("message", (reply: BuildReply) => {
          settle(reply.id, fromReply(reply));
          send();
        });
        // The thread itself failed (not a build, which replies with its error): its job is built here.
        worker.once("error", async () => {
          if (current !== undefined) settle(current, await buildHere(jobs[current]));
          resolve();
        });
        send();
      }),
  );
  const mainLoop = async () => {
    for (let index = take(); index !== undefined; index = take()) settle(index, await buildHere(jobs[index]));
  };
  try {
    await Promise.all([mainLoop(), ...workerLoops]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes.map((o) => o ?? { ok: false, error: new Error("a build did not finish") });
}

/** One thread per core, at most one per job. */
export function defaultThreads(jobs: number): number {
  return Math.max(1, Math.min(availableParallelism(), jobs));
}

async function buildHere(options: BuildOptions | undefined): Promise<Outcome> {
  if (options === undefined) return { ok: false, error: new Error("no such job") };
  try {
    const { report, warnings, timings, written } = await buildPdf(options);
    return { ok: true, built: { report, warnings, timings, written } };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
  }
}

function fromReply(reply: BuildReply): Outcome {
  if (reply.ok) return { ok: true, built: reply.built };
  if ("diagnostics" in reply) return { ok: false, error: new UserError(reply.diagnostics) };
  return { ok: false, error: new Error(reply.message) };
}

/** A build worker; under tsx (running the .ts sources) the worker registers tsx before loading its module. */
function startWorker(): Worker {
  const url = new URL(`./buildWorker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url);
  if (!url.pathname.endsWith(".ts")) return new Worker(url);
  const code = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(code, { eval: true, execArgv: [] });
}
