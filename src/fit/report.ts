import { POINTS_PER_INCH } from "../layout/theme.js";
import type { FitResult, FitStep } from "./fit.js";

/** The machine-readable account of one PDF's fitting, as written by `--report`. */
export interface FitReport {
  file: string;
  variant: string | null;
  fits: boolean;
  pages: number;
  budget: number;
  params: {
    paper: string;
    bodySize: number;
    leading: number;
    marginInches: number;
    sectionGap: number;
    entryGap: number;
    itemGap: number;
    looseness: number;
  };
  steps: FitStep[];
  /** Points beyond the budget; negative when there was room to spare before vertical justification. */
  overflow: number;
  /** Share of the last page's text height used, after vertical justification. */
  fill: number;
  linesPerSection: Record<string, number>;
  tightened: string[];
  /** The loosest justified line's adjustment ratio, and how many lines were set ragged-right instead. */
  spacing: { maxRatio: number; raggedLines: number };
  dropped: string[];
  passes: number;
  /** Of the passes, those answered by fitting's outcomes kept from an earlier build of the same input. */
  reused: number;
  milliseconds: number;
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

export function fitReport(file: string, variant: string | null, budget: number, fit: FitResult): FitReport {
  const p = fit.layout.params;
  return {
    file,
    variant,
    fits: fit.fits,
    pages: fit.layout.frames.pages.length,
    budget,
    params: {
      paper: p.paper,
      bodySize: round(p.bodySize),
      leading: round(p.leading),
      marginInches: round(p.margin / POINTS_PER_INCH),
      sectionGap: round(p.sectionGap),
      entryGap: round(p.entryGap),
      itemGap: round(p.itemGap),
      looseness: p.looseness,
    },
    steps: fit.steps.map((s) => ({
      ...s,
      overflowBefore: round(s.overflowBefore, 2),
      overflowAfter: round(s.overflowAfter, 2),
    })),
    overflow: round(fit.overflow, 2),
    fill: round(fit.layout.fill),
    linesPerSection: fit.layout.linesPerSection,
    tightened: fit.layout.tightened,
    spacing: {
      maxRatio: round(fit.layout.spacing.maxRatio),
      raggedLines: fit.layout.spacing.raggedLines,
    },
    dropped: fit.dropped,
    passes: fit.passes,
    reused: fit.reused,
    milliseconds: round(fit.milliseconds, 1),
  };
}

/** One line per PDF: pages, body size, leading, margins, fill, passes, time. */
export function summaryLine(report: FitReport, totalMs: number): string {
  const p = report.params;
  const pages = `${report.pages} page${report.pages === 1 ? "" : "s"}`;
  const kept = report.reused > 0 ? ` (${report.reused} kept from the last build)` : "";
  return (
    `${report.file}: ${pages}, body ${p.bodySize}pt, leading ${p.leading}, margins ${p.marginInches}in, ` +
    `fill ${report.fill.toFixed(2)}, ${report.passes} layout passes${kept}, ${Math.round(totalMs)} ms`
  );
}
