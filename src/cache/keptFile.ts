import { createHash } from "node:crypto";
import { join } from "node:path";
import { type CacheName, cacheDir, cacheEnabled } from "./cacheDir.js";
import { codeIdentity } from "./codeIdentity.js";

/** A file of a cache: where it is, the folder holding its kind (for trimming), and the key it is kept under. */
export interface KeptFile {
  file: string;
  dir: string;
  key: string;
}

/** Whether `cache` keeps files in this run: it is on, and the running code has an identity to key them with. */
export function keepsFiles(cache: CacheName): boolean {
  return codeIdentity() !== undefined && cacheEnabled(cache);
}

/**
 * Where `cache` keeps what the running code made from `input`: a file in `folder` named by the hash of both, and
 * that key (checkedFile.ts checks it). Undefined when the cache is off, or when the code has no identity (run from
 * the sources: codeIdentity.ts), so nothing made by other code is ever read.
 */
export function keptFile(
  cache: CacheName,
  folder: string,
  input: unknown,
  extension: string,
): KeptFile | undefined {
  if (!keepsFiles(cache)) return undefined;
  const key = JSON.stringify([codeIdentity(), input]);
  const dir = join(cacheDir(), folder);
  const name = `${createHash("sha256").update(key).digest("hex").slice(0, 32)}.${extension}`;
  return { file: join(dir, name), dir, key };
}
