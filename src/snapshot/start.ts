/**
 * A process started from vitae's startup snapshot (see prepare.ts). Its code is the bundle's as it was when the
 * snapshot was built: when the bundle has been rebuilt since, or the snapshot is turned off, the bundle file is
 * loaded and run instead, as `node bundle` would. Fonts kept in the snapshot are used again only for the same
 * bytes (see fonts.ts).
 */
import { createRequire } from "node:module";
import { cacheEnabled } from "../cache/cacheDir.js";
import { runPdfCli } from "../cli/runPdf.js";
import { type FileStamp, fileStamp, sameStamp } from "./bundleStamp.js";

export function startFromSnapshot(bundle: string, built: FileStamp | undefined): void {
  if (cacheEnabled("snapshot") && sameStamp(fileStamp(bundle), built)) runPdfCli();
  else createRequire(bundle)(bundle);
}
