/**
 * The cold measures: whole processes of vitae's built CLI and of the Typst compiler, run alternately, each
 * timed by processRun.ts, in one of three states of vitae's caches.
 */
import { join } from "node:path";
import { WordEdit } from "./edit.js";
import { canMeasureMemory, peakMemoryMb, timedRun } from "./processRun.js";
import { ratio, type Summary, summarize } from "./stats.js";
import type { Workload } from "./workloads.js";

/**
 * warm: the caches hold a build of the same content (the usual case); edit: one word changed before each run,
 * so the model and fit caches miss; off: VITAE_NO_CACHE=1, every cache (shapes, model, fit, snapshot) off.
 */
export type CacheState = "warm" | "edit" | "off";

export const CACHE_STATES: readonly CacheState[] = ["warm", "edit", "off"];

export const CACHE_STATE_LABELS: Record<CacheState, string> = {
  warm: "warm",
  edit: "after a one-word edit",
  off: "off (VITAE_NO_CACHE=1)",
};

/** What the cold runs share. */
export interface ColdSetup {
  root: string;
  /** vitae's command up to its arguments (Node, flags, snapshot). */
  vitae: string[];
  /** One Typst compile to the given file. */
  typst: (out: string) => string[];
  /** vitae's caches for this benchmark, apart from the ones of everyday builds. */
  cacheDir: string;
  /** Where the PDFs go. */
  outDir: string;
  runs: number;
}

export interface ProcessSummary {
  wallMs: Summary;
  cpuMs: Summary;
}

export interface ColdRow {
  workload: Workload["id"];
  state: CacheState;
  vitae: ProcessSummary;
  typst: ProcessSummary;
  /** vitae's median over Typst's. */
  ratio: { wall: number; cpu: number };
}

export interface MemoryRow {
  workload: Workload["id"];
  /** Peak resident set (max RSS) in MiB, median of the runs; undefined where it cannot be measured. */
  vitaeMb: number | undefined;
  typstMb: number | undefined;
}

/** The environment of vitae's runs in a cache state (one the user set is replaced). */
function vitaeEnv(setup: ColdSetup, state: CacheState): NodeJS.ProcessEnv {
  const { VITAE_NO_CACHE: _ignored, ...env } = process.env;
  return { ...env, VITAE_CACHE_DIR: setup.cacheDir, ...(state === "off" ? { VITAE_NO_CACHE: "1" } : {}) };
}

function vitaeCommand(setup: ColdSetup, workload: Workload, content: string): string[] {
  return [...setup.vitae, ...workload.args, "--content", content, "--out", join(setup.outDir, "resume.pdf")];
}

/**
 * `runs` pairs, vitae then Typst, after one pair not counted (it fills the caches of the state and the
 * system's file cache). `content` is a copy of the workload's folder: the edits change it.
 */
export function measureCold(
  setup: ColdSetup,
  workload: Workload,
  content: string,
  state: CacheState,
): ColdRow {
  const vitae = vitaeCommand(setup, workload, content);
  const typst = setup.typst(join(setup.outDir, "typst.pdf"));
  const options = { cwd: setup.root, env: vitaeEnv(setup, state) };
  const edit = state === "edit" ? new WordEdit(content) : undefined;
  const v = { wall: [] as number[], cpu: [] as number[] };
  const t = { wall: [] as number[], cpu: [] as number[] };
  try {
    for (let i = -1; i < setup.runs; i++) {
      edit?.next();
      const a = timedRun(vitae, options);
      const b = timedRun(typst, { cwd: setup.root });
      if (i < 0) continue;
      v.wall.push(a.wallMs);
      v.cpu.push(a.cpuMs);
      t.wall.push(b.wallMs);
      t.cpu.push(b.cpuMs);
    }
  } finally {
    edit?.restore();
  }
  const vitaeSummary = { wallMs: summarize(v.wall), cpuMs: summarize(v.cpu) };
  const typstSummary = { wallMs: summarize(t.wall), cpuMs: summarize(t.cpu) };
  return {
    workload: workload.id,
    state,
    vitae: vitaeSummary,
    typst: typstSummary,
    ratio: {
      wall: ratio(vitaeSummary.wallMs.median, typstSummary.wallMs.median),
      cpu: ratio(vitaeSummary.cpuMs.median, typstSummary.cpuMs.median),
    },
  };
}

/** Peak memory of `runs` alternating pairs, caches warm. */
export function measureMemory(
  setup: ColdSetup,
  workload: Workload,
  content: string,
  runs: number,
): MemoryRow {
  if (!canMeasureMemory()) return { workload: workload.id, vitaeMb: undefined, typstMb: undefined };
  const vitae = vitaeCommand(setup, workload, content);
  const typst = setup.typst(join(setup.outDir, "typst.pdf"));
  const options = { cwd: setup.root, env: vitaeEnv(setup, "warm") };
  const v: number[] = [];
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = peakMemoryMb(vitae, options);
    const b = peakMemoryMb(typst, { cwd: setup.root });
    if (a !== undefined) v.push(a);
    if (b !== undefined) t.push(b);
  }
  const mid = (values: number[]) => (values.length === 0 ? undefined : summarize(values).median);
  return { workload: workload.id, vitaeMb: mid(v), typstMb: mid(t) };
}
