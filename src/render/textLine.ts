/**
 * One printed line as one PDF text object: its runs' glyphs exactly as layout shaped and placed them (TJ
 * adjustments for kerning and justified spaces), in reading order, with what text extractors need to read the
 * line as one line of words:
 *
 * - where a run starts further on than the one before it ends (a date set flush right, the next contact, the
 *   text after a bullet's mark), a space glyph stretched across the gap (an artifact): extractors that group
 *   glyphs by the gaps between their boxes (pdfminer) see one line with one space, extractors that look for
 *   space characters (pypdf) see one;
 * - where such a gap is as wide as an em or more, the line's text as ActualText: poppler's pdftotext, which
 *   ignores spaces and splits a line at a gap that wide into columns, reads the line as written instead.
 */
import type { FontId, TextItem } from "../layout/frame.js";
import type { EmbeddedFont, GlyphCodes } from "./glyphCodes.js";
import { annotate, linkArea } from "./links.js";
import type { Tagger } from "./tagger.js";

type Doc = PDFKit.PDFDocument;

/** Runs closer than this many ems touch: nothing is read between them ("5" and its superscript "th"). */
const TOUCHING = 0.1;
/** A gap of this many ems or more between runs is where poppler would split the line into columns. */
const WIDE_GAP = 1;

/** Where a page's lines are drawn; the page's content is in the PDF's own y-up space (see renderPdf.ts). */
export interface LineTarget {
  doc: Doc;
  tagger: Tagger;
  fonts: Record<FontId, { font: EmbeddedFont; codes: GlyphCodes }>;
  pageHeight: number;
  /** The text state as the page's previous lines left it (text state outlives a text object). */
  state: TextState;
}

export interface TextState {
  font: string;
  size: number;
  rise: number;
}

export function drawLine(target: LineTarget, runs: readonly TextItem[]): void {
  const first = runs[0];
  if (first === undefined) return;
  const { doc, tagger, pageHeight, state } = target;
  // Operators are gathered and written at once, before anything PDFKit writes itself (marked content, links):
  // one write of lines joined by newlines is the bytes of one write per line.
  const pending: string[] = [];
  const out = (operators: string) => pending.push(operators);
  const flush = () => {
    if (pending.length > 0) doc.addContent(pending.join("\n"));
    pending.length = 0;
  };
  const y = pageHeight - first.baseline;
  out("BT");
  // The font before the position: pypdf tells a new line by how far it is below the last, in the current size.
  setFont(target, first, out);
  out(`1 0 0 1 ${num(first.x)} ${num(y)} Tm`);
  const actualText = wideGap(runs) ? lineText(runs) : undefined;
  if (actualText !== undefined) {
    flush();
    doc.markContent("Span", { actual: actualText } as PDFKit.Mixins.MarkingOptions);
  }
  let pen = first.x;
  runs.forEach((run, i) => {
    const before = runs[i - 1];
    let gap = run.x - pen;
    if (before !== undefined && gap > TOUCHING * before.size) {
      flush();
      tagger.artifact();
      out(bridge(target, before, gap));
      out(`1 0 0 1 ${num(run.x)} ${num(y)} Tm`);
      gap = 0;
    }
    flush();
    const link = tagger.enter(run);
    if (run.href !== undefined) {
      // A decoration's link (an icon, say) is a Link element of its own, its glyphs an artifact.
      const element = link ?? tagger.linkArea(run.href);
      annotate(doc, linkArea(run), run.href, element);
      if (link === undefined) element.end();
    }
    setFont(target, run, out);
    const rise = first.baseline - run.baseline;
    out(showGlyphs(target.fonts[run.font].codes, run, gap, rise, state));
    pen = run.x + run.width;
  });
  flush();
  tagger.endContent();
  if (actualText !== undefined) doc.endMarkedContent();
  doc.addContent("ET");
}

/** Selects the run's font and size, unless the text state has them already. */
function setFont(target: LineTarget, run: TextItem, out: (operators: string) => void): void {
  const { doc, state } = target;
  if (state.font === run.font && state.size === run.size) return;
  const { font } = target.fonts[run.font];
  const resources = (doc.page as unknown as { fonts: Record<string, unknown> }).fonts;
  resources[font.id] ??= font.ref();
  out(`/${font.id} ${num(run.size)} Tf`);
  state.font = run.font;
  state.size = run.size;
}

/** Whether a gap between two runs of the line is wide enough for poppler to read two columns there. */
function wideGap(runs: readonly TextItem[]): boolean {
  return runs.some((run, i) => {
    const before = runs[i - 1];
    return before !== undefined && run.x - (before.x + before.width) >= WIDE_GAP * before.size;
  });
}

/** The line's text as extractors should read it: its runs, with one space where a gap is bridged. */
function lineText(runs: readonly TextItem[]): string {
  let text = "";
  runs.forEach((run, i) => {
    const before = runs[i - 1];
    const apart = before !== undefined && run.x - (before.x + before.width) > TOUCHING * before.size;
    if (apart && !/\s$/.test(text)) text += " ";
    text += run.text;
  });
  return text;
}

/** The space glyph of `before`, stretched (horizontal scaling) to fill `gap`: its box covers the gap. */
function bridge(target: LineTarget, before: TextItem, gap: number): string {
  const { codes } = target.fonts[before.font];
  const space = before.space;
  const { hex: code, declared: perMille } = codes.entry(space, before.size);
  const declared = (perMille * before.size) / 1000;
  const scale = declared > 0 ? (100 * gap) / declared : 100;
  return `${num(scale)} Tz\n[<${code}>] TJ\n100 Tz`;
}

/**
 * The TJ operators that draw a run's glyphs from the current point moved by `shift` points: each glyph's code,
 * then the difference between its declared width and its advance as set (kerning, a justified space). Text rise
 * lifts a superscript, and a glyph with an offset of its own.
 */
function showGlyphs(
  codes: GlyphCodes,
  run: TextItem,
  shift: number,
  rise: number,
  state: { rise: number },
): string {
  const size = run.size;
  const perPoint = 1000 / size;
  const ops: string[] = [];
  let parts: string[] = [];
  let hex = "";
  const adjust = (points: number) => {
    if (Math.abs(points) < 1e-9) return;
    if (hex) parts.push(`<${hex}>`);
    hex = "";
    parts.push(num(-points * perPoint));
  };
  const setRise = (value: number) => {
    if (Math.abs(value - state.rise) < 1e-9) return;
    flush();
    ops.push(`${num(value)} Ts`);
    state.rise = value;
  };
  const flush = () => {
    if (hex) parts.push(`<${hex}>`);
    if (parts.length > 0) ops.push(`[${parts.join(" ")}] TJ`);
    parts = [];
    hex = "";
  };
  setRise(rise);
  adjust(shift);
  for (const glyph of run.glyphs) {
    const dx = glyph.dx ?? 0;
    const dy = glyph.dy ?? 0;
    if (dy) setRise(rise + dy);
    if (dx) adjust(dx);
    const code = codes.entry(glyph, size);
    hex += code.hex;
    adjust(glyph.advance - (code.declared * size) / 1000 - dx);
    if (dy) setRise(rise);
  }
  flush();
  return ops.join("\n");
}

/** A number as PDF content writes it: at most six decimals, never in exponent notation. */
export function num(n: number): string {
  const rounded = Math.round(n * 1e6) / 1e6;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}
