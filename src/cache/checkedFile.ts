/**
 * A cache file that is trusted only whole: its first line names the format, the hash of the key the value was
 * kept under, and the hash of the value's text. A file that is missing, cut short, damaged or kept under another
 * key reads as nothing. Written to a temp file and renamed over, so a reader never sees half of one.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

const FORMAT = "vitae-cache/1";

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The value kept in `file` under `key`, or undefined. */
export function readChecked(file: string, key: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const end = text.indexOf("\n");
  const [format, keyHash, valueHash] = text.slice(0, end).split(" ");
  const value = text.slice(end + 1);
  if (end < 0 || format !== FORMAT || keyHash !== sha256(key) || valueHash !== sha256(value))
    return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** Keeps `value` in `file` under `key`; a cache that cannot be written is no error, so this never throws. */
export function writeChecked(file: string, key: string, value: unknown): void {
  const text = JSON.stringify(value);
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, `${FORMAT} ${sha256(key)} ${sha256(text)}\n${text}`);
    renameSync(temp, file);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // A folder that takes no files holds no temp file.
    }
  }
}
