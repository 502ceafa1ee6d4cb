/** The benchmark's pure pieces: statistics, the timing wrapper's output, the edits, the results' JSON and tables. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ColdRow } from "../src/bench/cold.js";
import { freshWord, replaceBulletWord } from "../src/bench/edit.js";
import { timedRun } from "../src/bench/processRun.js";
import { type BenchResults, resultsJson, TARGETS } from "../src/bench/results.js";
import { median, ratio, summarize } from "../src/bench/stats.js";
import { formatTables, ms } from "../src/bench/table.js";
import { parseDuration, parseWrapperOutput } from "../src/bench/times.js";
import type { WarmResult } from "../src/bench/warm.js";
import { largestExample } from "../src/bench/workloads.js";

describe("statistics", () => {
  it("takes the middle sample, or the mean of the two middle ones, whatever the order", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it("summarizes without reordering the samples", () => {
    expect(summarize([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, samples: [3, 1, 2] });
  });

  it("gives no ratio of nothing", () => {
    expect(ratio(300, 150)).toBe(2);
    expect(ratio(300, 0)).toBeNaN();
    expect(ratio(Number.NaN, 150)).toBeNaN();
  });
});

describe("the timing wrapper's output", () => {
  it("reads bash's times, with a decimal point or comma", () => {
    expect(parseDuration("0m0.436s")).toBeCloseTo(436, 6);
    expect(parseDuration("1m2,5s")).toBeCloseTo(62_500, 6);
    expect(() => parseDuration("0.436")).toThrow(/not a duration/);
  });

  it("takes the children's user and system time and the clock around the command", () => {
    const time = parseWrapperOutput(
      "0m0.000s 0m0.003s\n0m0.436s 0m0.046s\n1795908526.210727 1795908526.856871 0\n",
    );
    expect(time.userMs).toBeCloseTo(436, 6);
    expect(time.sysMs).toBeCloseTo(46, 6);
    expect(time.cpuMs).toBeCloseTo(482, 6);
    expect(time.wallMs).toBeCloseTo(646.144, 2);
    expect(time.status).toBe(0);
    expect(() => parseWrapperOutput("0m0.000s 0m0.003s\n")).toThrow(/unexpected output/);
  });

  it("measures a real child and reports a failing one", () => {
    const busy = [process.execPath, "-e", "let x = 0; for (let i = 0; i < 3e7; i++) x += i;"];
    const time = timedRun(busy, { cwd: process.cwd() });
    expect(time.status).toBe(0);
    expect(time.wallMs).toBeGreaterThan(0);
    expect(time.cpuMs).toBeGreaterThan(0);
    expect(() => timedRun([process.execPath, "-e", "process.exit(4)"], { cwd: process.cwd() })).toThrow(
      /failed \(4\)/,
    );
  });
});

describe("the one-word edit", () => {
  it("makes a different word of letters every time", () => {
    const words = Array.from({ length: 2000 }, (_, n) => freshWord(n));
    expect(new Set(words).size).toBe(words.length);
    for (const word of words) expect(word).toMatch(/^edit[a-z]+$/);
  });

  it("replaces the first plain word after a bullet's first word, and nothing else", () => {
    const text = "# Work\n\nGPA: 3.84\n\n- Built a (PLS) novel module, fast\n- Other line here\n";
    expect(replaceBulletWord(text, "editb")).toBe(
      "# Work\n\nGPA: 3.84\n\n- Built a (PLS) editb module, fast\n- Other line here\n",
    );
    expect(replaceBulletWord("- Only\n", "x")).toBeUndefined();
  });
});

describe("the workloads", () => {
  it("picks the example with the most content", () => {
    const root = mkdtempSync(join(tmpdir(), "vitae-bench-test-"));
    try {
      for (const [name, size] of [
        ["small", 10],
        ["large", 30],
        ["middle", 20],
      ] as const) {
        mkdirSync(join(root, "examples", name), { recursive: true });
        writeFileSync(join(root, "examples", name, "00-header.md"), "x".repeat(size));
      }
      mkdirSync(join(root, "examples", "small", "variants"));
      writeFileSync(join(root, "examples", "small", "variants", "long.md"), "x".repeat(100));
      expect(largestExample(root)).toBe(join("examples", "large"));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

const process_ = (wall: number, cpu: number) => ({ wallMs: summarize([wall]), cpuMs: summarize([cpu]) });

function fixture(): BenchResults {
  const row: ColdRow = {
    workload: "default",
    state: "warm",
    vitae: process_(300.12345, 350),
    typst: process_(150, 140),
    ratio: { wall: ratio(300.12345, 150), cpu: ratio(350, 140) },
  };
  const warm: WarmResult = {
    runs: 1,
    rebuild: summarize([22]),
    rebuildSettled: summarize([12]),
    settlingEdits: 30,
    parts: 110,
    partsComposed: 20,
    paragraphsBroken: 7,
    stages: { load: summarize([3]), layout: summarize([5]) },
    fitPasses: 10,
    layoutPass: summarize([0.5]),
  };
  return {
    machine: {
      cores: 2,
      loadBefore: [0.5, 0.6, 0.7],
      loadAfter: [1, 1, 1],
      node: "v20.0.0",
      platform: "linux x64",
      typstCompiler: "0.7.0",
      date: "2025-01-01",
    },
    runs: 1,
    cold: {
      vitaeCommand: "node --snapshot-blob b vitae",
      typstCommand: "node bench/typst.cjs",
      workloads: [
        { id: "default", label: "default résumé", content: "content", args: [], sameAsTypst: true },
      ],
      rows: [row, { ...row, state: "off", ratio: { wall: Number.NaN, cpu: 3 } }],
      memory: [{ workload: "default", vitaeMb: 91.5, typstMb: undefined }],
      memoryRuns: 3,
    },
    warm: { content: "content", runs: [{ label: "defaults", flags: [], result: warm }] },
    targets: TARGETS,
  };
}

describe("the results", () => {
  it("as JSON: every key there, times to a microsecond, nothing measured as null", () => {
    const json = JSON.parse(resultsJson(fixture()));
    expect(Object.keys(json)).toEqual(["machine", "runs", "cold", "warm", "targets"]);
    expect(Object.keys(json.cold)).toEqual([
      "vitaeCommand",
      "typstCommand",
      "workloads",
      "rows",
      "memory",
      "memoryRuns",
    ]);
    const [warmRow, offRow] = json.cold.rows;
    expect(Object.keys(warmRow)).toEqual(["workload", "state", "vitae", "typst", "ratio"]);
    expect(warmRow.vitae.wallMs).toEqual({ median: 300.123, min: 300.123, max: 300.123, samples: [300.123] });
    expect(warmRow.ratio.wall).toBe(2.001);
    expect(offRow.ratio.wall).toBeNull();
    expect(json.cold.memory[0]).toEqual({ workload: "default", vitaeMb: 91.5, typstMb: null });
    expect(json.warm.runs[0].result.layoutPass.median).toBe(0.5);
    expect(json.targets).toEqual({ coldWall: 2, coldCpu: 2.5, rebuildMs: 15, layoutPassMs: 1 });
  });

  it("as tables: ratios against their targets, n/a for what was not measured", () => {
    const text = formatTables(fixture());
    expect(text).toContain(
      "| default résumé | warm | 300 ms | 150 ms | 2.00× ✓ | 350 ms | 140 ms | 2.50× ✓ |",
    );
    expect(text).toContain("| default résumé | off (VITAE_NO_CACHE=1) | 300 ms | 150 ms | n/a |");
    expect(text).toContain("| default résumé | 92 MiB | n/a |");
    expect(text).toContain(
      "| rebuild after a one-word edit (watch session: load, fit, render, write), its first edits | 22.0 ms ✗ |",
    );
    expect(text).toContain("| the same once the session has rebuilt 30 more times | 12.0 ms ✓ |");
    expect(text).toContain("load 0.50 0.60 0.70 before");
    expect(ms(0.456)).toBe("0.46 ms");
    expect(ms(1234.5)).toBe("1235 ms");
  });
});
