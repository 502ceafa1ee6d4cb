/**
 * The flat list of stage calls — load, layout, render, write — each timed. The CLI and the tests drive builds
 * through here; nothing else strings stages together.
 */
import { performance } from "node:perf_hooks";
import type { Diagnostic } from "./diagnostics.js";
import { overflowError } from "./fit/explain.js";
import { fitResume } from "./fit/fit.js";
import { type FitReport, fitReport } from "./fit/report.js";
import { fontPaths, measurerFor } from "./fonts.js";
import { writeFileAtomic } from "./io/atomicWrite.js";
import { besideThePdf } from "./io/buildOutputs.js";
import { checkOutputPaths } from "./io/outputPaths.js";
import { frameText } from "./layout/frameText.js";
import { hyphenator } from "./layout/hyphenate.js";
import type { LayoutResult } from "./layout/layout.js";
import { knuthPlass } from "./layout/linebreak/index.js";
import { classicTheme, defaultParams, type Paper, type Theme } from "./layout/theme.js";
import { documentMeta } from "./meta.js";
import { loadResume } from "./model/load.js";
import type { Resume } from "./model/schema.js";
import { renderPdf } from "./render/renderPdf.js";
import { variantMeta } from "./tailor/build.js";
import type { Variant } from "./tailor/readVariant.js";
import { tailor } from "./tailor/tailor.js";

export interface BuildOptions {
  contentDir: string;
  outFile: string;
  paper?: Paper;
  hyphenate?: boolean;
  /** Also write the display list as JSON next to the PDF. */
  frames?: boolean;
  /** Also write the résumé's plain text next to the PDF. */
  text?: boolean;
  theme?: Theme;
  /** Page budget; the theme's when absent. */
  pages?: number;
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
  /** Milliseconds per stage. */
  timings: Record<string, number>;
  written: string[];
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

export async function buildPdf(options: BuildOptions): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  const theme = options.theme ?? classicTheme;
  const beside = besideThePdf(options.outFile);
  checkOutputPaths(options.contentDir, [options.outFile, beside.frames, beside.text]);
  const loaded = await timed(timings, "load", () => loadResume(options.contentDir));
  const { warnings } = loaded;
  const variant = options.tailoring;
  const resume = variant
    ? await timed(timings, "tailor", () => tailor(loaded.resume, variant))
    : loaded.resume;
  const measurer = await timed(timings, "fonts", () => measurerFor(theme));
  const params = { ...defaultParams(theme, options.paper), hyphenate: options.hyphenate ?? false };
  const meta = variant ? variantMeta(documentMeta(resume), variant) : documentMeta(resume);
  const budget = options.pages ?? theme.pages;
  const fit = await timed(timings, "layout", () =>
    fitResume(
      resume,
      theme,
      params,
      meta,
      { measurer, breaker: knuthPlass, ...(params.hyphenate ? { hyphenate: hyphenator() } : {}) },
      { pages: budget, allowDrop: options.allowDrop ?? false },
    ),
  );
  if (!fit.fits) throw overflowError(variant?.file ?? options.contentDir, resume, budget, fit);
  const layout = fit.layout;
  const report = fitReport(options.outFile, options.variant ?? null, budget, fit);
  const pdf = await timed(timings, "render", () => renderPdf(layout.frames, fontPaths(theme)));
  const written: string[] = [];
  await timed(timings, "write", async () => {
    await writeFileAtomic(options.outFile, pdf);
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
  return { outFile: options.outFile, resume, warnings, layout, report, pdf, timings, written };
}
