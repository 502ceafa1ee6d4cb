import type { Bullet, EntriesSection, Entry } from "../../model/schema.js";
import type { Piece } from "../paragraph.js";
import type { VItem, VLine } from "../vlist.js";
import { breakLines, type ComposeContext, em } from "./context.js";
import { formatRange } from "./dates.js";
import { joinBlocks, keepParagraph, keepWithPrevious } from "./keeps.js";
import { leftRightLast, leftRightLines, pieceAt, runsAt, vline } from "./lines.js";
import { plainPiece, richPieces } from "./pieces.js";

/** An entries section: each entry's header lines, details and bullets; entries joined by entry glue. */
export function composeEntries(ctx: ComposeContext, section: EntriesSection): VItem[] {
  const entries = section.entries.map((entry) => composeEntry(ctx, entry, section.id));
  return keepWithPrevious(
    joinBlocks(entries, () => ({ kind: "glue", glueClass: "entry", size: em(ctx, ctx.params.entryGap) })),
  );
}

/** "Supervisor: Prof. Zheng — Joint first authorship, under review" */
export function subtitle(entry: Entry): string {
  const parts = [entry.role, entry.supervisor ? `Supervisor: ${entry.supervisor}` : undefined, entry.status];
  return parts.filter((p): p is string => Boolean(p)).join(" — ");
}

function composeEntry(ctx: ComposeContext, entry: Entry, section: string): VItem[] {
  const meta = { section, source: entry.source };
  const title = [plainPiece(ctx, entry.title, { bold: true }, entry.source)];
  if (entry.organization) title.push(plainPiece(ctx, `, ${entry.organization}`, {}, entry.source));
  const dates = entry.dates
    ? plainPiece(ctx, formatRange(entry.dates, ctx.params.dateFormat), {}, entry.source)
    : undefined;
  const header: VLine[] = leftRightLines(
    ctx,
    title,
    dates,
    { role: "entryTitle", ...meta },
    { role: "date", ...meta },
    entry.id,
  );

  const sub = subtitle(entry);
  const left = sub ? [plainPiece(ctx, sub, { italic: true }, entry.source)] : [];
  // A single short detail line (a GPA, say) joins the subtitle when both fit on one line.
  let details = entry.details;
  const onlyDetail = details.length === 1 ? details[0] : undefined;
  if (onlyDetail && left.length > 0) {
    const joined = [...left, plainPiece(ctx, " — ", {}), ...richPieces(ctx, onlyDetail, {}, entry.source)];
    const location = entry.location
      ? plainPiece(ctx, entry.location, { italic: true }, entry.source)
      : undefined;
    if (location ? fitsBeside(ctx, joined, location) : totalWidth(ctx, joined) <= ctx.width) {
      left.splice(0, left.length, ...joined);
      details = [];
    }
  }
  const keywords = entry.keywords.join(", ");
  const subMeta = { role: "entrySubtitle" as const, ...meta };
  if (entry.location || !keywords) {
    const location = entry.location
      ? plainPiece(ctx, entry.location, { italic: true }, entry.source)
      : undefined;
    header.push(
      ...leftRightLines(ctx, left, location, subMeta, { role: "location", ...meta }, `${entry.id}-sub`),
    );
  }
  if (keywords) {
    // Keywords sit at the end of the subtitle when there is room; otherwise on a labelled line of their own.
    const kw = plainPiece(ctx, keywords, { italic: true }, entry.source);
    const beside = entry.location
      ? undefined
      : leftRightLast(ctx, left, kw, subMeta, subMeta, `${entry.id}-sub`);
    if (beside) header.push(...beside);
    else {
      if (!entry.location)
        header.push(...leftRightLines(ctx, left, undefined, subMeta, subMeta, `${entry.id}-sub`));
      const labelled = [plainPiece(ctx, `Keywords: ${keywords}`, { italic: true }, entry.source)];
      header.push(...leftRightLines(ctx, labelled, undefined, subMeta, subMeta, `${entry.id}-kw`));
    }
  }
  details.forEach((detail, i) => {
    const lines = breakLines(
      ctx,
      richPieces(ctx, detail, {}, entry.source),
      [ctx.width],
      entry.source,
      `${entry.id}-detail-${i}`,
    );
    header.push(
      ...lines.map((line) => vline(ctx, runsAt(line, ctx.left, { role: "detail", ...meta }), 1, section)),
    );
  });
  // The header stays together and with the first line of the first bullet.
  for (const line of header.slice(1)) line.keepWithPrevious = true;
  const bullets = entry.bullets.map((b) => composeBullet(ctx, b, section));
  const first = bullets[0];
  if (first) keepWithPrevious(first);
  if (bullets.length === 0) return header;
  const itemGlue = (): VItem => ({ kind: "glue", glueClass: "item", size: em(ctx, ctx.params.itemGap) });
  // concat, not push(...): an entry may hold more bullets than a call can take arguments.
  return ([] as VItem[]).concat(header, [itemGlue()], joinBlocks(bullets, itemGlue));
}

/** Whether `right` fits on the same line as the whole of `left`, with the theme's gap between them. */
function fitsBeside(ctx: ComposeContext, left: readonly Piece[], right: Piece): boolean {
  return totalWidth(ctx, left) + em(ctx, ctx.theme.rightGap) + totalWidth(ctx, [right]) <= ctx.width;
}

function totalWidth(ctx: ComposeContext, pieces: readonly Piece[]): number {
  return pieces.reduce((sum, p) => sum + ctx.measurer.width(p.text, p.font, p.size), 0);
}

/** A bullet: the mark in the indent, the text with a hanging indent. */
export function composeBullet(ctx: ComposeContext, bullet: Bullet, section: string): VItem[] {
  const indent = em(ctx, ctx.theme.bulletIndent);
  const pieces = richPieces(ctx, bullet.text, {}, bullet.source);
  const broken = breakLines(ctx, pieces, [ctx.width - indent], bullet.source, bullet.id);
  const meta = { role: "bullet" as const, section, source: bullet.source };
  const lines = broken.map((line) => vline(ctx, runsAt(line, ctx.left + indent, meta), 1, section));
  const mark = plainPiece(ctx, ctx.theme.bullet, {});
  const markWidth = ctx.measurer.width(mark.text, mark.font, mark.size);
  lines[0]?.content.unshift(
    pieceAt(ctx, mark, ctx.left + indent * 0.45 - markWidth / 2, { role: "decoration" }, markWidth),
  );
  return keepParagraph(lines);
}
