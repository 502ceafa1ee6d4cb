/**
 * The flat list of stage calls — load, layout, render, write — each timed. The CLI and the tests drive builds
 * through here; nothing else strings stages together.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { type Diagnostic, UserError } from "./diagnostics.js";
import { overflowError } from "./fit/explain.js";
import { fitResume } from "./fit/fit.js";
import { fitCacheFile, keepFit, readKeptFit } from "./fit/keptFits.js";
import { type FitReport, fitReport } from "./fit/report.js";
import { waysOut } from "./fit/waysOut.js";
import { type FontPaths, fontHashes, fontPaths, measurerFor } from "./fonts.js";
import { writeFileAtomic } from "./io/atomicWrite.js";
import { besideThePdf } from "./io/buildOutputs.js";
import { checkOutputPaths } from "./io/outputPaths.js";
import type { Skeletons } from "./layout/composedParts.js";
import { frameText } from "./layout/frameText.js";
import { hyphenator } from "./layout/hyphenate.js";
import { keptBreaks, type PassBreaks } from "./layout/keptBreaks.js";
import { keptSkeletons } from "./layout/keptSkeletons.js";
import { type LayoutResult, protectedWords } from "./layout/layout.js";
import type { LayoutCache } from "./layout/layoutCache.js";
import { knuthPlass } from "./layout/linebreak/index.js";
import { defaultParams, type Theme } from "./layout/theme.js";
import { documentMeta } from "./meta.js";
import { loadResume } from "./model/load.js";
import type { Resume } from "./model/schema.js";
import { SETTINGS_FILE } from "./model/settingsSchema.js";
import { renderPdf } from "./render/renderPdf.js";
import { renderPng } from "./render/renderPng.js";
import { renderSvg } from "./render/renderSvg.js";
import { type BuildChoices, resolveBuild } from "./resolveBuild.js";
import { variantMeta } from "./tailor/build.js";
import type { Variant } from "./tailor/readVariant.js";
import { tailor } from "./tailor/tailor.js";

/** A build's options; theme, size, paper and page budget not given here come from `vitae.yaml`, then the theme. */
export interface BuildOptions extends BuildChoices {
  contentDir: string;
  outFile: string;
  hyphenate?: boolean;
  /** Also write the display list as JSON next to the PDF. */
  frames?: boolean;
  /** Also write the résumé's plain text next to the PDF. */
  text?: boolean;
  /** Also write each page as SVG (`resume-1.svg`, …) and as PNG (`resume-1.png`, …) next to the PDF. */
  svg?: boolean;
  png?: boolean;
  /**
   * Line breaks kept from earlier builds in this process (a watch session's): an unchanged paragraph is not
   * broken again. Fresh for each build when absent.
   */
  layoutCache?: LayoutCache;
  /** Whether the PDF is flushed to disk before it replaces the last one (default true; a session does not). */
  durable?: boolean;
  /** Whether fitting may drop low-priority items as a last resort. */
  allowDrop?: boolean;
  /** Name of the variant being built, for the report. */
  variant?: string;
  /** A tailored version (content/variants/NAME.md) applied to the résumé before layout; see src/tailor/build.ts. */
  tailoring?: Variant;
}

export interface BuildResult {
  outFile: string;
  resume: Resume;
  /** Problems that did not stop the build. */
  warnings: Diagnostic[];
  layout: LayoutResult;
  report: FitReport;
  pdf: Buffer;
  /** The font files the pages are set in, by the display list's font ids (what any renderer of it needs). */
  fonts: FontPaths;
  /** Milliseconds per stage. */
  timings: Record<string, number>;
  written: string[];
}

async function writePage(path: string, data: string | Buffer): Promise<string> {
  await writeFileAtomic(path, data);
  return path;
}

/** Pages numbered past the last of this build are a longer earlier build's: removed, so none is stale. */
async function removeLaterPages(
  page: (n: number, ext: "svg" | "png") => string,
  count: number,
  exts: readonly ("svg" | "png")[],
): Promise<void> {
  for (let n = count + 1; ; n++) {
    const found = await Promise.all(
      exts.map((ext) =>
        rm(page(n, ext)).then(
          () => true,
          () => false,
        ),
      ),
    );
    if (!found.includes(true)) return;
  }
}

async function timed<T>(
  timings: Record<string, number>,
  stage: string,
  fn: () => T | Promise<T>,
): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
  }
}

/**
 * The line breaks and skeletons kept on disk between runs for a one-shot build (a session keeps its own parts and
 * breaks in memory).
 */
function keptForLayout(
  options: BuildOptions,
  theme: Theme,
  hyphenate: boolean,
  resume: Resume,
  useKept: boolean,
): { keptBreaks?: (passKey: string) => PassBreaks; skeletons?: Skeletons } {
  // What breaks and composing depend on besides a paragraph's or part's own key: the fonts' bytes, and the words
  // never hyphenated. Each version of the résumé has files of its own: a build reads only its version's.
  const identity = [
    options.variant ?? "",
    fontHashes(theme),
    hyphenate ? [...protectedWords(resume)].sort() : "plain",
  ];
  const contentDir = path.resolve(options.contentDir);
  const breaks = keptBreaks(contentDir, identity, useKept);
  const skeletons = keptSkeletons(contentDir, identity, useKept);
  return {
    ...(breaks === undefined ? {} : { keptBreaks: breaks }),
    ...(skeletons === undefined ? {} : { skeletons: { kept: skeletons, use: true } }),
  };
}

/**
 * Builds one PDF. Models and layouts kept by earlier runs (src/model/modelCache.ts, src/fit/keptFits.ts) are
 * trusted as their files are, whole and under their key: a build that fails on them in a way that is no fault of
 * the input is made again without reading them, and what it makes takes their place.
 */
export async function buildPdf(options: BuildOptions): Promise<BuildResult> {
  try {
    return await build(options, true);
  } catch (error) {
    if (error instanceof UserError) throw error;
    return build(options, false);
  }
}

async function build(options: BuildOptions, useKept: boolean): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  const beside = besideThePdf(options.outFile);
  checkOutputPaths(options.contentDir, [options.outFile, beside.frames, beside.text]);
  const loaded = await timed(timings, "load", () => loadResume(options.contentDir, useKept));
  const { warnings } = loaded;
  const variant = options.tailoring;
  const resume = variant
    ? await timed(timings, "tailor", () => tailor(loaded.resume, variant))
    : loaded.resume;
  const { theme, paper, pages: budget, dateFormat } = resolveBuild(options, loaded.settings);
  const measurer = await timed(timings, "fonts", () => measurerFor(theme));
  const params = {
    ...defaultParams(theme, paper),
    hyphenate: options.hyphenate ?? false,
    dateFormat,
    fillLastPage: budget === 1,
  };
  const meta = variant ? variantMeta(documentMeta(resume), variant) : documentMeta(resume);
  const deps = {
    measurer,
    breaker: knuthPlass,
    ...(params.hyphenate ? { hyphenate: hyphenator() } : {}),
    ...(options.layoutCache
      ? {
          cache: options.layoutCache.forBuild(resume, params.hyphenate),
          parts: options.layoutCache.partsFor(resume, params.hyphenate),
        }
      : keptForLayout(options, theme, params.hyphenate, resume, useKept)),
  };
  const allowDrop = options.allowDrop ?? false;
  const fitInput = { resume, theme, params, meta, budget, allowDrop, fonts: fontHashes(theme) };
  const kept = fitCacheFile(fitInput);
  const fit = await timed(timings, "layout", () =>
    fitResume(
      resume,
      theme,
      params,
      meta,
      deps,
      { pages: budget, allowDrop },
      useKept && kept ? readKeptFit(kept) : undefined,
    ),
  );
  if (kept && fit.fits && fit.reused < fit.passes) keepFit(kept, fit);
  const report = fitReport(options.outFile, options.variant ?? null, budget, fit);
  if (!fit.fits) {
    // The ways out are fitted too, so the error says which of them would work.
    const where = variant ? `in ${variant.file}` : `in ${path.join(options.contentDir, SETTINGS_FILE)}`;
    const ways = waysOut({ resume, theme, params, meta, deps, budget, allowDrop, where, fit });
    throw overflowError(variant?.file ?? options.contentDir, resume, budget, fit, ways, report);
  }
  const layout = fit.layout;
  const fonts = fontPaths(theme);
  const pdf = await timed(timings, "render", () => renderPdf(layout.frames, fonts));
  const written: string[] = [];
  await timed(timings, "write", async () => {
    await writeFileAtomic(options.outFile, pdf, { durable: options.durable ?? true });
    written.push(options.outFile);
    if (options.frames) {
      await writeFileAtomic(beside.frames, `${JSON.stringify(layout.frames, null, 1)}\n`);
      written.push(beside.frames);
    }
    if (options.text) {
      await writeFileAtomic(beside.text, frameText(layout.frames));
      written.push(beside.text);
    }
  });
  if (options.svg || options.png) {
    const pages = layout.frames.pages;
    const svgs = await timed(timings, "svg", () => renderSvg(layout.frames, fonts));
    await timed(timings, "pages", async () => {
      for (const [i, svg] of svgs.entries()) {
        if (options.svg) written.push(await writePage(beside.page(i + 1, "svg"), svg));
        if (options.png)
          written.push(
            await writePage(beside.page(i + 1, "png"), renderPng(svg, pages[i]?.width ?? 0, fonts)),
          );
      }
      await removeLaterPages(beside.page, svgs.length, [
        ...(options.svg ? ["svg" as const] : []),
        ...(options.png ? ["png" as const] : []),
      ]);
    });
  }
  return { outFile: options.outFile, resume, warnings, layout, report, pdf, fonts, timings, written };
}
