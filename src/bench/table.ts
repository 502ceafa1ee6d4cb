/**
 * The results as the tables `npm run bench` prints, in Markdown, so that they can be pasted into the README's
 * "Benchmark" section as they are.
 */
import { CACHE_STATE_LABELS } from "./cold.js";
import { type BenchResults, TARGETS } from "./results.js";
import type { WarmResult } from "./warm.js";

/** Milliseconds with the digits that matter: 1234 ms, 123 ms, 12.3 ms, 1.23 ms; "n/a" for nothing measured. */
export function ms(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "n/a";
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ms`;
}

/** A ratio with whether it meets its target: "1.85× ✓" or "2.31× ✗" (judged as shown, to two decimals). */
export function times(value: number, target: number): string {
  if (!Number.isFinite(value)) return "n/a";
  const shown = value.toFixed(2);
  return `${shown}× ${Number(shown) <= target ? "✓" : "✗"}`;
}

function withTarget(value: number, target: number): string {
  const shown = ms(value);
  return Number.isFinite(value) ? `${shown} ${Number.parseFloat(shown) <= target ? "✓" : "✗"}` : "n/a";
}

function mib(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "n/a" : `${value.toFixed(0)} MiB`;
}

const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(" ");

function coldTable(results: BenchResults): string[] {
  const { cold } = results;
  const label = (id: string) => {
    const workload = cold.workloads.find((w) => w.id === id);
    return workload === undefined ? id : `${workload.label}${workload.sameAsTypst ? "" : " ¹"}`;
  };
  return [
    "| workload | vitae's caches | vitae wall | Typst wall | wall ratio | vitae CPU | Typst CPU | CPU ratio |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...cold.rows
      .map((row) =>
        [
          label(row.workload),
          CACHE_STATE_LABELS[row.state],
          ms(row.vitae.wallMs.median),
          ms(row.typst.wallMs.median),
          times(row.ratio.wall, results.targets.coldWall),
          ms(row.vitae.cpuMs.median),
          ms(row.typst.cpuMs.median),
          times(row.ratio.cpu, results.targets.coldCpu),
        ].join(" | "),
      )
      .map((line) => `| ${line} |`),
  ];
}

function memoryTable(results: BenchResults): string[] {
  const { cold } = results;
  return [
    "| workload | vitae | Typst |",
    "| --- | ---: | ---: |",
    ...cold.memory.map((row) => {
      const workload = cold.workloads.find((w) => w.id === row.workload);
      return `| ${workload?.label ?? row.workload} | ${mib(row.vitaeMb)} | ${mib(row.typstMb)} |`;
    }),
  ];
}

function warmTable(results: BenchResults): string[] {
  const runs = results.warm.runs;
  const each = (cell: (r: WarmResult) => string) => runs.map((run) => cell(run.result)).join(" | ");
  const stage = (name: string) => (r: WarmResult) => ms(r.stages[name]?.median);
  const stages = [...new Set(runs.flatMap((run) => Object.keys(run.result.stages)))];
  const passes = runs[0]?.result.fitPasses;
  return [
    `| measure | ${runs.map((run) => run.label).join(" | ")} | target |`,
    `| --- | ${runs.map(() => "---:").join(" | ")} | ---: |`,
    `| rebuild after a one-word edit (watch session: load, fit, render, write), its first edits | ${each((r) => withTarget(r.rebuild.median, TARGETS.rebuildMs))} | ≤ ${TARGETS.rebuildMs} ms |`,
    `| the same once the session has rebuilt ${runs[0]?.result.settlingEdits ?? "?"} more times | ${each((r) => withTarget(r.rebuildSettled.median, TARGETS.rebuildMs))} | ≤ ${TARGETS.rebuildMs} ms |`,
    ...stages.map(
      (name) =>
        `| · stage ${name}${name === "layout" ? ` (the whole fit, ${passes ?? "?"} passes)` : ""} | ${each(stage(name))} | |`,
    ),
    `| one layout pass of fitting (paragraphs cached as in the session) | ${each((r) => withTarget(r.layoutPass.median, TARGETS.layoutPassMs))} | ≤ ${TARGETS.layoutPassMs} ms |`,
    `| paragraphs broken again after the edit | ${each((r) => String(r.paragraphsBroken))} | |`,
    `| composed parts (header, sections, entries) made again, of those looked up | ${each((r) => `${r.partsComposed} of ${r.parts}`)} | |`,
  ];
}

export function formatTables(results: BenchResults): string {
  const { machine, cold } = results;
  const n = results.runs;
  return [
    `vitae benchmark, ${machine.date}: ${machine.cores} cores, load ${load(machine.loadBefore)} before and ` +
      `${load(machine.loadAfter)} after (1, 5, 15 min); Node ${machine.node}; ` +
      `Typst compiler for Node ${machine.typstCompiler}`,
    "",
    `Cold, whole processes, vitae and Typst alternating, median of ${n} runs each; ratios are vitae's median over ` +
      `Typst's (targets: wall ≤ ${results.targets.coldWall.toFixed(1)}×, CPU ≤ ${results.targets.coldCpu.toFixed(1)}×).`,
    `vitae: \`${cold.vitaeCommand}\`; Typst: \`${cold.typstCommand}\`.`,
    "",
    ...coldTable(results),
    "",
    "¹ no Typst source of its own: compared with the same Typst run of bench/resume.typ (the default résumé).",
    "",
    `Peak memory (max RSS) of the cold process, caches warm, median of ${cold.memoryRuns}:`,
    "",
    ...memoryTable(results),
    "",
    `Warm, one long-lived process on ${results.warm.content}, median of ${n} (after 3 not counted):`,
    "",
    ...warmTable(results),
    "",
  ].join("\n");
}
