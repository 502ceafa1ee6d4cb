/**
 * `npm run bench`: vitae's cold build against the Typst compiler for Node (whole processes, alternating,
 * medians and ratios, in three states of vitae's caches, with peak memory), and the warm rebuild of a watch
 * session. Prints Markdown tables, or with --json the same results as JSON (to --out FILE if given); progress
 * goes to stderr.
 * Performance is measured here, never asserted in tests.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import {
  CACHE_STATE_LABELS,
  CACHE_STATES,
  type ColdRow,
  type ColdSetup,
  type MemoryRow,
  measureCold,
  measureMemory,
} from "../bench/cold.js";
import { prepareLaunch } from "../bench/launch.js";
import { type BenchResults, resultsJson, TARGETS, type WarmRun } from "../bench/results.js";
import { formatTables } from "../bench/table.js";
import { prepareTypst } from "../bench/typst.js";
import { runWarm } from "../bench/warmRun.js";
import { workloads } from "../bench/workloads.js";
import { userError } from "../diagnostics.js";
import { packageRoot } from "../packageRoot.js";
import { parseOptions } from "./args.js";
import { helpText, type OptionTable } from "./help.js";
import { runCli } from "./run.js";

const OPTIONS = {
  runs: {
    type: "string",
    value: "N",
    description: "runs of each side per measurement (default: 15)",
    example: "--runs 5",
  },
  json: {
    type: "boolean",
    description: "the results as JSON instead of the tables",
    example: "npm run --silent bench -- --json > bench.json",
  },
  out: {
    type: "string",
    value: "FILE",
    description: "write the tables (or the JSON) to FILE instead of the standard output",
    example: "--json --out bench.json",
  },
  help: { type: "boolean", description: "print this help" },
} satisfies OptionTable;

/** Peak memory is steady from run to run: a few runs of each side are enough. */
const MEMORY_RUNS = 3;

const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);

async function main(argv: string[]): Promise<void> {
  const values = parseOptions(argv, OPTIONS);
  if (values.help) {
    process.stdout.write(
      helpText(
        "Usage: npm run bench [-- --runs N] [--json] [--out FILE]",
        "vitae's benchmark.",
        OPTIONS,
        "See the README's Benchmark section.",
      ),
    );
    return;
  }
  const runs = Number(values.runs ?? "15");
  if (!Number.isInteger(runs) || runs < 1)
    throw userError(`--runs takes a whole number of runs, not "${values.runs}"`);
  const root = packageRoot;
  const loadBefore = loadavg();
  progress("the build step of npm run pdf");
  const launch = prepareLaunch(root);
  const typst = prepareTypst(root);
  const work = mkdtempSync(join(tmpdir(), "vitae-bench-"));
  try {
    const setup: ColdSetup = {
      root,
      vitae: launch.command,
      typst: typst.command,
      cacheDir: join(work, "cache"),
      outDir: join(work, "out"),
      runs,
    };
    mkdirSync(setup.outDir);
    const { VITAE_NO_CACHE: _ignored, ...env } = process.env;
    const warmEnv = { ...env, VITAE_CACHE_DIR: setup.cacheDir };
    const warm: WarmRun[] = [];
    // A watching session runs with Node's defaults: `npm run dev`, and `npm run pdf -- --watch`, which runs the
    // bundle again without the script's --no-opt (src/cli/optimizedRerun.ts).
    for (const [label, flags] of [["Node's defaults (as a watching session runs)", []]] as const) {
      progress(`warm: rebuilds after an edit, ${label}`);
      warm.push({
        label,
        flags: [...flags],
        result: runWarm(root, flags, join(root, "content"), runs, warmEnv),
      });
    }
    const rows: ColdRow[] = [];
    const memory: MemoryRow[] = [];
    const all = workloads(root);
    for (const workload of all) {
      // A copy: the edits change it, and vitae's caches key their entries by the folder's path too.
      const content = join(work, workload.id);
      cpSync(join(root, workload.content), content, { recursive: true });
      for (const state of CACHE_STATES) {
        progress(`cold: ${workload.label}, caches ${CACHE_STATE_LABELS[state]}, ${runs} runs of each`);
        rows.push(measureCold(setup, workload, content, state));
        if (state === "warm") memory.push(measureMemory(setup, workload, content, MEMORY_RUNS));
      }
    }
    const results: BenchResults = {
      machine: {
        cores: availableParallelism(),
        loadBefore,
        loadAfter: loadavg(),
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
        typstCompiler: typst.version,
        date: new Date().toISOString().slice(0, 10),
      },
      runs,
      cold: {
        vitaeCommand: launch.text,
        typstCommand: `node bench/typst.cjs ${typst.source} fonts OUT.pdf`,
        workloads: all,
        rows,
        memory,
        memoryRuns: MEMORY_RUNS,
      },
      warm: { content: "content", runs: warm },
      targets: TARGETS,
    };
    const text = values.json ? resultsJson(results) : formatTables(results);
    if (values.out === undefined) process.stdout.write(text);
    else {
      writeFileSync(values.out, text);
      progress(`results written to ${values.out}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

runCli(main);
