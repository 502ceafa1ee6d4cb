/**
 * Knuth–Plass total-fit line breaking ("Breaking Paragraphs into Lines", 1981) with TeX's passes: the caller's
 * tolerance; then, when nothing is feasible, TeX's \emergencystretch — a pass that counts extra stretch in
 * every line, so the looseness that cannot be avoided is spread over the lines instead of piled into one; then
 * a last pass that accepts any line that is not overfull. Lines of the later passes may be looser than the
 * tolerance: their real ratio is reported, and the caller decides how to set them (src/layout/paragraph.ts sets
 * them ragged-right). Also home of `Paragraph`, the O(1) line measurement that first-fit shares.
 */
import { type Break, type BreakOptions, type Item, LineBreakError, type LineBreaker } from "./types.js";

/** TeX caps badness at 10 000; we cap far higher so the emergency pass can still rank very loose lines. */
const MAX_BADNESS = 1e20;
/** Relative slack that absorbs floating-point error in the prefix sums. */
const EPSILON = 1e-9;

/** Splits a glue amount into its finite part and its sign of infinity. */
function finitePart(amount: number): number {
  return Number.isFinite(amount) ? amount : 0;
}

function infinitePart(amount: number): number {
  return Number.isFinite(amount) ? 0 : Math.sign(amount);
}

/** A paragraph's items with prefix sums, so any line's width, stretch and shrink cost O(1). */
export class Paragraph {
  readonly items: readonly Item[];
  private readonly lineWidths: readonly number[];
  /**
   * Prefix sums: entry i totals items [0, i) (penalties add width only when broken at). Infinite (fil) glue is
   * counted apart, by its sign, so sums never compute Infinity − Infinity.
   */
  private readonly width: Float64Array;
  private readonly stretch: Float64Array;
  private readonly shrink: Float64Array;
  private readonly fil: Float64Array;
  private readonly filShrink: Float64Array;
  /** A penalty before the last item rewards breaking there (a forced break, say). */
  private readonly rewardsBreaking: boolean;

  constructor(items: readonly Item[], lineWidths: readonly number[]) {
    const last = items.at(-1);
    if (last?.kind !== "penalty" || last.penalty > -10000) {
      throw new RangeError("a paragraph must end with a forced break (penalty ≤ -10000)");
    }
    if (lineWidths.length === 0) throw new RangeError("lineWidths must not be empty");
    this.items = items;
    this.lineWidths = lineWidths;
    const n = items.length + 1;
    this.width = new Float64Array(n);
    this.stretch = new Float64Array(n);
    this.shrink = new Float64Array(n);
    this.fil = new Float64Array(n);
    this.filShrink = new Float64Array(n);
    let rewards = false;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as Item;
      let width = this.width[i] as number;
      let stretch = this.stretch[i] as number;
      let shrink = this.shrink[i] as number;
      let fil = this.fil[i] as number;
      let filShrink = this.filShrink[i] as number;
      if (item.kind === "box") width += item.width;
      else if (item.kind === "penalty") rewards ||= item.penalty < 0 && i < items.length - 1;
      else {
        width += item.width;
        stretch += finitePart(item.stretch);
        shrink += finitePart(item.shrink);
        fil += infinitePart(item.stretch);
        filShrink += infinitePart(item.shrink);
      }
      this.width[i + 1] = width;
      this.stretch[i + 1] = stretch;
      this.shrink[i + 1] = shrink;
      this.fil[i + 1] = fil;
      this.filShrink[i + 1] = filShrink;
    }
    this.rewardsBreaking = rewards;
  }

  /** Glue is a legal break when it follows a box; a penalty unless it forbids (≥ 10000). */
  isLegal(index: number): boolean {
    const item = this.items[index];
    if (item?.kind === "penalty") return item.penalty < 10000;
    return item?.kind === "glue" && this.items[index - 1]?.kind === "box";
  }

  isForced(index: number): boolean {
    const item = this.items[index];
    return item?.kind === "penalty" && item.penalty <= -10000;
  }

  /** First item of the line after a break at `index`: glue and penalties up to the next box are discarded. */
  startAfter(index: number): number {
    let i = index + 1;
    while (i < this.items.length && this.items[i]?.kind !== "box") i++;
    return i;
  }

  /** Width of line `line` (0-based); the last given width repeats. */
  lineWidth(line: number): number {
    return this.lineWidths[Math.min(line, this.lineWidths.length - 1)] ?? 0;
  }

  /**
   * Adjustment ratio of the line from `start` up to a break at `end`: 0 when infinite glue absorbs the
   * difference, +Infinity when a short line cannot stretch, -Infinity when a long one cannot shrink.
   * `extraStretch` is stretch counted in addition to the line's own (TeX's \emergencystretch).
   */
  ratio(start: number, end: number, lineWidth: number, extraStretch = 0): number {
    // A break inside the discarded run after the previous break makes an empty line.
    const from = Math.min(start, end);
    const item = this.items[end];
    const natural =
      (this.width[end] as number) -
      (this.width[from] as number) +
      (item?.kind === "penalty" ? item.width : 0);
    const shortfall = lineWidth - natural;
    if (Math.abs(shortfall) <= EPSILON * Math.max(1, Math.abs(lineWidth))) return 0;
    if (shortfall > 0) {
      if ((this.fil[end] as number) - (this.fil[from] as number) > 0) return 0;
      const stretch = (this.stretch[end] as number) - (this.stretch[from] as number);
      return stretch > 0 ? shortfall / (stretch + extraStretch) : Number.POSITIVE_INFINITY;
    }
    if ((this.filShrink[end] as number) - (this.filShrink[from] as number) > 0) return 0;
    const shrink = (this.shrink[end] as number) - (this.shrink[from] as number);
    return shrink > 0 ? shortfall / shrink : Number.NEGATIVE_INFINITY;
  }

  /**
   * Whether everything up to the break at `end` fits the first line without shrinking, its fill glue taking the
   * rest, and no penalty on the way rewards breaking: then one line has the fewest demerits of any breaking.
   */
  fitsOneLine(end: number): boolean {
    if (this.rewardsBreaking) return false;
    const natural = (this.width[end] as number) - (this.width[0] as number);
    return natural <= this.lineWidth(0) && (this.fil[end] as number) - (this.fil[0] as number) > 0;
  }

  /** The error for a line from `start` to a break at `end` that overflows: names its first box that cannot fit. */
  overflowError(start: number, end: number, lineWidth: number): LineBreakError {
    let width = 0;
    let shrink = 0;
    let lastBox = end;
    for (let i = Math.min(start, end); i < end; i++) {
      const item = this.items[i];
      if (item?.kind === "glue") {
        width += item.width;
        shrink += item.shrink;
      } else if (item?.kind === "box") {
        width += item.width;
        lastBox = i;
        if (width - shrink > lineWidth * (1 + EPSILON) + EPSILON) return overflow(i, lineWidth);
      }
    }
    // Only the break's own width (a hyphen) pushed the line over: blame the box before it.
    return overflow(lastBox, lineWidth);
  }
}

function overflow(index: number, lineWidth: number): LineBreakError {
  return new LineBreakError(`item ${index} does not fit in a line of width ${lineWidth}`, index);
}

/** The ratio reported to callers: non-finite ratios (nothing can stretch) leave glue at its natural width. */
export function reportedRatio(ratio: number): number {
  return Number.isFinite(ratio) ? ratio : 0;
}

/** A feasible break: the best way found to reach it with this line class and fitness. */
interface Node {
  /** Item broken at; -1 for the paragraph start. */
  position: number;
  /** First item of the line that follows. */
  start: number;
  /** Lines completed. */
  line: number;
  /** 0 tight, 1 decent, 2 loose, 3 very loose. */
  fitness: number;
  flagged: boolean;
  /** Total demerits from the paragraph start. */
  demerits: number;
  /** The line's real adjustment ratio (without emergency stretch). */
  ratio: number;
  previous: Node | undefined;
}

function badness(ratio: number): number {
  return Math.min(100 * Math.abs(ratio) ** 3, MAX_BADNESS);
}

function fitnessClass(ratio: number): number {
  if (ratio < -0.5) return 0;
  if (ratio <= 0.5) return 1;
  return ratio <= 1 ? 2 : 3;
}

type PassOutcome = { finals: Node[] } | { failedAt: number; lost: Node | undefined };

function runPass(
  paragraph: Paragraph,
  options: BreakOptions,
  tolerance: number,
  extraStretch: number,
): PassOutcome {
  // Nodes differing only in line number compete unless that changes later widths or looseness needs counts.
  const lastClass = options.looseness === 0 ? options.lineWidths.length - 1 : Number.POSITIVE_INFINITY;
  let active: Node[] = [
    {
      position: -1,
      start: 0,
      line: 0,
      fitness: 1,
      flagged: false,
      demerits: 0,
      ratio: 0,
      previous: undefined,
    },
  ];
  // Lists reused from breakpoint to breakpoint: the nodes kept, and the new ones by line class and fitness.
  let next: Node[] = [];
  const keys: number[] = [];
  const fresh: Node[] = [];
  for (let b = 0; b < paragraph.items.length; b++) {
    if (!paragraph.isLegal(b)) continue;
    const item = paragraph.items[b];
    const penalty = item?.kind === "penalty" ? item.penalty : 0;
    const flagged = item?.kind === "penalty" && item.flagged;
    const forced = paragraph.isForced(b);
    next.length = 0;
    keys.length = 0;
    fresh.length = 0;
    let lost: Node | undefined;
    for (const a of active) {
      const width = paragraph.lineWidth(a.line);
      const ratio = paragraph.ratio(a.start, b, width, extraStretch);
      // An overfull line only grows further on, and no line crosses a forced break.
      if (ratio < -1) {
        if (!lost || a.start > lost.start) lost = a;
        continue;
      }
      if (!forced) next.push(a);
      if (ratio > tolerance) continue;
      const real = extraStretch > 0 ? paragraph.ratio(a.start, b, width) : ratio;
      const fitness = fitnessClass(ratio);
      let demerits = (options.linePenalty + badness(ratio)) ** 2;
      if (penalty > 0) demerits += penalty ** 2;
      else if (!forced) demerits -= penalty ** 2;
      if (flagged && a.flagged) demerits += options.doubleHyphenDemerits;
      if (Math.abs(fitness - a.fitness) > 1) demerits += options.adjacentLooseTightDemerits;
      const line = a.line + 1;
      const key = Math.min(line, lastClass) * 4 + fitness;
      const total = a.demerits + demerits;
      const known = keys.indexOf(key);
      if (known >= 0 && (fresh[known] as Node).demerits <= total) continue;
      const node: Node = {
        position: b,
        start: paragraph.startAfter(b),
        line,
        fitness,
        flagged,
        demerits: total,
        ratio: real,
        previous: a,
      };
      if (known >= 0) fresh[known] = node;
      else {
        keys.push(key);
        fresh.push(node);
      }
    }
    for (const node of fresh) next.push(node);
    const done = active;
    active = next;
    next = done;
    if (active.length === 0) return { failedAt: b, lost };
  }
  // The last item is a forced break, so only nodes created there survive.
  return { finals: active };
}

/** Fewest demerits, or with looseness the line count closest to optimum + looseness without overshooting. */
function choose(finals: readonly Node[], looseness: number): { node: Node; achieved: boolean } | undefined {
  let best: Node | undefined;
  for (const node of finals) if (!best || node.demerits < best.demerits) best = node;
  if (!best || looseness === 0) return best && { node: best, achieved: true };
  let chosen = best;
  let diff = 0;
  for (const node of finals) {
    const d = node.line - best.line;
    const closer = looseness > 0 ? d > diff && d <= looseness : d < diff && d >= looseness;
    if (closer || (d === diff && node.demerits < chosen.demerits)) {
      chosen = node;
      diff = d;
    }
  }
  return { node: chosen, achieved: diff === looseness };
}

function toBreaks(last: Node): Break[] {
  const breaks: Break[] = [];
  for (let node: Node | undefined = last; node?.previous; node = node.previous) {
    breaks.push({ position: node.position, ratio: reportedRatio(node.ratio) });
  }
  return breaks.reverse();
}

export const knuthPlass: LineBreaker = (items, options) => {
  const paragraph = new Paragraph(items, options.lineWidths);
  const end = items.length - 1;
  // All on one line at its natural width: each line costs at least linePenalty², so nothing else is tried.
  if (options.looseness <= 0 && paragraph.fitsOneLine(end)) return [{ position: end, ratio: 0 }];
  const emergency = options.emergencyStretch;
  const passes: [tolerance: number, extra: number][] = [
    [options.tolerance, 0],
    ...(emergency > 0 ? ([[options.tolerance, emergency]] as [number, number][]) : []),
  ];
  let chosen: Node | undefined;
  // Like TeX, an unmet looseness also moves on to the next pass (but never to the last one).
  for (const [tolerance, extra] of passes) {
    const outcome = runPass(paragraph, options, tolerance, extra);
    const pick = "finals" in outcome ? choose(outcome.finals, options.looseness) : undefined;
    if (!pick) continue;
    // A looseness met only by lines beyond the tolerance is not worth them: keep the first pass's choice.
    if (chosen && !withinTolerance(pick.node, options.tolerance)) break;
    chosen = pick.node;
    if (pick.achieved) break;
  }
  if (chosen) return toBreaks(chosen);
  const last = runPass(paragraph, options, Number.POSITIVE_INFINITY, emergency);
  if ("finals" in last) {
    const pick = choose(last.finals, options.looseness);
    if (pick) return toBreaks(pick.node);
    throw new LineBreakError("no feasible breaking", items.length - 1);
  }
  const { lost, failedAt } = last;
  if (!lost) throw new LineBreakError("no feasible breaking", failedAt);
  throw paragraph.overflowError(lost.start, failedAt, paragraph.lineWidth(lost.line));
};

function withinTolerance(last: Node, tolerance: number): boolean {
  for (let node: Node | undefined = last; node?.previous; node = node.previous)
    if (node.ratio > tolerance) return false;
  return true;
}
