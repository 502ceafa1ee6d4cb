import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { cacheWrite } from "./laterWrites.js";

/**
 * Lets go of the oldest files of a cache folder beyond `keep`; another process trimming at once is no error.
 * Done after the folder's writes asked for before (laterWrites.ts).
 */
export function trimFolder(dir: string, keep: number): void {
  cacheWrite(`${dir} trimmed`, () => trimNow(dir, keep));
}

function trimNow(dir: string, keep: number): void {
  try {
    const files = readdirSync(dir).map((name) => join(dir, name));
    if (files.length <= keep) return;
    const byAge = files.map((f) => ({ f, t: statSync(f).mtimeMs })).sort((a, b) => a.t - b.t);
    for (const { f } of byAge.slice(0, files.length - keep)) rmSync(f, { force: true });
  } catch {
    // A file trimmed by another process at the same time: nothing to do.
  }
}
