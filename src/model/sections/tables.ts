import type { Paragraph } from "mdast";
import type { FileContext } from "../context.js";

/**
 * Pipe tables are not Markdown that vitae reads (they would print as lines of pipes): reports one written as
 * a paragraph. Returns the message, or undefined when the paragraph is not a table.
 */
export function tableProblem(paragraph: Paragraph, ctx: FileContext): string | undefined {
  const [head = "", delimiter = ""] = ctx.raw(paragraph).split("\n");
  // The second line of a pipe table is its delimiter row: | --- | :---: |
  const isDelimiter = /^[\s|:-]+$/.test(delimiter) && delimiter.includes("-") && delimiter.includes("|");
  return head.includes("|") && isDelimiter
    ? "tables are not supported; write detail lines or bullets instead"
    : undefined;
}
