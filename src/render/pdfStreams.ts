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

/**
 * Calls `call` with the first stream reference it makes ended by `end` (given what PDFKit would have written into
 * it) instead of by PDFKit; returns what `call` returns.
 */
export function withNextStream<T>(
  font: FontInDocument,
  end: (stream: StreamRef, written?: Uint8Array | string) => void,
  call: () => T,
): T {
  const doc = font.document;
  const ref = doc.ref;
  doc.ref = (data?: unknown) => {
    doc.ref = ref;
    const stream = ref.call(doc, data);
    stream.end = (written?: Uint8Array | string) => end(stream, written);
    return stream;
  };
  try {
    return call();
  } finally {
    doc.ref = ref;
  }
}
