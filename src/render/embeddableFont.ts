/**
 * A font as PDFKit embeds it, without decoding its CFF table until a font program must be encoded. PDFKit's
 * EmbeddedFont makes fontkit's subset (which decodes the whole CFF table: a few ms per font) and measures glyph 0
 * (whose metrics, for a CFF font, come with its outline) as it opens a font; with the programs kept
 * (fontPrograms.ts), a build encodes none, so neither needs the table. Everything PDFKit writes is the same.
 */
import type * as fontkit from "fontkit";

/** The parts of fontkit's Subset (fontkit 2) that PDFKit and GlyphCodes use. */
interface Subset {
  glyphs: number[];
  mapping: Record<number, number>;
  includeGlyph(glyph: number): number;
  encode(): Uint8Array;
}

/** The parts of fontkit's Font read here that its type declarations leave out. */
interface FontInternals {
  directory: { tables: Record<string, unknown> };
  hmtx: { metrics: { length: number; get(index: number): { advance: number } } };
  HVAR?: unknown;
  createSubset(): Subset;
}

/** fontkit's subset, made when it is first needed: until then, the glyphs it is to hold. */
class LazySubset implements Subset {
  readonly glyphs: number[] = [];
  readonly mapping: Record<number, number> = {};
  /** PDFKit tells a CFF font (FontFile3) from a TrueType one by whether this is set. */
  readonly cff: true | null;

  constructor(private readonly font: FontInternals) {
    this.cff = font.directory.tables["CFF "] === undefined ? null : true;
    this.includeGlyph(0);
  }

  includeGlyph(glyph: number): number {
    if (this.mapping[glyph] === undefined) {
      this.glyphs.push(glyph);
      this.mapping[glyph] = this.glyphs.length - 1;
    }
    return this.mapping[glyph] as number;
  }

  encode(): Uint8Array {
    const subset = this.font.createSubset();
    // The glyphs as given, repeats included (a glyph drawn for other characters has a second code).
    subset.glyphs.splice(0, subset.glyphs.length, ...this.glyphs);
    Object.assign(subset.mapping, this.mapping);
    return subset.encode();
  }
}

const embeddable = new WeakMap<fontkit.Font, fontkit.Font>();

/** `font` as PDFKit is to embed it: the same font, its subset made lazily. */
export function embeddableFont(font: fontkit.Font): fontkit.Font {
  let wrapped = embeddable.get(font);
  if (wrapped === undefined) {
    const internals = font as unknown as FontInternals;
    const plain = internals.HVAR === undefined && internals.hmtx.metrics.length > 0;
    // Reads and caches go to `font` itself (its tables, its glyphs): the wrapper only answers these two.
    wrapped = Object.create(font) as fontkit.Font;
    Object.assign(wrapped, {
      createSubset: () => new LazySubset(internals),
      // Glyph 0's advance as fontkit gives it: from hmtx (variable fonts adjust it; those are asked).
      getGlyph: (id: number, codePoints?: number[]) =>
        id === 0 && plain
          ? { advanceWidth: internals.hmtx.metrics.get(0).advance }
          : font.getGlyph(id, codePoints),
    });
    embeddable.set(font, wrapped);
  }
  return wrapped;
}
