/**
 * What is made from the text of files, kept on disk by that text: the same files make the same result, so a
 * later run reads it back. The key is the input and the running code (codeIdentity.ts); the file is trusted only
 * whole (checkedFile.ts) and only when it holds what `schema` describes. Part of the `model` cache.
 */
import type { z } from "zod";
import { readChecked, writeChecked } from "./checkedFile.js";
import { keptFile } from "./keptFile.js";
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
  const at = keptFile("model", folder, input, "json");
  if (at === undefined) return make();
  const kept = useKept ? schema.safeParse(readChecked(at.file, at.key)) : undefined;
  if (kept?.success) return kept.data;
  const made = make();
  if (keep(made)) {
    writeChecked(at.file, at.key, made);
    trimFolder(at.dir, MAX_KEPT);
  }
  return made;
}
