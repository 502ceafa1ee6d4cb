/**
 * Writes an imported content folder: only into the folder named (made when missing), never over a folder that
 * holds anything unless forced, and then replacing only what vitae reads there (section files and vitae.yaml),
 * so no section of an older résumé is left to be built with the new one.
 */
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { userError } from "../diagnostics.js";
import { writeFileAtomic } from "../io/atomicWrite.js";

export interface FolderFile {
  name: string;
  text: string;
}

/** Checks the target before any work is done: a non-empty folder needs --force; a file is refused. */
export async function checkTarget(dir: string, force: boolean): Promise<void> {
  const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw userError(`cannot open the folder (${error.code})`, dir);
  });
  if (info === undefined) return;
  if (!info.isDirectory()) throw userError("not a folder; --to names the content folder to write", dir);
  const names = await readdir(dir);
  if (names.length > 0 && !force)
    throw userError(
      `the folder is not empty (${names.length} entr${names.length === 1 ? "y" : "ies"}); nothing was written`,
      dir,
      "name a new folder, or add --force to replace its section files and vitae.yaml",
    );
}

/** Writes the files into `dir`; returns the section files of a previous résumé that were removed. */
export async function writeFolder(dir: string, files: readonly FolderFile[]): Promise<string[]> {
  await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw userError(`cannot make the folder (${error.code})`, dir);
  });
  const writing = new Set(files.map((f) => f.name));
  const removed: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    // What vitae would read as a section: a .md file not starting with "_" or "." (see readContent).
    const isSection = entry.name.endsWith(".md") && !/^[_.]/.test(entry.name) && !entry.isDirectory();
    if (isSection && !writing.has(entry.name)) {
      await rm(path.join(dir, entry.name));
      removed.push(path.join(dir, entry.name));
    }
  }
  for (const file of files) {
    if (file.name !== path.basename(file.name)) throw new Error(`not a plain file name: ${file.name}`);
    await writeFileAtomic(path.join(dir, file.name), file.text);
  }
  return removed;
}
