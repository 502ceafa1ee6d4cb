import type * as fontkit from "fontkit";
import type { FontId } from "./frame.js";
import type { FontMetrics, Measurer } from "./measure.js";

/**
 * Measures with fontkit's shaping (default features: kerning and ligatures, as PDFKit draws them).
 * Widths are memoised per font at 1 pt and scaled, since advance widths are linear in the size.
 */
export function fontkitMeasurer(fonts: Record<FontId, fontkit.Font>): Measurer {
  const widths = new Map<FontId, Map<string, number>>();
  return {
    width(text, id, size) {
      let cache = widths.get(id);
      if (!cache) {
        cache = new Map();
        widths.set(id, cache);
      }
      let w = cache.get(text);
      if (w === undefined) {
        const f = fonts[id];
        w = f.layout(text).advanceWidth / f.unitsPerEm;
        cache.set(text, w);
      }
      return w * size;
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
