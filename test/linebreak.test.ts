import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Break,
  type BreakOptions,
  defaultBreakOptions,
  firstFit,
  type Item,
  knuthPlass,
  LineBreakError,
  type LineBreaker,
} from "../src/layout/linebreak/index.js";
import { runs } from "./helpers/properties.js";

// Fixed-width measurer: every character 5 units, interword glue 5 stretch 3 shrink 2, hyphen 5.
const CHAR = 5;
const box = (width: number): Item => ({ kind: "box", width });
const glue = (width: number, stretch: number, shrink: number): Item => ({
  kind: "glue",
  width,
  stretch,
  shrink,
});
const penalty = (width: number, cost: number, flagged = false): Item => ({
  kind: "penalty",
  width,
  penalty: cost,
  flagged,
});
const word = (text: string): Item => box(text.length * CHAR);
const space = (): Item[] => [glue(5, 3, 2)];
const FINISH: Item[] = [glue(0, Number.POSITIVE_INFINITY, 0), penalty(0, Number.NEGATIVE_INFINITY)];

function paragraph(text: string, between: () => Item[] = space, finish: Item[] = FINISH): Item[] {
  const items = text.split(" ").flatMap((w, i) => (i === 0 ? [word(w)] : [...between(), word(w)]));
  return [...items, ...finish];
}

const FROG =
  "In olden times when wishing still helped one, there lived a king whose daughters were all beautiful; and " +
  "the youngest was so beautiful that the sun itself, which has seen so many things, was astonished whenever " +
  "it shone in her face. Close by the king's castle lay a great dark forest, and under an old lime-tree in " +
  "the forest was a well, and when the day was very warm, the king's child went out into the forest and sat " +
  "down by the side of the cool fountain; and when she was bored she took a golden ball, and threw it up on " +
  "high and caught it; and this ball was her favorite plaything.";

const options = (lineWidths: number[], extra: Partial<BreakOptions> = {}): BreakOptions => ({
  ...defaultBreakOptions,
  lineWidths,
  ...extra,
});

interface Line {
  natural: number;
  stretch: number;
  shrink: number;
  fil: boolean;
  width: number;
}

/** Measures items [start, end) plus the break's own width, the way TeX sets the line. */
function measure(items: readonly Item[], start: number, end: number, width: number): Line {
  const line: Line = { natural: 0, stretch: 0, shrink: 0, fil: false, width };
  for (let i = start; i < end; i++) {
    const item = items[i];
    if (item?.kind === "box") line.natural += item.width;
    if (item?.kind === "glue") {
      line.natural += item.width;
      line.shrink += item.shrink;
      if (item.stretch === Number.POSITIVE_INFINITY) line.fil = true;
      else line.stretch += item.stretch;
    }
  }
  const last = items[end];
  if (last?.kind === "penalty") line.natural += last.width;
  return line;
}

/** Index of the first box after a break: glue and penalties in between are discarded. */
function nextStart(items: readonly Item[], position: number): number {
  let i = position + 1;
  while (i < items.length && items[i]?.kind !== "box") i++;
  return i;
}

function lines(items: readonly Item[], breaks: readonly Break[], lineWidths: readonly number[]): Line[] {
  let start = 0;
  return breaks.map((brk, i) => {
    const width = lineWidths[Math.min(i, lineWidths.length - 1)] ?? 0;
    const line = measure(items, Math.min(start, brk.position), brk.position, width);
    start = nextStart(items, brk.position);
    return line;
  });
}

/** Adjustment ratio recomputed from the line's own measurements. */
function ratioOf(line: Line): number {
  const shortfall = line.width - line.natural;
  if (Math.abs(shortfall) < 1e-9 || (shortfall > 0 && line.fil)) return 0;
  if (shortfall > 0) return line.stretch > 0 ? shortfall / line.stretch : Number.POSITIVE_INFINITY;
  return line.shrink > 0 ? shortfall / line.shrink : Number.NEGATIVE_INFINITY;
}

/** Total demerits of a breaking, computed independently of the breakers. */
function demerits(items: readonly Item[], breaks: readonly Break[], o: BreakOptions): number {
  const fitness = (r: number) => (r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3);
  let total = 0;
  let previous = { fitness: 1, flagged: false };
  lines(items, breaks, o.lineWidths).forEach((line, i) => {
    const r = ratioOf(line);
    const item = items[breaks[i]?.position ?? -1];
    const cost = item?.kind === "penalty" ? item.penalty : 0;
    const flagged = item?.kind === "penalty" && item.flagged;
    let d = (o.linePenalty + 100 * Math.abs(r) ** 3) ** 2;
    if (cost > 0) d += cost ** 2;
    else if (cost > -10000) d -= cost ** 2;
    if (flagged && previous.flagged) d += o.doubleHyphenDemerits;
    if (Math.abs(fitness(r) - previous.fitness) > 1) d += o.adjacentLooseTightDemerits;
    total += d;
    previous = { fitness: fitness(r), flagged };
  });
  return total;
}

function positions(breaks: readonly Break[]): number[] {
  return breaks.map((b) => b.position);
}

function breakError(breaker: LineBreaker, items: readonly Item[], o: BreakOptions): LineBreakError {
  try {
    breaker(items, o);
  } catch (error) {
    if (error instanceof LineBreakError) return error;
    throw error;
  }
  throw new Error("expected a LineBreakError");
}

const breakers: [string, LineBreaker][] = [
  ["knuthPlass", knuthPlass],
  ["firstFit", firstFit],
];

describe("Knuth–Plass on the frog-prince paragraph", () => {
  const items = paragraph(FROG);

  it.each([250, 300, 350, 400, 450, 500])("sets justified lines within tolerance at width %i", (width) => {
    const o = options([width]);
    const breaks = knuthPlass(items, o);
    expect(breaks.at(-1)?.position).toBe(items.length - 1);
    const set = lines(items, breaks, o.lineWidths);
    set.forEach((line, i) => {
      const ratio = breaks[i]?.ratio ?? Number.NaN;
      expect(Math.abs(ratio)).toBeLessThanOrEqual(o.tolerance);
      expect(ratio).toBeCloseTo(ratioOf(line), 9);
      if (i === set.length - 1) {
        expect(ratio).toBe(0); // the fil glue takes the last line's shortfall
        expect(line.natural).toBeLessThanOrEqual(width);
      } else {
        const adjusted = line.natural + ratio * (ratio >= 0 ? line.stretch : line.shrink);
        expect(Math.abs(adjusted - width)).toBeLessThan(1e-6);
      }
    });
    expect(demerits(items, breaks, o)).toBeLessThanOrEqual(demerits(items, firstFit(items, o), o));
  });

  it("differs from first-fit, which fills lines greedily, at width 350", () => {
    const o = options([350]);
    const total = knuthPlass(items, o);
    const greedy = firstFit(items, o);
    expect(positions(total)).not.toEqual(positions(greedy));
    expect(total).toHaveLength(9);
    expect(greedy).toHaveLength(8);
    expect(demerits(items, total, o)).toBeLessThan(demerits(items, greedy, o));
    // First-fit is greedy: adding the next word to any line would overfill it.
    let start = 0;
    for (const brk of greedy.slice(0, -1)) {
      const next = items.findIndex((item, i) => i > brk.position + 1 && item.kind === "glue");
      const longer = measure(items, start, next, 350);
      expect(longer.natural - longer.shrink).toBeGreaterThan(350);
      start = nextStart(items, brk.position);
    }
  });

  it("honours looseness like TeX's \\looseness", () => {
    const base = knuthPlass(items, options([350]));
    const tighter = knuthPlass(items, options([350], { looseness: -1 }));
    const looser = knuthPlass(items, options([350], { looseness: 1 }));
    expect(tighter).toHaveLength(base.length - 1);
    expect(looser).toHaveLength(base.length + 1);
    for (const brk of [...tighter, ...looser]) {
      expect(brk.ratio).toBeGreaterThanOrEqual(-1);
      expect(brk.ratio).toBeLessThanOrEqual(2);
    }
    // At 260 no shorter paragraph can be set: looseness -1 falls back to the optimum.
    expect(knuthPlass(items, options([260], { looseness: -1 }))).toEqual(knuthPlass(items, options([260])));
  });

  it.each(breakers)("%s respects per-line widths, the last one repeating", (_, breaker) => {
    const o = options([150, 250, 350]);
    const breaks = breaker(items, o);
    const set = lines(items, breaks, o.lineWidths);
    expect(set.map((l) => l.width).slice(0, 4)).toEqual([150, 250, 350, 350]);
    set.forEach((line, i) => {
      expect(line.natural - line.shrink).toBeLessThanOrEqual(line.width + 1e-9);
      const ratio = breaks[i]?.ratio ?? 0;
      if (i < set.length - 1) {
        expect(line.natural + ratio * (ratio >= 0 ? line.stretch : line.shrink)).toBeCloseTo(line.width, 6);
      }
    });
  });
});

describe("item-stream semantics", () => {
  const forced = [
    ...paragraph("aaa bbb ccc", space, [glue(0, Number.POSITIVE_INFINITY, 0), penalty(0, -10000)]),
    ...paragraph("ddd eee"),
  ];
  const forcedAt = forced.findIndex((item) => item.kind === "penalty");

  it.each(breakers)("%s honours a forced break in the middle", (_, breaker) => {
    const breaks = breaker(forced, options([400]));
    expect(positions(breaks)).toEqual([forcedAt, forced.length - 1]);
    expect(breaks.map((b) => b.ratio)).toEqual([0, 0]);
  });

  it.each(breakers)("%s honours a forced break even when it leaves an underfull line", (_, breaker) => {
    const items = [...paragraph("aaa bbb ccc", space, [penalty(0, -10000)]), ...paragraph("ddd eee")];
    const breaks = breaker(items, options([400]));
    expect(positions(breaks)).toEqual([5, items.length - 1]);
    for (const b of breaks) expect(Number.isFinite(b.ratio) && b.ratio >= -1).toBe(true);
  });

  it.each(breakers)("%s throws LineBreakError naming a word wider than the line", (_, breaker) => {
    const items = paragraph("aa bb cccccccccccc dd"); // the wide word is item 4, 60 units
    const error = breakError(breaker, items, options([50]));
    expect(error.itemIndex).toBe(4);
    expect(error.name).toBe("LineBreakError");
  });

  it.each(breakers)("%s throws when an unbreakable run cannot shrink to fit", (_, breaker) => {
    // A tie (penalty 10000 before the glue) makes "aaaaaa bbbbbb" one 65-unit unit in a 50-unit line.
    const items = [word("aaaaaa"), penalty(0, 10000), glue(5, 0, 0), word("bbbbbb"), ...FINISH];
    expect(breakError(breaker, items, options([50])).itemIndex).toBe(3);
    expect(positions(breaker(items, options([65])))).toEqual([items.length - 1]);
  });

  it.each(breakers)("%s rejects a stream that does not end with a forced break", (_, breaker) => {
    expect(() => breaker([word("a")], options([50]))).toThrow(RangeError);
  });

  it.each(breakers)("%s sets ragged-right lines no wider than the measure", (_, breaker) => {
    // TeX-style ragged right: the line-end stretch is cancelled when no break is taken there.
    const ragged = () => [glue(0, 30, 0), penalty(0, 0), glue(0, -30, 0), glue(5, 0, 0)];
    const items = paragraph(FROG, ragged);
    const o = options([350]);
    const breaks = breaker(items, o);
    const set = lines(items, breaks, o.lineWidths);
    for (const line of set) expect(line.natural).toBeLessThanOrEqual(350);
    for (const b of breaks) expect(b.ratio).toBeGreaterThanOrEqual(0);
    expect(new Set(set.map((l) => l.natural)).size).toBeGreaterThan(1);
  });

  it.each(breakers)("%s adds a taken hyphen's width to the line", (_, breaker) => {
    // "xxxxxxxx yyyy-zzzz" at 70: only the hyphen break fits, exactly: 40 + 5 + 20 + 5 (hyphen).
    const items = [word("xxxxxxxx"), ...space(), word("yyyy"), penalty(5, 50, true), word("zzzz"), ...FINISH];
    const breaks = breaker(items, options([70]));
    expect(positions(breaks)).toEqual([3, 6]);
    expect(breaks[0]?.ratio).toBe(0);
    expect(lines(items, breaks, [70])[0]?.natural).toBe(70);
  });

  it("avoids consecutive hyphenated lines when doubleHyphenDemerits is high", () => {
    // At 50 units "a a a a b-bb a a cc-cc a" sets perfectly (r = 0) with both hyphens taken.
    const [a, g, b, bb, cc, h] = [box(5), glue(5, 3, 2), box(5), box(10), box(10), penalty(5, 0, true)];
    const items = [a, g, a, g, a, g, a, g, b, h, bb, g, a, g, a, g, cc, h, cc, g, a, ...FINISH];
    expect(positions(knuthPlass(items, options([50], { doubleHyphenDemerits: 0 })))).toEqual([9, 17, 22]);
    const flagged = knuthPlass(items, options([50], { doubleHyphenDemerits: 1e9 })).map(
      (brk) => items[brk.position] === h,
    );
    expect(flagged.some((f, i) => f && flagged[i + 1])).toBe(false);
  });

  it.each(breakers)("%s handles Infinity stretch without NaN", (_, breaker) => {
    const hfil = glue(0, Number.POSITIVE_INFINITY, 0);
    const items = [word("left"), hfil, word("right"), ...space(), word("more"), ...FINISH];
    for (const width of [40, 60, 100, 400]) {
      const breaks = breaker(items, options([width]));
      for (const b of breaks) expect(Number.isFinite(b.ratio)).toBe(true);
      expect(breaks.at(-1)?.position).toBe(items.length - 1);
    }
    // A finite stand-in for fil chooses the same breaks on the frog paragraph.
    const finite = paragraph(FROG, space, [glue(0, 1e6, 0), penalty(0, -Infinity)]);
    expect(positions(breaker(finite, options([350])))).toEqual(
      positions(breaker(paragraph(FROG), options([350]))),
    );
  });
});

describe("property: any paragraph whose words fit can be set", () => {
  const HYPHEN = 5;
  // Words are lists of fragment lengths in characters, joined by optional hyphenation points.
  const wordArb = fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 3 });
  const input = fc.record({
    words: fc.array(fc.record({ fragments: wordArb, forcedAfter: fc.boolean() }), {
      minLength: 1,
      maxLength: 40,
    }),
    extras: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 3 }),
  });

  function build(words: { fragments: number[]; forcedAfter: boolean }[]): Item[] {
    const items: Item[] = [];
    words.forEach(({ fragments, forcedAfter }, i) => {
      fragments.forEach((chars, j) => {
        if (j > 0) items.push(penalty(HYPHEN, 50, true));
        items.push(box(chars * CHAR));
      });
      if (i === words.length - 1) return;
      // An occasional forced break (1 in 8 words) instead of a space.
      items.push(forcedAfter && i % 8 === 0 ? penalty(0, -10000) : glue(5, 3, 2));
    });
    return [...items, ...FINISH];
  }

  it.each(breakers)(
    "%s returns increasing breaks ending at the last item, no line overfull",
    (_, breaker) => {
      fc.assert(
        fc.property(input, ({ words, extras }) => {
          const items = build(words);
          const widest = Math.max(...words.map((w) => w.fragments.reduce((a, b) => a + b, 0) * CHAR));
          const lineWidths = extras.map((extra) => widest + HYPHEN + extra);
          const breaks = breaker(items, options(lineWidths));
          const at = positions(breaks);
          at.forEach((p, i) => {
            if (i > 0) expect(p).toBeGreaterThan(at[i - 1] ?? -1);
          });
          expect(at.at(-1)).toBe(items.length - 1);
          for (const line of lines(items, breaks, lineWidths)) {
            expect(line.natural - line.shrink).toBeLessThanOrEqual(line.width + 1e-9);
          }
          for (const b of breaks) expect(Number.isFinite(b.ratio) && b.ratio >= -1).toBe(true);
        }),
        runs(200, 42),
      );
    },
  );
});

describe("property: Knuth–Plass finds the breaking with the fewest demerits", () => {
  // Small paragraphs (up to ~10 breakpoints) so every breaking can be tried; no hyphens, whose double-hyphen
  // demerits the algorithm (like TeX's) does not track exactly.
  const input = fc.record({
    words: fc.array(
      fc.record({ chars: fc.integer({ min: 1, max: 9 }), cost: fc.constantFrom(0, 0, 0, 30, -30, -10000) }),
      { minLength: 1, maxLength: 10 },
    ),
    width: fc.integer({ min: 45, max: 400 }),
  });

  function build(words: { chars: number; cost: number }[]): Item[] {
    const items: Item[] = [];
    words.forEach(({ chars, cost }, i) => {
      items.push(box(chars * CHAR));
      if (i === words.length - 1) return;
      // A forced break ends its line as a paragraph does: with fill glue, so the line is not underfull.
      if (cost <= -10000) items.push(glue(0, Number.POSITIVE_INFINITY, 0));
      if (cost !== 0) items.push(penalty(0, cost));
      items.push(glue(5, 3, 2));
    });
    return [...items, ...FINISH];
  }

  /** Every breaking within the tolerance, by trying each set of legal breakpoints. */
  function fewestDemerits(items: Item[], o: BreakOptions): number {
    const legal = items.flatMap((item, i) =>
      (item.kind === "penalty" && item.penalty < 10000) ||
      (item.kind === "glue" && items[i - 1]?.kind === "box")
        ? [i]
        : [],
    );
    const forced = legal.filter((i) => {
      const item = items[i];
      return item?.kind === "penalty" && item.penalty <= -10000;
    });
    const optional = legal.filter((i) => !forced.includes(i));
    let best = Number.POSITIVE_INFINITY;
    for (let mask = 0; mask < 2 ** optional.length; mask++) {
      const chosen = [...optional.filter((_, bit) => mask & (1 << bit)), ...forced].sort((a, b) => a - b);
      const breaks = chosen.map((position) => ({ position, ratio: 0 }));
      const ratios = lines(items, breaks, o.lineWidths).map(ratioOf);
      if (ratios.every((r) => r >= -1 && r <= o.tolerance)) best = Math.min(best, demerits(items, breaks, o));
    }
    return best;
  }

  it("on paragraphs that fit one line, several lines, or break where forced", () => {
    fc.assert(
      fc.property(input, ({ words, width }) => {
        const items = build(words);
        const o = options([width]);
        const best = fewestDemerits(items, o);
        fc.pre(Number.isFinite(best));
        const found = demerits(items, knuthPlass(items, o), o);
        expect(found).toBeCloseTo(best, 6);
      }),
      runs(300, 7),
    );
  });
});
