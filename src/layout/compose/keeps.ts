import type { VItem, VLine } from "../vlist.js";

/** Lines of a block of text; a page may break between them only where widows and orphans are avoided. */
export function keepParagraph(lines: VLine[]): VLine[] {
  // Two lines or three stay whole; longer ones keep at least two lines on each side of a break.
  lines.forEach((line, i) => {
    if (i === 0) return;
    line.keepWithPrevious = lines.length <= 3 || i === 1 || i === lines.length - 1;
  });
  return lines;
}

/**
 * Glues a block to what precedes it: no page break before its first line. Returns the items with that line
 * replaced, not changed: the block's items may be kept for later builds (composedParts.ts).
 */
export function keepWithPrevious(items: readonly VItem[]): VItem[] {
  const at = items.findIndex((i) => i.kind === "line");
  const first = items[at];
  if (first?.kind !== "line" || first.keepWithPrevious) return [...items];
  const kept = [...items];
  kept[at] = { ...first, keepWithPrevious: true };
  return kept;
}

/** Joins blocks with glue of a class between them. */
export function joinBlocks(blocks: readonly (readonly VItem[])[], glue: () => VItem): VItem[] {
  const out: VItem[] = [];
  blocks.forEach((block, i) => {
    if (i > 0) out.push(glue());
    // Not push(...block): spreading passes every item as an argument, and a block of ~120 000 items would
    // overflow the stack.
    for (const item of block) out.push(item);
  });
  return out;
}
