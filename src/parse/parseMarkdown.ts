import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { ContentFile, ParsedFile } from "./types.js";

// CommonMark plus YAML front matter only: no GFM, so tables, strikethrough and bare-URL autolinks stay text.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).freeze();

/** Parses one file's Markdown into an mdast tree. Pure; never throws on any input text. */
export function parseMarkdown(file: ContentFile): Root {
  return processor.parse(file.text);
}

/** Parses every file, keeping its path and text alongside the tree. */
export function parseFiles(files: readonly ContentFile[]): ParsedFile[] {
  return files.map((file) => ({ ...file, root: parseMarkdown(file) }));
}
