/**
 * PDFKit turns every string it writes (page content, object dictionaries) into bytes one character at a time,
 * `charCodeAt(i) & 0xff` followed by a newline. Node's latin1 encoding makes the same bytes natively: these
 * writers hand PDFKit the bytes, which it then writes as they are. The file is byte for byte the same.
 */
type Write = (data: unknown) => unknown;

/** The parts of PDFKit's document (pdfkit 0.20) this module uses. */
interface Writable {
  _write: Write;
  addContent: Write;
}

export function writeStringsAsLatin1(doc: unknown): void {
  const writable = doc as Writable;
  for (const name of ["_write", "addContent"] as const) {
    const write = writable[name].bind(writable);
    writable[name] = (data: unknown) =>
      write(typeof data === "string" ? Buffer.from(`${data}\n`, "latin1") : data);
  }
}
