import { statSync } from "node:fs";

/** What tells a file apart from a rewritten one without reading it: its size, change time and inode. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

/** The stamp of `path`, or undefined when it cannot be read. */
export function fileStamp(path: string): FileStamp | undefined {
  try {
    const { size, mtimeMs, ino } = statSync(path);
    return { size, mtimeMs, ino };
  } catch {
    return undefined;
  }
}

export function sameStamp(a: FileStamp | undefined, b: FileStamp | undefined): boolean {
  return (
    a !== undefined && b !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino
  );
}
