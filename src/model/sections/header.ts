import type { Heading } from "mdast";
import { headingText, rejectBlock, richText } from "../blocks.js";
import { readContact } from "../contacts.js";
import { plainText } from "../inline.js";
import type { Header } from "../schema.js";
import type { SectionInput } from "./input.js";
import { tableProblem } from "./tables.js";

/** The header: the level-1 heading is the name, an optional paragraph the headline, a list the contacts. */
export function readHeader(input: SectionInput, nameHeading: Heading | undefined): Header {
  const { ctx } = input;
  const name = nameHeading ? headingText(nameHeading, ctx, "the name") : "";
  const header: Header = { name, contacts: [], source: input.source };
  let headlineLine: number | undefined;
  for (const block of input.blocks) {
    if (block.type === "paragraph") {
      const at = ctx.at(block);
      if (headlineLine !== undefined) {
        ctx.error(
          at,
          `a second paragraph in the header; the headline (line ${headlineLine}) is one paragraph`,
        );
        continue;
      }
      headlineLine = at.line;
      const problem = tableProblem(block, ctx);
      if (problem) {
        ctx.error(at, problem);
        continue;
      }
      const headline = plainText(richText(block.children, ctx, "the headline"), ctx, at, "the headline");
      if (headline !== "") header.headline = headline;
    } else if (block.type === "list" && !block.ordered) {
      for (const item of block.children) {
        const contact = readContact(item, ctx);
        if (contact) header.contacts.push(contact);
      }
    } else
      rejectBlock(
        block,
        ctx,
        'the header holds your name (# Name), an optional headline paragraph and "- Label: value" contacts',
      );
  }
  return header;
}
