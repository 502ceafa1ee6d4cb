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
  const nameLine = centred(ctx, [name], {
    role: "name",
    blocks: [{ kind: "name", id: "name" }],
    source: header.source,
  });
  nameLine.leadSize = 0;
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
    items.push(
      centred(ctx, [headline], {
        role: "headline",
        blocks: [{ kind: "headline", id: "headline" }],
        source: header.source,
      }),
    );
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
  const content: LineContent[] = [];
  let x = 0;
  for (const piece of pieces) {
    const item = pieceAt(ctx, piece, x, meta);
    content.push(item);
    x += item.width;
  }
  const shift = ctx.left + (ctx.width - x) / 2;
  for (const item of content) if (item.kind === "text") item.x += shift;
  return vline(ctx, content);
}

/** Every contact line is one block, so the contacts are one paragraph of the document. */
const CONTACTS = [{ kind: "contacts" as const, id: "contacts" }];

/** Contacts fill centred lines, as many per line as fit, separated by a thin vertical bar. */
function contactLines(ctx: ComposeContext, header: Header) {
  const space = em(ctx, ctx.theme.contactSpace);
  const entries = header.contacts.map((c) => {
    const what = `the ${c.label} contact`;
    const piece = fitToWidth(ctx, plainPiece(ctx, c.value, {}, c.source), ctx.width, what, c.source);
    return { contact: c, piece, width: ctx.measurer.width(piece.text, piece.font, piece.size) };
  });
  const rows = balancedRows(
    entries.map((e) => e.width),
    2 * space,
    ctx.width,
  ).map(([from, to]) => entries.slice(from, to));
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
      const meta: LineMeta = { role: "contact", blocks: CONTACTS, source: e.contact.source };
      content.push(pieceAt(ctx, piece, x, meta));
      x += e.width;
    });
    return vline(ctx, content);
  });
}

/**
 * Splits items of the given widths, in order, into as few rows as fit `width` (with `gap` between items), then
 * balances them: the widest row as narrow as it can be, and one item alone on the last row only when every split
 * into that many rows leaves one there. Returns [from, to) index ranges.
 */
export function balancedRows(widths: readonly number[], gap: number, width: number): [number, number][] {
  const n = widths.length;
  if (n === 0) return [];
  const rowWidth = (from: number, to: number) => {
    let sum = gap * (to - from - 1);
    for (let i = from; i < to; i++) sum += widths[i] ?? 0;
    return sum;
  };
  // Fewest rows: greedy filling is optimal for that.
  let rows = 1;
  for (let i = 0, used = 0, count = 0; i < n; i++) {
    const w = widths[i] ?? 0;
    if (count > 0 && used + gap + w > width) {
      rows++;
      used = w;
      count = 1;
    } else {
      used += count > 0 ? gap + w : w;
      count++;
    }
  }
  if (rows === 1) return [[0, n]];
  // A lone last item is taken only when no split into as few rows avoids it (an item as wide as the line, say).
  return partition(rows, false) ?? partition(rows, true) ?? widths.map((_, i) => [i, i + 1]);

  /** The best split into exactly `count` rows, or undefined when none keeps the rules. */
  function partition(count: number, lonelyAllowed: boolean): [number, number][] | undefined {
    // best[k][i]: the least widest row setting items [0, i) in k rows; from[k][i]: where its last row starts.
    const best: number[][] = Array.from({ length: count + 1 }, () => Array(n + 1).fill(Infinity));
    const from: number[][] = Array.from({ length: count + 1 }, () => Array(n + 1).fill(-1));
    (best[0] as number[])[0] = 0;
    for (let k = 1; k <= count; k++) {
      for (let i = 1; i <= n; i++) {
        for (let j = k - 1; j < i; j++) {
          if (k === count && i === n && i - j === 1 && !lonelyAllowed) continue;
          const w = rowWidth(j, i);
          // An item wider than the line (set smaller by fitToWidth) still takes a row of its own.
          if (w > width && i - j > 1) continue;
          const worst = Math.max(best[k - 1]?.[j] ?? Infinity, w);
          if (worst < (best[k]?.[i] ?? Infinity)) {
            (best[k] as number[])[i] = worst;
            (from[k] as number[])[i] = j;
          }
        }
      }
    }
    if (!Number.isFinite(best[count]?.[n] ?? Infinity)) return undefined;
    const ranges: [number, number][] = [];
    for (let k = count, i = n; k > 0; k--) {
      const j = from[k]?.[i] ?? 0;
      ranges.unshift([j, i]);
      i = j;
    }
    return ranges;
  }
}
