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
import type { Memo } from "../cache/generations.js";
import { type EntryCodec, type KeptEntries, KeptEntriesFiles } from "../cache/keptEntries.js";
import { type KeptFile, keepsFiles, keptFile } from "../cache/keptFile.js";
import { packLines, unpackLines } from "./packedLines.js";
import type { Line } from "./paragraph.js";

/** Files kept at most: of each version of a content folder built lately, a file per set of parameters tried. */
const MAX_KEPT = 512;

/** The kept breaks of one set of parameters. */
export interface PassBreaks extends Memo<Line[]> {
  /** Says that a whole layout used these breaks: they are worth keeping for the next run. */
  usedWhole(): void;
}

/** Each paragraph's lines serialized on their own, so that a run unpacks only the paragraphs it asks for. */
const codec: EntryCodec<Line[]> = {
  encode: (lines) => serialize(packLines(lines)),
  decode(stored) {
    if (!(stored instanceof Uint8Array)) return undefined;
    try {
      return unpackLines(deserialize(stored));
    } catch {
      return undefined;
    }
  },
};

const files = new KeptEntriesFiles(codec, MAX_KEPT);

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
  if (!keepsFiles("breaks")) return undefined;
  // Once per build and file: a store is written only if a whole layout of this build used it.
  const opened = new Map<KeptEntries<Line[]>, PassBreaks>();
  return (passKey) => {
    const store = files.open(
      keptFile("breaks", "breaks", [contentDir, identity, passKey], "bin") as KeptFile,
    );
    let breaks = opened.get(store);
    if (breaks === undefined) {
      store.worthKeeping = false;
      if (!useKept) store.distrust();
      breaks = {
        get: (paragraph) => store.get(paragraph),
        set: (paragraph, lines) => store.set(paragraph, lines),
        usedWhole: () => {
          store.worthKeeping = true;
        },
      };
      opened.set(store, breaks);
    }
    return breaks;
  };
}

/** Writes what this run's layouts broke, for the next run; never throws. */
export function saveKeptBreaks(): void {
  files.saveAll();
}
