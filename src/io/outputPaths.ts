import { isAbsolute, relative, resolve, sep } from "node:path";
import { userError } from "../diagnostics.js";

/**
 * Refuses an output path inside the content folder: a build must never overwrite (or add to) the sources it
 * reads. `paths` are the PDF and the files written beside it.
 */
export function checkOutputPaths(contentDir: string, paths: readonly string[]): void {
  const content = resolve(contentDir);
  for (const path of paths) {
    const rel = relative(content, resolve(path));
    const outside = rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
    if (!outside) {
      throw userError(
        `refusing to write inside the content folder ${contentDir}: it holds your sources`,
        path,
        "write to output/ (the default) or name a path outside the content folder with --out",
      );
    }
  }
}
