import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { onForgetFileMemos } from "../cache/fileMemos.js";
import { Generations } from "../cache/generations.js";
import type { ContentFile, ParsedFile } from "./types.js";

// CommonMark plus YAML front matter only: no GFM, so tables, strikethrough and bare-URL autolinks stay text.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).freeze();

/**
 * Trees of the texts parsed lately: a process that loads the same content again (a watch session after a save,
 * the versions of `--all`) parses only the files that changed. Nothing changes a tree once parsed.
 */
export const parsedTrees = new Generations<Root>();
onForgetFileMemos(() => parsedTrees.forget());

/** Parses one file's Markdown into an mdast tree. Pure; never throws on any input text. */
export function parseMarkdown(file: ContentFile): Root {
  return parsedTrees.getOrMake(file.text, () => processor.parse(file.text));
}

/** Parses every file, keeping its path and text alongside the tree. */
export function parseFiles(files: readonly ContentFile[]): ParsedFile[] {
  return files.map((file) => ({ ...file, root: parseMarkdown(file) }));
}
