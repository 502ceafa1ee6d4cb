/**
 * Markdown trees kept on disk by the text they were parsed from (part of the `model` cache): after an edit, a new
 * process parses only the files that changed and reads the others' trees back. The key is the text and the
 * running code (codeIdentity.ts); the file is trusted only whole (checkedFile.ts) and only when it holds a tree
 * the parser could have made: every node's fields of the types remark gives them. Kept too, by file, the text
 * its tree was last made from: the tree of an edited file may be made from the tree before (wordEdit.ts).
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
  if (isKeptTree(kept)) return kept;
  const made = parse();
  writeChecked(at.file, at.key, made);
  trimFolder(at.dir, MAX_KEPT);
  return made;
}

/** The kept tree of `text`, if there is one; nothing is parsed. */
export function treeKeptFor(text: string): Root | undefined {
  const at = keptFile("model", "trees", text, "json");
  const kept = at === undefined ? undefined : readChecked(at.file, at.key);
  return isKeptTree(kept) ? kept : undefined;
}

/** The text the file at `path` (absolute) had when its tree was last made, as kept (`texts/`, by path). */
export function keptLastText(path: string): string | undefined {
  const at = keptFile("model", "texts", path, "json");
  const kept = at === undefined ? undefined : readChecked(at.file, at.key);
  const text = (kept as { text?: unknown } | undefined)?.text;
  return typeof text === "string" ? text : undefined;
}

export function keepLastText(path: string, text: string): void {
  const at = keptFile("model", "texts", path, "json");
  if (at === undefined) return;
  writeChecked(at.file, at.key, { text });
  trimFolder(at.dir, MAX_KEPT);
}

/** Whether a value read back is a tree remark-parse could make: a root, its nodes' fields typed as it types them. */
export function isKeptTree(value: unknown): value is Root {
  return isNode(value) && (value as { type: unknown }).type === "root";
}

type FieldType = "string" | "number" | "boolean" | "null";

/** The fields of the nodes remark-parse (CommonMark and YAML front matter) makes, and their types. */
const FIELDS: Record<string, readonly FieldType[]> = {
  value: ["string"],
  depth: ["number"],
  ordered: ["boolean"],
  start: ["number", "null"],
  spread: ["boolean", "null"],
  checked: ["boolean", "null"],
  url: ["string"],
  title: ["string", "null"],
  alt: ["string", "null"],
  lang: ["string", "null"],
  meta: ["string", "null"],
  label: ["string", "null"],
  identifier: ["string"],
  referenceType: ["string"],
};

function isNode(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  for (const [field, v] of Object.entries(value)) {
    if (field === "type") {
      if (typeof v !== "string") return false;
    } else if (field === "children") {
      if (!Array.isArray(v)) return false;
      // An index loop: every() would skip the holes a damaged array may have.
      for (let i = 0; i < v.length; i++) if (!isNode(v[i])) return false;
    } else if (field === "position") {
      if (!isPosition(v)) return false;
    } else if (!Object.hasOwn(FIELDS, field)) return false;
    else if (!FIELDS[field]?.includes(v === null ? "null" : (typeof v as FieldType))) return false;
  }
  return typeof (value as { type?: unknown }).type === "string";
}

function isPosition(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const { start, end } = value as { start?: unknown; end?: unknown };
  return isPoint(start) && isPoint(end);
}

function isPoint(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const { line, column, offset } = value as Record<string, unknown>;
  return Number.isInteger(line) && Number.isInteger(column) && Number.isInteger(offset);
}
