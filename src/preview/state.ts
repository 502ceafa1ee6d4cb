/** What the preview page shows, as JSON: the selected version's last good pages and fit, and what is wrong now. */
import type { Diagnostic } from "../diagnostics.js";
import type { FitReport } from "../fit/report.js";
import type { BuildSession } from "../watch/session.js";

export interface PreviewState {
  /** Rounds of builds so far. */
  round: number;
  versions: string[];
  selected: string;
  /** The selected version's last good build; null before it has built once. */
  build: {
    outFile: string;
    pages: string[];
    report: FitReport;
    round: number;
    warnings: Diagnostic[];
  } | null;
  /** Why the last round did not build the selected version, and problems of the content folder as a whole. */
  problems: Diagnostic[];
  /** The folder source paths are relative to, for the editor links. */
  root: string;
  /** The editor URL template. */
  editor: string;
}

export function previewState(session: BuildSession, editor: string): PreviewState {
  const round = session.lastRound();
  const selected = session.selected;
  const good = session.goodBuild(selected);
  const failed = round?.builds.find((b) => b.name === selected)?.problems ?? [];
  return {
    round: round?.number ?? 0,
    versions: round?.versions ?? [selected],
    selected,
    build: good
      ? {
          outFile: good.outFile,
          pages: good.pages,
          report: good.report,
          round: good.round,
          warnings: good.warnings,
        }
      : null,
    problems: [...(round?.problems ?? []), ...failed],
    root: process.cwd(),
    editor,
  };
}
