import type { Bullet, EntriesSection, Entry } from "../../model/schema.js";
import { shortUrl } from "../../model/urls.js";
import { composeOnce } from "../composedParts.js";
import type { Block } from "../frame.js";
import type { Piece } from "../paragraph.js";
import type { VItem, VLine } from "../vlist.js";
import { block, inSection } from "./blocks.js";
import { breakLines, type ComposeContext, em } from "./context.js";
import { formatRange } from "./dates.js";
import { joinBlocks, keepParagraph, keepWithPrevious } from "./keeps.js";
import { leftRightLast, leftRightLines, pieceAt, runsAt, vline } from "./lines.js";
import { plainPiece, richPieces } from "./pieces.js";

/**
 * An entries section: each entry's header lines, details and bullets; entries joined by entry glue. One rule for
 * the whole section: an entry's only detail line joins its subtitle after an em dash when that fits in every
 * entry of the section that has both; otherwise each detail line has a line of its own, in every entry.
 */
export function composeEntries(ctx: ComposeContext, section: EntriesSection): VItem[] {
  const candidates = section.entries.filter((e) => e.details.length === 1 && subtitle(e) !== "");
  const joinDetails = candidates.length > 0 && candidates.every((e) => joinedFits(ctx, e));
  // Each entry kept on its own too: after an edit, only the entry edited is composed again.
  const entries = section.entries.map((entry) =>
    composeOnce(
      ctx,
      entry,
      (c) => composeEntry(c, entry, section.id, joinDetails),
      `${section.id}|${joinDetails}`,
    ),
  );
  return keepWithPrevious(joinBlocks(entries, () => ({ kind: "glue", glueClass: "entry" })));
}

/** "Supervisor: Prof. Zheng — Joint first authorship, under review" */
export function subtitle(entry: Entry): string {
  const parts = [entry.role, entry.supervisor ? `Supervisor: ${entry.supervisor}` : undefined, entry.status];
  return parts.filter((p): p is string => Boolean(p)).join(" — ");
}

/** The subtitle, an em dash and the entry's only detail line, as pieces. */
function joinedPieces(ctx: ComposeContext, entry: Entry): Piece[] {
  const detail = entry.details[0] ?? [];
  return [
    plainPiece(ctx, subtitle(entry), { italic: true }, entry.source),
    plainPiece(ctx, " — ", {}),
    ...richPieces(ctx, detail, {}, entry.source),
  ];
}

/** Whether the subtitle and the only detail line fit on one line, beside the location when there is one. */
function joinedFits(ctx: ComposeContext, entry: Entry): boolean {
  const joined = joinedPieces(ctx, entry);
  const location = entry.location
    ? plainPiece(ctx, entry.location, { italic: true }, entry.source)
    : undefined;
  return location ? fitsBeside(ctx, joined, location) : totalWidth(ctx, joined) <= ctx.width;
}

function composeEntry(ctx: ComposeContext, entry: Entry, section: string, joinDetail: boolean): VItem[] {
  const meta = { section, source: entry.source };
  const heading = inSection(section, block("entryHeading", entry.id));
  const title = [
    plainPiece(ctx, entry.title, { bold: true }, entry.source, entry.url ? { href: entry.url } : {}),
  ];
  if (entry.organization) title.push(plainPiece(ctx, `, ${entry.organization}`, {}, entry.source));
  if (entry.url && ctx.theme.showEntryUrls)
    title.push(
      plainPiece(ctx, ` · `, {}),
      plainPiece(ctx, shortUrl(entry.url), {}, entry.source, { href: entry.url }),
    );
  const dates = entry.dates
    ? plainPiece(ctx, formatRange(entry.dates, ctx.params.dateFormat), {}, entry.source)
    : undefined;
  const header: VLine[] = leftRightLines(
    ctx,
    title,
    dates,
    { role: "entryTitle", blocks: heading, ...meta },
    { role: "date", blocks: heading, ...meta },
    entry.id,
  );

  const sub = subtitle(entry);
  const joined = joinDetail && entry.details.length === 1 && sub !== "";
  const details = joined ? [] : entry.details;
  const left = joined
    ? joinedPieces(ctx, entry)
    : sub
      ? [plainPiece(ctx, sub, { italic: true }, entry.source)]
      : [];
  const keywords = entry.keywords.join(", ");
  const subBlocks = inSection(section, block("paragraph", `${entry.id}-sub`));
  const subMeta = { role: "entrySubtitle" as const, blocks: subBlocks, ...meta };
  if (entry.location || !keywords) {
    const location = entry.location
      ? plainPiece(ctx, entry.location, { italic: true }, entry.source)
      : undefined;
    const locationMeta = { role: "location" as const, blocks: subBlocks, ...meta };
    header.push(...leftRightLines(ctx, left, location, subMeta, locationMeta, `${entry.id}-sub`));
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
      const kwMeta = { ...subMeta, blocks: inSection(section, block("paragraph", `${entry.id}-kw`)) };
      header.push(...leftRightLines(ctx, labelled, undefined, kwMeta, kwMeta, `${entry.id}-kw`));
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
    const detailMeta = {
      role: "detail" as const,
      blocks: inSection(section, block("paragraph", `${entry.id}-detail-${i}`)),
      ...meta,
    };
    header.push(...lines.map((line) => vline(ctx, runsAt(ctx, line, ctx.left, detailMeta), 1, section)));
  });
  // The header stays together and with the first line of the first bullet.
  for (const line of header.slice(1)) line.keepWithPrevious = true;
  const list = inSection(section, block("list", `${entry.id}-bullets`));
  const bullets = entry.bullets.map((b) => composeBullet(ctx, b, section, list));
  const first = bullets[0];
  if (first) bullets[0] = keepWithPrevious(first);
  if (bullets.length === 0) return header;
  const itemGlue = (): VItem => ({ kind: "glue", glueClass: "item" });
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

/**
 * A bullet: the mark in the indent, the text with a hanging indent; its sub-bullets one indent further in.
 * `list`: the blocks of the list the bullet is an item of. Its sub-bullets are a list inside its body.
 */
export function composeBullet(ctx: ComposeContext, bullet: Bullet, section: string, list: Block[]): VItem[] {
  const indent = em(ctx, ctx.theme.bulletIndent);
  const item = [...list, block("item", bullet.id)];
  const lines = markedParagraph(ctx, bullet.text, bullet.source, bullet.id, indent, ctx.theme.bullet, {
    section,
    item,
  });
  if (bullet.children.length === 0) return lines;
  const subList = [...item, block("body", bullet.id), block("list", `${bullet.id}-children`)];
  const children = bullet.children.map((child, i) => {
    const id = `${bullet.id}-${i + 1}`;
    return markedParagraph(ctx, child.text, child.source, id, 2 * indent, ctx.theme.subBullet, {
      section,
      item: [...subList, block("item", id)],
    });
  });
  const itemGlue = (): VItem => ({ kind: "glue", glueClass: "item" });
  return ([] as VItem[]).concat(lines, [itemGlue()], joinBlocks(children, itemGlue));
}

/**
 * Text with a hanging indent and a mark centred in the indent's last bullet-width: a list item (`where.item`, the
 * blocks up to it) with the mark as its label and the text as its body.
 */
function markedParagraph(
  ctx: ComposeContext,
  text: Bullet["text"],
  source: Bullet["source"],
  id: string,
  indent: number,
  markText: string,
  where: { section: string; item: Block[] },
): VLine[] {
  const { section, item } = where;
  const step = em(ctx, ctx.theme.bulletIndent);
  const pieces = richPieces(ctx, text, {}, source);
  const broken = breakLines(ctx, pieces, [ctx.width - indent], source, id);
  const meta = { role: "bullet" as const, blocks: [...item, block("body", id)], section, source };
  const lines = broken.map((line) => vline(ctx, runsAt(ctx, line, ctx.left + indent, meta), 1, section));
  const mark = pieceAt(ctx, plainPiece(ctx, markText, {}), 0, {
    role: "mark",
    blocks: [...item, block("label", id)],
    section,
    // The mark is the bullet's: a click on it in the preview leads to the bullet's line.
    ...(source ? { source } : {}),
  });
  mark.x = ctx.left + indent - step + step * 0.45 - mark.width / 2;
  lines[0]?.content.unshift(mark);
  return keepParagraph(lines);
}
