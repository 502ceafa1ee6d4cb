/**
 * Breaks styled text into lines: pieces -> Knuth–Plass items -> breaks -> positioned runs of shaped glyphs.
 * A run is a stretch of one line in one style; a justified line's spaces are glyphs set as wide as needed.
 */
import type { FontId, Glyph } from "./frame.js";
import {
  type Break,
  type BreakOptions,
  defaultBreakOptions,
  type Glue,
  type Item,
  type LineBreaker,
} from "./linebreak/types.js";
import type { Measurer } from "./measure.js";

/** A piece of text in one style, before line breaking. */
export interface Piece {
  text: string;
  font: FontId;
  size: number;
  /** Baseline shift upwards (superscripts), points. */
  rise: number;
  href?: string;
}

/** A positioned run of one line; x is relative to the line's start. */
export interface Run {
  text: string;
  font: FontId;
  size: number;
  rise: number;
  x: number;
  /** The sum of the glyphs' advances. */
  width: number;
  glyphs: Glyph[];
  href?: string;
}

export interface Line {
  runs: Run[];
  /** Width of the line as set (points). */
  width: number;
  /** Natural width of the material on the line (for the last line: how full it is). */
  naturalWidth: number;
  /** Adjustment ratio the line's spaces are set at: 0 natural, 1 full stretch, −1 full shrink. */
  ratio: number;
  /**
   * Set ragged-right: a justified paragraph's line that could not be justified within the tolerance (even with
   * emergency stretch) keeps natural spaces instead of gaps wider than the tolerance allows.
   */
  ragged: boolean;
  /** The line ends inside a word (a web address broken after "/", say): its last word goes on. */
  joinsNext: boolean;
  /** The line's last word ends in a real hyphen, set as U+2010 because it ends the line (see below). */
  endHyphen: boolean;
}

export interface ParagraphOptions {
  /** Width of each line; the last value repeats. */
  lineWidths: readonly number[];
  justify: boolean;
  /** TeX's \looseness: -1 asks for one line fewer when that is feasible. */
  looseness: number;
  /** Splits a word into hyphenation fragments; absent when hyphenation is off. */
  hyphenate?: (word: string) => string[];
  /** Lowercased words never to hyphenate (skills, keywords). */
  protectedWords?: ReadonlySet<string>;
  /** Largest adjustment ratio a justified line is set at; looser lines are set ragged-right. */
  tolerance?: number;
}

/** A fragment of a word as a box: which piece it came from and its text. */
interface Fragment {
  piece: Piece;
  text: string;
  width: number;
}

const INFINITE = 10000;
const HYPHEN_PENALTY = 50;
/**
 * Cost of leaving a short word alone on the last line: a runt is taken only when avoiding it would need a line
 * stretched past about 1.1 times its stretchability (demerits 150² ≈ those of badness 140).
 */
const RUNT_PENALTY = 150;
/** Ragged-right glue stretch, in ems (Knuth–Plass: "ragged right" by shifting stretch to line ends). */
const RAGGED_STRETCH = 3;
/** TeX's \emergencystretch, in ems of the paragraph's first piece: extra stretch per line in the last passes. */
const EMERGENCY_STRETCH = 1.5;

/** A word eligible for hyphenation: plain lowercase letters, optional trailing punctuation. */
const HYPHENATABLE = /^([a-z]{6,})([.,;:)]?)$/;

export class WordTooWideError extends Error {
  constructor(
    readonly word: string,
    readonly wordWidth: number,
    readonly lineWidth: number,
  ) {
    super(`word "${word}" is wider than the line`);
    this.name = "WordTooWideError";
  }
}

interface Built {
  items: Item[];
  fragments: Fragment[];
  /** Indices of the penalties that break inside a word without a hyphen (in an address). */
  wordBreaks: Set<number>;
  /** The pieces whose font sets interword spaces: a space's glue refers to one by its index. */
  spaces: Piece[];
}

/** Turns pieces into the Knuth–Plass item stream. */
function buildItems(pieces: readonly Piece[], measurer: Measurer, options: ParagraphOptions): Built {
  const items: Item[] = [];
  const fragments: Fragment[] = [];
  const wordBreaks = new Set<number>();
  const spaces: Piece[] = [];
  let lastBoxPiece: Piece | undefined;
  let pendingSpace: "break" | "tie" | undefined;

  const pushBox = (piece: Piece, text: string): void => {
    if (pendingSpace && lastBoxPiece) pushGlue(lastBoxPiece, pendingSpace === "tie");
    pendingSpace = undefined;
    const width = measurer.width(text, piece.font, piece.size);
    fragments.push({ piece, text, width });
    items.push({ kind: "box", width, ref: fragments.length - 1 });
    lastBoxPiece = piece;
  };
  const pushGlue = (piece: Piece, tie: boolean): void => {
    const space = measurer.width(" ", piece.font, piece.size);
    if (tie) items.push({ kind: "penalty", width: 0, penalty: INFINITE, flagged: false });
    const ref = spaces.push(piece) - 1;
    if (options.justify) {
      items.push({ kind: "glue", width: space, stretch: space / 2, shrink: space / 3, ref });
    } else if (tie) {
      items.push({ kind: "glue", width: space, stretch: 0, shrink: 0, ref });
    } else {
      const em = piece.size;
      items.push({ kind: "glue", width: 0, stretch: RAGGED_STRETCH * em, shrink: 0 });
      items.push({ kind: "penalty", width: 0, penalty: 0, flagged: false });
      items.push({ kind: "glue", width: space, stretch: -RAGGED_STRETCH * em, shrink: 0, ref });
    }
  };

  for (const piece of pieces) {
    // Split on spaces, keeping no-break spaces as ties.
    for (const token of piece.text.split(/( |\u00a0)/)) {
      if (token === " ") pendingSpace = pendingSpace === "tie" ? "tie" : "break";
      else if (token === "\u00a0") pendingSpace = "tie";
      else if (token !== "") pushWord(piece, token);
    }
  }

  function pushWord(piece: Piece, word: string): void {
    const address = addressBreaks(word);
    if (address.length > 1) {
      address.forEach(({ text, penalty }, i) => {
        pushBox(piece, text);
        if (i === address.length - 1) return;
        wordBreaks.add(items.length);
        items.push({ kind: "penalty", width: 0, penalty, flagged: false });
      });
      return;
    }
    const match = options.hyphenate && !piece.href ? HYPHENATABLE.exec(word) : null;
    const core = match?.[1];
    if (!match || !core || !options.hyphenate || options.protectedWords?.has(core)) {
      pushBox(piece, word);
      return;
    }
    const parts = options.hyphenate(core);
    const hyphenWidth = measurer.width("-", piece.font, piece.size);
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      pushBox(piece, last ? part + (match[2] ?? "") : part);
      if (!last) items.push({ kind: "penalty", width: hyphenWidth, penalty: HYPHEN_PENALTY, flagged: true });
    });
  }

  // Paragraph end: no break before a short last word (no runt), then fill glue and a forced break.
  tieShortLastWord(items, Math.min(...options.lineWidths) / 2);
  items.push({ kind: "penalty", width: 0, penalty: INFINITE, flagged: false });
  items.push({ kind: "glue", width: 0, stretch: Number.POSITIVE_INFINITY, shrink: 0 });
  items.push({ kind: "penalty", width: 0, penalty: -INFINITE, flagged: false });
  return { items, fragments, wordBreaks, spaces };
}

/** A web address, an e-mail address or a path: breakable after its punctuation, as LaTeX's url package does. */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S|^[^\s@/]+@[^\s@]+\.[a-z]{2,}|^\S*\/\S*\/\S*$/i;
/** Break after these characters, with this cost: after a slash costs least, after a hyphen most (it reads as a hyphenated word). */
const ADDRESS_BREAKS: Record<string, number> = {
  "/": 20,
  ".": 60,
  "?": 60,
  "&": 60,
  "=": 60,
  _: 80,
  "-": 120,
};
/** Characters kept on each side of a break inside an address, so no line ends or starts with a stub. */
const ADDRESS_STUB = 3;

/**
 * The fragments an address may be broken into, with the penalty of breaking after each; one fragment for a word
 * that is not an address. Never inside "://", never between two break characters, never near either end.
 */
export function addressBreaks(word: string): { text: string; penalty: number }[] {
  if (word.length < 2 * ADDRESS_STUB + 1 || !ADDRESS.test(word)) return [{ text: word, penalty: 0 }];
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(word)?.[0].length ?? 0;
  const parts: { text: string; penalty: number }[] = [];
  let start = 0;
  for (let i = Math.max(scheme, ADDRESS_STUB) - 1; i < word.length - ADDRESS_STUB; i++) {
    const penalty = ADDRESS_BREAKS[word[i] ?? ""];
    if (penalty === undefined || ADDRESS_BREAKS[word[i + 1] ?? ""] !== undefined) continue;
    if (i + 1 - start < ADDRESS_STUB) continue;
    parts.push({ text: word.slice(start, i + 1), penalty });
    start = i + 1;
  }
  parts.push({ text: word.slice(start), penalty: 0 });
  return parts;
}

/**
 * Discourages breaking at the last interword space when the last two words together take at most `room`, so a
 * short word sits alone on the last line only when every other setting is loose; longer pairs are left alone.
 */
function tieShortLastWord(items: Item[], room: number): void {
  let lastWord = 0;
  let i = items.length - 1;
  for (; i > 0; i--) {
    const item = items[i];
    if (item?.kind === "box") lastWord += item.width;
    else if (item?.kind === "glue" && items[i - 1]?.kind === "box") break;
    else if (item?.kind === "penalty" && !item.flagged && item.penalty === 0) break; // ragged-right break
  }
  if (i <= 0) return;
  // The word before: skip the space's items, then add up its boxes.
  let j = i - 1;
  while (j >= 0 && items[j]?.kind !== "box") j--;
  let before = 0;
  for (let item = items[j]; item?.kind === "box"; item = items[--j]) before += item.width;
  if (lastWord + before > room) return;
  const item = items[i];
  if (item?.kind === "penalty") item.penalty = RUNT_PENALTY;
  else items.splice(i, 0, { kind: "penalty", width: 0, penalty: RUNT_PENALTY, flagged: false });
}

/** Breaks pieces into positioned lines. Throws WordTooWideError when a word cannot fit any line. */
export function breakParagraph(
  pieces: readonly Piece[],
  measurer: Measurer,
  breaker: LineBreaker,
  options: ParagraphOptions,
): Line[] {
  const built = buildItems(pieces, measurer, options);
  const { items, fragments } = built;
  if (fragments.length === 0) return [];
  const lineWidths = options.lineWidths;
  for (const [i, fragment] of fragments.entries()) {
    const width = lineWidths[Math.min(i === 0 ? 0 : 1, lineWidths.length - 1)] ?? 0;
    const widest = Math.max(...lineWidths);
    if (fragment.width > widest) throw new WordTooWideError(fragment.text, fragment.width, width);
  }
  const tolerance = options.tolerance ?? defaultBreakOptions.tolerance;
  const breakOptions: BreakOptions = {
    ...defaultBreakOptions,
    lineWidths,
    looseness: options.looseness,
    tolerance,
    emergencyStretch: options.justify ? EMERGENCY_STRETCH * (pieces[0]?.size ?? 0) : 0,
  };
  const breaks = breaker(items, breakOptions);
  const limit = options.justify ? tolerance : Number.POSITIVE_INFINITY;
  return placeLines(built, breaks, lineWidths, measurer, limit, options.justify);
}

/** What a line holds, in order: words (the fragments of one piece between spaces) and the spaces between. */
type Token =
  | { kind: "word"; piece: Piece; text: string }
  | { kind: "space"; piece: Piece; width: number; stretch: number; shrink: number };

function placeLines(
  built: Built,
  breaks: readonly Break[],
  lineWidths: readonly number[],
  measurer: Measurer,
  tolerance: number,
  justify: boolean,
): Line[] {
  const { items, wordBreaks } = built;
  const lines: Line[] = [];
  let start = 0;
  breaks.forEach((brk, lineIndex) => {
    const width = lineWidths[Math.min(lineIndex, lineWidths.length - 1)] ?? 0;
    // Discard glue and penalties after a break, up to the first box (TeX's rule).
    while (start < brk.position && items[start]?.kind !== "box") start++;
    const { tokens, filled } = lineTokens(built, start, brk.position);
    // Inside an address, a hyphen at the line end is the address's own: it stays as written.
    const joinsNext = wordBreaks.has(brk.position);
    const endHyphen = !joinsNext && protectLineEndHyphen(tokens, items[brk.position]);
    const words = tokens.map((t) =>
      t.kind === "word" ? measurer.shape(t.text, t.piece.font, t.piece.size) : [],
    );
    const natural = tokens.reduce(
      (sum, t, i) => sum + (t.kind === "space" ? t.width : advance(words[i] ?? [])),
      0,
    );
    // Words are shaped whole (a word broken only where it could have been is drawn with its ligatures and
    // kerning), so a justified line's spaces take up what the shaped words leave of the measure.
    const exact = justify && !filled ? exactRatio(tokens, width - natural, brk.ratio) : brk.ratio;
    // A line that only the emergency passes could set keeps natural spaces rather than gaps past the tolerance.
    const ragged = brk.ratio > tolerance || exact > tolerance;
    const ratio = ragged ? 0 : exact;
    lines.push({
      runs: setRuns(tokens, words, ratio, measurer),
      width,
      naturalWidth: natural,
      ratio,
      ragged,
      joinsNext,
      endHyphen,
    });
    start = brk.position + 1;
  });
  return lines;
}

/**
 * The words and spaces of the items [start, end]: a line's boxes of one piece with nothing between them are one
 * word (a word broken at hyphenation points or address breaks that were not taken); the glue between words is
 * one space. `filled`: the line holds infinite glue (a paragraph's last line), so its spaces stay natural.
 */
function lineTokens(built: Built, start: number, end: number): { tokens: Token[]; filled: boolean } {
  const { items, fragments, spaces } = built;
  const tokens: Token[] = [];
  let filled = false;
  let gap: Gap | undefined;
  for (let i = start; i <= end; i++) {
    const item = items[i];
    if (item?.kind === "box") {
      const fragment = fragments[item.ref ?? -1];
      if (!fragment) continue;
      // A space (glue that holds a width); zero-width glue alone is only a place a ragged line may break.
      const space = gap?.piece ? { kind: "space" as const, ...gap, piece: gap.piece } : undefined;
      if (space) tokens.push(space);
      const last = tokens.at(-1);
      if (!space && last?.kind === "word" && last.piece === fragment.piece) last.text += fragment.text;
      else tokens.push({ kind: "word", piece: fragment.piece, text: fragment.text });
      gap = undefined;
    } else if (item?.kind === "glue" && i !== end) {
      if (!Number.isFinite(item.stretch)) {
        filled = true;
        continue;
      }
      gap = addGlue(gap, item, item.ref === undefined ? undefined : spaces[item.ref]);
    } else if (item?.kind === "penalty" && i === end && item.width > 0) {
      const last = tokens.at(-1);
      if (last?.kind === "word") last.text += "-";
    }
  }
  return { tokens, filled };
}

/** Glue gathered between two words; the glue that holds the space's width names the piece that sets it. */
interface Gap {
  piece?: Piece;
  width: number;
  stretch: number;
  shrink: number;
}

function addGlue(gap: Gap | undefined, glue: Glue, piece: Piece | undefined): Gap {
  const sum: Gap = {
    width: (gap?.width ?? 0) + glue.width,
    stretch: (gap?.stretch ?? 0) + glue.stretch,
    shrink: (gap?.shrink ?? 0) + glue.shrink,
  };
  const named = piece ?? gap?.piece;
  if (named) sum.piece = named;
  return sum;
}

/** The ratio that makes the spaces take up `room` exactly; the breaker's when there is nothing to adjust. */
function exactRatio(tokens: readonly Token[], room: number, fallback: number): number {
  let stretch = 0;
  let shrink = 0;
  for (const t of tokens) {
    if (t.kind !== "space") continue;
    stretch += t.stretch;
    shrink += t.shrink;
  }
  if (room >= 0) return stretch > 0 ? room / stretch : fallback;
  return shrink > 0 ? room / shrink : fallback;
}

/**
 * Places the words and spaces of a line as runs: neighbouring words of one style share a run, each space is a
 * glyph of the run before it set at the line's ratio, and a run starts where the one before it ends.
 */
function setRuns(
  tokens: readonly Token[],
  words: readonly Glyph[][],
  ratio: number,
  measurer: Measurer,
): Run[] {
  const runs: Run[] = [];
  let x = 0;
  let current: Run | undefined;
  tokens.forEach((token, i) => {
    if (token.kind === "space") {
      const set = token.width + (ratio >= 0 ? ratio * token.stretch : ratio * token.shrink);
      const [space] = measurer.shape(" ", token.piece.font, token.piece.size);
      if (current && space) {
        current.glyphs.push({ ...space, advance: set });
        current.text += " ";
        current.width += set;
      }
      x += set;
      return;
    }
    const glyphs = words[i] ?? [];
    const width = advance(glyphs);
    const piece = token.piece;
    if (current && sameStyle(current, piece)) {
      current.glyphs.push(...glyphs);
      current.text += token.text;
      current.width += width;
    } else {
      current = {
        text: token.text,
        font: piece.font,
        size: piece.size,
        rise: piece.rise,
        x,
        width,
        glyphs: [...glyphs],
        ...(piece.href ? { href: piece.href } : {}),
      };
      runs.push(current);
    }
    x += width;
  });
  return runs;
}

function advance(glyphs: readonly Glyph[]): number {
  return glyphs.reduce((sum, g) => sum + g.advance, 0);
}

/**
 * A word that really ends in a hyphen ("Grade A-") and happens to end a line is set with U+2010 HYPHEN, which
 * looks the same: extractors treat a line-final U+002D as a soft hyphen and glue the next line's word to it.
 * The hyphen of a hyphenation break stays U+002D, since joining the halves is then right.
 */
function protectLineEndHyphen(tokens: Token[], breakItem: Item | undefined): boolean {
  const last = tokens.at(-1);
  const hyphenated = breakItem?.kind === "penalty" && breakItem.flagged;
  if (last?.kind !== "word" || hyphenated || !last.text.endsWith("-")) return false;
  last.text = `${last.text.slice(0, -1)}\u2010`;
  return true;
}

function sameStyle(run: Run, piece: Piece): boolean {
  return (
    run.font === piece.font && run.size === piece.size && run.rise === piece.rise && run.href === piece.href
  );
}
