import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it, onTestFinished } from "vitest";
import { UserError } from "../src/diagnostics.js";
import { overflowError } from "../src/fit/explain.js";
import { type FitResult, fitResume } from "../src/fit/fit.js";
import { fitReport } from "../src/fit/report.js";
import { measurerFor } from "../src/fonts.js";
import { knuthPlass } from "../src/layout/linebreak/index.js";
import { classicTheme, defaultParams, type LayoutParams, POINTS_PER_INCH } from "../src/layout/theme.js";
import { documentMeta } from "../src/meta.js";
import { loadResume } from "../src/model/load.js";
import type { Resume } from "../src/model/schema.js";
import { layoutWith, syntheticResume } from "./helpers/build.js";
import { runs } from "./helpers/properties.js";

const theme = classicTheme;

function fitOnce(
  resume: Resume,
  options: { pages?: number; allowDrop?: boolean; params?: Partial<LayoutParams> } = {},
) {
  return fitResume(
    resume,
    theme,
    { ...defaultParams(theme), ...options.params },
    documentMeta(resume),
    { measurer: measurerFor(theme), breaker: knuthPlass },
    { pages: options.pages ?? 1, allowDrop: options.allowDrop ?? false },
  );
}

/** A short synthetic résumé whose first bullet reads `text`. */
function withFirstBullet(text: string): Resume {
  const resume = syntheticResume(2, 20);
  const section = resume.sections[0];
  const bullet = section?.kind === "entries" ? section.entries[0]?.bullets[0] : undefined;
  if (!bullet) throw new Error("no bullet");
  bullet.text = [{ text }];
  return resume;
}

/** The share of the page a résumé needs at the default parameters, before any fitting. */
function naturalFill(resume: Resume): number {
  const r = layoutWith(resume);
  return r.naturalHeight / r.available;
}

describe("fitting the default content", async () => {
  const { resume } = await loadResume("content");
  const result = fitOnce(resume);

  it("fits exactly one page at or above the floors", () => {
    expect(result.fits).toBe(true);
    expect(result.layout.frames.pages).toHaveLength(1);
    expect(result.layout.params.bodySize).toBeGreaterThanOrEqual(theme.bodySize.min);
    expect(result.layout.params.margin).toBeGreaterThanOrEqual(0.5 * POINTS_PER_INCH - 1e-9);
    expect(result.layout.params.leading).toBeGreaterThanOrEqual(theme.leading.min - 1e-9);
  });

  it("fills at least 93% of the page", () => {
    expect(result.layout.fill).toBeGreaterThanOrEqual(0.93);
    expect(result.layout.fill).toBeLessThanOrEqual(1 + 1e-9);
  });

  it("drops nothing", () => {
    expect(result.dropped).toEqual([]);
    const bullets = resume.sections.flatMap((s) =>
      s.kind === "entries" ? s.entries.flatMap((e) => e.bullets) : [],
    );
    const drawn = result.layout.frames.pages
      .flatMap((p) => p.items)
      .filter((i) => i.kind === "text" && i.role === "bullet");
    const lines = new Set(drawn.map((i) => (i.kind === "text" ? `${i.source?.file}:${i.source?.line}` : "")));
    expect(lines.size).toBe(bullets.length);
  });

  it("reports the ladder it climbed, in order, each step saving height", () => {
    const order = ["looseness", "vertical-space", "leading", "margins", "font-size", "drop"];
    const names = result.steps.map((s) => s.step);
    expect(names[0]).toBe("looseness");
    expect([...names].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(names);
    for (const s of result.steps) expect(s.overflowAfter).toBeLessThanOrEqual(s.overflowBefore + 1e-6);
  });

  it("is deterministic", () => {
    const again = fitOnce(resume);
    expect(again.layout.params).toEqual(result.layout.params);
    expect(again.layout.frames).toEqual(result.layout.frames);
    expect(again.passes).toBe(result.passes);
  });
});

describe("fitting synthetic content", () => {
  it("fills a short résumé by vertical justification, never past the theme's ceilings", () => {
    // Find the smallest résumé whose natural height leaves 5–15% of the page empty.
    let bullets = 1;
    while (naturalFill(syntheticResume(bullets, 30)) < 0.85) bullets++;
    const resume = syntheticResume(bullets, 30);
    const natural = naturalFill(resume);
    const result = fitOnce(resume);
    expect(result.steps.map((s) => s.step)).toEqual(["grow"]);
    expect(result.layout.params.bodySize).toBeLessThanOrEqual(theme.bodySize.max);
    expect(result.layout.params.leading).toBeLessThanOrEqual(theme.leading.max);
    expect(result.layout.fill).toBeGreaterThan(natural);
    expect(result.layout.fill).toBeGreaterThanOrEqual(0.93);
    // At the ceilings the content would be at least as tall as the justified page.
    const ceilings = layoutWith(resume, {
      ...result.layout.params,
      sectionGap: theme.sectionGap.max,
      entryGap: theme.entryGap.max,
      itemGap: theme.itemGap.max,
    });
    expect(result.layout.fill * result.layout.available).toBeLessThanOrEqual(ceilings.naturalHeight + 1e-6);
  });

  it("does not stretch a very short résumé past the ceilings to fake a full page", () => {
    const resume = syntheticResume(2, 20);
    const result = fitOnce(resume);
    expect(result.layout.params.bodySize).toBe(theme.bodySize.max);
    const ceilings = layoutWith(resume, {
      ...result.layout.params,
      sectionGap: theme.sectionGap.max,
      entryGap: theme.entryGap.max,
      itemGap: theme.itemGap.max,
    });
    expect(result.layout.fill * result.layout.available).toBeCloseTo(ceilings.naturalHeight, 3);
    expect(result.layout.fill).toBeLessThan(0.5);
  });

  it("stops growing where a long word would no longer fit the line", () => {
    const result = fitOnce(withFirstBullet(`A ${"a".repeat(95)} word.`));
    expect(result.fits).toBe(true);
    expect(result.layout.params.bodySize).toBeGreaterThanOrEqual(theme.bodySize.value);
    expect(result.layout.params.bodySize).toBeLessThan(theme.bodySize.max);
  });

  it("climbs the ladder for a word too wide at the starting size but not at the floors", () => {
    const result = fitOnce(withFirstBullet(`A ${"a".repeat(110)} word.`));
    expect(result.fits).toBe(true);
    expect(result.layout.params.bodySize).toBeLessThan(theme.bodySize.value);
    expect(result.layout.params.bodySize).toBeGreaterThanOrEqual(theme.bodySize.min);
    expect(() => fitOnce(withFirstBullet(`A ${"a".repeat(130)} word.`))).toThrow(/wider than the line/);
  });

  it("fits a long résumé by climbing the ladder", () => {
    let bullets = 10;
    while (naturalFill(syntheticResume(bullets, 34)) < 1.12) bullets++;
    const result = fitOnce(syntheticResume(bullets, 34));
    expect(result.fits).toBe(true);
    expect(result.layout.frames.pages).toHaveLength(1);
    expect(result.steps.map((s) => s.step)).toContain("vertical-space");
    expect(result.layout.params.bodySize).toBeGreaterThanOrEqual(theme.bodySize.min);
    expect(result.layout.fill).toBeGreaterThanOrEqual(0.93);
  });

  it("explains an impossible fit: overflow in points and lines, longest sections, what to drop", () => {
    const resume = syntheticResume(80, 40);
    const result: FitResult = fitOnce(resume);
    expect(result.fits).toBe(false);
    expect(result.overflow).toBeGreaterThan(0);
    const report = fitReport("out.pdf", null, 1, result);
    const ways = [{ how: "a page more: --pages 2", fitsAt: 10 }, { how: "A4 paper: --paper a4" }];
    const error = overflowError("content", resume, 1, result, ways, report);
    expect(error).toBeInstanceOf(UserError);
    expect(error.report.fits).toBe(false);
    const [d] = error.diagnostics;
    expect(d?.message).toMatch(
      /^does not fit on 1 page even at the theme's floors \(body 9pt, leading 1\.1, margins 0\.5in\): \d+\.\dpt too long, about \d+ lines at 9pt$/,
    );
    const [waysOut, longest, items] = d?.hint?.split("\n") ?? [];
    expect(waysOut).toBe(
      'ways out: a page more: --pages 2 (fits, body 10pt); A4 paper: --paper a4 (does not fit either); a variant that leaves items out or keeps fewer bullets (exclude, maxBullets, priorityAtMost: see "Tailored versions" in the README)',
    );
    expect(longest).toMatch(/^longest sections: work \(\d+ lines\)$/);
    // Items are named by their words, then where they are and their id.
    expect(items).toMatch(
      /^lowest priority first, what a variant could leave out: "Bullet \d+ [^"]+" \(work, priority 9, id b\d+\)/,
    );
  });

  it("drops the lowest-priority bullets first when allowed", () => {
    let bullets = 10;
    while (naturalFill(syntheticResume(bullets, 34)) < 1.5) bullets++;
    const resume = syntheticResume(bullets, 34);
    expect(fitOnce(resume).fits).toBe(false);
    const result = fitOnce(resume, { allowDrop: true });
    expect(result.fits).toBe(true);
    expect(result.dropped.length).toBeGreaterThan(0);
    const priority = new Map(
      resume.sections
        .flatMap((s) => (s.kind === "entries" ? s.entries.flatMap((e) => e.bullets) : []))
        .map((b) => [b.id, b.priority]),
    );
    const droppedPriorities = result.dropped.map((id) => priority.get(id) ?? 0);
    const kept = [...priority.entries()].filter(([id]) => !result.dropped.includes(id)).map(([, p]) => p);
    expect(Math.min(...droppedPriorities)).toBeGreaterThanOrEqual(Math.max(...kept) - 1);
    expect(result.steps.at(-1)?.step).toBe("drop");
  });

  it("honours a two-page budget at the preferred size: no growing, the last page ends where it ends", () => {
    let bullets = 10;
    while (naturalFill(syntheticResume(bullets, 34)) < 1.3) bullets++;
    const resume = syntheticResume(bullets, 34);
    const result = fitOnce(resume, { pages: 2, params: { fillLastPage: false } });
    expect(result.fits).toBe(true);
    expect(result.layout.frames.pages).toHaveLength(2);
    expect(result.steps).toEqual([]);
    expect(result.layout.params.bodySize).toBe(theme.bodySize.value);
    // The first page is justified to the bottom margin; the second keeps its natural gaps, part way down.
    expect(result.layout.fill).toBeLessThan(0.93);
    const baselines = (page: number) =>
      (result.layout.frames.pages[page]?.items ?? []).flatMap((i) => (i.kind === "text" ? [i.baseline] : []));
    const bottom = 792 - result.layout.params.margin;
    expect(Math.max(...baselines(0))).toBeGreaterThan(bottom - 3 * theme.bodySize.value);
    expect(Math.max(...baselines(1))).toBeLessThan(bottom - 5 * theme.bodySize.value);
  });

  it("never gives a larger font size after adding a bullet (monotone)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 14, max: 30 }), fc.integer({ min: 20, max: 45 }), (bullets, words) => {
        const before = fitOnce(syntheticResume(bullets, words));
        const after = fitOnce(syntheticResume(bullets + 1, words));
        if (!before.fits || !after.fits) return;
        expect(after.layout.params.bodySize).toBeLessThanOrEqual(before.layout.params.bodySize);
      }),
      runs(25, 7),
    );
  });
});

describe("the command line", () => {
  it("refuses content that cannot fit, exits 1 and leaves the last good PDF alone", () => {
    const dir = mkdtempSync(join(tmpdir(), "vitae-fit-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const content = join(dir, "content");
    cpSync("content", content, { recursive: true });
    const out = join(dir, "resume.pdf");
    const report = join(dir, "fit.json");
    const good = spawnSync(process.execPath, [
      "--import",
      "tsx",
      "src/cli/pdf.ts",
      "--content",
      content,
      "--out",
      out,
      "--report",
      report,
    ]);
    expect(good.status).toBe(0);
    expect(good.stdout.toString()).toMatch(
      /: 1 page, body \d+(\.\d+)?pt, leading \d(\.\d+)?, margins \d(\.\d+)?in, fill \d\.\d\d, \d+ layout passes, \d+ ms\n/,
    );
    const json = JSON.parse(readFileSync(report, "utf8"));
    expect(json.pdfs[0]).toMatchObject({ fits: true, pages: 1, budget: 1, dropped: [] });
    expect(Object.keys(json.pdfs[0].linesPerSection)).toContain("academic");
    const before = readFileSync(out);

    const extra = Array.from(
      { length: 30 },
      (_, i) => `- Extra bullet number ${i + 1} describing more work on systems.`,
    );
    writeFileSync(
      join(content, "30-industry.md"),
      `${readFileSync(join(content, "30-industry.md"), "utf8")}${extra.join("\n")}\n`,
    );
    const bad = spawnSync(process.execPath, [
      "--import",
      "tsx",
      "src/cli/pdf.ts",
      "--content",
      content,
      "--out",
      out,
    ]);
    expect(bad.status).toBe(1);
    const stderr = bad.stderr.toString();
    expect(stderr).toMatch(
      /does not fit on 1 page even at the theme's floors .*pt too long, about \d+ lines? at 9pt/,
    );
    expect(stderr).toMatch(/hint: longest sections: industry \(\d+ lines\)/);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(readFileSync(out).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
