/**
 * A long-lived build session: the builds a command asks for (the default résumé, one variant, or all), made
 * again on request in one process, so that fonts, shapes and line breaks made for one build serve the next. A
 * build that fails keeps its last good PDF (and pages) and reports why; the next good build replaces both.
 */
import { performance } from "node:perf_hooks";
import { holdCacheWrites, writeHeld } from "../cache/laterWrites.js";
import { checkCommandOutputs } from "../cli/outputs.js";
import { type Diagnostic, UserError } from "../diagnostics.js";
import type { FitReport } from "../fit/report.js";
import type { FontPaths } from "../fonts.js";
import { LayoutCache } from "../layout/layoutCache.js";
import { type BuildOptions, buildPdf } from "../pipeline.js";
import { renderSvg } from "../render/renderSvg.js";
import { allBuilds, type CommonOptions } from "../tailor/all.js";
import { variantBuildOptions } from "../tailor/build.js";
import { listVariants, loadVariant } from "../tailor/readVariant.js";

export const DEFAULT_BUILD = "default";

/** How long a session is idle after a round before it writes the cache files it held back (laterWrites.ts). */
const IDLE_BEFORE_WRITES_MS = 2_000;

export interface SessionOptions {
  common: CommonOptions;
  /** Where the PDF of a version goes ("default" or a variant's name). */
  outFile: (name: string) => string;
  /** Build the default résumé and every variant each time. */
  all: boolean;
  /** The version built (when not `all`): a variant's name, or "default". */
  selected: string;
  /** `--report`: the fit reports of each round, as a build writes them. */
  report?: string;
  /** Keep each good build's pages as SVG (fonts declared by the page that shows them): the preview's. */
  keepPages: boolean;
}

/** The last good build of one version. */
export interface GoodBuild {
  outFile: string;
  report: FitReport;
  warnings: Diagnostic[];
  /** SVG pages, when the session keeps them. */
  pages: string[];
  /** The font files the pages are set in. */
  fonts: FontPaths;
  /** The round that made it. */
  round: number;
}

/** What one build of a round came to. */
export interface BuildOutcome {
  name: string;
  outFile: string;
  /** Set when the build succeeded; its milliseconds, stage by stage. */
  good?: GoodBuild;
  milliseconds: number;
  /** Why it failed (empty when it succeeded). */
  problems: Diagnostic[];
  /** The fit report of a résumé that does not fit, which says most then. */
  overflow?: FitReport;
}

export interface Round {
  number: number;
  builds: BuildOutcome[];
  /** Problems not of one build: a badly named variant file, outputs that cannot be written. */
  problems: Diagnostic[];
  /** Every version the content folder has: "default", then each variant's name. */
  versions: string[];
  milliseconds: number;
}

export class BuildSession {
  private readonly cache = new LayoutCache();
  private readonly good = new Map<string, GoodBuild>();
  private rounds = 0;
  private last: Round | undefined;
  private idle: NodeJS.Timeout | undefined;
  selected: string;

  constructor(readonly options: SessionOptions) {
    this.selected = options.selected;
    holdCacheWrites();
  }

  /** Writes the cache files held back now (a closing session). */
  writeCaches(): void {
    clearTimeout(this.idle);
    writeHeld();
  }

  /** The last good build of each version built so far. */
  goodBuild(name: string): GoodBuild | undefined {
    return this.good.get(name);
  }

  lastRound(): Round | undefined {
    return this.last;
  }

  /** How much line breaking the builds so far reused and redid (the work the session saves). */
  layoutWork(): ReturnType<LayoutCache["counts"]> {
    return this.cache.counts();
  }

  /** Builds every version this session makes, once; user errors become the round's problems. */
  async rebuild(): Promise<Round> {
    clearTimeout(this.idle);
    const began = performance.now();
    const number = ++this.rounds;
    const problems: Diagnostic[] = [];
    const outcomes: BuildOutcome[] = [];
    const { names, problems: listing } = await listVariants(this.options.common.contentDir).catch(
      (error: unknown) => ({ names: [] as string[], problems: diagnosticsOf(error) }),
    );
    problems.push(...listing);
    const jobs = await this.jobs(names, problems);
    if (jobs.length > 0) {
      try {
        checkCommandOutputs(this.options.common.contentDir, jobs, this.options.report);
        for (const job of jobs) outcomes.push(await this.build(job, number));
      } catch (error) {
        problems.push(...diagnosticsOf(error));
      }
    }
    this.cache.endRound();
    const round: Round = {
      number,
      builds: outcomes,
      problems,
      versions: [DEFAULT_BUILD, ...names],
      milliseconds: performance.now() - began,
    };
    this.last = round;
    this.idle = setTimeout(writeHeld, IDLE_BEFORE_WRITES_MS).unref();
    return round;
  }

  private async jobs(names: readonly string[], problems: Diagnostic[]): Promise<BuildOptions[]> {
    const { common, outFile } = this.options;
    if (this.options.all) {
      const all = await allBuilds(common, outFile(DEFAULT_BUILD)).catch((error: unknown) => {
        problems.push(...diagnosticsOf(error));
        return { jobs: [], problems: [] };
      });
      problems.push(...all.problems);
      return all.jobs;
    }
    if (this.selected === DEFAULT_BUILD) return [{ ...common, outFile: outFile(DEFAULT_BUILD) }];
    if (!names.includes(this.selected)) {
      problems.push({
        severity: "error",
        file: common.contentDir,
        message: `there is no variant "${this.selected}" (content/variants/${this.selected}.md) any more`,
      });
      return [];
    }
    try {
      const { variant, warnings } = await loadVariant(common.contentDir, this.selected);
      problems.push(...warnings);
      return [variantBuildOptions(variant, { ...common, outFile: outFile(this.selected) })];
    } catch (error) {
      problems.push(...diagnosticsOf(error));
      return [];
    }
  }

  private async build(job: BuildOptions, round: number): Promise<BuildOutcome> {
    const name = job.variant ?? DEFAULT_BUILD;
    const began = performance.now();
    try {
      const result = await buildPdf({ ...job, layoutCache: this.cache, durable: false });
      const pages = this.options.keepPages
        ? renderSvg(result.layout.frames, result.fonts, { fonts: "none" })
        : [];
      const good: GoodBuild = {
        outFile: job.outFile,
        report: result.report,
        warnings: result.warnings,
        pages,
        fonts: result.fonts,
        round,
      };
      this.good.set(name, good);
      return { name, outFile: job.outFile, good, milliseconds: performance.now() - began, problems: [] };
    } catch (error) {
      const overflow = (error as { report?: FitReport }).report;
      return {
        name,
        outFile: job.outFile,
        milliseconds: performance.now() - began,
        problems: diagnosticsOf(error),
        ...(overflow ? { overflow } : {}),
      };
    }
  }
}

/**
 * The diagnostics of a failure. A user error's own; anything else is a bug in vitae, reported as one line too
 * (a session keeps running: the next save may build).
 */
function diagnosticsOf(error: unknown): Diagnostic[] {
  if (error instanceof UserError) return [...error.diagnostics];
  const detail = error instanceof Error ? error.message : String(error);
  if (process.env.VITAE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return [
    {
      severity: "error",
      file: "vitae",
      message: `internal error: ${detail}`,
      hint: "this is a bug in vitae; please report it with the command you ran (VITAE_DEBUG=1 prints the stack)",
    },
  ];
}
