/**
 * Codes of glyphs in a font PDFKit embeds (Type0, Identity-H: a code is a CID, the glyph's index in PDFKit's
 * subset). PDFKit's own text API shapes strings and takes each glyph's characters from fontkit; here the glyphs
 * come shaped from layout with their characters, and are added to the subset and its ToUnicode map directly.
 */
import type { Glyph } from "../layout/frame.js";

/** The parts of PDFKit's EmbeddedFont (pdfkit 0.20) this module uses. */
export interface EmbeddedFont {
  /** Resource name in page dictionaries, e.g. "F1". */
  id: string;
  /** The font dictionary's reference (created on first call; only fonts asked for are embedded). */
  ref(): unknown;
  /** fontkit's subset: the glyph ids to embed, in CID order. */
  subset: { glyphs: number[]; includeGlyph(glyph: number): number; encode(): Uint8Array };
  /** Characters of each CID, as code points: PDFKit writes the ToUnicode map from it. */
  unicode: number[][];
  /** Width of each CID in thousandths of an em: PDFKit writes the font's /W array from it. */
  widths: number[];
}

/** A glyph's code in the font and its width as the font declares it, in thousandths of an em. */
interface Code {
  hex: string;
  declared: number;
}

/** Values by glyph id, then by the characters the glyph is drawn for: looked up without making a key. */
class ByGlyph<V> {
  private readonly byId = new Map<number, Map<string, V>>();

  get(glyph: Glyph): V | undefined {
    return this.byId.get(glyph.id)?.get(glyph.text);
  }

  set(glyph: Glyph, value: V): void {
    let byText = this.byId.get(glyph.id);
    if (byText === undefined) {
      byText = new Map();
      this.byId.set(glyph.id, byText);
    }
    byText.set(glyph.text, value);
  }
}

export class GlyphCodes {
  /** Code by glyph id and characters. */
  private readonly codes = new ByGlyph<Code>();

  constructor(private readonly font: EmbeddedFont) {}

  /**
   * The four hex digits that draw `glyph` at `size` and extract as its characters, and the width the font
   * declares for it (what TJ adjustments are counted from). A glyph drawn for other characters than before (the
   * hyphen glyph as U+002D and as U+2010, say) gets a CID of its own, since the ToUnicode map gives each CID one
   * string.
   */
  entry(glyph: Glyph, size: number): Code {
    let code = this.codes.get(glyph);
    if (code === undefined) {
      const { subset, unicode, widths } = this.font;
      let cid = subset.includeGlyph(glyph.id);
      if (unicode[cid] !== undefined) {
        subset.glyphs.push(glyph.id);
        cid = subset.glyphs.length - 1;
      }
      unicode[cid] = Array.from(glyph.text, (ch) => ch.codePointAt(0) ?? 0);
      const declared = (glyph.width * 1000) / size;
      widths[cid] = declared;
      code = { hex: cid.toString(16).padStart(4, "0"), declared };
      this.codes.set(glyph, code);
    }
    return code;
  }

  /** The glyph's code (see {@link entry}). */
  code(glyph: Glyph, size: number): string {
    return this.entry(glyph, size).hex;
  }

  /**
   * Gives the glyphs their CIDs in the order of their ids (then characters), before anything is drawn: the
   * subset's order then depends on which glyphs the document uses, not on where each is first used, so the same
   * set of glyphs makes the same font program (see fontPrograms.ts). Each glyph is given with the size of its
   * first use in the text items (their glyphs, then the space that may bridge a gap after them).
   */
  registerAll(items: readonly { glyphs: readonly Glyph[]; space: Glyph; size: number }[]): void {
    const first = new ByGlyph<true>();
    const uses: { glyph: Glyph; size: number }[] = [];
    const add = (glyph: Glyph, size: number) => {
      if (first.get(glyph) !== undefined) return;
      first.set(glyph, true);
      uses.push({ glyph, size });
    };
    for (const item of items) {
      for (const glyph of item.glyphs) add(glyph, item.size);
      add(item.space, item.size);
    }
    uses.sort(
      (a, b) =>
        a.glyph.id - b.glyph.id || (a.glyph.text < b.glyph.text ? -1 : a.glyph.text > b.glyph.text ? 1 : 0),
    );
    for (const { glyph, size } of uses) this.entry(glyph, size);
  }
}
