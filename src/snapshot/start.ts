/**
 * A process started from vitae's startup snapshot (see prepare.ts). Its code is the bundle's as it was when the
 * snapshot was built: when the bundle has been rebuilt since, or the snapshot is turned off, the bundle file is
 * loaded and run instead, as `node bundle` would. Fonts kept in the snapshot are used again only for the same
 * bytes (see fonts.ts).
 */
import { createRequire } from "node:module";
import { cacheEnabled } from "../cache/cacheDir.js";
import { bundleHash } from "../cache/codeIdentity.js";
import { runPdfCli } from "../cli/runPdf.js";
import { type FileStamp, fileStamp, sameStamp } from "./bundleStamp.js";

/**
 * Runs the CLI from the snapshot when the bundle is the one it was built from: untouched since (same stamp), or
 * made again with the same bytes (a copy, a rebuild, a restored cache: its hash tells).
 */
export function startFromSnapshot(
  bundle: string,
  built: { stamp: FileStamp | undefined; hash: string | undefined },
): void {
  const same = () =>
    sameStamp(fileStamp(bundle), built.stamp) ||
    (built.hash !== undefined && bundleHash(bundle) === built.hash);
  if (cacheEnabled("snapshot") && same()) runPdfCli();
  else createRequire(bundle)(bundle);
}
