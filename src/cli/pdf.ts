/** The `npm run pdf` command (see pdfCommand.ts); run from the sources by the tests, bundled by `npm run pdf`. */
import { runPdfCli } from "./runPdf.js";

runPdfCli();
