import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { type Diagnostic, formatDiagnostic, UserError, userError } from "../diagnostics.js";
import { OverflowError } from "../fit/explain.js";
import { type FitReport, summaryLine } from "../fit/report.js";
import { writeFileAtomic } from "../io/atomicWrite.js";
import { version } from "../packageRoot.js";
import { type BuildOptions, type BuildResult, buildPdf } from "../pipeline.js";
import { allBuilds, buildAll, type CommonOptions } from "../tailor/all.js";
import { variantBuildOptions } from "../tailor/build.js";
import { diffCommand, jobCommand } from "../tailor/commands.js";
import { checkVariantName, loadVariant } from "../tailor/readVariant.js";
import { parseOptions } from "./args.js";
import { commonBuildOptions } from "./buildChoices.js";
import { helpText } from "./help.js";
import { rerunOptimized } from "./optimizedRerun.js";
import { checkCommandOutputs } from "./outputs.js";
import { PDF_FOOTER, PDF_OPTIONS, PDF_SUMMARY, PDF_USAGE } from "./pdfOptions.js";

const DEFAULT_OUT = "output/resume.pdf";

/** `npm run pdf`: a build, several, a watching session, or one of the other commands the options name. */
export async function pdfCommand(argv: string[]): Promise<void> {
  const values = parseOptions(argv, PDF_OPTIONS);
  if (values.help)
    return printText({ text: helpText(PDF_USAGE, PDF_SUMMARY, PDF_OPTIONS, PDF_FOOTER), warnings: [] });
  if (values.version) return printText({ text: `vitae ${version()}\n`, warnings: [] });
  // Checked first: a bad --paper or --pages is reported whatever else the command does.
  const common: CommonOptions = commonBuildOptions(values);
  const content = common.contentDir;
  const modes = (["all", "diff", "job", "export"] as const).filter((m) => values[m]);
  if (modes.length > 1) throw userError(`--${modes[0]} and --${modes[1]} cannot be combined`);
  if (values.variant !== undefined) checkVariantName(values.variant);
  if (values.all && values.variant !== undefined)
    throw userError("--all builds every variant; drop --variant");
  if (values.watch && modes.some((m) => m !== "all"))
    throw userError(`--watch builds PDFs; it cannot be combined with --${modes.find((m) => m !== "all")}`);
  if (values.diff !== undefined && values.variant !== undefined)
    throw userError("--diff takes the variant's name itself: --diff NAME");

  if (values.diff !== undefined) {
    checkVariantName(values.diff);
    return printText(await diffCommand(content, values.diff));
  }
  if (values.job !== undefined) return printText(await jobCommand(content, values.job, values.variant));
  if (values.export !== undefined) {
    // Loaded only for an export: the schema and its validator are no part of a build.
    const { exportCommand } = await import("../jsonresume/exportCommand.js");
    return printText(await exportCommand(content, values.export, values));
  }

  // output/ is vitae's own folder: made when missing; a folder named by --out must exist.
  if (values.out === undefined) await mkdir(dirname(DEFAULT_OUT), { recursive: true });

  if (values.watch) {
    const rerun = rerunOptimized();
    if (rerun !== undefined) process.exit(await rerun);
    // Loaded only for --watch: a build needs neither the file watcher nor the session.
    const { sessionOptions, watchCommand } = await import("./watchCommand.js");
    return watchCommand(sessionOptions(common, values, DEFAULT_OUT, false));
  }
  if (values.all) {
    const reports: FitReport[] = [];
    const { jobs, problems } = await allBuilds(common, values.out ?? DEFAULT_OUT);
    checkCommandOutputs(content, jobs, values.report);
    const failed: Diagnostic[] = [];
    await buildAll(jobs, (result) => {
      if (result instanceof UserError) {
        failed.push(...result.diagnostics);
        if (result instanceof OverflowError) reports.push(result.report);
      } else {
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
    const { variant, warnings } = await loadVariant(content, values.variant);
    printWarnings(warnings);
    build = variantBuildOptions(variant, {
      ...common,
      ...(values.out === undefined ? {} : { outFile: values.out }),
    });
  }
  checkCommandOutputs(content, [build], values.report);
  let result: BuildResult;
  try {
    result = await buildPdf(build);
  } catch (error) {
    // The report says most when the résumé does not fit: it is written then too.
    if (error instanceof OverflowError) await writeReport(values.report, [error.report]);
    throw error;
  }
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
