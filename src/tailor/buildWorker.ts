/** A worker thread for `--all`: builds the PDFs it is sent, one at a time, and answers with their reports. */
import { parentPort } from "node:worker_threads";
import { UserError } from "../diagnostics.js";
import { type BuildOptions, buildPdf } from "../pipeline.js";
import type { BuildReply } from "./all.js";

parentPort?.on("message", async ({ id, options }: { id: number; options: BuildOptions }) => {
  let reply: BuildReply;
  try {
    const { report, warnings, timings, written } = await buildPdf(options);
    reply = { id, ok: true, built: { report, warnings, timings, written } };
  } catch (error) {
    reply =
      error instanceof UserError
        ? { id, ok: false, diagnostics: [...error.diagnostics] }
        : { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
