import type { Dirent } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { type Diagnostic, UserError, userError } from "../diagnostics.js";
import { ContentLimits, LIMITS } from "./limits.js";
import type { ContentFile } from "./types.js";

/**
 * Reads the section files of a content folder: every `*.md` file directly inside it, in file-name order,
 * skipping names that start with `_` or `.`, other files and subfolders. The only file-system code of the
 * parse stage. Throws a UserError (all problems at once) for a missing, non-folder or empty folder, for
 * unreadable or non-UTF-8 files, and for text that src/parse/limits.ts refuses (control and invisible
 * characters; nesting, paragraphs and markup beyond the bounds that keep parsing fast).
 */
export async function readContent(dir: string): Promise<ContentFile[]> {
  const info = await stat(dir).catch((error: unknown) => {
    throw userError(
      errnoCode(error) === "ENOENT" ? "folder not found" : `cannot open the folder (${reason(error)})`,
      dir,
    );
  });
  if (!info.isDirectory()) throw userError("not a folder; expected a folder of Markdown section files", dir);
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    throw userError(`cannot list the folder (${reason(error)})`, dir);
  });
  const names = (
    await Promise.all(entries.map(async (e) => ((await isSectionFile(dir, e)) ? e.name : undefined)))
  )
    .filter((name): name is string => name !== undefined)
    // Code-point order, not locale order: the same on every machine.
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (names.length === 0) {
    throw userError(
      'no sections: the folder has no .md files (names starting with "_" are skipped)',
      dir,
      "add a file per section, e.g. 00-header.md with kind: header",
    );
  }
  const problems: Diagnostic[] = [];
  const files: ContentFile[] = [];
  const limits = new ContentLimits();
  let total = 0;
  for (const name of names) {
    const file = displayPath(dir, name);
    try {
      const size = (await stat(path.join(dir, name))).size;
      if (size > LIMITS.fileBytes) {
        problems.push({
          severity: "error",
          file,
          message: `the file is ${mebibytes(size, LIMITS.fileBytes)}; section files are limited to ${mebibytes(LIMITS.fileBytes)} (a résumé section is a few KB)`,
        });
        continue;
      }
      total += size;
      if (total > LIMITS.totalBytes) {
        problems.push({
          severity: "error",
          file: displayPath(dir, ""),
          message: `the section files hold more than ${mebibytes(LIMITS.totalBytes)} together, from ${name} on; a résumé is limited to ${mebibytes(LIMITS.totalBytes)} (a one-page résumé is about 10 KB)`,
        });
        break;
      }
      const bytes = await readAtMost(path.join(dir, name), LIMITS.fileBytes);
      if (bytes === undefined) {
        // Grown since stat, or a special file whose size stat does not tell (/proc).
        problems.push({
          severity: "error",
          file,
          message: `the file holds more than ${mebibytes(LIMITS.fileBytes)}; section files are limited to ${mebibytes(LIMITS.fileBytes)} (a résumé section is a few KB)`,
        });
        continue;
      }
      const text = decodeUtf8(bytes);
      const found = limits.check(file, text);
      if (found.length > 0) problems.push(...found);
      else files.push({ path: file, text });
    } catch (error) {
      const message =
        error instanceof TypeError
          ? "not UTF-8 text; save the file as UTF-8"
          : `cannot read the file (${reason(error)})`;
      problems.push({ severity: "error", file, message });
    }
  }
  if (problems.length > 0) throw new UserError(problems);
  return files;
}

/** The file's bytes, read up to `limit`; undefined when it holds more. */
export async function readAtMost(file: string, limit: number): Promise<Uint8Array | undefined> {
  const handle = await open(file, "r");
  try {
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks, length);
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > limit) return undefined;
    }
  } finally {
    await handle.close();
  }
}

/** "10 MiB", "3.8 MiB"; with as many decimals as it takes to differ from `other` ("1.02 MiB", not "1 MiB"). */
function mebibytes(bytes: number, other?: number): string {
  const shown = (n: number, digits: number) => (n / 1048576).toFixed(digits).replace(/\.?0+$/, "");
  let digits = 1;
  while (other !== undefined && digits < 6 && shown(bytes, digits) === shown(other, digits)) digits++;
  return `${shown(bytes, digits)} MiB`;
}

async function isSectionFile(dir: string, entry: Dirent): Promise<boolean> {
  if (!entry.name.endsWith(".md") || entry.name.startsWith("_") || entry.name.startsWith(".")) return false;
  if (entry.isFile()) return true;
  // A symbolic link counts when it points at a file.
  if (!entry.isSymbolicLink()) return false;
  return stat(path.join(dir, entry.name)).then(
    (s) => s.isFile(),
    () => true, // a dangling link is reported when it is read
  );
}

/** The path shown in diagnostics: relative to the working directory when inside it, else as given. */
export function displayPath(dir: string, name: string): string {
  const joined = path.join(dir, name);
  if (!path.isAbsolute(joined)) return joined;
  const relative = path.relative(process.cwd(), joined);
  return relative.startsWith("..") || path.isAbsolute(relative) ? joined : relative;
}

export function decodeUtf8(bytes: Uint8Array): string {
  // fatal: throws a TypeError on malformed UTF-8 instead of inventing U+FFFD characters.
  // ignoreBOM false: a leading byte-order mark is dropped, so it does not shift line 1's columns.
  // NFC: "José" typed as e + combining accent becomes é, which the fonts draw and extractors read as one letter.
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes).normalize("NFC");
}

function errnoCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

export function reason(error: unknown): string {
  const code = errnoCode(error);
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a folder";
  if (code === "ENOENT") return "no such file";
  if (code === "ELOOP") return "a loop of symbolic links";
  if (code === "ENOTDIR") return "a part of the path is not a folder";
  if (code === "ENAMETOOLONG") return "the path is too long";
  return code ?? (error instanceof Error ? error.message : String(error));
}
