import type * as fontkit from "fontkit";
import type { FontId, Glyph } from "./frame.js";
import type { FontMetrics, Measurer } from "./measure.js";

/** Text shaped at 1 pt: glyphs with lengths in ems, and their total advance. */
interface Shaped {
  glyphs: Glyph[];
  width: number;
}

/**
 * Shapes with fontkit (its default features: kerning and ligatures). Shapes are memoised per font at 1 pt and
 * scaled, since advances are linear in the size.
 */
export function fontkitMeasurer(fonts: Record<FontId, fontkit.Font>): Measurer {
  const shapes = new Map<FontId, Map<string, Shaped>>();
  const shapedEm = (text: string, id: FontId): Shaped => {
    let cache = shapes.get(id);
    if (!cache) {
      cache = new Map();
      shapes.set(id, cache);
    }
    let shaped = cache.get(text);
    if (shaped === undefined) {
      shaped = shapeText(fonts[id], text);
      cache.set(text, shaped);
    }
    return shaped;
  };
  return {
    width(text, id, size) {
      return shapedEm(text, id).width * size;
    },
    shape(text, id, size) {
      return shapedEm(text, id).glyphs.map((g) => scaled(g, size));
    },
    metrics(id): FontMetrics {
      const f = fonts[id];
      const em = f.unitsPerEm;
      return {
        ascent: f.ascent / em,
        descent: -f.descent / em,
        capHeight: f.capHeight / em,
        xHeight: f.xHeight / em,
      };
    },
    missingGlyphs(text, id) {
      const f = fonts[id];
      const missing: string[] = [];
      for (const ch of new Set(text)) {
        const cp = ch.codePointAt(0) ?? 0;
        if (cp < 0x20 || ch === "\u00a0") continue;
        if (!f.hasGlyphForCodePoint(cp)) missing.push(ch);
      }
      return missing;
    },
  };
}

function scaled(g: Glyph, size: number): Glyph {
  const glyph: Glyph = { id: g.id, text: g.text, width: g.width * size, advance: g.advance * size };
  if (g.dx) glyph.dx = g.dx * size;
  if (g.dy) glyph.dy = g.dy * size;
  return glyph;
}

/**
 * Shapes `text` at 1 pt, giving each glyph the characters it stands for, taken from `text` itself: fontkit
 * keeps each glyph object with the characters of its first use, so only their number is read from it. When
 * the counts do not add up to the text (a variation selector, say), each character is shaped on its own.
 */
function shapeText(font: fontkit.Font, text: string): Shaped {
  const chars = Array.from(text);
  const glyphs = shapeRun(font, chars);
  if (glyphs !== undefined) return total(glyphs);
  return total(chars.flatMap((ch) => shapeRun(font, [ch]) ?? []));
}

function shapeRun(font: fontkit.Font, chars: readonly string[]): Glyph[] | undefined {
  const run = font.layout(chars.join(""));
  const em = font.unitsPerEm;
  const glyphs: Glyph[] = [];
  let at = 0;
  for (const [i, g] of run.glyphs.entries()) {
    const position = run.positions[i];
    const count = g.codePoints.length;
    const glyph: Glyph = {
      id: g.id,
      text: chars.slice(at, at + count).join(""),
      width: g.advanceWidth / em,
      advance: (position?.xAdvance ?? g.advanceWidth) / em,
    };
    if (position?.xOffset) glyph.dx = position.xOffset / em;
    if (position?.yOffset) glyph.dy = position.yOffset / em;
    glyphs.push(glyph);
    at += count;
  }
  return at === chars.length ? glyphs : undefined;
}

function total(glyphs: Glyph[]): Shaped {
  return { glyphs, width: glyphs.reduce((sum, g) => sum + g.advance, 0) };
}
