/**
 * What names the code that is running, for caches of what it computes (the résumé model): the hash of the
 * bundle it was loaded from. Run from the sources (by the tests, through tsx) it has none, and those caches are
 * not used. A startup snapshot keeps the hash its bundle had when it was built.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

let identity: string | null | undefined;

export function codeIdentity(): string | undefined {
  if (identity === undefined) {
    const bundle = bundleFile();
    identity = (bundle && bundleHash(bundle)) ?? null;
  }
  return identity ?? undefined;
}

/** The SHA-256 of a bundle's bytes, or undefined when it cannot be read. */
export function bundleHash(path: string): string | undefined {
  try {
    return createHash("sha256").update(readFileSync(path)).digest("hex");
  } catch {
    return undefined;
  }
}

/** The bundle the running code was loaded from (a startup snapshot's: the one it was built from), if any. */
export function bundleFile(): string | undefined {
  const file = fileURLToPath(import.meta.url);
  return file.endsWith(".cjs") ? file : undefined;
}
