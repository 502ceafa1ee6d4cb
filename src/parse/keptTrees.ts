/**
 * Markdown trees kept on disk by the text they were parsed from (part of the `model` cache): after an edit, a new
 * process parses only the files that changed and reads the others' trees back. The key is the text and the
 * running code (codeIdentity.ts); the file is trusted only whole (checkedFile.ts) and only when it holds a tree's
 * root. Anything else wrong in a tree fails the build's first try, which is made again without kept data.
 */
import type { Root } from "mdast";
import { readChecked, writeChecked } from "../cache/checkedFile.js";
import { keptFile } from "../cache/keptFile.js";
import { trimFolder } from "../cache/trimFolder.js";

/** Trees kept at most: the files of several résumés and their last edits. */
const MAX_KEPT = 256;

/** The tree of `text`: read back when kept (and `useKept`), else made by `parse` and kept. */
export function keptTree(text: string, useKept: boolean, parse: () => Root): Root {
  const at = keptFile("model", "trees", text, "json");
  if (at === undefined) return parse();
  const kept = useKept ? readChecked(at.file, at.key) : undefined;
  if (isRoot(kept)) return kept;
  const made = parse();
  writeChecked(at.file, at.key, made);
  trimFolder(at.dir, MAX_KEPT);
  return made;
}

function isRoot(value: unknown): value is Root {
  if (typeof value !== "object" || value === null) return false;
  const { type, children } = value as { type?: unknown; children?: unknown };
  return type === "root" && Array.isArray(children);
}
