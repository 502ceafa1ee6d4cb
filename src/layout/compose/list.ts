import type { ListItem, ListSection } from "../../model/schema.js";
import type { Block } from "../frame.js";
import type { Piece } from "../paragraph.js";
import type { VItem, VLine } from "../vlist.js";
import { block, inSection } from "./blocks.js";
import { type ComposeContext, em } from "./context.js";
import { formatRange } from "./dates.js";
import { joinBlocks, keepParagraph, keepWithPrevious } from "./keeps.js";
import { leftRightLines, pieceAt, rightAligned, vline } from "./lines.js";
import { plainPiece, richPieces, solid } from "./pieces.js";

interface Prepared {
  item: ListItem;
  text: Piece[];
  date: Piece | undefined;
  /** Width of the text, the gap and the date on one line. */
  width: number;
}

/** One compact line per item with the date right-aligned; two columns when every item fits half the width. */
export function composeList(ctx: ComposeContext, section: ListSection): VItem[] {
  const prepared = section.items.map((item) => prepare(ctx, item));
  const columnWidth = (ctx.width - em(ctx, ctx.theme.columnGap)) / 2;
  const twoColumns = prepared.length > 1 && prepared.every((p) => p.width <= columnWidth);
  const glue = (): VItem => ({ kind: "glue", glueClass: "item" });
  if (twoColumns) {
    const rows: VItem[][] = [];
    for (let i = 0; i < prepared.length; i += 2) {
      rows.push([twoColumnRow(ctx, section, prepared.slice(i, i + 2), columnWidth)]);
    }
    return keepWithPrevious(joinBlocks(rows, glue));
  }
  const blocks = prepared.map((p) => {
    const structure = itemBlocks(section, p.item);
    return keepParagraph(
      leftRightLines(
        ctx,
        p.text,
        p.date,
        { role: "listItem", blocks: structure, section: section.id, source: p.item.source },
        { role: "date", blocks: structure, section: section.id, source: p.item.source },
        p.item.id,
      ),
    );
  });
  return keepWithPrevious(joinBlocks(blocks, glue));
}

/** The blocks of an item's text and date: the section's list, the item, its body. */
function itemBlocks(section: ListSection, item: ListItem): Block[] {
  return inSection(section.id, block("list", section.id), block("item", item.id), block("body", item.id));
}

function prepare(ctx: ComposeContext, item: ListItem): Prepared {
  const text = richPieces(ctx, item.text, {}, item.source);
  const date = item.dates
    ? plainPiece(ctx, formatRange(item.dates, ctx.params.dateFormat), {}, item.source)
    : undefined;
  const measure = (p: Piece) => ctx.measurer.width(p.text, p.font, p.size);
  const width =
    text.reduce((sum, p) => sum + measure(p), 0) + (date ? em(ctx, ctx.theme.rightGap) + measure(date) : 0);
  return { item, text, date, width };
}

/** Row-major, so text extraction reads each item with its date before the next item. */
function twoColumnRow(
  ctx: ComposeContext,
  section: ListSection,
  row: Prepared[],
  columnWidth: number,
): VLine {
  const line = vline(ctx, [], 1, section.id);
  row.forEach((p, column) => {
    const left = ctx.left + column * (columnWidth + em(ctx, ctx.theme.columnGap));
    let x = left;
    const blocks = itemBlocks(section, p.item);
    for (const piece of p.text.map(solid)) {
      const item = pieceAt(ctx, piece, x, { role: "listItem", blocks, source: p.item.source });
      line.content.push(item);
      x += item.width;
    }
    if (p.date) {
      const meta = { role: "date" as const, blocks, section: section.id, source: p.item.source };
      line.content.push(rightAligned(ctx, p.date, left + columnWidth, meta));
    }
  });
  return line;
}
