/**
 * ToUnicode maps made lately: PDFKit writes a font's map from the characters of each of its codes, then compresses
 * it, for every document; a document rebuilt after a small edit mostly has the same codes for the same characters.
 * Kept in memory by those characters, compressed as PDFKit compresses them, so the file is byte for byte what
 * PDFKit writes.
 */
import { deflateSync } from "node:zlib";
import { Generations } from "../cache/generations.js";
import type { EmbeddedFont } from "./glyphCodes.js";

const maps = new Generations<Uint8Array>();

/** Starts a document: maps the last one did not use are let go after this one. */
export function startUnicodeMaps(): void {
  maps.age();
}

/** The parts of PDFKit's stream references (pdfkit 0.20) this module uses. */
interface StreamRef {
  compress: boolean;
  data: Record<string, unknown>;
  write(chunk: Uint8Array): void;
  end(chunk?: string): void;
  finalize(): void;
}

/** The parts of PDFKit's EmbeddedFont this module uses besides GlyphCodes' (see glyphCodes.ts). */
interface WithUnicodeMap extends EmbeddedFont {
  toUnicodeCmap(): StreamRef;
  document: { ref(data?: unknown): StreamRef };
}

/** Makes `font` write a map kept for the same characters, or keep the one PDFKit makes. */
export function keepUnicodeMap(font: EmbeddedFont): void {
  const mapped = font as WithUnicodeMap;
  const make = mapped.toUnicodeCmap.bind(mapped);
  mapped.toUnicodeCmap = () => {
    const key = font.unicode.map((codePoints) => codePoints.join(",")).join(";");
    const kept = maps.get(key);
    if (kept !== undefined) return written(mapped.document.ref(), kept);
    const doc = mapped.document;
    const ref = doc.ref.bind(doc);
    doc.ref = (data?: unknown) => {
      doc.ref = ref;
      const map = ref(data);
      // PDFKit ends the map with its text; a stream's text is written with a newline after it.
      map.end = (text?: string) => {
        const compressed = deflateSync(Buffer.from(`${text ?? ""}\n`, "latin1"));
        maps.set(key, compressed);
        written(map, compressed);
      };
      return map;
    };
    try {
      return make();
    } finally {
      doc.ref = ref;
    }
  };
}

/** `map` holding the compressed bytes, its dictionary as PDFKit writes a stream it compressed itself. */
function written(map: StreamRef, compressed: Uint8Array): StreamRef {
  map.compress = false;
  map.write(compressed);
  map.data.Filter = "FlateDecode";
  map.finalize();
  return map;
}
