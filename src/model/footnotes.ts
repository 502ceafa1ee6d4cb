import type { Text } from "mdast";
import type { FileContext } from "./context.js";

/** A footnote reference as typed: `[^1]`, `[^note]`. */
const FOOTNOTE = /\[\^[^\]\s]+\]/g;

export const FOOTNOTE_MESSAGE = "footnotes ([^1]) are not supported; write the note in the text itself";
const FOOTNOTE_HINT = "write \\[^1] to print the brackets";

/**
 * Reports footnote references left as text (`[^1]` without a definition, which CommonMark prints as written):
 * vitae has no footnotes, and the marks would be printed literally. An escaped `\[^1]` is text.
 */
export function checkFootnotes(node: Text, ctx: FileContext): void {
  const start = node.position?.start.offset;
  if (start === undefined || !node.value.includes("[^")) return;
  const raw = ctx.raw(node);
  for (const m of raw.matchAll(FOOTNOTE)) {
    if (raw[m.index - 1] === "\\") continue;
    ctx.error(ctx.atOffset(start + m.index), FOOTNOTE_MESSAGE, FOOTNOTE_HINT);
  }
}
