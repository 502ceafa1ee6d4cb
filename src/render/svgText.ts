/**
 * One text run as an SVG text element that puts every glyph where layout put it (and where the PDF draws it):
 * each glyph's origin is given as an absolute x (and y when a glyph has an offset of its own), from the advances
 * layout set — kerning, justified spaces and all. Nothing is measured here.
 */
import type { Glyph, TextItem } from "../layout/frame.js";
import type { Face } from "./svgFonts.js";
import { faceAttributes } from "./svgFonts.js";
import { escapeXml } from "./xmp.js";

/**
 * A stretch of glyphs given one x (and y) per character: glyphs of one character each, or one glyph standing for
 * several characters (a ligature), whose first character gets the glyph's position and the rest none, so a
 * renderer draws them as that one glyph again.
 */
interface Chunk {
  text: string;
  x: number[];
  y: number[];
}

/** The text element of `run`, in its face and size, with its role and source position as data attributes. */
export function svgText(run: TextItem, face: Face): string {
  const chunks = chunksOf(run);
  const offsets = run.glyphs.some((g) => (g.dy ?? 0) !== 0);
  const body =
    chunks.length === 1 && chunks[0] !== undefined
      ? positioned("text", chunks[0], offsets, attributes(run, face))
      : `<text ${attributes(run, face)}>${chunks.map((c) => positioned("tspan", c, offsets, "")).join("")}</text>`;
  return run.href === undefined ? body : `<a href="${attribute(run.href)}">${body}</a>`;
}

function attributes(run: TextItem, face: Face): string {
  const source = run.source ? ` data-source="${attribute(sourceText(run.source))}"` : "";
  return `${faceAttributes(face)} font-size="${num(run.size)}" data-role="${run.role}"${source}`;
}

/** Text for a double-quoted XML attribute. */
export function attribute(text: string): string {
  return escapeXml(text).replace(/"/g, "&quot;");
}

/** `file:line:column`, as diagnostics name a place. */
export function sourceText(source: { file: string; line: number; column: number }): string {
  return `${source.file}:${source.line}:${source.column}`;
}

function positioned(tag: "text" | "tspan", chunk: Chunk, offsets: boolean, rest: string): string {
  const y = offsets ? chunk.y : chunk.y.slice(0, 1);
  const extra = rest === "" ? "" : ` ${rest}`;
  return `<${tag} x="${chunk.x.map(num).join(" ")}" y="${y.map(num).join(" ")}"${extra}>${escapeXml(chunk.text)}</${tag}>`;
}

/**
 * The run's glyphs in chunks: consecutive glyphs of one character (in the Basic Multilingual Plane, which SVG
 * renderers agree counts as one position) share a chunk; any other glyph is a chunk of its own.
 */
function chunksOf(run: TextItem): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk | undefined;
  let pen = run.x;
  for (const glyph of run.glyphs) {
    const x = pen + (glyph.dx ?? 0);
    // SVG's y grows downwards like the display list's; a glyph offset (like PDF's) goes up.
    const y = run.baseline - (glyph.dy ?? 0);
    if (isSingle(glyph)) {
      if (current === undefined) {
        current = { text: "", x: [], y: [] };
        chunks.push(current);
      }
      current.text += glyph.text;
      current.x.push(x);
      current.y.push(y);
    } else {
      chunks.push({ text: glyph.text, x: [x], y: [y] });
      current = undefined;
    }
    pen += glyph.advance;
  }
  return chunks;
}

function isSingle(glyph: Glyph): boolean {
  return glyph.text.length === 1;
}

/** A coordinate with at most three decimals (a thousandth of a point), never in exponent notation. */
export function num(n: number): string {
  const rounded = Math.round(n * 1000) / 1000;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}
