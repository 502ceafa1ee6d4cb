/**
 * Line breaks kept on disk from one run to the next (the `breaks` cache): a paragraph whose text, fonts and
 * widths are unchanged breaks the same way, so after an edit a new process breaks only the paragraphs that
 * changed. One file per version of a content folder (default or variant), fonts, hyphenation (the words never
 * hyphenated are the résumé's) and set of the parameters composing depends on: after an edit, fitting's passes
 * mostly stand on kept skeletons (keptSkeletons.ts), and the layout it ends on reads the file of its parameters
 * only. A file is read when a layout first asks for one of its paragraphs (a build whose fit was kept never
 * does), and written at the end of the run with the paragraphs the run used, when a whole layout (not one made
 * of skeletons) used them. Trusted as checkedFile.ts trusts a file: a build that fails on what was kept is made
 * again without reading it (pipeline.ts).
 */
import { deserialize, serialize } from "node:v8";
import { readCheckedBytes, writeCheckedBytes } from "../cache/checkedFile.js";
import { onForgetFileMemos } from "../cache/fileMemos.js";
import type { Memo } from "../cache/generations.js";
import { type KeptFile, keptFile } from "../cache/keptFile.js";
import { trimFolder } from "../cache/trimFolder.js";
import { packLines, unpackLines } from "./packedLines.js";
import type { Line } from "./paragraph.js";

/** Files kept at most: of each version of a content folder built lately, a file per set of parameters tried. */
const MAX_KEPT = 512;

/** The share of a run's paragraphs broken anew above which the file is written again. */
const NEW_SHARE = 0.1;

/** The kept breaks of one set of parameters. */
export interface PassBreaks extends Memo<Line[]> {
  /** Says that a whole layout used these breaks: they are worth keeping for the next run. */
  usedWhole(): void;
}

class KeptBreaks implements PassBreaks {
  /**
   * What the file held, read on the first look-up: each paragraph's lines still serialized, so that a run reads
   * only the paragraphs it asks for (a run whose fitting passes are answered by kept skeletons asks for few).
   */
  private kept: Map<string, Uint8Array> | undefined;
  /** The paragraphs this run used (with their bytes when read from the file): what the file will hold. */
  private readonly used = new Map<string, { lines: Line[]; bytes?: Uint8Array }>();
  /** Paragraphs broken anew in this run. */
  private added = 0;
  private whole = false;

  constructor(private readonly at: KeptFile) {}

  usedWhole(): void {
    this.whole = true;
  }

  get(paragraph: string): Line[] | undefined {
    const known = this.used.get(paragraph);
    if (known !== undefined) return known.lines;
    this.kept ??= this.read();
    const bytes = this.kept.get(paragraph);
    const lines = bytes && linesOf(bytes);
    if (lines === undefined) return undefined;
    this.used.set(paragraph, { lines, bytes: bytes as Uint8Array });
    return lines;
  }

  set(paragraph: string, lines: Line[]): void {
    this.used.set(paragraph, { lines });
    this.added++;
  }

  /** Reads nothing from now on (what was kept is not to be trusted); what is broken anew is still kept. */
  distrust(): void {
    this.kept = new Map();
    this.used.clear();
    this.added = 0;
    this.whole = false;
  }

  /**
   * Writes the paragraphs this run used, unless most came from the file: after a small edit the few paragraphs
   * broken anew are broken again next time (an edited paragraph is new then anyway), which costs less than
   * writing the file again.
   */
  save(): void {
    const fromFile = this.kept?.size ?? 0;
    if (!this.whole || this.added === 0 || (fromFile > 0 && this.added < NEW_SHARE * this.used.size)) return;
    this.added = 0;
    const entries = [...this.used].map(([paragraph, { lines, bytes }]) => [
      paragraph,
      bytes ?? serialize(packLines(lines)),
    ]);
    writeCheckedBytes(this.at.file, this.at.key, serialize(entries));
    trimFolder(this.at.dir, MAX_KEPT);
  }

  private read(): Map<string, Uint8Array> {
    const bytes = readCheckedBytes(this.at.file, this.at.key);
    if (bytes === undefined) return new Map();
    try {
      const entries: unknown = deserialize(bytes);
      const pairs = Array.isArray(entries) ? entries : [];
      const good = pairs.every(
        (e) => Array.isArray(e) && typeof e[0] === "string" && e[1] instanceof Uint8Array,
      );
      return good ? new Map(pairs as [string, Uint8Array][]) : new Map();
    } catch {
      return new Map();
    }
  }
}

/** One paragraph's lines from their bytes (packedLines.ts); undefined when they are not such lines. */
function linesOf(bytes: Uint8Array): Line[] | undefined {
  try {
    return unpackLines(deserialize(bytes));
  } catch {
    return undefined;
  }
}

/** This run's kept breaks, by file. */
const stores = new Map<string, KeptBreaks>();
onForgetFileMemos(() => stores.clear());

/**
 * The kept line breaks for builds of the content folder `contentDir` with these fonts and hyphenation, by the
 * key of a pass's composing parameters; undefined when the cache is off or the code has no identity. `useKept`
 * false: what the files hold is not read.
 */
export function keptBreaks(
  contentDir: string,
  identity: unknown,
  useKept: boolean,
): ((passKey: string) => PassBreaks) | undefined {
  if (keptFile("breaks", "breaks", [], "bin") === undefined) return undefined;
  const distrusted = new Set<KeptBreaks>();
  return (passKey) => {
    const at = keptFile("breaks", "breaks", [contentDir, identity, passKey], "bin") as KeptFile;
    let store = stores.get(at.file);
    if (store === undefined) {
      store = new KeptBreaks(at);
      stores.set(at.file, store);
    }
    if (!useKept && !distrusted.has(store)) {
      store.distrust();
      distrusted.add(store);
    }
    return store;
  };
}

/** Writes what this run's layouts broke, for the next run; never throws. */
export function saveKeptBreaks(): void {
  for (const store of stores.values()) store.save();
}
