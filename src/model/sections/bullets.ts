import type { List } from "mdast";
import { readAttributes } from "../attributeRules.js";
import { takeAttributes } from "../attributes.js";
import { itemParts, rejectNested } from "../blocks.js";
import type { FileContext } from "../context.js";
import { firstWordsSlug, type IdRegistry } from "../ids.js";
import { spansText, toSpans } from "../inline.js";
import { DEFAULT_PRIORITY } from "../priority.js";
import type { Bullet, Entry } from "../schema.js";

/** The bullets of an entry, each with its sub-bullets and `{alt=NAME}` alternatives (nested items). */
export function readBullets(list: List, entry: Entry, ctx: FileContext, ids: IdRegistry): Bullet[] {
  const bullets: Bullet[] = [];
  for (const item of list.children) {
    const { paragraph, nested } = itemParts(item, ctx, "a bullet");
    if (paragraph === undefined) continue;
    const { content, block } = takeAttributes(paragraph.children, ctx);
    const attributes = readAttributes(block, { what: "a bullet", selectable: true }, ctx);
    const text = toSpans(content, ctx);
    if (text.length === 0) ctx.error(ctx.at(item), "a bullet with no text");
    const bullet: Bullet = {
      id: "",
      tags: attributes.tags,
      priority: attributes.priority ?? DEFAULT_PRIORITY,
      source: ctx.at(item),
      text,
      ...readNested(nested, ctx),
    };
    ids.claim(bullet, attributes.id, () => `${entry.id}-${firstWordsSlug(spansText(text), 3) || "bullet"}`);
    bullets.push(bullet);
  }
  return bullets;
}

/**
 * The nested items under a bullet: those ending in `{alt=NAME}` are alternative phrasings of it, the others its
 * sub-bullets (one level: nothing nests deeper).
 */
function readNested(nested: readonly List[], ctx: FileContext): Pick<Bullet, "alternatives" | "children"> {
  const alternatives: Bullet["alternatives"] = [];
  const children: Bullet["children"] = [];
  const names = new Map<string, number>();
  for (const list of nested) {
    for (const item of list.children) {
      const { paragraph, nested: deeper } = itemParts(item, ctx, "a sub-bullet");
      rejectNested(deeper, ctx, "a sub-bullet");
      if (paragraph === undefined) continue;
      const { content, block } = takeAttributes(paragraph.children, ctx);
      const isAlternative = block?.tokens.some((t) => t.kind === "pair" && t.key === "alt") ?? false;
      const what = isAlternative ? "an alternative" : "a sub-bullet";
      const { alt } = readAttributes(block, { what, selectable: false, alt: true }, ctx);
      const text = toSpans(content, ctx);
      const source = ctx.at(item);
      if (text.length === 0) ctx.error(source, `${what} with no text`);
      if (alt === undefined) {
        children.push({ text, source });
        continue;
      }
      const earlier = names.get(alt.name);
      if (earlier !== undefined)
        ctx.error(
          alt.source,
          `a second alternative named "${alt.name}" for one bullet (the first is at line ${earlier})`,
        );
      names.set(alt.name, source.line);
      alternatives.push({ name: alt.name, text, source });
    }
  }
  return { alternatives, children };
}
