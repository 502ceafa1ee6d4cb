import { readAttributes } from "../attributeRules.js";
import { takeAttributes } from "../attributes.js";
import { itemParts, rejectBlock, rejectNested } from "../blocks.js";
import { shortSlug } from "../ids.js";
import { spansText, toSpans } from "../inline.js";
import { DEFAULT_PRIORITY } from "../priority.js";
import type { ListItem } from "../schema.js";
import type { SectionInput } from "./input.js";

/** A list section: one bullet per item, each with optional `{#id .tag priority=N dates=…}`. */
export function readListItems(input: SectionInput): ListItem[] {
  const { ctx, ids } = input;
  const items: ListItem[] = [];
  for (const block of input.blocks) {
    if (block.type !== "list" || block.ordered) {
      const expected =
        block.type === "paragraph" ? 'write each item as a "- " bullet' : 'a list section holds "- " bullets';
      rejectBlock(block, ctx, expected);
      continue;
    }
    for (const node of block.children) {
      const { paragraph, nested } = itemParts(node, ctx, "a list item");
      rejectNested(nested, ctx, "a list item");
      if (paragraph === undefined) continue;
      const { content, block: attributeBlock } = takeAttributes(paragraph.children, ctx);
      const attributes = readAttributes(
        attributeBlock,
        { what: "a list item", selectable: true, dates: true },
        ctx,
      );
      const text = toSpans(content, ctx);
      if (text.length === 0) ctx.error(ctx.at(node), "a list item with no text");
      const item: ListItem = {
        id: "",
        tags: attributes.tags,
        priority: attributes.priority ?? DEFAULT_PRIORITY,
        source: ctx.at(node),
        text,
        ...(attributes.dates ? { dates: attributes.dates } : {}),
      };
      ids.claim(item, attributes.id, () => shortSlug(spansText(text)) || "item");
      items.push(item);
    }
  }
  if (input.blocks.length === 0)
    ctx.error(input.source, `the section "${input.title}" has no items; write each as a "- " bullet`);
  return items;
}
