/**
 * Fitting: lays the résumé out again and again — never rendering — moving typographic parameters down an
 * explainable ladder, least noticeable first, each within the theme's floor, until the content fits its page
 * budget. Each step bisects over its parameter, so the result is the least change that fits.
 */
import { performance } from "node:perf_hooks";
import { LayoutError } from "../layout/compose/errors.js";
import type { DocumentMeta, Page } from "../layout/frame.js";
import { type LayoutDeps, type LayoutResult, layoutResume } from "../layout/layout.js";
import type { LayoutParams, Theme } from "../layout/theme.js";
import type { Resume } from "../model/schema.js";
import { droppable } from "./droppable.js";
import { leastFitting } from "./search.js";

export type StepName =
  | "grow"
  | "floors"
  | "looseness"
  | "vertical-space"
  | "leading"
  | "margins"
  | "font-size"
  | "drop";

/** One rung of the ladder that was taken, with what it changed and what it saved. */
export interface FitStep {
  step: StepName;
  /** Human-readable parameter change, e.g. "body 10pt → 9.45pt". */
  change: string;
  /**
   * How far the content overflows its page budget before and after this step (points; negative = room);
   * Infinity (null in the JSON report) for a layout that could not be set, a word being wider than its lines.
   */
  overflowBefore: number;
  overflowAfter: number;
}

export interface FitOptions {
  /** Pages allowed. */
  pages: number;
  /** Whether the last rung (dropping low-priority items) may be used. */
  allowDrop: boolean;
}

export interface FitResult {
  fits: boolean;
  layout: LayoutResult;
  steps: FitStep[];
  /** Sets of parameters fitting tried (each laid out once, or answered by a kept outcome). */
  passes: number;
  /** Of those, how many were answered by outcomes kept from an earlier fit instead of laid out. */
  reused: number;
  milliseconds: number;
  /** Points beyond the budget (positive) or spare on the last page before vertical justification (negative). */
  overflow: number;
  dropped: string[];
  /** What each set of parameters tried gave, by {@link paramsKey}: what a later fit of the same input may reuse. */
  outcomes: Map<string, Outcome>;
}

/** What fitting needs to know of a layout to decide: how tall it is, on how many pages, what it tightened. */
export interface Outcome {
  /** Infinity for a layout that could not be set. */
  naturalHeight: number;
  available: number;
  pages: number;
  tightened: number;
}

/** What an earlier fit of the same input kept: each tried layout's outcome, and the layout it ended on. */
export interface KeptFit {
  outcomes: ReadonlyMap<string, Outcome>;
  final?: { params: string; pages: Page[]; layout: KeptLayout };
}

/** A layout as kept: all but its frames, whose pages are kept beside it and its metadata given again. */
export type KeptLayout = Omit<LayoutResult, "frames" | "sketched">;

/** A layout tried while fitting: its outcome, and the layout itself unless the outcome was known beforehand. */
interface Tried extends Outcome {
  params: LayoutParams;
  layout?: LayoutResult;
}

/** A page less full than this (before vertical justification) gets larger type when the theme allows. */
const GROW_BELOW = 0.93;

/** Bisection iterations per continuous parameter: 2^-12 of the range is well below a visible change. */
const ITERATIONS = 12;

export function paramsKey(params: LayoutParams): string {
  return JSON.stringify(params);
}

function outcomeOf(layout: LayoutResult): Outcome {
  return {
    naturalHeight: layout.naturalHeight,
    available: layout.available,
    pages: layout.pageCount,
    tightened: layout.tightened.length,
  };
}

function sameOutcome(a: Outcome, b: Outcome): boolean {
  return (
    a.naturalHeight === b.naturalHeight &&
    a.available === b.available &&
    a.pages === b.pages &&
    a.tightened === b.tightened
  );
}

/**
 * Fits the résumé to its page budget. `known` holds what an earlier fit of the same input kept (same model,
 * theme, parameters, fonts and code): the ladder takes the same decisions from its outcomes without laying out,
 * and ends on the kept layout (or makes it), checked against its kept outcome; on any difference the fit starts
 * again without them.
 */
export function fitResume(
  resume: Resume,
  theme: Theme,
  start: LayoutParams,
  meta: DocumentMeta,
  deps: LayoutDeps,
  options: FitOptions,
  known?: KeptFit,
): FitResult {
  const began = performance.now();
  const input: LadderInput = { resume, theme, start, meta, deps, options };
  if (known !== undefined && known.outcomes.size > 0) {
    const replayed = ladder(input, known);
    if (replayed !== undefined) return { ...replayed, milliseconds: performance.now() - began };
  }
  let fitted = ladder(input, { outcomes: new Map() });
  if (fitted === undefined && deps.skeletons !== undefined) {
    // A kept skeleton measured otherwise than the part it stands for: none is read from now on, and fitting
    // starts again composing every part (the skeletons it makes take the place of the file's).
    deps.skeletons.kept.distrust();
    fitted = ladder(input, { outcomes: new Map() });
  }
  if (fitted === undefined) throw new Error("fitting without kept outcomes cannot disagree with itself");
  return { ...fitted, milliseconds: performance.now() - began };
}

/** What fitting is given. */
interface LadderInput {
  resume: Resume;
  theme: Theme;
  start: LayoutParams;
  meta: DocumentMeta;
  deps: LayoutDeps;
  options: FitOptions;
}

/** The ladder; undefined when a kept outcome turned out not to be what laying out gives. */
function ladder(
  { resume, theme, start, meta, deps, options }: LadderInput,
  known: KeptFit,
): Omit<FitResult, "milliseconds"> | undefined {
  const cache = deps.cache ?? new Map();
  // Passes that differ only in gaps compose the same sections: each is composed once per set of the rest.
  const parts = deps.parts ?? new Map();
  let passes = 0;
  let reused = 0;
  // A word wider than the line at some size or margin is a layout that does not fit, not the end of fitting:
  // smaller type or margins may take it. Only when nothing can be set is the first such error reported.
  let unsettable: LayoutError | undefined;
  // Bisection over a size on a 0.05 pt grid asks for the same parameters more than once: each is laid out once.
  const tried = new Map<string, Tried>();
  const outcomes = new Map<string, Outcome>();
  const run = (params: LayoutParams): Tried => {
    const key = paramsKey(params);
    let result = tried.get(key);
    if (result === undefined) {
      passes++;
      const kept = known.outcomes.get(key);
      if (kept !== undefined) reused++;
      result = kept === undefined ? laidOut(params) : { ...kept, params };
      tried.set(key, result);
      const { naturalHeight, available, pages, tightened } = result;
      outcomes.set(key, { naturalHeight, available, pages, tightened });
    }
    return result;
  };
  const laidOut = (params: LayoutParams): Tried => {
    const layout = layOut(params, false);
    return { ...outcomeOf(layout), params, layout };
  };
  // Passes may be made of kept skeletons (they only measure); the layout fitting ends on is made whole.
  const skeletons = (use: boolean) => (deps.skeletons ? { skeletons: { ...deps.skeletons, use } } : {});
  const layOut = (params: LayoutParams, whole: boolean): LayoutResult => {
    try {
      return layoutResume(resume, theme, params, meta, { ...deps, cache, parts, ...skeletons(!whole) });
    } catch (error) {
      if (!(error instanceof LayoutError)) throw error;
      unsettable ??= error;
      const nothing = { pages: [], meta };
      return {
        frames: nothing,
        pageCount: 0,
        params,
        available: 1,
        naturalHeight: Infinity,
        fill: 0,
        linesPerSection: {},
        tightened: [],
        spacing: { maxRatio: 0, raggedLines: 0 },
        sketched: false,
      };
    }
  };
  const overflowOf = (r: Outcome) => r.naturalHeight - options.pages * r.available;
  // Only a one-page résumé grows to fill its page: over several pages the type stays at the preferred size and
  // the last page may end part way down.
  const roomToSpare = (r: Outcome) => options.pages === 1 && r.naturalHeight / r.available < GROW_BELOW;
  const fits = (r: Outcome) =>
    Number.isFinite(r.naturalHeight) &&
    r.pages <= options.pages &&
    (options.pages > 1 || r.naturalHeight <= r.available + 1e-6);

  let params = start;
  let best = run(params);
  const steps: FitStep[] = [];
  const finish = (ok: boolean): Omit<FitResult, "milliseconds"> | undefined => {
    let layout = best.layout;
    if (layout === undefined || layout.sketched) {
      // The outcome was kept: so may be the layout it stands for; else it is made now, whole (as it is when the
      // pass was made of skeletons). Either must be what was kept or measured for these parameters.
      const final = known.final;
      layout =
        layout === undefined && final?.params === paramsKey(best.params)
          ? { ...final.layout, frames: { pages: final.pages, meta }, sketched: false }
          : layOut(best.params, true);
      if (!sameOutcome(outcomeOf(layout), best)) return undefined;
    }
    if (!Number.isFinite(layout.naturalHeight) && unsettable) throw unsettable;
    return {
      fits: ok,
      layout,
      steps,
      passes,
      reused,
      overflow: overflowOf(best),
      dropped: [...params.dropped],
      outcomes,
    };
  };
  if (fits(best)) {
    if (roomToSpare(best)) grow();
    return finish(true);
  }

  /**
   * Room to spare: set the type larger (leading, then size, up to the theme's ceilings) as far as it still fits;
   * vertical justification then spreads what is left into the gaps.
   */
  function grow(): void {
    const before = best;
    const s = params;
    const at = (t: number): LayoutParams => ({
      ...s,
      leading: s.leading + (theme.leading.max - s.leading) * Math.min(1, 2 * t),
      bodySize: onGrid(s.bodySize + (theme.bodySize.max - s.bodySize) * Math.max(0, 2 * t - 1)),
    });
    // The greatest t that fits is the least u = 1 - t that does; u = 1 is the layout that already fits.
    // A larger size may make a long word too wide for the line: that size simply does not fit.
    const found = leastFitting((u) => (u === 1 ? best : run(at(1 - u))), fits, 0, 1, {
      integer: false,
      iterations: ITERATIONS,
    });
    if (!found || found.x === 1) return;
    params = at(1 - found.x);
    best = found.result;
    steps.push({
      step: "grow",
      change: `leading ${fmt(s.leading)} → ${fmt(params.leading)}, body ${fmt(s.bodySize)}pt → ${fmt(params.bodySize)}pt`,
      overflowBefore: overflowOf(before),
      overflowAfter: overflowOf(best),
    });
  }

  /** Moves params along `at(t)` for t in [0, 1] (1 = the floor); keeps the least t that fits, else the floor. */
  const rung = (step: StepName, at: (t: number) => LayoutParams, describe: (p: LayoutParams) => string) => {
    const before = best;
    let floor: Tried | undefined;
    const probe = (t: number) => {
      const r = run(at(t));
      if (t === 1) floor = r;
      return r;
    };
    const found = leastFitting(probe, fits, 0, 1, { integer: false, iterations: ITERATIONS });
    params = at(found ? found.x : 1);
    best = found ? found.result : (floor ?? best);
    steps.push({
      step,
      change: describe(params),
      overflowBefore: overflowOf(before),
      overflowAfter: overflowOf(best),
    });
    return found !== undefined;
  };

  // 1. Tighten paragraphs that end in a short line (TeX's \looseness=-1).
  const loose = run({ ...params, looseness: -1 });
  steps.push({
    step: "looseness",
    change: `${loose.tightened} paragraph(s) set one line shorter`,
    overflowBefore: overflowOf(best),
    overflowAfter: overflowOf(loose),
  });
  params = { ...params, looseness: -1 };
  best = loose;
  if (fits(best)) return finish(true);

  // Hopeless content fails fast: if even every parameter at its floor does not fit, climbing is pointless.
  const floors = run({
    ...params,
    sectionGap: Math.min(params.sectionGap, theme.sectionGap.min),
    entryGap: Math.min(params.entryGap, theme.entryGap.min),
    itemGap: Math.min(params.itemGap, theme.itemGap.min),
    leading: Math.min(params.leading, theme.leading.min),
    margin: Math.min(params.margin, theme.margin.min),
    bodySize: Math.min(params.bodySize, theme.bodySize.min),
  });
  if (!fits(floors)) {
    steps.push({
      step: "floors",
      change: "every parameter at its floor at once, and it still does not fit",
      overflowBefore: overflowOf(best),
      overflowAfter: overflowOf(floors),
    });
    params = floors.params;
    best = floors;
    if (options.allowDrop) dropLowestPriority();
    return finish(fits(best));
  }

  const lerp = (from: number, to: number, t: number) => from + (to - from) * t;
  const p0 = params;
  // 2. Less space between sections, entries and bullets.
  if (
    rung(
      "vertical-space",
      (t) => ({
        ...p0,
        sectionGap: lerp(p0.sectionGap, theme.sectionGap.min, t),
        entryGap: lerp(p0.entryGap, theme.entryGap.min, t),
        itemGap: lerp(p0.itemGap, theme.itemGap.min, t),
      }),
      (p) =>
        `gaps ${fmt(p0.sectionGap)}/${fmt(p0.entryGap)}/${fmt(p0.itemGap)}em → ${fmt(p.sectionGap)}/${fmt(p.entryGap)}/${fmt(p.itemGap)}em`,
    )
  )
    return finish(true);
  // 3. Less leading.
  const p1 = params;
  if (
    rung(
      "leading",
      (t) => ({ ...p1, leading: lerp(p1.leading, theme.leading.min, t) }),
      (p) => `leading ${fmt(p1.leading)} → ${fmt(p.leading)}`,
    )
  )
    return finish(true);
  // 4. Narrower margins.
  const p2 = params;
  if (
    rung(
      "margins",
      (t) => ({ ...p2, margin: lerp(p2.margin, theme.margin.min, t) }),
      (p) => `margins ${fmt(p2.margin / 72)}in → ${fmt(p.margin / 72)}in`,
    )
  )
    return finish(true);
  // 5. Smaller type, on a 0.05pt grid so sizes stay readable numbers.
  const p3 = params;
  if (
    rung(
      "font-size",
      (t) => ({ ...p3, bodySize: onGrid(lerp(p3.bodySize, theme.bodySize.min, t)) }),
      (p) => `body ${fmt(p3.bodySize)}pt → ${fmt(p.bodySize)}pt`,
    )
  )
    return finish(true);
  // 6. Only if allowed: drop the lowest-priority items, lowest first. Dropping more never makes the page
  // fuller, so bisecting over how many to drop finds what dropping them one at a time would.
  if (options.allowDrop) dropLowestPriority();
  return finish(fits(best));

  function dropLowestPriority(): void {
    const before = best;
    const base = params;
    const candidates = droppable(resume).filter((c) => !base.dropped.includes(c.id));
    const at = (n: number): LayoutParams => ({
      ...base,
      dropped: [...base.dropped, ...candidates.slice(0, n).map((c) => c.id)],
    });
    let all: Tried | undefined;
    const probe = (n: number) => {
      const r = run(at(n));
      if (n === candidates.length) all = r;
      return r;
    };
    const found = leastFitting(probe, fits, 0, candidates.length, { integer: true });
    params = at(found ? found.x : candidates.length);
    best = found ? found.result : (all ?? best);
    const ids = params.dropped.slice(base.dropped.length);
    steps.push({
      step: "drop",
      change: `dropped ${ids.length} item(s): ${ids.join(", ")}`,
      overflowBefore: overflowOf(before),
      overflowAfter: overflowOf(best),
    });
  }
}

/** Body sizes move on a 0.05 pt grid, so they stay readable numbers. */
function onGrid(size: number): number {
  return Math.round(size * 20) / 20;
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}
