/**
 * Font programs made lately: subsetting and encoding a CFF font costs more than drawing a page, and a document
 * rebuilt after a small edit mostly uses the same glyphs (GlyphCodes.registerAll orders them by id, so the same
 * set makes the same subset). Kept by the hash of the font's bytes and the subset's glyph ids.
 */
import { onForgetFileMemos } from "../cache/fileMemos.js";
import { Generations } from "../cache/generations.js";
import type { EmbeddedFont } from "./glyphCodes.js";

const programs = new Generations<Uint8Array>();
onForgetFileMemos(() => programs.forget());

/** Starts a document: programs the last one did not use are let go after this one. */
export function startFontPrograms(): void {
  programs.age();
}

/** Makes `font` take its program from those kept when one was made for the same bytes and glyphs. */
export function keepFontProgram(font: EmbeddedFont, fontHash: string): void {
  const subset = font.subset;
  const encode = subset.encode.bind(subset);
  subset.encode = () => programs.getOrMake(`${fontHash}|${subset.glyphs.join(",")}`, encode);
}
