import type { FontId } from "./frame.js";

/** Vertical metrics of a font, in ems (multiply by the size). */
export interface FontMetrics {
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
}

/**
 * Advance widths of shaped text (kerning and ligatures applied), in points. Layout receives one and never
 * loads fonts itself; tests pass a fixed-width fake.
 */
export interface Measurer {
  width(text: string, font: FontId, size: number): number;
  metrics(font: FontId): FontMetrics;
  /** Characters of `text` the font has no glyph for (so they would print as blank boxes). */
  missingGlyphs(text: string, font: FontId): string[];
}

/** A measurer for tests: every character is `charWidth` ems wide, a space `spaceWidth` ems. */
export function fixedWidthMeasurer(charWidth = 0.5, spaceWidth = 0.333): Measurer {
  return {
    width: (text, _font, size) => {
      let w = 0;
      for (const ch of text) w += ch === " " ? spaceWidth : charWidth;
      return w * size;
    },
    metrics: () => ({ ascent: 0.75, descent: 0.25, capHeight: 0.7, xHeight: 0.45 }),
    missingGlyphs: () => [],
  };
}
