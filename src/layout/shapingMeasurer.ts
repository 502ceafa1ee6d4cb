import type { FontId, Glyph } from "./frame.js";
import type { FontMetrics, Measurer } from "./measure.js";
import type { FontShaper, Shaped } from "./shaping.js";

/** What one font has answered so far: every look-up is made once per process. */
interface FontMemo {
  shaper: FontShaper;
  metrics?: FontMetrics;
  shapes: Map<string, Shaped>;
  /** Glyphs scaled to a size, by size and text: layout asks for the same words at the same sizes pass after pass. */
  scaled: Map<number, Map<string, Glyph[]>>;
  missing: Map<string, string[]>;
}

/**
 * A measurer over one shaper per font. Shapes are memoised per font at 1 pt and scaled, since advances are
 * linear in the size; scaled glyphs, metrics and missing characters are memoised too. The glyph arrays it
 * returns are shared: callers copy before changing one.
 */
export function shapingMeasurer(shapers: Record<FontId, FontShaper>): Measurer {
  const memos = new Map<FontId, FontMemo>();
  const memoOf = (id: FontId): FontMemo => {
    let memo = memos.get(id);
    if (memo === undefined) {
      memo = { shaper: shapers[id], shapes: new Map(), scaled: new Map(), missing: new Map() };
      memos.set(id, memo);
    }
    return memo;
  };
  const shapedEm = (memo: FontMemo, text: string): Shaped => {
    let shaped = memo.shapes.get(text);
    if (shaped === undefined) {
      shaped = memo.shaper.shape(text);
      memo.shapes.set(text, shaped);
    }
    return shaped;
  };
  return {
    width(text, id, size) {
      return shapedEm(memoOf(id), text).width * size;
    },
    shape(text, id, size) {
      const memo = memoOf(id);
      let atSize = memo.scaled.get(size);
      if (atSize === undefined) {
        atSize = new Map();
        memo.scaled.set(size, atSize);
      }
      let glyphs = atSize.get(text);
      if (glyphs === undefined) {
        glyphs = shapedEm(memo, text).glyphs.map((g) => scaled(g, size));
        atSize.set(text, glyphs);
      }
      return glyphs;
    },
    metrics(id) {
      const memo = memoOf(id);
      memo.metrics ??= memo.shaper.metrics();
      return memo.metrics;
    },
    missingGlyphs(text, id) {
      const memo = memoOf(id);
      let missing = memo.missing.get(text);
      if (missing === undefined) {
        missing = [];
        for (const ch of new Set(text)) {
          const cp = ch.codePointAt(0) ?? 0;
          if (cp < 0x20 || ch === "\u00a0") continue;
          if (!memo.shaper.hasGlyph(cp)) missing.push(ch);
        }
        memo.missing.set(text, missing);
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
