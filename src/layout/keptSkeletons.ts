/**
 * Skeletons of composed parts kept on disk from one run to the next (part of the `fit` cache): a section (or the
 * header) whose content is unchanged measures the same at the same parameters, so after an edit a new process
 * composes only the edited section in fitting's passes, and the others stand in as skeletons (their lines'
 * measures without text, composedParts.ts). The layout fitting ends on is made whole. One file per version of a
 * content folder (default or variant), fonts and hyphenation, like the kept line breaks; trusted as
 * checkedFile.ts trusts a file, and each skeleton only when it has the shape of one.
 */
import { type KeptEntries, KeptEntriesFiles } from "../cache/keptEntries.js";
import { keptFile } from "../cache/keptFile.js";
import type { ComposedPart } from "./composedParts.js";
import type { VItem } from "./vlist.js";

/** Files kept at most: one per version of a content folder (and fonts, and hyphenation) built lately. */
const MAX_KEPT = 64;

const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** A kept value as a skeleton, when it is one: lines without content and glue, and composing's records. */
export function skeletonFrom(value: unknown): ComposedPart | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { items, tightened, spacing } = value as Record<string, unknown>;
  if (!Array.isArray(items) || !everyItem(items, isSkeletonItem)) return undefined;
  if (!Array.isArray(tightened) || !everyItem(tightened, (id) => typeof id === "string")) return undefined;
  if (typeof spacing !== "object" || spacing === null) return undefined;
  const { maxRatio, raggedLines } = spacing as Record<string, unknown>;
  if (!finite(maxRatio) || !Number.isInteger(raggedLines)) return undefined;
  return value as ComposedPart;
}

/** Whether every item passes `check`; holes (which every() skips) do not. */
function everyItem(items: readonly unknown[], check: (item: unknown) => boolean): boolean {
  for (let i = 0; i < items.length; i++) if (!check(items[i])) return false;
  return true;
}

function isSkeletonItem(item: unknown): item is VItem {
  if (typeof item !== "object" || item === null) return false;
  const v = item as Record<string, unknown>;
  if (v.kind === "glue")
    return v.glueClass === "fixed"
      ? finite(v.size)
      : v.glueClass === "section" || v.glueClass === "entry" || v.glueClass === "item";
  return (
    v.kind === "line" &&
    finite(v.leadSize) &&
    finite(v.height) &&
    finite(v.depth) &&
    Array.isArray(v.content) &&
    v.content.length === 0 &&
    typeof v.keepWithPrevious === "boolean" &&
    (v.section === undefined || typeof v.section === "string")
  );
}

const files = new KeptEntriesFiles<ComposedPart>(
  { encode: (skeleton) => skeleton, decode: skeletonFrom },
  MAX_KEPT,
);

/**
 * The kept skeletons for builds of the content folder `contentDir` with these fonts and hyphenation, or
 * undefined when the cache is off or the code has no identity. `useKept` false: what the file holds is not read.
 */
export function keptSkeletons(
  contentDir: string,
  identity: unknown,
  useKept: boolean,
): KeptEntries<ComposedPart> | undefined {
  const at = keptFile("fit", "skeletons", [contentDir, identity], "bin");
  if (at === undefined) return undefined;
  const store = files.open(at);
  if (!useKept) store.distrust();
  return store;
}

/** Writes the skeletons this run's layouts used and made, for the next run; never throws. */
export function saveKeptSkeletons(): void {
  files.saveAll();
}
