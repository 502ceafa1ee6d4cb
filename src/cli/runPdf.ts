import { saveShapes } from "../fonts.js";
import { pdfCommand } from "./pdfCommand.js";
import { runCli } from "./run.js";

/** Runs `npm run pdf` on the process's arguments; what it shaped is kept for the next run, built or not. */
export function runPdfCli(): void {
  const t0 = performance.now();
  runCli((argv) =>
    pdfCommand(argv)
      .finally(saveShapes)
      .finally(() => {
        if (process.env.VITAE_T) {
          const t1 = performance.now();
          process.on("exit", () => console.log("main at", t0.toFixed(1), "done", t1.toFixed(1), "exit", performance.now().toFixed(1)));
        }
      }),
  );
}
