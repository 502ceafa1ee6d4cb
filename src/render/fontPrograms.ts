/**
 * Font programs made lately: subsetting, encoding and compressing five CFF fonts costs more than drawing a page,
 * and a document rebuilt after a small edit mostly uses the same glyphs (GlyphCodes.registerAll orders them by
 * id, so the same set makes the same subset). Kept by the hash of the font's bytes and the subset's glyph ids,
 * compressed as PDFKit would compress them (zlib's defaults), so the file is byte for byte what PDFKit writes.
 * Kept on disk too, between runs of the same code (src/cache/codeIdentity.ts): the `fonts` cache.
 */
import { deflateSync, inflateSync } from "node:zlib";
import { readCheckedBytes, writeCheckedBytes } from "../cache/checkedFile.js";
import { onForgetFileMemos } from "../cache/fileMemos.js";
import { Generations } from "../cache/generations.js";
import { type KeptFile, keptFile } from "../cache/keptFile.js";
import { trimFolder } from "../cache/trimFolder.js";
import type { EmbeddedFont } from "./glyphCodes.js";
import { type FontInDocument, withNextStream, writeCompressed } from "./pdfStreams.js";

const programs = new Generations<Uint8Array>();
onForgetFileMemos(() => programs.forget());

/** Programs kept on disk at most: the fonts of the versions of the résumés built lately. */
const MAX_KEPT = 256;

/** Where the program of `key` is kept on disk; undefined when the cache is off or the code has no identity. */
function onDisk(key: string): KeptFile | undefined {
  return keptFile("fonts", "fonts", key, "bin");
}

/**
 * Whether kept bytes are a compressed font program: they inflate, to a CFF table (version 1.0) or an sfnt font.
 * A file that checks out but holds something else is ignored like a damaged one.
 */
function isFontProgram(compressed: Uint8Array): boolean {
  let program: Buffer;
  try {
    program = inflateSync(compressed);
  } catch {
    return false;
  }
  if (program.length < 4) return false;
  const cff = program[0] === 1 && program[1] === 0 && (program[2] ?? 0) >= 4;
  const sfnt = ["00010000", "74727565", "4f54544f"].includes(program.subarray(0, 4).toString("hex"));
  return cff || sfnt;
}

/** Whether a program is kept under `key`: in memory, or on disk (then read into memory). */
function known(key: string): boolean {
  if (programs.has(key)) return true;
  const place = onDisk(key);
  const bytes = place && readCheckedBytes(place.file, place.key);
  if (bytes === undefined || !isFontProgram(bytes)) return false;
  programs.set(key, bytes);
  return true;
}

/** The program kept under `key`, or the one `make` makes (then kept in memory and on disk). */
function program(key: string, make: () => Uint8Array): Uint8Array {
  if (known(key)) return programs.get(key) as Uint8Array;
  const made = make();
  programs.set(key, made);
  const place = onDisk(key);
  if (place !== undefined) {
    writeCheckedBytes(place.file, place.key, () => made);
    trimFolder(place.dir, MAX_KEPT);
  }
  return made;
}

/** Starts a document: programs the last one did not use are let go after this one. */
export function startFontPrograms(): void {
  programs.age();
}

/** The parts of PDFKit's EmbeddedFont this module uses besides GlyphCodes' (see glyphCodes.ts). */
interface Embeddable extends FontInDocument {
  embed(): void;
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
  font.subset.encode = () => (known(key()) ? new Uint8Array(0) : encode());
  const embed = embeddable.embed.bind(embeddable);
  embeddable.embed = () =>
    withNextStream(
      embeddable,
      (fontFile, encoded) => {
        const bytes = typeof encoded === "string" ? undefined : encoded;
        writeCompressed(
          fontFile,
          program(key(), () => deflateSync(bytes ?? encode())),
        );
      },
      embed,
    );
}
