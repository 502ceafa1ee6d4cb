/**
 * ToUnicode maps made lately: PDFKit writes a font's map from the characters of each of its codes, then compresses
 * it, for every document; a document rebuilt after a small edit mostly has the same codes for the same characters.
 * Kept in memory by those characters, compressed as PDFKit compresses them, so the file is byte for byte what
 * PDFKit writes.
 */
import { deflateSync } from "node:zlib";
import { Generations } from "../cache/generations.js";
import type { EmbeddedFont } from "./glyphCodes.js";
import { type FontInDocument, type StreamRef, withNextStream, writeCompressed } from "./pdfStreams.js";

const maps = new Generations<Uint8Array>();

/** Starts a document: maps the last one did not use are let go after this one. */
export function startUnicodeMaps(): void {
  maps.age();
}

/** The parts of PDFKit's EmbeddedFont this module uses besides GlyphCodes' (see glyphCodes.ts). */
interface WithUnicodeMap extends FontInDocument {
  toUnicodeCmap(): StreamRef;
}

/** Makes `font` write a map kept for the same characters, or keep the one PDFKit makes. */
export function keepUnicodeMap(font: EmbeddedFont): void {
  const mapped = font as WithUnicodeMap;
  const make = mapped.toUnicodeCmap.bind(mapped);
  mapped.toUnicodeCmap = () => {
    const key = font.unicode.map((codePoints) => codePoints.join(",")).join(";");
    const kept = maps.get(key);
    if (kept !== undefined) return writeCompressed(mapped.document.ref(), kept);
    // PDFKit ends the map with its text, and writes a newline after a stream's text.
    return withNextStream(
      mapped,
      (map, text) => {
        const bytes =
          typeof text === "string" ? Buffer.from(`${text}\n`, "latin1") : (text ?? new Uint8Array(0));
        const compressed = deflateSync(bytes);
        maps.set(key, compressed);
        writeCompressed(map, compressed);
      },
      make,
    );
  };
}
