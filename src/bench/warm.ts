/**
 * The warm measures, in one long-lived process as `npm run pdf -- --watch` keeps one: a rebuild of the résumé
 * after a one-word edit through the watch mode's BuildSession (load, fit, render, write), the stages of such a
 * rebuild as buildPdf times them, and one layout pass of fitting with the paragraph cache the session has.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { measurerFor } from "../fonts.js";
import { layoutResume } from "../layout/layout.js";
import { LayoutCache } from "../layout/layoutCache.js";
import { knuthPlass } from "../layout/linebreak/index.js";
import { loadResume } from "../model/load.js";
import { type BuildResult, buildPdf } from "../pipeline.js";
import { resolveBuild } from "../resolveBuild.js";
import { BuildSession, DEFAULT_BUILD, type Round } from "../watch/session.js";
import { WordEdit } from "./edit.js";
import { median, type Summary, summarize } from "./stats.js";

export interface WarmResult {
  runs: number;
  /** A watch session's rebuild after a one-word edit, milliseconds: the first edits of a session. */
  rebuild: Summary;
  /** The same after `settlingEdits` more edits, the code compiled as a session open a while has it. */
  rebuildSettled: Summary;
  settlingEdits: number;
  /** Paragraphs broken again after an edit (median); the rest come from the caches. */
  paragraphsBroken: number;
  /** Composed parts (header, sections, entries) looked up per rebuild, and those composed again (median). */
  parts: number;
  partsComposed: number;
  /** Each stage of such a rebuild (buildPdf's timings: load, fonts, layout = the whole fit, render, write). */
  stages: Record<string, Summary>;
  /** Layout passes of the fit after an edit. */
  fitPasses: number;
  /** One layout pass of fitting at the fitted parameters, paragraphs cached as in the session. */
  layoutPass: Summary;
}

/** Edits that come before the measured ones, so that the code they run is compiled as in a long session. */
const WARM_UP = 3;
/** Edits after the first measured ones, before they are measured again (V8 optimizes code as it runs more). */
const SETTLING = 30;

function good(round: Round): Round {
  if (round.builds[0]?.good === undefined || round.problems.length > 0)
    throw new Error(`the edited content did not build: ${JSON.stringify(round)}`);
  return round;
}

async function sessionRebuilds(content: string, out: string, edit: WordEdit, runs: number) {
  const session = new BuildSession({
    common: { contentDir: content },
    outFile: () => out,
    all: false,
    selected: DEFAULT_BUILD,
    keepPages: false,
  });
  good(await session.rebuild());
  const broken: number[] = [];
  const composed: number[] = [];
  let parts = 0;
  /** Milliseconds of `count` rebuilds after as many edits, after `skip` more that are not counted. */
  const rebuilds = async (skip: number, count: number): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 0; i < skip + count; i++) {
      edit.next();
      const before = session.layoutWork();
      const began = performance.now();
      good(await session.rebuild());
      const ms = performance.now() - began;
      const after = session.layoutWork();
      if (i < skip) continue;
      times.push(ms);
      broken.push(after.broken - before.broken);
      composed.push(after.partsComposed - before.partsComposed);
      parts = after.partsComposed - before.partsComposed + after.partsKept - before.partsKept;
    }
    return times;
  };
  const first = await rebuilds(WARM_UP, runs);
  const settled = await rebuilds(SETTLING, runs);
  return {
    rebuild: summarize(first),
    rebuildSettled: summarize(settled),
    settlingEdits: SETTLING,
    paragraphsBroken: median(broken),
    parts,
    partsComposed: median(composed),
  };
}

async function stagesAndPass(content: string, out: string, edit: WordEdit, runs: number) {
  const cache = new LayoutCache();
  const build = async (): Promise<BuildResult> => {
    // As a session builds: caches kept, the PDF not flushed to disk each time.
    const result = await buildPdf({ contentDir: content, outFile: out, layoutCache: cache, durable: false });
    cache.endRound();
    return result;
  };
  let result = await build();
  const stages: Record<string, number[]> = {};
  for (let i = 0; i < WARM_UP + runs; i++) {
    edit.next();
    result = await build();
    if (i < WARM_UP) continue;
    for (const [stage, ms] of Object.entries(result.timings)) stages[stage] = [...(stages[stage] ?? []), ms];
  }
  const { theme } = resolveBuild({}, (await loadResume(content)).settings);
  const deps = {
    measurer: measurerFor(theme),
    breaker: knuthPlass,
    cache: cache.forBuild(result.resume, false),
  };
  const { resume, layout } = result;
  const passes: number[] = [];
  for (let i = 0; i < WARM_UP + runs * 5; i++) {
    const began = performance.now();
    layoutResume(resume, theme, layout.params, layout.frames.meta, deps);
    if (i >= WARM_UP) passes.push(performance.now() - began);
  }
  return {
    stages: Object.fromEntries(Object.entries(stages).map(([stage, ms]) => [stage, summarize(ms)])),
    fitPasses: result.report.passes,
    layoutPass: summarize(passes),
  };
}

/** Measures on a copy of the content folder `dir` (the edits never touch it). */
export async function measureWarm(dir: string, runs: number): Promise<WarmResult> {
  const copy = mkdtempSync(join(tmpdir(), "vitae-bench-warm-"));
  try {
    const content = join(copy, "content");
    cpSync(dir, content, { recursive: true });
    const edit = new WordEdit(content);
    const out = join(copy, "resume.pdf");
    const session = await sessionRebuilds(content, out, edit, runs);
    const parts = await stagesAndPass(content, out, edit, runs);
    return { runs, ...session, ...parts };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
