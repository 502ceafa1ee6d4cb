import { readFileSync } from "node:fs";
import type { RichText, Source, Span } from "../../model/schema.js";
import type { FontId } from "../frame.js";
import type { Piece } from "../paragraph.js";
import { type ComposeContext, em } from "./context.js";
import { LayoutError } from "./errors.js";

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

/** A plain string as one piece. */
export function plainPiece(ctx: ComposeContext, text: string, style: BaseStyle, source?: Source): Piece {
  const font = fontFor(style.bold ?? false, style.italic ?? false, style.smallCaps ?? false);
  checkGlyphs(ctx, text, font, source);
  return { text: typeset(text), font, size: em(ctx, style.scale ?? 1), rise: 0 };
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

/** Refuses text the font cannot show, instead of printing a blank box. */
function checkGlyphs(ctx: ComposeContext, text: string, font: FontId, source?: Source): void {
  const missing = ctx.measurer.missingGlyphs(text, font);
  const first = missing[0];
  if (first === undefined) return;
  const codePoint = `U+${(first.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  throw new LayoutError(
    `the character "${first}" (${codePoint}) has no glyph in the theme's ${font} font`,
    source && locate(source, first),
    "remove it or replace it with characters the font has",
  );
}

/**
 * The position of `char` in its source file: its first occurrence at or after `from` (the start of the item or
 * section that holds it), so the error points at the character itself rather than at the start of its bullet.
 * The model keeps positions per item only; this reads the file again, on this error path alone, decoding it as
 * src/parse/readContent.ts does. Falls back to `from` when the file cannot be read or the character is not there
 * as written (typography may have made it, e.g. a typographic quote).
 */
export function locate(from: Source, char: string): Source {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(from.file)).normalize("NFC");
  } catch {
    return from;
  }
  const lines = text.split(/\r\n|\r|\n/);
  for (let index = from.line - 1; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const at = line.indexOf(char, index === from.line - 1 ? from.column - 1 : 0);
    if (at >= 0) return { file: from.file, line: index + 1, column: at + 1 };
  }
  return from;
}
