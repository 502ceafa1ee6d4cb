/**
 * Lines packed for keeping on disk (keptBreaks.ts): the glyphs of a run as a few typed arrays and one string
 * instead of an object each, which V8 serializes and reads back many times faster. Unpacking gives lines equal to
 * the packed ones, field for field.
 */
import { FONT_IDS, type FontId, type Glyph } from "./frame.js";
import type { Line, Run } from "./paragraph.js";

export interface PackedGlyphs {
  ids: Uint16Array;
  widths: Float64Array;
  advances: Float64Array;
  /** dx and dy of each glyph, NaN where the glyph has none; absent when no glyph has any. */
  offsets?: Float64Array;
  /** The glyphs' texts, one after the other, and the length of each. */
  text: string;
  lengths: Uint16Array;
}

type PackedRun = Omit<Run, "glyphs"> & { glyphs: PackedGlyphs };
type PackedLine = Omit<Line, "runs"> & { runs: PackedRun[] };

export function packLines(lines: readonly Line[]): PackedLine[] {
  return lines.map((line) => ({
    ...line,
    runs: line.runs.map((run) => ({ ...run, glyphs: packGlyphs(run.glyphs) })),
  }));
}

/** Glyphs packed as in {@link packLines} (the kept fit's pages use it too). */
export function packGlyphs(glyphs: readonly Glyph[]): PackedGlyphs {
  const n = glyphs.length;
  const packed: PackedGlyphs = {
    ids: new Uint16Array(n),
    widths: new Float64Array(n),
    advances: new Float64Array(n),
    text: glyphs.map((g) => g.text).join(""),
    lengths: new Uint16Array(n),
  };
  let offsets: Float64Array | undefined;
  glyphs.forEach((g, i) => {
    packed.ids[i] = g.id;
    packed.widths[i] = g.width;
    packed.advances[i] = g.advance;
    packed.lengths[i] = g.text.length;
    if (g.dx !== undefined || g.dy !== undefined) {
      offsets ??= new Float64Array(2 * n).fill(Number.NaN);
      offsets[2 * i] = g.dx ?? Number.NaN;
      offsets[2 * i + 1] = g.dy ?? Number.NaN;
    }
  });
  if (offsets !== undefined) packed.offsets = offsets;
  return packed;
}

/** Lines from what {@link packLines} made; undefined when `value` is not such lines. */
export function unpackLines(value: unknown): Line[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const lines: Line[] = [];
  for (const line of value) {
    if (!isRecord(line) || !Array.isArray(line.runs)) return undefined;
    const { width, naturalWidth, ratio, ragged, joinsNext, endHyphen } = line;
    if (![width, naturalWidth, ratio].every(finite)) return undefined;
    if (![ragged, joinsNext, endHyphen].every((b) => typeof b === "boolean")) return undefined;
    const runs: Run[] = [];
    for (const run of line.runs) {
      const unpacked = isRecord(run) ? unpackRun(run) : undefined;
      if (unpacked === undefined) return undefined;
      runs.push(unpacked);
    }
    lines.push({ ...(line as unknown as Line), runs });
  }
  return lines;
}

function unpackRun(run: Record<string, unknown>): Run | undefined {
  const { text, font, size, rise, x, width, href, glyphs } = run;
  if (typeof text !== "string" || !isFontId(font) || ![size, rise, x, width].every(finite)) return undefined;
  if (href !== undefined && typeof href !== "string") return undefined;
  const unpacked = unpackGlyphs(glyphs);
  if (unpacked === undefined) return undefined;
  return { ...(run as unknown as Run), font, glyphs: unpacked };
}

/** Glyphs from what {@link packGlyphs} made; undefined when `packed` is not such glyphs. */
export function unpackGlyphs(packed: unknown): Glyph[] | undefined {
  if (!isRecord(packed)) return undefined;
  const { ids, widths, advances, offsets, text, lengths } = packed;
  if (
    !(ids instanceof Uint16Array) ||
    !(widths instanceof Float64Array) ||
    !(advances instanceof Float64Array)
  )
    return undefined;
  if (!(lengths instanceof Uint16Array) || typeof text !== "string") return undefined;
  const n = ids.length;
  if (widths.length !== n || advances.length !== n || lengths.length !== n) return undefined;
  if (offsets !== undefined && !(offsets instanceof Float64Array && offsets.length === 2 * n))
    return undefined;
  const glyphs: Glyph[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const length = lengths[i] as number;
    if (!Number.isFinite(widths[i]) || !Number.isFinite(advances[i])) return undefined;
    const glyph: Glyph = {
      id: ids[i] as number,
      text: text.slice(at, at + length),
      width: widths[i] as number,
      advance: advances[i] as number,
    };
    at += length;
    const dx = offsets?.[2 * i];
    const dy = offsets?.[2 * i + 1];
    if (dx !== undefined && !Number.isNaN(dx)) {
      if (!Number.isFinite(dx)) return undefined;
      glyph.dx = dx;
    }
    if (dy !== undefined && !Number.isNaN(dy)) {
      if (!Number.isFinite(dy)) return undefined;
      glyph.dy = dy;
    }
    glyphs.push(glyph);
  }
  return at === text.length ? glyphs : undefined;
}

/** Whether a value names one of the fonts a layout uses. */
export function isFontId(value: unknown): value is FontId {
  return typeof value === "string" && (FONT_IDS as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function finite(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value);
}
