import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { type Diagnostic, formatDiagnostic, UserError, userError } from "../diagnostics.js";
import { type FitReport, summaryLine } from "../fit/report.js";
import { writeFileAtomic } from "../io/atomicWrite.js";
import { isPaper, PAPERS, type Paper } from "../layout/theme.js";
import { oneOf } from "../model/context.js";
import { type BuildOptions, type BuildResult, buildPdf } from "../pipeline.js";
import { allBuilds, buildAll, type CommonOptions } from "../tailor/all.js";
import { variantBuildOptions } from "../tailor/build.js";
import { diffCommand, jobCommand } from "../tailor/commands.js";
import { checkVariantName, loadVariant } from "../tailor/readVariant.js";
import { parseOptions } from "./args.js";
import { checkCommandOutputs } from "./outputs.js";
import { runCli } from "./run.js";

const DEFAULT_OUT = "output/resume.pdf";

const options = {
  content: { type: "string", default: "content" },
  out: { type: "string" },
  paper: { type: "string" },
  frames: { type: "boolean", default: false },
  text: { type: "boolean", default: false },
  hyphenate: { type: "boolean", default: false },
  report: { type: "string" },
  variant: { type: "string" },
  all: { type: "boolean", default: false },
  diff: { type: "string" },
  job: { type: "string" },
} as const;

async function main(argv: string[]): Promise<void> {
  const values = parseOptions(argv, options);
  if (values.paper !== undefined && !isPaper(values.paper)) {
    throw userError(`--paper must be ${oneOf(PAPERS.map((p) => `"${p}"`))}, not "${values.paper}"`);
  }
  const modes = ["all", "diff", "job"].filter((m) => values[m as "all" | "diff" | "job"]);
  if (modes.length > 1) throw userError(`--${modes[0]} and --${modes[1]} cannot be combined`);
  if (values.variant !== undefined) checkVariantName(values.variant);
  if (values.all && values.variant !== undefined)
    throw userError("--all builds every variant; drop --variant");
  if (values.diff !== undefined && values.variant !== undefined)
    throw userError("--diff takes the variant's name itself: --diff NAME");

  if (values.diff !== undefined) {
    checkVariantName(values.diff);
    return printText(await diffCommand(values.content, values.diff));
  }
  if (values.job !== undefined)
    return printText(await jobCommand(values.content, values.job, values.variant));

  // output/ is vitae's own folder: made when missing; a folder named by --out must exist.
  if (values.out === undefined) await mkdir(dirname(DEFAULT_OUT), { recursive: true });

  const common: CommonOptions = {
    contentDir: values.content,
    ...(values.paper === undefined ? {} : { paper: values.paper as Paper }),
    frames: values.frames,
    text: values.text,
    hyphenate: values.hyphenate,
  };
  if (values.all) {
    const reports: FitReport[] = [];
    const { jobs, problems } = await allBuilds(common, values.out ?? DEFAULT_OUT);
    checkCommandOutputs(values.content, jobs, values.report);
    const failed: Diagnostic[] = [];
    await buildAll(jobs, (result) => {
      if (result instanceof UserError) failed.push(...result.diagnostics);
      else {
        reports.push(printBuild(result));
        printExtras(result);
      }
    });
    await writeReport(values.report, reports);
    const errors = [...problems, ...failed];
    if (errors.length > 0) throw new UserError(errors);
    return;
  }
  let build: BuildOptions = { ...common, outFile: values.out ?? DEFAULT_OUT };
  if (values.variant !== undefined) {
    const { variant, warnings } = await loadVariant(values.content, values.variant);
    printWarnings(warnings);
    build = variantBuildOptions(variant, {
      ...common,
      ...(values.out === undefined ? {} : { outFile: values.out }),
    });
  }
  checkCommandOutputs(values.content, [build], values.report);
  const result = await buildPdf(build);
  await writeReport(values.report, [printBuild(result)]);
  printExtras(result);
}

/** Warnings, then the one summary line. */
function printBuild(result: BuildResult): FitReport {
  printWarnings(result.warnings);
  const total = Object.values(result.timings).reduce((a, b) => a + b, 0);
  process.stdout.write(`${summaryLine(result.report, total)}\n`);
  return result.report;
}

function printExtras(result: BuildResult): void {
  for (const extra of result.written.slice(1)) process.stdout.write(`  also wrote ${extra}\n`);
}

async function writeReport(file: string | undefined, reports: FitReport[]): Promise<void> {
  if (file === undefined) return;
  await writeFileAtomic(file, `${JSON.stringify({ pdfs: reports }, null, 2)}\n`);
  process.stdout.write(`  fit report: ${file}\n`);
}

function printText({ text, warnings }: { text: string; warnings: Diagnostic[] }): void {
  printWarnings(warnings);
  process.stdout.write(text);
}

function printWarnings(warnings: readonly Diagnostic[]): void {
  for (const w of warnings) process.stderr.write(`${formatDiagnostic(w)}\n`);
}

runCli(main);
