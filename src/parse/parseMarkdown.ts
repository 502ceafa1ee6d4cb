import { resolve } from "node:path";
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { fileMemo, onForgetFileMemos } from "../cache/fileMemos.js";
import { Generations } from "../cache/generations.js";
import { keepLastText, keptLastText, keptTree, treeKeptFor } from "./keptTrees.js";
import type { ContentFile, ParsedFile } from "./types.js";
import { treeAfterWordEdit } from "./wordEdit.js";

// CommonMark plus YAML front matter only: no GFM, so tables, strikethrough and bare-URL autolinks stay text.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).freeze();

/**
 * Trees of the texts parsed lately: a process that loads the same content again (a watch session after a save,
 * the versions of `--all`) parses only the files that changed. Nothing changes a tree once parsed.
 */
export const parsedTrees = new Generations<Root>();
onForgetFileMemos(() => parsedTrees.forget());

/** The text each file (by absolute path) had when this process last made its tree: the edit of it to follow. */
const lastTexts = fileMemo<string, string>();

/**
 * Parses one file's Markdown into an mdast tree; never throws on any input text. The tree may come from the
 * trees kept on disk (keptTrees.ts), or be made from the tree of the file's text before an edit inside a word
 * (wordEdit.ts); `useKept` false parses again, and what it parses takes the kept tree's place.
 */
export function parseMarkdown(file: ContentFile, useKept = true): Root {
  if (!useKept) parsedTrees.delete(file.text);
  const path = resolve(file.path);
  const make = (): Root => {
    const tree = (useKept ? afterEdit(path, file.text) : undefined) ?? processor.parse(file.text);
    keepLastText(path, file.text);
    return tree;
  };
  const tree = parsedTrees.getOrMake(file.text, () => keptTree(file.text, useKept, make));
  lastTexts.set(path, file.text);
  return tree;
}

/** The tree of `text` made from the tree of the file's text before, when the edit is one wordEdit.ts follows. */
function afterEdit(path: string, text: string): Root | undefined {
  const before = lastTexts.get(path) ?? keptLastText(path);
  if (before === undefined || before === text) return undefined;
  const tree = parsedTrees.get(before) ?? treeKeptFor(before);
  return tree && treeAfterWordEdit(before, tree, text);
}

/** Parses every file, keeping its path and text alongside the tree. */
export function parseFiles(files: readonly ContentFile[], useKept = true): ParsedFile[] {
  return files.map((file) => ({ ...file, root: parseMarkdown(file, useKept) }));
}
