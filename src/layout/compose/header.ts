import type { Header } from "../../model/schema.js";
import type { Piece } from "../paragraph.js";
import type { LineContent, VItem, VLine } from "../vlist.js";
import { type ComposeContext, em } from "./context.js";
import { type LineMeta, pieceAt, vline } from "./lines.js";
import { fitToWidth, plainPiece } from "./pieces.js";

/** The name, large and centred in small caps, then the contacts on one centred line separated by thin bars. */
export function composeHeader(ctx: ComposeContext, header: Header): VItem[] {
  const t = ctx.theme;
  const name = fitToWidth(
    ctx,
    plainPiece(ctx, header.name, { smallCaps: true, scale: t.nameSize }, header.source),
    ctx.width,
    "the name",
    header.source,
  );
  const nameLine = centred(ctx, [name], { role: "name", source: header.source });
  nameLine.advance = 0;
  nameLine.height = ctx.measurer.metrics("smallCaps").capHeight * name.size;
  const items: VItem[] = [nameLine];
  if (header.headline) {
    const headline = fitToWidth(
      ctx,
      plainPiece(ctx, header.headline, { italic: true }, header.source),
      ctx.width,
      "the headline",
      header.source,
    );
    items.push({ kind: "glue", glueClass: "fixed", size: em(ctx, t.afterName) });
    items.push(centred(ctx, [headline], { role: "headline", source: header.source }));
  }
  if (header.contacts.length > 0) {
    items.push({ kind: "glue", glueClass: "fixed", size: em(ctx, t.afterName) });
    for (const line of contactLines(ctx, header)) {
      items.push(line);
    }
  }
  return items;
}

/** Pieces set side by side, centred on the measure. */
function centred(ctx: ComposeContext, pieces: readonly Piece[], meta: LineMeta): VLine {
  const widths = pieces.map((p) => ctx.measurer.width(p.text, p.font, p.size));
  let x = ctx.left + (ctx.width - widths.reduce((a, b) => a + b, 0)) / 2;
  const content: LineContent[] = pieces.map((p, i) => {
    const item = pieceAt(ctx, p, x, meta, widths[i]);
    x += widths[i] ?? 0;
    return item;
  });
  return vline(ctx, content);
}

/** Contacts fill centred lines, as many per line as fit, separated by a thin vertical bar. */
function contactLines(ctx: ComposeContext, header: Header) {
  const space = em(ctx, ctx.theme.contactSpace);
  const entries = header.contacts.map((c) => {
    const what = `the ${c.label} contact`;
    const piece = fitToWidth(ctx, plainPiece(ctx, c.value, {}, c.source), ctx.width, what, c.source);
    return { contact: c, piece, width: ctx.measurer.width(piece.text, piece.font, piece.size) };
  });
  const rows: (typeof entries)[] = [[]];
  let used = 0;
  for (const e of entries) {
    const row = rows[rows.length - 1] ?? [];
    const extra = row.length === 0 ? e.width : 2 * space + e.width;
    if (row.length > 0 && used + extra > ctx.width) {
      rows.push([e]);
      used = e.width;
    } else {
      row.push(e);
      used += extra;
    }
  }
  const size = em(ctx, 1);
  const metrics = ctx.measurer.metrics("regular");
  return rows.map((row) => {
    const total = row.reduce((sum, e) => sum + e.width, 0) + 2 * space * (row.length - 1);
    let x = ctx.left + (ctx.width - total) / 2;
    const content: LineContent[] = [];
    row.forEach((e, i) => {
      if (i > 0) {
        content.push({
          kind: "bar",
          x: x + space,
          top: metrics.capHeight * size,
          bottom: 0.2 * size,
          thickness: 0.5,
        });
        x += 2 * space;
      }
      const piece = e.contact.href ? { ...e.piece, href: e.contact.href } : e.piece;
      content.push(pieceAt(ctx, piece, x, { role: "contact", source: e.contact.source }, e.width));
      x += e.width;
    });
    return vline(ctx, content);
  });
}
