import type { FontId, Glyph } from "./frame.js";

/** Vertical metrics of a font, in ems (multiply by the size). */
export interface FontMetrics {
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
}

/**
 * Shapes and measures text (kerning and ligatures applied), in points. Layout receives one and never loads
 * fonts itself; tests pass a fixed-width fake.
 */
export interface Measurer {
  /** The advance width of `text`: the sum of the advances of its glyphs as `shape` gives them. */
  width(text: string, font: FontId, size: number): number;
  /** The glyphs that set `text`, each with the characters it stands for: what the PDF draws. */
  shape(text: string, font: FontId, size: number): Glyph[];
  metrics(font: FontId): FontMetrics;
  /** Characters of `text` the font has no glyph for (so they would print as blank boxes). */
  missingGlyphs(text: string, font: FontId): string[];
}

/**
 * A measurer for tests: every character is one glyph `charWidth` ems wide (a space `spaceWidth` ems), its id
 * the character's code point.
 */
export function fixedWidthMeasurer(charWidth = 0.5, spaceWidth = 0.333): Measurer {
  const shape = (text: string, _font: FontId, size: number): Glyph[] =>
    Array.from(text, (ch) => {
      const width = (ch === " " ? spaceWidth : charWidth) * size;
      return { id: ch.codePointAt(0) ?? 0, text: ch, width, advance: width };
    });
  return {
    width: (text, font, size) => shape(text, font, size).reduce((sum, g) => sum + g.advance, 0),
    shape,
    metrics: () => ({ ascent: 0.75, descent: 0.25, capHeight: 0.7, xHeight: 0.45 }),
    missingGlyphs: () => [],
  };
}
