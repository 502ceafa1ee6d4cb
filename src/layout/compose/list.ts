import type { ListItem, ListSection } from "../../model/schema.js";
import type { Piece } from "../paragraph.js";
import type { VItem, VLine } from "../vlist.js";
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
  const glue = (): VItem => ({ kind: "glue", glueClass: "item", size: em(ctx, ctx.params.itemGap) });
  if (twoColumns) {
    const rows: VItem[][] = [];
    for (let i = 0; i < prepared.length; i += 2) {
      rows.push([twoColumnRow(ctx, section.id, prepared.slice(i, i + 2), columnWidth)]);
    }
    return keepWithPrevious(joinBlocks(rows, glue));
  }
  const blocks = prepared.map((p) =>
    keepParagraph(
      leftRightLines(
        ctx,
        p.text,
        p.date,
        { role: "listItem", section: section.id, source: p.item.source },
        { role: "date", section: section.id, source: p.item.source },
        p.item.id,
      ),
    ),
  );
  return keepWithPrevious(joinBlocks(blocks, glue));
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
function twoColumnRow(ctx: ComposeContext, section: string, row: Prepared[], columnWidth: number): VLine {
  const line = vline(ctx, [], 1, section);
  row.forEach((p, column) => {
    const left = ctx.left + column * (columnWidth + em(ctx, ctx.theme.columnGap));
    let x = left;
    for (const piece of p.text.map(solid)) {
      const item = pieceAt(ctx, piece, x, { role: "listItem", source: p.item.source });
      line.content.push(item);
      x += item.width;
    }
    if (p.date) {
      line.content.push(
        rightAligned(ctx, p.date, left + columnWidth, { role: "date", section, source: p.item.source }),
      );
    }
  });
  return line;
}
