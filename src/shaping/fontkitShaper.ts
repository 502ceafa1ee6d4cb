/**
 * Shaping with fontkit (its default features: kerning and ligatures). Each call gives glyphs that depend on the
 * font and the text only. fontkit keeps one glyph object per glyph id holding the characters of its first use,
 * and reads them again when shaping: a ligature first met as U+FB01 would later stand for one character instead
 * of "f" and "i", so what was shaped before would change how a word is set. Each call therefore starts with an
 * empty glyph cache, and only each glyph's metrics (a function of its id, costly to compute: they read the
 * outline) are carried from one call to the next.
 */
import type * as fontkit from "fontkit";
import type { Glyph } from "../layout/frame.js";
import type { FontMetrics } from "../layout/measure.js";
import type { FontShaper, Shaped } from "../layout/shaping.js";

/** A glyph at 1 pt as fontkit gives it, in font units: what the on-disk store keeps. */
export interface UnitGlyph {
  id: number;
  /** How many characters of the text it stands for. */
  count: number;
  advanceWidth: number;
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** A font's shaping as fontkit gives it, in font units (what the on-disk store keeps). */
export interface UnitShaper {
  unitsPerEm: number;
  metrics(): FontMetrics;
  units(text: string): UnitGlyph[];
  hasGlyph(codePoint: number): boolean;
}

export function unitShaper(font: fontkit.Font): UnitShaper {
  freshGlyphsPerCall(font);
  return {
    unitsPerEm: font.unitsPerEm,
    metrics: () => fontMetrics(font),
    units: (text) => shapeUnits(font, text),
    hasGlyph: (codePoint) => font.hasGlyphForCodePoint(codePoint),
  };
}

export function fontkitShaper(font: fontkit.Font): FontShaper {
  const shaper = unitShaper(font);
  return {
    metrics: shaper.metrics,
    shape: (text) => fromUnits(text, shaper.units(text), shaper.unitsPerEm),
    hasGlyph: shaper.hasGlyph,
  };
}

/**
 * What shapes depend on besides the font file: fontkit's version and this module's shaping code (minified in a
 * bundle, so a bundle and the sources keep apart stores). Undefined when fontkit's version cannot be read.
 */
export function shapingEngine(fontkitVersion: string | undefined): string | undefined {
  if (fontkitVersion === undefined) return undefined;
  const code = [shapeUnits, shapeRun, freshGlyphsPerCall, forgetGlyphs].map(String).join("\n");
  return `fontkit ${fontkitVersion}; ${code}`;
}

export function fontMetrics(font: fontkit.Font): FontMetrics {
  const em = font.unitsPerEm;
  return {
    ascent: font.ascent / em,
    descent: -font.descent / em,
    capHeight: font.capHeight / em,
    xHeight: font.xHeight / em,
  };
}

/**
 * Shapes `text`, each glyph counting the characters it stands for. When the counts do not add up to the text
 * (a variation selector, say), each character is shaped on its own.
 */
function shapeUnits(font: fontkit.Font, text: string): UnitGlyph[] {
  const chars = Array.from(text);
  const whole = shapeRun(font, chars.join(""));
  if (counted(whole) === chars.length) return whole;
  return chars.flatMap((ch) => {
    const single = shapeRun(font, ch);
    return counted(single) === 1 ? single : [];
  });
}

function shapeRun(font: fontkit.Font, text: string): UnitGlyph[] {
  forgetGlyphs(font);
  const run = font.layout(text);
  return run.glyphs.map((g, i) => {
    const position = run.positions[i];
    return {
      id: g.id,
      count: g.codePoints.length,
      advanceWidth: g.advanceWidth,
      xAdvance: position?.xAdvance ?? g.advanceWidth,
      xOffset: position?.xOffset ?? 0,
      yOffset: position?.yOffset ?? 0,
    };
  });
}

function counted(glyphs: readonly UnitGlyph[]): number {
  return glyphs.reduce((sum, g) => sum + g.count, 0);
}

/** The parts of fontkit 2's TTFFont and Glyph this module relies on (private: checked before use). */
interface FontkitInternals {
  _glyphs: Record<number, { _metrics?: unknown } | undefined>;
  _getBaseGlyph(id: number, codePoints?: number[]): { id: number; _metrics?: unknown } | null;
}

/** Fonts whose glyph cache is emptied before each shaping call, with the metrics kept per glyph id. */
const carried = new WeakMap<object, Map<number, unknown>>();

/**
 * Makes `font` start each shaping call with no glyph objects, giving each new glyph object the metrics an
 * earlier call computed for its id. Without the internals this relies on, calls are left as fontkit makes them.
 */
function freshGlyphsPerCall(font: fontkit.Font): void {
  const f = font as unknown as Partial<FontkitInternals>;
  const makeGlyph = f._getBaseGlyph;
  if (carried.has(font) || typeof makeGlyph !== "function" || typeof f._glyphs !== "object") return;
  const metrics = new Map<number, unknown>();
  carried.set(font, metrics);
  f._getBaseGlyph = function (this: FontkitInternals, id: number, codePoints: number[] = []) {
    const made = this._glyphs[id] === undefined;
    const glyph = makeGlyph.call(this, id, codePoints);
    const known = metrics.get(id);
    if (made && glyph && known !== undefined) glyph._metrics = known;
    return glyph;
  };
}

/** Empties the glyph cache of a font made by {@link fontkitShaper}, keeping the metrics its glyphs computed. */
function forgetGlyphs(font: fontkit.Font): void {
  const metrics = carried.get(font);
  if (metrics === undefined) return;
  const f = font as unknown as FontkitInternals;
  for (const [id, glyph] of Object.entries(f._glyphs))
    if (glyph?._metrics !== undefined) metrics.set(Number(id), glyph._metrics);
  f._glyphs = {};
}

/** Glyphs in font units as glyphs at 1 pt, each with the characters of `text` it stands for. */
export function fromUnits(text: string, units: readonly UnitGlyph[], unitsPerEm: number): Shaped {
  const chars = Array.from(text);
  const glyphs: Glyph[] = [];
  let at = 0;
  let width = 0;
  for (const u of units) {
    const glyph: Glyph = {
      id: u.id,
      text: chars.slice(at, at + u.count).join(""),
      width: u.advanceWidth / unitsPerEm,
      advance: u.xAdvance / unitsPerEm,
    };
    if (u.xOffset) glyph.dx = u.xOffset / unitsPerEm;
    if (u.yOffset) glyph.dy = u.yOffset / unitsPerEm;
    glyphs.push(glyph);
    width += glyph.advance;
    at += u.count;
  }
  return { glyphs, width };
}
