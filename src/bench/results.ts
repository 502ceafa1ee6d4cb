/** Everything one run of the benchmark measured: what the table shows and `--json` writes. */
import type { ColdRow, MemoryRow } from "./cold.js";
import type { WarmResult } from "./warm.js";
import type { Workload } from "./workloads.js";

/** The targets: ratios of vitae's cold process to Typst's, and milliseconds of the warm measures. */
export const TARGETS = { coldWall: 2.0, coldCpu: 2.5, rebuildMs: 15, layoutPassMs: 1 } as const;

export interface Machine {
  cores: number;
  /** os.loadavg() (1, 5 and 15 minutes) when the benchmark started and when it ended. */
  loadBefore: number[];
  loadAfter: number[];
  node: string;
  platform: string;
  /** The version of @myriaddreamin/typst-ts-node-compiler. */
  typstCompiler: string;
  date: string;
}

/** The warm measures in a process with the given V8 flags. */
export interface WarmRun {
  /** What the flags stand for, e.g. "the pdf script's flags (as --watch runs)". */
  label: string;
  flags: string[];
  result: WarmResult;
}

export interface BenchResults {
  machine: Machine;
  /** Runs of each side per cold row, and of each warm measure. */
  runs: number;
  cold: {
    /** The commands timed, as text (vitae's after the build step of `npm run pdf` ran once). */
    vitaeCommand: string;
    typstCommand: string;
    workloads: Workload[];
    rows: ColdRow[];
    memory: MemoryRow[];
    /** Runs of each side behind a memory figure. */
    memoryRuns: number;
  };
  warm: { content: string; runs: WarmRun[] };
  targets: typeof TARGETS;
}

/**
 * The results as JSON: times rounded to a microsecond (sizes to a kilobyte), and what could not be measured
 * (NaN, undefined) as null, so every key is always there.
 */
export function resultsJson(results: BenchResults): string {
  return `${JSON.stringify(
    results,
    (_key, value: unknown) => {
      if (value === undefined) return null;
      if (typeof value === "number") return Number.isFinite(value) ? Math.round(value * 1000) / 1000 : null;
      return value;
    },
    2,
  )}\n`;
}
