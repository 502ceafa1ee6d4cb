/** Writes a file so readers see either the old or the new content, never a partial one. */
import { createHash, randomBytes } from "node:crypto";
import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { userError } from "../diagnostics.js";
import { checkOutputKind } from "./outputPaths.js";

/**
 * Writes to a unique temp file beside `path` (see {@link tempName}), fsyncs it (unless `durable` is false: a
 * watching session rewrites the file on the next save anyway), then renames it over `path`.
 * A failure removes the temp file; a process killed before the rename cannot, so each write first removes the
 * temp files of `path` left by processes that are no longer running. A folder or a device at `path` is refused.
 */
export async function writeFileAtomic(
  path: string,
  data: Buffer | string,
  { durable = true }: { durable?: boolean } = {},
): Promise<void> {
  checkOutputKind(path);
  await sweepStaleTemps(path);
  // Same folder as the target, so the rename stays on one file system and is atomic.
  const temp = join(dirname(path), tempName(path, process.pid, randomBytes(6).toString("hex")));
  // Synchronous calls: the caller waits for the file anyway, and each call so skips a round trip through fs's
  // thread pool.
  try {
    const fd = openSync(temp, "wx");
    try {
      writeFileSync(fd, data);
      if (durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Left for the next write's sweep.
    }
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    // ENOENT also comes from a folder that exists but takes no new files (/proc): say which.
    if (code === "ENOENT" && isFolder(dirname(path)))
      throw userError(`cannot write ${path}: the folder does not take new files (ENOENT)`, path);
    throw userError(`cannot write ${path}: ${describe(error)}`, path);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Removes the temp files of `path` whose writer is gone (killed, or the machine lost power, mid-write). A temp
 * file of a running process (a build writing the same file at this moment, or this process) is left alone; so
 * is everything else in the folder. Best effort: a folder that cannot be listed is left to the write to report.
 */
export async function sweepStaleTemps(path: string): Promise<string[]> {
  const folder = dirname(path);
  const pattern = new RegExp(`^\\.${escapeRegExp(tempStem(path))}\\.(\\d+)\\.[0-9a-f]{12}\\.tmp$`);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!Number.isSafeInteger(pid) || pid <= 0 || isRunning(pid)) continue;
    const file = join(folder, name);
    try {
      rmSync(file, { force: true });
      removed.push(file);
    } catch {
      // Someone else's to remove.
    }
  }
  return removed;
}

/**
 * The temp file of `path` written by process `pid`: `.NAME.<pid>.<12 hex digits>.tmp`. It is at most ~30 bytes
 * longer than NAME, so for a name near the file system's limit of 255 bytes NAME is replaced by a hash of it:
 * any output name that can be written can be written atomically.
 */
export function tempName(path: string, pid: number, hex: string): string {
  return `.${tempStem(path)}.${pid}.${hex}.tmp`;
}

/** Names up to this many bytes appear in their temp file's name as they are; longer ones as a hash. */
const READABLE_NAME_BYTES = 200;

function tempStem(path: string): string {
  const name = basename(path);
  if (Buffer.byteLength(name) <= READABLE_NAME_BYTES) return name;
  return `vitae-${createHash("sha256").update(name).digest("hex").slice(0, 16)}`;
}

/** Whether a process with this id exists (signal 0 checks without sending anything). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const words = human(code);
  if (words !== undefined) return `${words} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

function human(code: string | undefined): string | undefined {
  switch (code) {
    case "ENOENT":
      return "the folder does not exist";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "no space left on the disk";
    case "EDQUOT":
      return "disk quota exceeded";
    case "EISDIR":
      return "it is a folder";
    case "ELOOP":
      return "a loop of symbolic links";
    case "ENAMETOOLONG":
      return "the path is too long";
    default:
      return undefined;
  }
}
