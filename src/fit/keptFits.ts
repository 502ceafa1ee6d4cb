/**
 * Fitting's outcomes kept on disk from one build to the next: fitting the same résumé (model, theme, parameters,
 * page budget, fonts' bytes and the running code, src/cache/codeIdentity.ts) again takes the same decisions, so
 * a build of unchanged content lays out only the layout fitting ends on (fit.ts checks it against what was kept).
 * A missing, damaged or foreign file (src/cache/checkedFile.ts), or one whose values do not add up, is ignored.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { cacheDir, cacheEnabled } from "../cache/cacheDir.js";
import { readChecked, writeChecked } from "../cache/checkedFile.js";
import { codeIdentity } from "../cache/codeIdentity.js";
import { trimFolder } from "../cache/trimFolder.js";
import type { Outcome } from "./fit.js";

/** Fits kept at most: one per version (default and variants) of the content folders built lately. */
const MAX_FITS = 64;

/** Where the outcomes of a fit of `input` are kept; undefined when the cache is off or the code has no identity. */
export function fitCacheFile(input: unknown): { file: string; key: string } | undefined {
  const code = codeIdentity();
  if (code === undefined || !cacheEnabled("fit")) return undefined;
  const key = JSON.stringify([code, input]);
  const name = createHash("sha256").update(key).digest("hex").slice(0, 32);
  return { file: join(cacheDir(), "fits", `${name}.json`), key };
}

export function readKeptFit(at: { file: string; key: string }): Map<string, Outcome> | undefined {
  const data = readChecked(at.file, at.key);
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const outcomes = new Map<string, Outcome>();
  for (const [params, value] of Object.entries(data)) {
    const outcome = outcomeFrom(value);
    if (outcome === undefined) return undefined;
    outcomes.set(params, outcome);
  }
  return outcomes;
}

export function keepFit(at: { file: string; key: string }, outcomes: ReadonlyMap<string, Outcome>): void {
  const data = Object.fromEntries(
    [...outcomes].map(([params, o]) => [
      params,
      // JSON has no Infinity: a layout that could not be set is kept as null.
      [Number.isFinite(o.naturalHeight) ? o.naturalHeight : null, o.available, o.pages, o.tightened],
    ]),
  );
  writeChecked(at.file, at.key, data);
  trimFolder(join(cacheDir(), "fits"), MAX_FITS);
}

function outcomeFrom(value: unknown): Outcome | undefined {
  if (!Array.isArray(value) || value.length !== 4) return undefined;
  const [height, available, pages, tightened] = value as unknown[];
  const finite = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n);
  const count = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
  if (!(height === null || finite(height)) || !finite(available) || !count(pages) || !count(tightened))
    return undefined;
  return { naturalHeight: height ?? Number.POSITIVE_INFINITY, available, pages, tightened };
}
