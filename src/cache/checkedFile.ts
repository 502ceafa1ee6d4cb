/**
 * A cache file that is trusted only whole: its first line names the format, the hash of the key the value was
 * kept under, and the hash of the value's text. A file that is missing, cut short, damaged or kept under another
 * key reads as nothing. Written to a temp file and renamed over, so a reader never sees half of one.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { cacheWrite } from "./laterWrites.js";

const FORMAT = "vitae-cache/1";

function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The value kept in `file` under `key`, or undefined. */
export function readChecked(file: string, key: string): unknown {
  const bytes = readCheckedBytes(file, key);
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return undefined;
  }
}

/**
 * Keeps `value` in `file` under `key`; a cache that cannot be written is no error, so this never throws. Written
 * now, or later in a session (laterWrites.ts): what `value` holds then is what is kept.
 */
export function writeChecked(file: string, key: string, value: unknown): void {
  writeCheckedBytes(file, key, () => Buffer.from(JSON.stringify(value), "utf8"));
}

/** The bytes kept in `file` under `key`, or undefined. */
export function readCheckedBytes(file: string, key: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return undefined;
  }
  const end = data.indexOf(0x0a);
  if (end < 0) return undefined;
  const [format, keyHash, valueHash] = data.subarray(0, end).toString("latin1").split(" ");
  const value = data.subarray(end + 1);
  if (format !== FORMAT || keyHash !== sha256(key) || valueHash !== sha256(value)) return undefined;
  return value;
}

/** Keeps the bytes `make` makes in `file` under `key`, when written; never throws (see {@link writeChecked}). */
export function writeCheckedBytes(file: string, key: string, make: () => Uint8Array): void {
  cacheWrite(file, () => writeNow(file, key, make()));
}

function writeNow(file: string, key: string, bytes: Uint8Array): void {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, Buffer.concat([Buffer.from(`${FORMAT} ${sha256(key)} ${sha256(bytes)}\n`), bytes]));
    renameSync(temp, file);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // A folder that takes no files holds no temp file.
    }
  }
}
