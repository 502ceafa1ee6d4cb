/**
 * Font programs made lately: subsetting, encoding and compressing five CFF fonts costs more than drawing a page,
 * and a document rebuilt after a small edit mostly uses the same glyphs (GlyphCodes.registerAll orders them by
 * id, so the same set makes the same subset). Kept by the hash of the font's bytes and the subset's glyph ids,
 * compressed as PDFKit would compress them (zlib's defaults), so the file is byte for byte what PDFKit writes.
 */
import { deflateSync } from "node:zlib";
import { onForgetFileMemos } from "../cache/fileMemos.js";
import { Generations } from "../cache/generations.js";
import type { EmbeddedFont } from "./glyphCodes.js";

const programs = new Generations<Uint8Array>();
onForgetFileMemos(() => programs.forget());

/** Starts a document: programs the last one did not use are let go after this one. */
export function startFontPrograms(): void {
  programs.age();
}

/** The parts of PDFKit's stream references (pdfkit 0.20) this module uses. */
interface StreamRef {
  compress: boolean;
  data: Record<string, unknown>;
  write(chunk: Uint8Array): void;
  end(chunk?: Uint8Array): void;
  finalize(): void;
}

/** The parts of PDFKit's EmbeddedFont this module uses besides GlyphCodes' (see glyphCodes.ts). */
interface Embeddable extends EmbeddedFont {
  embed(): void;
  document: { ref(data?: unknown): StreamRef };
}

/**
 * Makes `font` take its compressed program from those kept when one was made for the same bytes and glyphs.
 * PDFKit's embed() makes the font file's stream as its first reference and ends it with the encoded subset.
 */
export function keepFontProgram(font: EmbeddedFont, fontHash: string): void {
  const embeddable = font as Embeddable;
  const key = () => `${fontHash}|${font.subset.glyphs.join(",")}`;
  // embed() encodes the subset before handing it over: when its program is kept, there is nothing to encode.
  const encode = font.subset.encode.bind(font.subset);
  font.subset.encode = () => (programs.has(key()) ? new Uint8Array(0) : encode());
  const embed = embeddable.embed.bind(embeddable);
  embeddable.embed = () => {
    const doc = embeddable.document;
    const ref = doc.ref;
    doc.ref = (data?: unknown) => {
      doc.ref = ref;
      const fontFile = ref.call(doc, data);
      fontFile.end = (program?: Uint8Array) => {
        const compressed = programs.getOrMake(key(), () => deflateSync(program ?? encode()));
        fontFile.compress = false;
        fontFile.write(compressed);
        fontFile.data.Filter = "FlateDecode";
        fontFile.finalize();
      };
      return fontFile;
    };
    try {
      embed();
    } finally {
      doc.ref = ref;
    }
  };
}
