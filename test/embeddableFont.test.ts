/**
 * A font handed to PDFKit through embeddableFont: the PDF is byte for byte what PDFKit makes from the font itself,
 * and opening it for a document decodes no CFF table (only encoding a subset does).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { embeddableFont } from "../src/render/embeddableFont.js";
import type { EmbeddedFont } from "../src/render/glyphCodes.js";

const FONT = join(import.meta.dirname, "..", "fonts", "lmroman10-regular.otf");

function fresh(): fontkit.Font {
  return fontkit.create(readFileSync(FONT)) as fontkit.Font;
}

/** A one-page PDF drawing glyphs 36, 70 and 36 again (as if for other characters) in `font`. */
async function pdfWith(font: fontkit.Font): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, info: { CreationDate: new Date(0) } });
  doc.registerFont("f", font as unknown as PDFKit.Mixins.PDFFontSource);
  doc.font("f");
  const embedded = (doc as unknown as { _font: EmbeddedFont })._font;
  doc.addPage();
  for (const id of [36, 70]) {
    const cid = embedded.subset.includeGlyph(id);
    embedded.unicode[cid] = [0x41];
    embedded.widths[cid] = 500;
  }
  embedded.subset.glyphs.push(36);
  embedded.unicode[embedded.subset.glyphs.length - 1] = [0x2010];
  embedded.widths[embedded.subset.glyphs.length - 1] = 500;
  doc.addContent(`BT /${embedded.id} 10 Tf [<0001><0002><0003>] TJ ET`);
  (doc.page as unknown as { fonts: Record<string, unknown> }).fonts[embedded.id] = embedded.ref();
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.end();
  return done;
}

describe("embeddableFont", () => {
  it("makes the same PDF as the font itself, subset program and widths included", async () => {
    const plain = await pdfWith(fresh());
    const lazy = await pdfWith(embeddableFont(fresh()));
    expect(lazy.length).toBeGreaterThan(1000);
    expect(lazy.equals(plain)).toBe(true);
  });

  it("decodes no CFF table to open the font for a document", () => {
    const font = fresh();
    const doc = new PDFDocument({ autoFirstPage: false });
    doc.registerFont("f", embeddableFont(font) as unknown as PDFKit.Mixins.PDFFontSource);
    doc.font("f");
    const tables = (font as unknown as { _tables: Record<string, unknown> })._tables;
    expect(Object.keys(tables)).not.toContain("CFF ");
    const embedded = (doc as unknown as { _font: EmbeddedFont })._font;
    expect(embedded.widths[0]).toBe(fresh().getGlyph(0).advanceWidth);
  });
});
