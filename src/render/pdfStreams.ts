/** The parts of PDFKit's internals (pdfkit 0.20) that the renderer reaches into to write streams itself. */
import type { EmbeddedFont } from "./glyphCodes.js";

/** A stream reference: its dictionary, and its bytes written, compressed by PDFKit or not. */
export interface StreamRef {
  compress: boolean;
  data: Record<string, unknown>;
  write(chunk: Uint8Array): void;
  end(chunk?: Uint8Array | string): void;
  finalize(): void;
}

/** An embedded font, with the document it makes its references in. */
export interface FontInDocument extends EmbeddedFont {
  document: { ref(data?: unknown): StreamRef };
}

/** `stream` holding bytes compressed already, its dictionary as PDFKit writes that of a stream it compressed. */
export function writeCompressed(stream: StreamRef, compressed: Uint8Array): StreamRef {
  stream.compress = false;
  stream.write(compressed);
  stream.data.Filter = "FlateDecode";
  stream.finalize();
  return stream;
}
