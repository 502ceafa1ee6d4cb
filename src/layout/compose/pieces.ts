import type { RichText, Source, Span } from "../../model/schema.js";
import type { FontId } from "../frame.js";
import type { Piece } from "../paragraph.js";
import { type ComposeContext, em } from "./context.js";
import { LayoutError, locate } from "./errors.js";

/** The base style of a piece of text; spans may add bold or italic on top. */
export interface BaseStyle {
  bold?: boolean;
  italic?: boolean;
  smallCaps?: boolean;
  /** Size as a multiple of the body size. */
  scale?: number;
}

/** Titles that should never end a line: "Prof. Zheng" stays together. */
const TIE_AFTER = /\b(Prof|Dr|Mr|Mrs|Ms|Mx|St|No|Fig|vs)\. /g;

export function typeset(text: string): string {
  return text.replace(TIE_AFTER, "$1.\u00a0");
}

export function fontFor(bold: boolean, italic: boolean, smallCaps = false): FontId {
  if (smallCaps) return "smallCaps";
  if (bold && italic) return "boldItalic";
  if (bold) return "bold";
  return italic ? "italic" : "regular";
}

/** A plain string as one piece; `link.href` makes it a link. */
export function plainPiece(
  ctx: ComposeContext,
  text: string,
  style: BaseStyle,
  source?: Source,
  link: { href?: string } = {},
): Piece {
  const font = fontFor(style.bold ?? false, style.italic ?? false, style.smallCaps ?? false);
  checkGlyphs(ctx, text, font, source);
  return {
    text: typeset(text),
    font,
    size: em(ctx, style.scale ?? 1),
    rise: 0,
    ...(link.href ? { href: link.href } : {}),
  };
}

/** Rich text as pieces: bold/italic toggle on the base style, superscripts shrink and rise. */
export function richPieces(ctx: ComposeContext, text: RichText, style: BaseStyle, source?: Source): Piece[] {
  return text.map((span) => spanPiece(ctx, span, style, source));
}

function spanPiece(ctx: ComposeContext, span: Span, style: BaseStyle, source?: Source): Piece {
  const font = fontFor(
    Boolean(style.bold) !== Boolean(span.bold),
    Boolean(style.italic) !== Boolean(span.italic),
  );
  const size = em(ctx, style.scale ?? 1);
  checkGlyphs(ctx, span.text, font, source);
  return {
    text: typeset(span.text),
    font,
    size: span.sup ? size * ctx.theme.supSize : size,
    rise: span.sup ? size * ctx.theme.supRise : 0,
    ...(span.href ? { href: span.href } : {}),
  };
}

/** The smallest fraction of its size a one-line element is set at to fit the line. */
const MIN_FIT_SCALE = 0.5;

/**
 * A piece that is set on one line of its own, unbroken (the name, the headline, a section title, a contact, a
 * location): set smaller when it is wider than `width`, so that it never runs off the page. Wider than the line
 * even at half its size, it is an error naming `what`.
 */
/**
 * A piece set on one line as it is: its no-break spaces become ordinary ones (the tie has nothing left to do,
 * and U+00A0 is wider in Latin Modern and extracts as a different character).
 */
export function solid(piece: Piece): Piece {
  return piece.text.includes("\u00a0") ? { ...piece, text: piece.text.replace(/\u00a0/g, " ") } : piece;
}

export function fitToWidth(
  ctx: ComposeContext,
  piece: Piece,
  width: number,
  what: string,
  source?: Source,
): Piece {
  piece = solid(piece);
  const natural = ctx.measurer.width(piece.text, piece.font, piece.size);
  if (natural <= width) return piece;
  const scale = (width / natural) * (1 - 1e-9);
  if (scale < MIN_FIT_SCALE) {
    throw new LayoutError(
      `${what} is too long for one line: ${natural.toFixed(1)}pt wide at ${piece.size.toFixed(1)}pt, and the line is ${width.toFixed(1)}pt`,
      source && locate(source, piece.text.slice(0, 20), ctx.sources),
      "shorten it",
    );
  }
  return { ...piece, size: piece.size * scale, rise: piece.rise * scale };
}

/** Refuses text the font cannot show, instead of printing a blank box. */
function checkGlyphs(ctx: ComposeContext, text: string, font: FontId, source?: Source): void {
  const missing = ctx.measurer.missingGlyphs(text, font);
  const first = missing[0];
  if (first === undefined) return;
  const codePoint = `U+${(first.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  throw new LayoutError(
    `the character "${first}" (${codePoint}) has no glyph in the theme's ${font} font`,
    source && locate(source, first, ctx.sources),
    "remove it or replace it with characters the font has",
  );
}
