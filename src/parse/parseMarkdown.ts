import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { onForgetFileMemos } from "../cache/fileMemos.js";
import { Generations } from "../cache/generations.js";
import { keptTree } from "./keptTrees.js";
import type { ContentFile, ParsedFile } from "./types.js";

// CommonMark plus YAML front matter only: no GFM, so tables, strikethrough and bare-URL autolinks stay text.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).freeze();

/**
 * Trees of the texts parsed lately: a process that loads the same content again (a watch session after a save,
 * the versions of `--all`) parses only the files that changed. Nothing changes a tree once parsed.
 */
export const parsedTrees = new Generations<Root>();
onForgetFileMemos(() => parsedTrees.forget());

/**
 * Parses one file's Markdown into an mdast tree; never throws on any input text. The tree may come from the
 * trees kept on disk (keptTrees.ts); `useKept` false parses again, and what it parses takes the kept tree's place.
 */
export function parseMarkdown(file: ContentFile, useKept = true): Root {
  if (!useKept) parsedTrees.delete(file.text);
  return parsedTrees.getOrMake(file.text, () =>
    keptTree(file.text, useKept, () => processor.parse(file.text)),
  );
}

/** Parses every file, keeping its path and text alongside the tree. */
export function parseFiles(files: readonly ContentFile[], useKept = true): ParsedFile[] {
  return files.map((file) => ({ ...file, root: parseMarkdown(file, useKept) }));
}
