import { lstatSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { userError } from "../diagnostics.js";

/** One file a command writes, named for messages ("the PDF", "the fit report (--report)"). */
export interface Output {
  path: string;
  what: string;
}

/**
 * Refuses an output path inside the content folder: a build must never overwrite (or add to) the sources it
 * reads. `paths` are the PDF and the files written beside it. Paths are compared as the file system resolves
 * them, symbolic links included, so no spelling of a path (a link to the content folder, `link/..`) gets in.
 */
export function checkOutputPaths(contentDir: string, paths: readonly string[]): void {
  const content = realFolder(contentDir);
  for (const path of paths) {
    const rel = relative(content, realOutputPath(path));
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

/** Refuses two outputs of one command that are the same file: the second would replace the first. */
export function checkDistinctOutputs(outputs: readonly Output[]): void {
  const seen = new Map<string, Output>();
  for (const output of outputs) {
    const real = realOutputPath(output.path);
    const first = seen.get(real);
    if (first !== undefined) {
      throw userError(
        `${output.what} and ${first.what} are the same file; one would replace the other`,
        output.path,
        "give each output a file name of its own",
      );
    }
    seen.set(real, output);
  }
}

/**
 * Checks up front that each output's folder exists and that the output is not a folder or a special file
 * (a device, a pipe), so a bad `--out` or `--report` stops the command before any build is made (the atomic
 * writer would only find out after laying out and rendering).
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
    checkOutputKind(path);
  }
}

/**
 * Refuses to replace a folder or a special file (a device such as /dev/null, a pipe, a socket) with the output:
 * renaming a file over /dev/null, as root, would replace the device itself. A symbolic link is fine: the
 * rename replaces the link, never what it points to.
 */
export function checkOutputKind(path: string): void {
  let info: ReturnType<typeof lstatSync>;
  try {
    info = lstatSync(path);
  } catch {
    return; // missing (it will be created) or unreachable (the writer reports why)
  }
  if (info.isDirectory())
    throw userError(`cannot write ${path}: it is a folder`, path, "name a file, e.g. output/resume.pdf");
  if (!info.isFile() && !info.isSymbolicLink())
    throw userError(
      `cannot write ${path}: it is not a regular file (a device, pipe or socket)`,
      path,
      "name a file, e.g. output/resume.pdf",
    );
}

/** The content folder's real path; as given (absolute) when it cannot be resolved (readContent reports why). */
function realFolder(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir);
  }
}

/**
 * Where writing `path` lands: each existing folder on the way resolved as the file system does (symbolic links
 * followed, `..` taken after them), the rest appended as written. The last part is not followed: the atomic
 * writer renames over it, replacing a link rather than writing through it.
 */
export function realOutputPath(path: string): string {
  const parts = path.split(sep);
  const last = parts.pop() ?? "";
  let current = isAbsolute(path) ? sep : realFolder(process.cwd());
  for (const [i, part] of parts.entries()) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      current = dirname(current);
      continue;
    }
    const next = join(current, part);
    try {
      current = realpathSync(next);
    } catch {
      // Missing (or unreadable): nothing below it exists, so the rest is taken as written.
      return resolve(next, ...parts.slice(i + 1), last);
    }
  }
  if (last === "..") return dirname(current);
  return last === "" || last === "." ? current : join(current, last);
}
