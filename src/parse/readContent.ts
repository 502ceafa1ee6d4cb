import { type Dirent, readdirSync, type Stats, statSync } from "node:fs";
import path from "node:path";
import { type Diagnostic, UserError, userError } from "../diagnostics.js";
import { decodeText, errnoWords, readInputFile, sizeText } from "../io/readInput.js";
import { ContentLimits, LIMITS } from "./limits.js";
import type { ContentFile } from "./types.js";

/**
 * Reads the section files of a content folder: every `*.md` file directly inside it, in file-name order,
 * skipping names that start with `_` or `.`, other files and subfolders. The only file-system code of the
 * parse stage. Throws a UserError (all problems at once) for a missing, non-folder or empty folder, for
 * unreadable, oversized or non-UTF-8 files, and for text that src/parse/limits.ts refuses (control and
 * invisible characters; nesting, paragraphs and markup beyond the bounds that keep parsing fast). Markdown
 * files that are not read (`.MD`, `.markdown`) are reported in `warnings`.
 */
export async function readContent(dir: string, warnings: Diagnostic[] = []): Promise<ContentFile[]> {
  // Synchronous calls: a build waits for each anyway, and they need no round trip through fs's thread pool.
  let info: Stats;
  try {
    info = statSync(dir);
  } catch (error) {
    throw userError(
      errnoCode(error) === "ENOENT" ? "folder not found" : `cannot open the folder (${errnoWords(error)})`,
      dir,
    );
  }
  if (!info.isDirectory()) throw userError("not a folder; expected a folder of Markdown section files", dir);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw userError(`cannot list the folder (${errnoWords(error)})`, dir);
  }
  for (const entry of entries) {
    if (looksLikeMarkdown(entry.name))
      warnings.push({
        severity: "warning",
        file: displayPath(dir, entry.name),
        message: 'not read: section files end in ".md" (lowercase)',
        hint: 'rename it, or start its name with "_" to keep it out of the résumé',
      });
  }
  const names = entries
    .filter((e) => isSectionFile(dir, e))
    .map((e) => e.name)
    // Code-point order, not locale order: the same on every machine.
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (names.length === 0) {
    const { diagnostics } = userError(
      'no sections: the folder has no .md files (names starting with "_" are skipped)',
      dir,
      "add a file per section, e.g. 00-header.md with kind: header",
    );
    throw new UserError([...warnings, ...diagnostics]);
  }
  if (names.length > LIMITS.sectionFiles) {
    throw userError(
      `${names.length} section files; at most ${LIMITS.sectionFiles} are read (a résumé has about 8)`,
      dir,
      'merge sections, or start the names of files to leave out with "_"',
    );
  }
  const problems: Diagnostic[] = [];
  const files: ContentFile[] = [];
  const limits = new ContentLimits();
  let total = 0;
  for (const name of names) {
    const file = displayPath(dir, name);
    const read = readInputFile(path.join(dir, name), LIMITS.fileBytes);
    if ("problem" in read) {
      const message = read.tooLarge
        ? `${read.problem}; section files are limited to ${sizeText(LIMITS.fileBytes)} (a résumé section is a few KB)`
        : `cannot read the file (${read.problem})`;
      problems.push({ severity: "error", file, message });
      continue;
    }
    total += read.bytes.length;
    if (total > LIMITS.totalBytes) {
      problems.push({
        severity: "error",
        file: displayPath(dir, ""),
        message: `the section files hold more than ${sizeText(LIMITS.totalBytes)} together, from ${name} on; a résumé is limited to ${sizeText(LIMITS.totalBytes)} (a one-page résumé is about 10 KB)`,
      });
      break;
    }
    let text: string;
    try {
      text = decodeText(read.bytes);
    } catch {
      problems.push({ severity: "error", file, message: "not UTF-8 text; save the file as UTF-8" });
      continue;
    }
    const found = limits.check(file, text);
    if (found.length > 0) problems.push(...found);
    else files.push({ path: file, text });
  }
  if (problems.length > 0) throw new UserError([...warnings, ...problems]);
  return files;
}

/**
 * Whether an entry is read as a section: a `.md` name not starting with `_` or `.` that is not a folder (nor a
 * link to one). Anything else so named (a device, a pipe, a dangling link) is read, and reported then.
 */
function isSectionFile(dir: string, entry: Dirent): boolean {
  if (!entry.name.endsWith(".md") || entry.name.startsWith("_") || entry.name.startsWith(".")) return false;
  if (entry.isDirectory()) return false;
  if (!entry.isSymbolicLink()) return true;
  try {
    return !statSync(path.join(dir, entry.name)).isDirectory();
  } catch {
    return true;
  }
}

/** A Markdown file name that is not read as a section: `.MD`, `.Md`, `.markdown`, `.mdown`, `.mkd`. */
function looksLikeMarkdown(name: string): boolean {
  if (name.startsWith("_") || name.startsWith(".") || name.endsWith(".md")) return false;
  return /\.(?:md|markdown|mdown|mkdn?)$/i.test(name);
}

/** The path shown in diagnostics: relative to the working directory when inside it, else as given. */
export function displayPath(dir: string, name: string): string {
  const joined = path.join(dir, name);
  if (!path.isAbsolute(joined)) return joined;
  const relative = path.relative(process.cwd(), joined);
  return relative.startsWith("..") || path.isAbsolute(relative) ? joined : relative;
}

function errnoCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}
