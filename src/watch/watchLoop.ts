/**
 * The authoring loop: builds once, then again after each settled burst of saves under the content folder (its
 * variants included), one build at a time — a save during a build asks for one more after it. Each round is
 * printed as a build prints: a summary line per PDF, or the diagnostics and which PDF was kept.
 */
import { type Diagnostic, formatDiagnostic } from "../diagnostics.js";
import type { FitReport } from "../fit/report.js";
import { summaryLine } from "../fit/report.js";
import { saveShapes } from "../fonts.js";
import { writeFileAtomic } from "../io/atomicWrite.js";
import type { BuildSession, Round } from "./session.js";
import { watchFolder } from "./watcher.js";

export interface Printer {
  out(line: string): void;
  err(line: string): void;
}

export interface WatchLoop {
  /** Resolves when the first build is done and saves are being watched. */
  ready: Promise<void>;
  /** Builds again now (after the one running, if any); resolves when that round is done. */
  rebuild(): Promise<Round>;
  close(): Promise<void>;
}

export function startWatchLoop(
  session: BuildSession,
  print: Printer,
  onRound: (round: Round) => void = () => undefined,
): WatchLoop {
  let running: Promise<Round> | undefined;
  let queued: Promise<Round> | undefined;
  const runRound = async (): Promise<Round> => {
    const round = await session.rebuild();
    await writeReports(session, round);
    printRound(session, round, print);
    onRound(round);
    // After the round is out: what it shaped is kept for the next process.
    saveShapes();
    return round;
  };
  // One round at a time; saves during a round make one more round after it, however many they are.
  const rebuild = (): Promise<Round> => {
    if (running === undefined) {
      running = runRound().finally(() => {
        running = undefined;
      });
      return running;
    }
    queued ??= running.then(() => {
      queued = undefined;
      return rebuild();
    });
    return queued;
  };
  const contentDir = session.options.common.contentDir;
  const watch = watchFolder(
    contentDir,
    () => void rebuild(),
    (error) => print.err(`${contentDir}: cannot watch for changes: ${error.message}`),
  );
  // The first build starts once saves are watched: a save made after it is printed is never missed.
  const ready = watch.ready.then(() => rebuild()).then(() => undefined);
  return {
    ready,
    rebuild,
    close: async () => {
      await watch.close();
      await running;
      await queued;
      session.writeCaches();
    },
  };
}

function printRound(session: BuildSession, round: Round, print: Printer): void {
  const err = (d: Diagnostic) => print.err(formatDiagnostic(d));
  round.problems.forEach(err);
  for (const build of round.builds) {
    if (build.good) {
      build.good.warnings.forEach(err);
      print.out(summaryLine(build.good.report, build.milliseconds));
      continue;
    }
    build.problems.forEach(err);
    const kept = session.goodBuild(build.name);
    print.err(kept ? `  kept the last good ${kept.outFile}` : `  ${build.outFile} not written yet`);
  }
}

/** `--report`: the round's fit reports, those of résumés that do not fit included, as a build writes them. */
async function writeReports(session: BuildSession, round: Round): Promise<void> {
  const file = session.options.report;
  if (file === undefined || round.builds.length === 0) return;
  const reports: FitReport[] = round.builds.flatMap((b) => b.good?.report ?? b.overflow ?? []);
  try {
    await writeFileAtomic(file, `${JSON.stringify({ pdfs: reports }, null, 2)}\n`);
  } catch (error) {
    round.problems.push(...((error as { diagnostics?: Diagnostic[] }).diagnostics ?? []));
  }
}
