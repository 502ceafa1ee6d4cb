/**
 * The benchmark: cost of each stage on the default content, warm (in-process, repeated) and cold (a fresh
 * process per build, as a user runs it). Prints a table; performance is measured here, never in tests.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fitResume } from "../fit/fit.js";
import { fontPaths, measurerFor } from "../fonts.js";
import { layoutResume } from "../layout/layout.js";
import { knuthPlass } from "../layout/linebreak/index.js";
import type { Line } from "../layout/paragraph.js";
import { classicTheme, defaultParams } from "../layout/theme.js";
import { documentMeta } from "../meta.js";
import { loadResume } from "../model/load.js";
import { renderPdf } from "../render/renderPdf.js";
import { BuildSession, DEFAULT_BUILD } from "../watch/session.js";
import { parseOptions } from "./args.js";
import { runCli } from "./run.js";

/** Median time of `runs` calls, in milliseconds. */
async function median(runs: number, fn: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** Where `npm run pdf` bundles the CLI (see package.json); the bench runs after it has been built once. */
const BUNDLE = "node_modules/.cache/vitae/pdf.mjs";

/**
 * What `--watch` does after a save, on a copy of the content: a word of the first bullet changed on disk, then
 * one round of the build session (load, fit with the session's caches, render, write). The quiet period that
 * gathers a burst of saves (60 ms) comes before it and is not counted.
 */
async function rebuildAfterEdit(dir: string, runs: number): Promise<number> {
  const copy = mkdtempSync(join(tmpdir(), "vitae-bench-watch-"));
  try {
    const content = join(copy, "content");
    cpSync(dir, content, { recursive: true });
    const file = readdirSync(content)
      .filter((f) => f.endsWith(".md"))
      .map((f) => join(content, f))
      .find(
        (f) =>
          /^kind: entries$/m.test(readFileSync(f, "utf8")) && /^- \S+ \S+/m.test(readFileSync(f, "utf8")),
      );
    if (file === undefined) throw new Error(`no bullet to edit in ${dir}`);
    const original = readFileSync(file, "utf8");
    const session = new BuildSession({
      common: { contentDir: content },
      outFile: () => join(copy, "resume.pdf"),
      all: false,
      selected: DEFAULT_BUILD,
      keepPages: false,
    });
    await session.rebuild();
    let n = 0;
    return await median(runs, async () => {
      // The bullet's second word, alternately changed and restored: a one-word edit each time.
      n++;
      writeFileSync(file, n % 2 ? original.replace(/^(- \S+ )(\S+)/m, "$1edited") : original);
      const round = await session.rebuild();
      if (round.builds[0]?.good === undefined)
        throw new Error(`the edited content did not build: ${JSON.stringify(round)}`);
    });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<void> {
  const values = parseOptions(argv, {
    content: { type: "string", value: "DIR", description: "the content folder (default: content)" },
    runs: { type: "string", value: "N", description: "runs per measurement (default: 20)" },
  });
  const runs = Math.max(1, Number(values.runs ?? "20") || 20);
  const dir = values.content ?? "content";
  const rows: [string, number, string][] = [];
  const { resume } = await loadResume(dir);
  const theme = classicTheme;
  const measurer = measurerFor(theme);
  const meta = documentMeta(resume);
  const params = defaultParams(theme);

  rows.push(["load (read, parse, normalize)", await median(runs, () => loadResume(dir)), "warm"]);
  const cache = new Map<string, Line[]>();
  const deps = { measurer, breaker: knuthPlass, cache };
  layoutResume(resume, theme, params, meta, deps);
  rows.push([
    "one layout pass, paragraphs cached",
    await median(runs * 5, () => layoutResume(resume, theme, params, meta, deps)),
    "warm",
  ]);
  rows.push([
    "one layout pass, nothing cached",
    await median(runs, () => layoutResume(resume, theme, params, meta, { measurer, breaker: knuthPlass })),
    "warm",
  ]);
  const options = { pages: theme.pages, allowDrop: false };
  const fit = fitResume(resume, theme, params, meta, { measurer, breaker: knuthPlass }, options);
  rows.push([
    `fit (${fit.passes} passes, fresh paragraph cache)`,
    await median(runs, () =>
      fitResume(resume, theme, params, meta, { measurer, breaker: knuthPlass }, options),
    ),
    "warm",
  ]);
  rows.push([
    "render (PDFKit, fonts subset)",
    await median(runs, () => renderPdf(fit.layout.frames, fontPaths(theme))),
    "warm",
  ]);

  rows.push(["rebuild after a one-word edit (watch session)", await rebuildAfterEdit(dir, runs), "warm"]);

  const out = mkdtempSync(join(tmpdir(), "vitae-bench-"));
  const coldRuns = Math.min(runs, 5);
  const spawnTimed = (command: string, args: string[]) =>
    median(coldRuns, () => {
      const result = spawnSync(command, [...args, "--content", dir, "--out", join(out, "r.pdf")]);
      if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
    });
  rows.push([
    "npm run pdf, as a user runs it (bundle + node)",
    await spawnTimed("npm", ["run", "--silent", "pdf", "--"]),
    "cold",
  ]);
  rows.push(["the bundled CLI alone (node)", await spawnTimed(process.execPath, [BUNDLE]), "cold"]);
  rows.push([
    "the CLI from source (node --import tsx)",
    await spawnTimed(process.execPath, ["--import", "tsx", "src/cli/pdf.ts"]),
    "cold",
  ]);
  rmSync(out, { recursive: true, force: true });

  const width = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`vitae benchmark: ${dir}, median of ${runs} runs (cold: of ${coldRuns})\n`);
  for (const [name, ms, kind] of rows)
    process.stdout.write(`${name.padEnd(width)}  ${ms.toFixed(2).padStart(9)} ms  ${kind}\n`);
}

runCli(main);
