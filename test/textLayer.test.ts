/**
 * The PDF as text: on every PDF of the corpus (the default résumé, its variants, A4, every example, and a web
 * address broken across lines), each run of the display list is drawn exactly where and as wide as layout set
 * it, and each text extractor that applicant-tracking systems are built on reads every printed line whole and
 * in reading order, with every printed word and no other (none glued, none split).
 *
 * The printed lines are the display list's (printedLines): a word broken at a line end is two pieces there.
 * The only such words in the corpus are web addresses broken after "/", ".", "-" (no hyphen is added, so nothing
 * tells an extractor that the next line continues the word): every extractor reads the two pieces as printed, at
 * the end of one line and the start of the next, and that is what is required here. The link annotations and
 * the Link element's alternate text carry the whole address.
 *
 * Locally an extractor that is not installed is skipped, with the reason; on CI (CI=true) it fails.
 */

import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentFrames, TextItem } from "../src/layout/frame.js";
import { printedLines } from "../src/layout/frameText.js";
import { buildPdf } from "../src/pipeline.js";
import { buildCorpus, type CorpusPdf, LONG_ADDRESS } from "./helpers/corpus.js";
import { drawnGlyphs, textObjects } from "./helpers/drawnGlyphs.js";
import { CONTENT, cleanup, tempDir } from "./helpers/e2e.js";
import { EXTRACTORS } from "./helpers/extractors.js";
import { describeScore, isPerfect, scoreTextLayer } from "./helpers/textLayer.js";
import { itWith } from "./helpers/tools.js";

let corpus: CorpusPdf[] = [];
beforeAll(async () => {
  corpus = await buildCorpus(tempDir("vitae-text-layer-"));
}, 600_000);
afterAll(cleanup);

const lines = (pdf: CorpusPdf) => printedLines(pdf.build.layout.frames).map((line) => line.text);

/** The text items of each page in the order the renderer draws them: by printed line, then as listed. */
function drawOrder(frames: DocumentFrames): TextItem[][] {
  return frames.pages.map((page) => {
    const byLine = new Map<number, TextItem[]>();
    for (const item of page.items)
      if (item.kind === "text") byLine.set(item.line, [...(byLine.get(item.line) ?? []), item]);
    return [...byLine.values()].flat();
  });
}

interface Agreement {
  runs: number;
  /** The largest difference of a run's start, baseline or width (points). */
  worst: number;
  /** Runs that differ by 0.01pt or more, described. */
  failures: string[];
}

/** Where the PDF draws each run of `frames` (pdf.js), against where and how wide layout set it. */
async function agreement(name: string, frames: DocumentFrames, pdf: Buffer): Promise<Agreement> {
  const result: Agreement = { runs: 0, worst: 0, failures: [] };
  const pages = await drawnGlyphs(pdf);
  drawOrder(frames).forEach((items, p) => {
    const height = frames.pages[p]?.height ?? 0;
    // A glyph drawn with horizontal scaling is the stretched space across a gap: no run's.
    const drawn = (pages[p] ?? []).filter((g) => Math.abs(g.scale - 1) < 1e-9);
    const texts = [drawn.map((g) => g.text).join(""), items.map((item) => item.text).join("")];
    if (texts[0] !== texts[1])
      result.failures.push(`${name}, page ${p + 1}: the glyphs drawn are not the runs'`);
    let at = 0;
    for (const item of items) {
      const glyphs = drawn.slice(at, at + item.glyphs.length);
      at += item.glyphs.length;
      const start = glyphs[0];
      const width = glyphs.reduce((sum, g) => sum + g.advance, 0);
      const off = [
        Math.abs((start?.x ?? Number.POSITIVE_INFINITY) - item.x),
        Math.abs((start?.y ?? Number.POSITIVE_INFINITY) - (height - item.baseline)),
        Math.abs(width - item.width),
      ];
      const worst = Math.max(...off);
      result.worst = Math.max(result.worst, worst);
      result.runs++;
      if (worst >= 0.01) {
        const [dx, dy, dw] = off.map((d) => d.toFixed(3));
        result.failures.push(
          `${name}, page ${p + 1}: "${item.text}" off by ${dx} (x), ${dy} (y), ${dw} (width)`,
        );
      }
    }
  });
  return result;
}

describe("the corpus", () => {
  it("holds the default, three variants, A4, six examples and a broken address", () => {
    expect(corpus.map((pdf) => pdf.name)).toEqual(
      expect.arrayContaining(["default", "variant short", "a4", "example academic-cv", "long address"]),
    );
    expect(corpus.length).toBeGreaterThanOrEqual(12);
  });

  it("breaks the long address across lines without a hyphen, one link", () => {
    const pdf = corpus.find((p) => p.name === "long address");
    const runs = pdf?.build.layout.frames.pages.flatMap((p) => p.items) ?? [];
    const linked = runs.filter((r): r is TextItem => r.kind === "text" && r.href === LONG_ADDRESS);
    expect(new Set(linked.map((r) => r.line)).size).toBeGreaterThanOrEqual(2);
    expect(linked.at(0)?.joinsNext).toBe(true);
    expect(linked.map((r) => r.text.trim()).join("")).toBe(LONG_ADDRESS);
  });
});

describe("drawn as laid out", () => {
  it("draws every run of every PDF, hyphenated too, where layout set it and as wide, to 0.01pt", async ({
    annotate,
  }) => {
    const hyphenated = await buildPdf({
      contentDir: CONTENT,
      outFile: join(tempDir("vitae-hyphenated-"), "resume.pdf"),
      hyphenate: true,
    });
    const builds = [...corpus, { name: "default, hyphenated", build: hyphenated }];
    let runs = 0;
    let worst = 0;
    const failures: string[] = [];
    for (const { name, build } of builds) {
      const result = await agreement(name, build.layout.frames, build.pdf);
      runs += result.runs;
      worst = Math.max(worst, result.worst);
      failures.push(...result.failures);
    }
    expect(failures).toEqual([]);
    expect(runs).toBeGreaterThan(1000);
    // Exact but for rounding: the PDF's six decimals, and pdf.js keeps the text matrix in 32-bit floats.
    expect(worst).toBeLessThan(1e-4);
    await annotate(`${runs} runs; the largest difference ${worst.toExponential(1)}pt`);
  }, 300_000);

  it("draws each printed line as one text object", async () => {
    for (const { name, build } of corpus) {
      const lines = build.layout.frames.pages.map(
        (page) => new Set(page.items.flatMap((i) => (i.kind === "text" ? [i.line] : []))).size,
      );
      expect(await textObjects(build.pdf), name).toEqual(lines);
    }
  });

  it("finds a run that is not as wide as layout says, and one that is not where it says", async () => {
    const pdf = corpus[0] as CorpusPdf;
    const frames = structuredClone(pdf.build.layout.frames);
    const runs = frames.pages[0]?.items.filter((i): i is TextItem => i.kind === "text") ?? [];
    const [wider, moved] = [runs[10], runs[20]];
    if (!wider || !moved) throw new Error("too few runs");
    wider.width += 0.02;
    moved.x -= 0.02;
    const result = await agreement("changed", frames, pdf.build.pdf);
    expect(result.failures).toHaveLength(2);
    expect(result.failures[0]).toMatch(
      /off by 0\.000 \(x\), 0\.000 \(y\), 0\.020 \(width\)$|off by 0\.020 \(x\)/,
    );
  });
});

describe.each(EXTRACTORS.map((x) => [x.name, x] as const))("%s", (_name, extractor) => {
  const test = extractor.tool ? itWith(extractor.tool) : it;
  let texts: string[] = [];
  const extract = async () => {
    if (texts.length === 0) texts = await extractor.extract(corpus.map((pdf) => pdf.file));
    return texts;
  };

  test("reads every printed line of every PDF whole and in order: every word, none glued or split", async () => {
    const failures = (await extract()).flatMap((text, i) => {
      const pdf = corpus[i] as CorpusPdf;
      const score = scoreTextLayer(lines(pdf), text);
      if (isPerfect(score)) return [];
      const details = [
        score.outOfOrder.length > 0
          ? `lines not found in order: ${JSON.stringify(score.outOfOrder.slice(0, 3))}`
          : "",
        score.missing.length > 0 ? `missing: ${JSON.stringify(score.missing.slice(0, 8))}` : "",
        score.glued.length > 0 ? `glued: ${JSON.stringify(score.glued.slice(0, 5))}` : "",
        score.unknown.length > 0 ? `not printed: ${JSON.stringify(score.unknown.slice(0, 8))}` : "",
      ].filter(Boolean);
      return [`${pdf.name}: ${describeScore(score)}; ${details.join("; ")}`];
    });
    expect(failures, `${extractor.name}:\n${failures.join("\n")}`).toEqual([]);
  }, 600_000);

  test("reads Grade A- with an ASCII hyphen (its date follows it on the line)", async () => {
    const text = (await extract())[corpus.findIndex((pdf) => pdf.name === "default")] ?? "";
    expect(text).toMatch(/Grade A-\s/);
    expect(text).not.toMatch(/Grade A\u2010/);
  }, 600_000);
});
