import { saveShapes } from "../fonts.js";
import { saveKeptBreaks } from "../layout/keptBreaks.js";
import { saveKeptSkeletons } from "../layout/keptSkeletons.js";
import { pdfCommand } from "./pdfCommand.js";
import { runCli } from "./run.js";

/**
 * Runs `npm run pdf` on the process's arguments; what it shaped, the line breaks and the skeletons it made are
 * kept for the next run, built or not.
 */
export function runPdfCli(): void {
  runCli((argv) => pdfCommand(argv).finally(saveRunCaches));
}

/** Writes what a run keeps for the next one at its end (the other caches are written as they are made). */
export function saveRunCaches(): void {
  saveShapes();
  saveKeptBreaks();
  saveKeptSkeletons();
}
