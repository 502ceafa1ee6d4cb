import * as fontkit from "fontkit";
import type { FontId } from "./frame.js";
import type { FontMetrics, Measurer } from "./measure.js";

/**
 * Measures with fontkit's shaping (default features: kerning and ligatures, as PDFKit draws them).
 * Widths are memoised per font at 1 pt and scaled, since advance widths are linear in the size.
 */
export function fontkitMeasurer(fonts: Record<FontId, Buffer>): Measurer {
  const parsed = new Map<FontId, fontkit.Font>();
  for (const [id, buffer] of Object.entries(fonts) as [FontId, Buffer][])
    parsed.set(id, parseFont(id, buffer));
  const widths = new Map<FontId, Map<string, number>>();
  const font = (id: FontId): fontkit.Font => {
    const f = parsed.get(id);
    if (!f) throw new Error(`no font for ${id}`);
    return f;
  };
  return {
    width(text, id, size) {
      let cache = widths.get(id);
      if (!cache) {
        cache = new Map();
        widths.set(id, cache);
      }
      let w = cache.get(text);
      if (w === undefined) {
        const f = font(id);
        w = f.layout(text).advanceWidth / f.unitsPerEm;
        cache.set(text, w);
      }
      return w * size;
    },
    metrics(id): FontMetrics {
      const f = font(id);
      const em = f.unitsPerEm;
      return {
        ascent: f.ascent / em,
        descent: -f.descent / em,
        capHeight: f.capHeight / em,
        xHeight: f.xHeight / em,
      };
    },
    missingGlyphs(text, id) {
      const f = font(id);
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

/** A font file fontkit cannot read as a single font. */
export class FontParseError extends Error {
  constructor(
    readonly fontId: FontId,
    reason: string,
  ) {
    super(reason);
    this.name = "FontParseError";
  }
}

function parseFont(id: FontId, buffer: Buffer): fontkit.Font {
  let created: ReturnType<typeof fontkit.create>;
  try {
    created = fontkit.create(buffer);
  } catch (error) {
    throw new FontParseError(id, `not a font file fontkit can read (${(error as Error).message})`);
  }
  if (!("layout" in created)) throw new FontParseError(id, "a font collection, not a single font");
  return created;
}
