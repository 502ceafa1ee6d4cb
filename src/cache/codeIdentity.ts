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
    const file = fileURLToPath(import.meta.url);
    identity = null;
    if (file.endsWith(".cjs")) {
      try {
        identity = createHash("sha256").update(readFileSync(file)).digest("hex");
      } catch {
        identity = null;
      }
    }
  }
  return identity ?? undefined;
}

/** The bundle the running code was loaded from (a startup snapshot's: the one it was built from), if any. */
export function bundleFile(): string | undefined {
  const file = fileURLToPath(import.meta.url);
  return file.endsWith(".cjs") ? file : undefined;
}
