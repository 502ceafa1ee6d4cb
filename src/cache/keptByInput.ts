/**
 * What is made from the text of files, kept on disk by that text: the same files make the same result, so a
 * later run reads it back. The key is the input and the running code (codeIdentity.ts); the file is trusted only
 * whole (checkedFile.ts) and only when it holds what `schema` describes. Part of the `model` cache.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { z } from "zod";
import { cacheDir, cacheEnabled } from "./cacheDir.js";
import { readChecked, writeChecked } from "./checkedFile.js";
import { codeIdentity } from "./codeIdentity.js";
import { trimFolder } from "./trimFolder.js";

/** Results kept at most per folder: those of the content folders built lately. */
const MAX_KEPT = 64;

export interface KeptByInput<T> {
  /** The cache's folder under the cache directory. */
  folder: string;
  input: unknown;
  schema: z.ZodType<T>;
  /** False: what was kept is not read (not to be trusted, see buildPdf); what is made now takes its place. */
  useKept: boolean;
  make: () => T;
  /** Whether a result is worth keeping (one with errors is made again, to report them). */
  keep: (made: T) => boolean;
}

export function keptByInput<T>({ folder, input, schema, useKept, make, keep }: KeptByInput<T>): T {
  const code = codeIdentity();
  if (code === undefined || !cacheEnabled("model")) return make();
  const key = JSON.stringify([code, input]);
  const dir = join(cacheDir(), folder);
  const file = join(dir, `${createHash("sha256").update(key).digest("hex").slice(0, 32)}.json`);
  const kept = useKept ? schema.safeParse(readChecked(file, key)) : undefined;
  if (kept?.success) return kept.data;
  const made = make();
  if (keep(made)) {
    writeChecked(file, key, made);
    trimFolder(dir, MAX_KEPT);
  }
  return made;
}
