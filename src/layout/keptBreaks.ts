/**
 * Line breaks kept on disk from one run to the next (the `breaks` cache): a paragraph whose text, fonts and
 * widths are unchanged breaks the same way, so after an edit a new process breaks only the paragraphs that
 * changed. One file per version of a content folder (default or variant), fonts and hyphenation (the words never
 * hyphenated are the résumé's), read
 * when a layout first asks for a paragraph (a build whose fit was kept never does), and written at the end of the
 * run with the paragraphs the run used. Trusted as checkedFile.ts trusts a file: a build that fails on what was
 * kept is made again without reading it (pipeline.ts).
 */
import { deserialize, serialize } from "node:v8";
import { readCheckedBytes, writeCheckedBytes } from "../cache/checkedFile.js";
import { onForgetFileMemos } from "../cache/fileMemos.js";
import type { Memo } from "../cache/generations.js";
import { type KeptFile, keptFile } from "../cache/keptFile.js";
import { trimFolder } from "../cache/trimFolder.js";
import type { Line } from "./paragraph.js";

/** Files kept at most: one per version of a content folder (and fonts, and hyphenation) built lately. */
const MAX_KEPT = 64;

/** The share of a run's paragraphs broken anew above which the file is written again. */
const NEW_SHARE = 0.1;

class KeptBreaks implements Memo<Line[]> {
  /** What the file held, read on the first look-up; undefined until then. */
  private kept: Map<string, Line[]> | undefined;
  /** The paragraphs this run used: what the file will hold. */
  private readonly used = new Map<string, Line[]>();
  /** Paragraphs broken anew in this run. */
  private added = 0;

  constructor(private readonly at: KeptFile) {}

  get(paragraph: string): Line[] | undefined {
    let lines = this.used.get(paragraph);
    if (lines !== undefined) return lines;
    this.kept ??= this.read();
    lines = this.kept.get(paragraph);
    if (lines !== undefined) this.used.set(paragraph, lines);
    return lines;
  }

  set(paragraph: string, lines: Line[]): void {
    this.used.set(paragraph, lines);
    this.added++;
  }

  /** Reads nothing from now on (what was kept is not to be trusted); what is broken anew is still kept. */
  distrust(): void {
    this.kept = new Map();
    this.used.clear();
    this.added = 0;
  }

  /**
   * Writes the paragraphs this run used, unless most came from the file: after a small edit the few paragraphs
   * broken anew are broken again next time (an edited paragraph is new then anyway), which costs less than
   * writing the file again.
   */
  save(): void {
    const fromFile = this.kept?.size ?? 0;
    if (this.added === 0 || (fromFile > 0 && this.added < NEW_SHARE * this.used.size)) return;
    this.added = 0;
    writeCheckedBytes(this.at.file, this.at.key, serialize([...this.used]));
    trimFolder(this.at.dir, MAX_KEPT);
  }

  private read(): Map<string, Line[]> {
    const bytes = readCheckedBytes(this.at.file, this.at.key);
    if (bytes === undefined) return new Map();
    try {
      const entries: unknown = deserialize(bytes);
      const pairs = Array.isArray(entries) ? entries : [];
      const good = pairs.every((e) => Array.isArray(e) && typeof e[0] === "string" && Array.isArray(e[1]));
      return good ? new Map(pairs as [string, Line[]][]) : new Map();
    } catch {
      return new Map();
    }
  }
}

/** This run's kept breaks, by file. */
const stores = new Map<string, KeptBreaks>();
onForgetFileMemos(() => stores.clear());

/**
 * The kept line breaks for builds of the content folder `contentDir` with these fonts and hyphenation, or
 * undefined when the cache is off or the code has no identity. `useKept` false: what the file holds is not read.
 */
export function keptBreaks(
  contentDir: string,
  identity: unknown,
  useKept: boolean,
): Memo<Line[]> | undefined {
  const at = keptFile("breaks", "breaks", [contentDir, identity], "bin");
  if (at === undefined) return undefined;
  let store = stores.get(at.file);
  if (store === undefined) {
    store = new KeptBreaks(at);
    stores.set(at.file, store);
  }
  if (!useKept) store.distrust();
  return store;
}

/** Writes what this run's layouts broke, for the next run; never throws. */
export function saveKeptBreaks(): void {
  for (const store of stores.values()) store.save();
}
