/**
 * Skeletons of composed parts kept on disk from one run to the next (part of the `fit` cache): a section (or the
 * header) whose content is unchanged measures the same at the same parameters, so after an edit a new process
 * composes only the edited section in fitting's passes, and the others stand in as skeletons (their lines'
 * measures without text, composedParts.ts). The layout fitting ends on is made whole. One file per version of a
 * content folder (default or variant), fonts and hyphenation, like the kept line breaks; trusted as
 * checkedFile.ts trusts a file, and each skeleton only when it has the shape of one.
 */
import { deserialize, serialize } from "node:v8";
import { readCheckedBytes, writeCheckedBytes } from "../cache/checkedFile.js";
import { onForgetFileMemos } from "../cache/fileMemos.js";
import type { Memo } from "../cache/generations.js";
import { type KeptFile, keptFile } from "../cache/keptFile.js";
import { trimFolder } from "../cache/trimFolder.js";
import type { ComposedPart } from "./composedParts.js";
import type { VItem } from "./vlist.js";

/** Files kept at most: one per version of a content folder (and fonts, and hyphenation) built lately. */
const MAX_KEPT = 64;

/** The share of a run's skeletons made anew above which the file is written again. */
const NEW_SHARE = 0.1;

class KeptSkeletons implements Memo<ComposedPart> {
  /** What the file held, by each part's key (made of digests: composedParts.ts); read on the first look-up. */
  private kept: Map<string, unknown> | undefined;
  /** The skeletons this run used or made: what the file will hold. */
  private readonly used = new Map<string, ComposedPart>();
  private added = 0;

  constructor(private readonly at: KeptFile) {}

  get(key: string): ComposedPart | undefined {
    const known = this.used.get(key);
    if (known !== undefined) return known;
    this.kept ??= this.read();
    const skeleton = skeletonFrom(this.kept.get(key));
    if (skeleton !== undefined) this.used.set(key, skeleton);
    return skeleton;
  }

  set(key: string, skeleton: ComposedPart): void {
    if (this.used.has(key)) return;
    this.used.set(key, skeleton);
    this.added++;
  }

  /** Reads nothing from now on (what was kept is not to be trusted); what is made anew is still kept. */
  distrust(): void {
    this.kept = new Map();
    this.used.clear();
    this.added = 0;
  }

  /** Writes the skeletons this run used, unless nearly all came from the file (see keptBreaks.ts). */
  save(): void {
    const fromFile = this.kept?.size ?? 0;
    if (this.added === 0 || (fromFile > 0 && this.added < NEW_SHARE * this.used.size)) return;
    this.added = 0;
    writeCheckedBytes(this.at.file, this.at.key, serialize([...this.used]));
    trimFolder(this.at.dir, MAX_KEPT);
  }

  private read(): Map<string, unknown> {
    const bytes = readCheckedBytes(this.at.file, this.at.key);
    if (bytes === undefined) return new Map();
    try {
      const entries: unknown = deserialize(bytes);
      const pairs = Array.isArray(entries) ? entries : [];
      const good = pairs.every((e) => Array.isArray(e) && typeof e[0] === "string");
      return good ? new Map(pairs as [string, unknown][]) : new Map();
    } catch {
      return new Map();
    }
  }
}

const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** A kept value as a skeleton, when it is one: lines without content and glue, and composing's records. */
function skeletonFrom(value: unknown): ComposedPart | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { items, tightened, spacing } = value as Record<string, unknown>;
  if (!Array.isArray(items) || !items.every(isSkeletonItem)) return undefined;
  if (!Array.isArray(tightened) || !tightened.every((id) => typeof id === "string")) return undefined;
  if (typeof spacing !== "object" || spacing === null) return undefined;
  const { maxRatio, raggedLines } = spacing as Record<string, unknown>;
  if (!finite(maxRatio) || !Number.isInteger(raggedLines)) return undefined;
  return value as ComposedPart;
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

/** This run's kept skeletons, by file. */
const stores = new Map<string, KeptSkeletons>();
onForgetFileMemos(() => stores.clear());

/**
 * The kept skeletons for builds of the content folder `contentDir` with these fonts and hyphenation, or
 * undefined when the cache is off or the code has no identity. `useKept` false: what the file holds is not read.
 */
export function keptSkeletons(
  contentDir: string,
  identity: unknown,
  useKept: boolean,
): Memo<ComposedPart> | undefined {
  const at = keptFile("fit", "skeletons", [contentDir, identity], "bin");
  if (at === undefined) return undefined;
  let store = stores.get(at.file);
  if (store === undefined) {
    store = new KeptSkeletons(at);
    stores.set(at.file, store);
  }
  if (!useKept) store.distrust();
  return store;
}

/** Writes the skeletons this run's layouts used and made, for the next run; never throws. */
export function saveKeptSkeletons(): void {
  for (const store of stores.values()) store.save();
}
