import { rejectBlock, richText } from "../blocks.js";
import type { RichText } from "../schema.js";
import type { SectionInput } from "./input.js";
import { tableProblem } from "./tables.js";

/** A text section: paragraphs of styled text. */
export function readParagraphs(input: SectionInput): RichText[] {
  const { ctx } = input;
  const paragraphs: RichText[] = [];
  for (const block of input.blocks) {
    if (block.type === "paragraph") {
      const problem = tableProblem(block, ctx);
      if (problem) {
        ctx.error(ctx.at(block), problem);
        continue;
      }
      const text = richText(block.children, ctx, "a paragraph");
      if (text.length > 0) paragraphs.push(text);
    } else rejectBlock(block, ctx, "a text section holds paragraphs (use kind: list or entries for lists)");
  }
  if (input.blocks.length === 0)
    ctx.error(input.source, `the section "${input.title}" has no text; write a paragraph under its title`);
  return paragraphs;
}
