import type { Code } from "mdast";
import type { FileContext } from "./context.js";

/**
 * Whether a fenced code block runs to the end of its file (or list item) because its closing fence is missing:
 * Markdown then reads everything after the opening fence — bullets, headings — as the block's text.
 */
export function isUnclosedFence(code: Code, ctx: FileContext): boolean {
  const lines = ctx.raw(code).split(/\r?\n/);
  const opening = /^ {0,3}(`{3,}|~{3,})/.exec(lines[0] ?? "")?.[1];
  if (opening === undefined) return false; // an indented code block has no fences
  if (lines.length === 1) return true;
  const closing = new RegExp(`^ {0,3}\\${opening[0]}{${opening.length},}[ \\t]*$`);
  return !closing.test(lines.at(-1) ?? "");
}
