/**
 * Knuth–Plass item stream and the signature every line breaker shares (total-fit and first-fit alike).
 * Widths are in points; a paragraph ends with glue(0, inf, 0) and a forced break (penalty -Infinity).
 * Breaking at an item ends the line before it (a penalty adds its width); the glue and penalties that follow
 * a break, up to the next box, are discarded as in TeX.
 */

/** A fixed-width piece of material (a word or word fragment). `ref` lets the caller find what it was. */
export interface Box {
  kind: "box";
  width: number;
  ref?: number;
}

/** Space that may stretch or shrink; a legal break when it follows a box. `stretch` may be Infinity (fil). */
export interface Glue {
  kind: "glue";
  width: number;
  stretch: number;
  shrink: number;
  /** Lets the caller find what it was (the style of a space). */
  ref?: number;
}

/**
 * A possible break with a cost: `penalty` ≥ 10000 forbids, ≤ -10000 forces. `width` is material added when
 * the break is taken (the hyphen of a hyphenation point). `flagged` marks hyphen breaks.
 */
export interface Penalty {
  kind: "penalty";
  width: number;
  penalty: number;
  flagged: boolean;
}

export type Item = Box | Glue | Penalty;

export interface BreakOptions {
  /** Width of each line; the last value repeats for all further lines (a hanging first line, say). */
  lineWidths: readonly number[];
  /** Largest adjustment ratio accepted for a feasible line (TeX's tolerance is 100·r³ badness; r ≈ 2 here). */
  tolerance: number;
  /** TeX's \looseness: -1 asks for a paragraph one line shorter if any feasible one exists, +1 longer. */
  looseness: number;
  /** Added demerits for two consecutive hyphenated lines (TeX's \doublehyphendemerits). */
  doubleHyphenDemerits: number;
  /** Added demerits when adjacent lines differ by more than one fitness class (TeX's \adjdemerits). */
  adjacentLooseTightDemerits: number;
  /** TeX's \linepenalty, added to every line's badness before squaring. */
  linePenalty: number;
  /**
   * TeX's \emergencystretch (points): stretch counted in every line by a pass made only when nothing fits the
   * tolerance, so unavoidable looseness is shared by the lines; 0 for no such pass.
   */
  emergencyStretch: number;
}

export const defaultBreakOptions: Omit<BreakOptions, "lineWidths"> = {
  tolerance: 2,
  looseness: 0,
  doubleHyphenDemerits: 3000,
  adjacentLooseTightDemerits: 1000,
  linePenalty: 10,
  emergencyStretch: 0,
};

/**
 * One chosen break: the index of the item broken at and the line's adjustment ratio: glue is set at
 * width + ratio·stretch (ratio ≥ 0) or width + ratio·shrink (ratio < 0). Normally −1 … tolerance; larger when
 * only the emergency passes found a breaking (the caller decides how to set such a line). It is 0 when infinite glue takes up the whole shortfall (give that
 * glue the rest of the line) and when the line has nothing to stretch (glue stays natural, line underfull).
 */
export interface Break {
  position: number;
  ratio: number;
}

/**
 * A line breaker: returns the breaks in order, the last one at the final forced penalty. It never returns an
 * empty or overflowing result (ratio < −1): when every breaking overflows it throws LineBreakError. A stream that
 * does not end with a forced penalty, or empty `lineWidths`, is a programming error (RangeError).
 */
export type LineBreaker = (items: readonly Item[], options: BreakOptions) => Break[];

/**
 * No breaking without an overfull line: `itemIndex` is the first box that cannot be placed (a word wider than
 * the line, or the box that pushes an unbreakable run past the line width even at full shrink).
 */
export class LineBreakError extends Error {
  constructor(
    message: string,
    readonly itemIndex: number,
  ) {
    super(message);
    this.name = "LineBreakError";
  }
}
