/** File helpers of the build step: stamps that tell a rewritten file, hashes, atomic writes. */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** Size, modification time and inode: what changes when a file is written again. Undefined when missing. */
export function fileStamp(path) {
  try {
    const { size, mtimeMs, ino } = statSync(path);
    return { size, mtimeMs, ino };
  } catch {
    return undefined;
  }
}

export function sameStamp(a, b) {
  return (
    typeof a === "object" &&
    typeof b === "object" &&
    a !== null &&
    b !== null &&
    a.size === b.size &&
    a.mtimeMs === b.mtimeMs &&
    a.ino === b.ino
  );
}

export function sha256(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The SHA-256 of a file's bytes, or undefined when it cannot be read. */
export function fileHash(path) {
  try {
    return sha256(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** A temp file name beside `path`, for a write that is renamed over it. */
export function tempBeside(path) {
  return `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
}

/** Writes `data` beside `path` and renames it over: readers see the old file or the new one, whole. */
export function writeAtomic(path, data) {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempBeside(path);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Parsed JSON of a file, or undefined when it is missing or not JSON. */
export function readJson(path) {
  let value;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
  // A record is an object; anything else in its place (null, a number, a list) is no record.
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : undefined;
}
