import type { Memo } from "../../cache/generations.js";
import type { Source } from "../../model/schema.js";
import type { ComposedPart, Skeletons } from "../composedParts.js";
import { LineBreakError, type LineBreaker } from "../linebreak/types.js";
import type { Measurer } from "../measure.js";
import {
  breakParagraph,
  type Line,
  type ParagraphOptions,
  type Piece,
  WordTooWideError,
} from "../paragraph.js";
import type { LayoutParams, Theme } from "../theme.js";
import { LayoutError, locate } from "./errors.js";

/** Everything a composer needs; built once per layout pass. */
export interface ComposeContext {
  theme: Theme;
  params: LayoutParams;
  measurer: Measurer;
  breaker: LineBreaker;
  hyphenate?: (word: string) => string[];
  protectedWords: ReadonlySet<string>;
  /** Left edge and width of the text block (points). */
  left: number;
  width: number;
  /** The text of each content file, by path (the model's `sources`): errors point at a word with it. */
  sources: Readonly<Record<string, string>>;
  /** Line breaks memoised across passes: the same text at the same widths breaks the same way. */
  cache: Memo<Line[]>;
  /** Paragraphs tightened by looseness in this pass. */
  tightened: string[];
  /** How tightly the paragraphs of this pass are justified. */
  spacing: SpacingStats;
  /** Composed parts kept across builds (composedParts.ts), with a digest of this pass's theme and parameters. */
  parts?: { kept: Memo<ComposedPart>; passKey: string };
  /** Skeletons of parts kept from earlier runs (composedParts.ts). */
  skeletons?: Skeletons;
  /** Set when a skeleton stood in for a part: the layout cannot be drawn. */
  sketched: { value: boolean };
}

/** The spacing of justified lines in one layout: what a reader would notice as loose. */
export interface SpacingStats {
  /** Largest adjustment ratio of a justified line (1 = spaces at full stretch, 1.5× their natural width). */
  maxRatio: number;
  /** Lines that could not be justified within the tolerance and were set ragged-right. */
  raggedLines: number;
}

/** Body size times a theme multiplier. */
export function em(ctx: ComposeContext, multiple: number): number {
  return ctx.params.bodySize * multiple;
}

/**
 * Breaks a paragraph (memoised); applies looseness -1 when its last line is short. `ragged` sets it flush left
 * whatever the theme says (titles and lines beside a right-aligned date, which a reader takes in as a line).
 */
export function breakLines(
  ctx: ComposeContext,
  pieces: readonly Piece[],
  lineWidths: readonly number[],
  source: Source | undefined,
  id: string,
  ragged = false,
): Line[] {
  const justify = ctx.theme.justify && !ragged;
  const options: ParagraphOptions = {
    lineWidths,
    justify,
    looseness: 0,
    protectedWords: ctx.protectedWords,
    ...(ctx.params.hyphenate && ctx.hyphenate ? { hyphenate: ctx.hyphenate } : {}),
  };
  const key = `${ctx.params.hyphenate}|${justify}|${lineWidths.join(",")}|${pieces.map(pieceKey).join("")}`;
  let lines = ctx.cache.get(key);
  if (!lines) {
    lines = run(ctx, pieces, options, source);
    ctx.cache.set(key, lines);
  }
  if (
    ctx.params.looseness < 0 &&
    lines.length > 1 &&
    lines.length <= MAX_LOOSE_LINES &&
    isShortLastLine(lines)
  ) {
    const tightKey = `${key}|tight`;
    let tight = ctx.cache.get(tightKey);
    if (!tight) {
      tight = run(ctx, pieces, { ...options, looseness: -1 }, source);
      ctx.cache.set(tightKey, tight);
    }
    if (tight.length < lines.length) {
      ctx.tightened.push(id);
      return counted(ctx, tight, justify);
    }
  }
  return counted(ctx, lines, justify);
}

/** Records how loose the justified lines are (flush-left lines have natural spaces: nothing to record). */
function counted(ctx: ComposeContext, lines: Line[], justify: boolean): Line[] {
  if (!justify) return lines;
  for (const line of lines) {
    if (line.ragged) ctx.spacing.raggedLines++;
    else ctx.spacing.maxRatio = Math.max(ctx.spacing.maxRatio, line.ratio);
  }
  return lines;
}

/**
 * Looseness is tried on paragraphs of at most this many lines (bullets and summaries are a few). A looseness
 * pass keeps a candidate break per line count, so its cost grows with the square of the paragraph's length:
 * on a paragraph of thousands of lines it would take minutes to save one line.
 */
const MAX_LOOSE_LINES = 60;

/** A last line less than a third full is what TeX users tighten by hand. */
function isShortLastLine(lines: readonly Line[]): boolean {
  const last = lines[lines.length - 1];
  return last !== undefined && last.naturalWidth < last.width / 3;
}

function pieceKey(p: Piece): string {
  return `${p.font}/${p.size}/${p.rise}/${p.href ?? ""}:${p.text}\u0001`;
}

function run(
  ctx: ComposeContext,
  pieces: readonly Piece[],
  options: ParagraphOptions,
  source?: Source,
): Line[] {
  try {
    return breakParagraph(pieces, ctx.measurer, ctx.breaker, options);
  } catch (error) {
    if (error instanceof WordTooWideError) {
      const word = error.word.length > 40 ? `${error.word.slice(0, 40)}…` : error.word;
      throw new LayoutError(
        `"${word}" is ${error.wordWidth.toFixed(1)}pt wide, wider than the line (${Math.max(...options.lineWidths).toFixed(1)}pt) and cannot be broken`,
        source && locate(source, error.word.slice(0, 40), ctx.sources),
        "insert a space or shorten it",
      );
    }
    if (error instanceof LineBreakError) {
      throw new LayoutError(
        `this text cannot be set in lines of ${Math.min(...options.lineWidths).toFixed(1)}pt: words joined by no-break spaces are wider than the line`,
        source,
        "replace a no-break space with an ordinary one",
      );
    }
    throw error;
  }
}
