/**
 * What measuring asks of one font: its vertical metrics, text shaped at 1 pt, and whether it has a glyph for a
 * character. Layout sees fonts only through this; src/shaping/ implements it with fontkit and an on-disk store.
 */
import type { Glyph } from "./frame.js";
import type { FontMetrics } from "./measure.js";

/** Text shaped at 1 pt: glyphs with lengths in ems, and their total advance. */
export interface Shaped {
  glyphs: Glyph[];
  width: number;
}

export interface FontShaper {
  metrics(): FontMetrics;
  /** `text` shaped at 1 pt; the same text always gives the same glyphs, whatever was shaped before. */
  shape(text: string): Shaped;
  hasGlyph(codePoint: number): boolean;
}
