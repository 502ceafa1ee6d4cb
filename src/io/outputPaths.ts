import { statSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
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

/**
 * Checks up front that each output's folder exists, so a bad `--out` or `--report` stops the command before
 * any build is made (the atomic writer would only find out after laying out and rendering).
 */
export function checkOutputFolders(paths: readonly string[]): void {
  for (const path of paths) {
    if (path.trim() === "" || path.endsWith("/"))
      throw userError("an output needs a file name", path || '""');
    const folder = dirname(resolve(path));
    let problem: string | undefined;
    try {
      if (!statSync(folder).isDirectory()) problem = "a part of the path is not a folder (ENOTDIR)";
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problem =
        code === "ENOTDIR"
          ? "a part of the path is not a folder (ENOTDIR)"
          : code === "ENOENT"
            ? "the folder does not exist (ENOENT)"
            : undefined; // anything else (permissions, say) is for the writer to report
    }
    if (problem) throw userError(`cannot write ${path}: ${problem}`, path);
  }
}
