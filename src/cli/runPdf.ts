import { saveShapes } from "../fonts.js";
import { saveKeptBreaks } from "../layout/keptBreaks.js";
import { saveKeptSkeletons } from "../layout/keptSkeletons.js";
import { pdfCommand } from "./pdfCommand.js";
import { runCli } from "./run.js";

/**
 * Runs `npm run pdf` on the process's arguments; what it shaped and the line breaks it made are kept for the next
 * run, built or not.
 */
export function runPdfCli(): void {
  runCli((argv) =>
    pdfCommand(argv).finally(() => {
      saveShapes();
      saveKeptBreaks();
      saveKeptSkeletons();
    }),
  );
}
