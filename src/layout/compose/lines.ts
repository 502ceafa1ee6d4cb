import type { Source } from "../../model/schema.js";
import type { Block, Role } from "../frame.js";
import type { Line, Piece } from "../paragraph.js";
import type { LineText, VLine } from "../vlist.js";
import { breakLines, type ComposeContext, em } from "./context.js";
import { fitToWidth } from "./pieces.js";

export interface LineMeta {
  role: Role;
  /** The blocks of the document the text belongs to, outermost first (see Block). */
  blocks: Block[];
  section?: string;
  source?: Source;
}

/** A vertical-list line holding `content`, with the usual height and depth of its size. */
export function vline(ctx: ComposeContext, content: VLine["content"], scale = 1, section?: string): VLine {
  const size = em(ctx, scale);
  const metrics = ctx.measurer.metrics("regular");
  return {
    kind: "line",
    leadSize: size,
    height: metrics.capHeight * size,
    depth: 0.25 * size,
    content,
    keepWithPrevious: false,
    ...(section ? { section } : {}),
  };
}

/** Runs of a broken line as line content starting at `x`. */
export function runsAt(ctx: ComposeContext, line: Line, x: number, meta: LineMeta): LineText[] {
  const last = line.runs.length - 1;
  return line.runs.map((run, i) => ({
    kind: "text",
    text: run.text,
    font: run.font,
    size: run.size,
    x: x + run.x,
    rise: run.rise,
    width: run.width,
    glyphs: run.glyphs,
    space: spaceGlyph(ctx, run),
    blocks: meta.blocks,
    ...(run.href ? { href: run.href } : {}),
    role: meta.role,
    ...(meta.source ? { source: meta.source } : {}),
    ...(i === last && line.joinsNext ? { joinsNext: true } : {}),
  }));
}

/** One piece as line content starting at `x`, shaped. */
export function pieceAt(ctx: ComposeContext, piece: Piece, x: number, meta: LineMeta): LineText {
  const glyphs = ctx.measurer.shape(piece.text, piece.font, piece.size);
  return {
    kind: "text",
    text: piece.text,
    font: piece.font,
    size: piece.size,
    x,
    rise: piece.rise,
    width: glyphs.reduce((sum, g) => sum + g.advance, 0),
    glyphs,
    space: spaceGlyph(ctx, piece),
    blocks: meta.blocks,
    ...(piece.href ? { href: piece.href } : {}),
    role: meta.role,
    ...(meta.source ? { source: meta.source } : {}),
  };
}

/** The space glyph of a style (see TextItem.space). */
function spaceGlyph(ctx: ComposeContext, style: Pick<Piece, "font" | "size">): LineText["space"] {
  const [space] = ctx.measurer.shape(" ", style.font, style.size);
  return space ?? { id: 0, text: " ", width: 0, advance: 0 };
}

/** One unbreakable piece placed with its right edge at `right`. */
export function rightAligned(ctx: ComposeContext, given: Piece, right: number, meta: LineMeta): LineText {
  const shown = given.text.length > 30 ? `${given.text.slice(0, 30)}…` : given.text;
  const piece = fitToWidth(ctx, given, ctx.width, `"${shown}"`, meta.source);
  const text = pieceAt(ctx, piece, 0, meta);
  return { ...text, x: right - text.width };
}

/**
 * The broken `line`, set as `content`, goes on with more text on its printed line: a real hyphen ending it (set as
 * U+2010 for a line end, see paragraph.ts) is an ordinary hyphen again, its word shaped again with it.
 */
function continueLine(ctx: ComposeContext, line: Line, content: VLine["content"]): void {
  const texts = content.filter((c): c is LineText => c.kind === "text");
  const last = texts[texts.length - 1];
  if (!line.endHyphen || !last?.text.endsWith("\u2010")) return;
  let cut = last.glyphs.length;
  while (cut > 0 && last.glyphs[cut - 1]?.text !== " ") cut--;
  const word = `${last.glyphs
    .slice(cut)
    .map((g) => g.text)
    .join("")
    .slice(0, -1)}-`;
  const glyphs = [...last.glyphs.slice(0, cut), ...ctx.measurer.shape(word, last.font, last.size)];
  last.glyphs = glyphs;
  last.text = `${last.text.slice(0, -1)}-`;
  last.width = glyphs.reduce((sum, g) => sum + g.advance, 0);
}

/**
 * Left text broken into lines with, on its first line, `right` set flush with the right margin. The left text's
 * first line is shortened to keep a gap; when even that leaves no room, the right text gets a line of its own.
 */
export function leftRightLines(
  ctx: ComposeContext,
  left: readonly Piece[],
  right: Piece | undefined,
  leftMeta: LineMeta,
  rightMeta: LineMeta,
  id: string,
): VLine[] {
  const full = ctx.width;
  const rightWidth = right ? ctx.measurer.width(right.text, right.font, right.size) : 0;
  const firstWidth = right ? full - rightWidth - em(ctx, ctx.theme.rightGap) : full;
  const scale = (left[0]?.size ?? em(ctx, 1)) / em(ctx, 1);
  if (left.length === 0) {
    return right
      ? [vline(ctx, [rightAligned(ctx, right, ctx.left + full, rightMeta)], scale, leftMeta.section)]
      : [];
  }
  // The right text shares the first line unless that leaves too little room, or the first word alone is wider.
  const firstWord = left[0]?.text.split(/[ \u00a0]/)[0] ?? "";
  const firstWordWidth = left[0] ? ctx.measurer.width(firstWord, left[0].font, left[0].size) : 0;
  const widths = firstWidth > full / 3 && firstWordWidth <= firstWidth ? [firstWidth, full] : [full];
  const broken = breakLines(ctx, left, widths, leftMeta.source, id, true);
  const lines = broken.map((line) =>
    vline(ctx, runsAt(ctx, line, ctx.left, leftMeta), scale, leftMeta.section),
  );
  const first = lines[0];
  if (right) {
    const rightText = rightAligned(ctx, right, ctx.left + full, rightMeta);
    if (widths.length === 2 && first && broken[0]) {
      continueLine(ctx, broken[0], first.content);
      first.content.push(rightText);
    } else lines.unshift(vline(ctx, [rightText], scale, leftMeta.section));
  }
  return lines;
}

/**
 * Left text broken into lines with `right` flush right on its LAST line, if that line can make room for it
 * (breaking again with a shorter last line when needed). Undefined when the right text cannot share a line.
 */
export function leftRightLast(
  ctx: ComposeContext,
  left: readonly Piece[],
  right: Piece,
  leftMeta: LineMeta,
  rightMeta: LineMeta,
  id: string,
): VLine[] | undefined {
  const full = ctx.width;
  const room = full - ctx.measurer.width(right.text, right.font, right.size) - em(ctx, ctx.theme.rightGap);
  // No left text means no line to share: the caller gives the right text a line of its own.
  if (left.length === 0 || room < full / 4) return undefined;
  const scale = (left[0]?.size ?? em(ctx, 1)) / em(ctx, 1);
  let broken = breakLines(ctx, left, [full], leftMeta.source, id, true);
  const count = broken.length;
  if ((broken[count - 1]?.naturalWidth ?? full) > room) {
    const widths = [...Array.from({ length: count - 1 }, () => full), room];
    broken = breakLines(ctx, left, widths, leftMeta.source, `${id}-short`, true);
    if (broken.length !== count) return undefined;
  }
  const lines = broken.map((line) =>
    vline(ctx, runsAt(ctx, line, ctx.left, leftMeta), scale, leftMeta.section),
  );
  const last = lines[lines.length - 1];
  const lastBroken = broken[broken.length - 1];
  if (last && lastBroken) {
    continueLine(ctx, lastBroken, last.content);
    last.content.push(rightAligned(ctx, right, ctx.left + full, rightMeta));
  }
  return lines;
}
