/**
 * The README's promise: within the bounds of src/parse/limits.ts any input ends — built, or refused with its
 * errors — in under 5 s on a 2-core machine. Each case sits at the bounds and runs the CLI as `npm run pdf`
 * does (the esbuild bundle), in a process of its own, one after another. What is measured is the CPU time of
 * the process's main thread (test/helpers/mainThreadTime.mjs): on an idle 2-core machine that is the time the
 * run takes, the garbage collector's and compiler's threads running on the other core; unlike the clock, it
 * does not grow when other tests, or other work on a shared machine, take the cores meanwhile. The peak
 * memory must stay under the README's 650 MB. Words are distinct, so no measurement of one is reused.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../src/parse/limits.js";
import { baseContentWith } from "./helpers/e2e.js";

const ROOT = join(import.meta.dirname, "..");
const BUNDLE = join(ROOT, "node_modules", ".cache", "vitae-test", "pdf.mjs");
const BOUND_SECONDS = 5;
const BOUND_MEGABYTES = 650;
const temp = mkdtempSync(join(tmpdir(), "vitae-time-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

beforeAll(() => {
  // As package.json's "pdf" script bundles it: dependencies stay in node_modules.
  buildSync({
    entryPoints: [join(ROOT, "src", "cli", "pdf.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    outfile: BUNDLE,
    logLevel: "warning",
  });
});

/** Pseudo-random lowercase words of 3–9 letters (xorshift32), the same on every run. */
function distinctWords(count: number, seed: number): string[] {
  let state = seed || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state >>> 0;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 3 + (next() % 7) }, () => String.fromCharCode(97 + (next() % 26))).join(""),
  );
}

/** Words joined by spaces up to `bytes` (ASCII), cut at a word. */
function textOf(bytes: number, seed: number): string {
  const text = distinctWords(Math.ceil(bytes / 4), seed)
    .join(" ")
    .slice(0, bytes);
  return text.slice(0, text.lastIndexOf(" "));
}

const KIB = LIMITS.totalBytes / 1024;
const BASE_BYTES = 1200; // the minimal résumé's other files, with room to spare
const ROOM = LIMITS.totalBytes - BASE_BYTES;
const textSection = (body: string) => `---\nkind: text\n---\n\n# Summary\n\n${body}\n`;
const entries = (body: string) => `---\nkind: entries\n---\n\n# Experience\n\n## Job\n\n${body}\n`;
const TEN_PAGES = "---\npages: 10\nallowDrop: true\n---\n\nAs long as it takes.\n";

/** A copy of the minimal résumé with `files` added or replaced; returns the content folder. */
const content = (files: Record<string, string | Buffer> = {}): string => baseContentWith(temp, files);

interface Timed {
  status: number | null;
  stdout: string;
  stderr: string;
  /** CPU time of the main thread. */
  seconds: number;
  /** Peak memory of the process. */
  megabytes: number;
  /** Time on the clock, for the record. */
  wallSeconds: number;
}

let timings = 0;
const MAIN_THREAD_TIME = join(import.meta.dirname, "helpers", "mainThreadTime.mjs");
const CLOCK_TICKS = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim() || "100";

/** Runs the bundled CLI in a process of its own, timing its main thread. */
function timedCli(args: string[]): Timed {
  const timeFile = join(temp, `time-${timings++}`);
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", MAIN_THREAD_TIME, BUNDLE, ...args], {
    cwd: temp,
    encoding: "utf8",
    env: { ...process.env, VITAE_TEST_MAIN_THREAD_TIME: timeFile, VITAE_TEST_CLOCK_TICKS: CLOCK_TICKS },
    timeout: 120_000,
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const { seconds, megabytes } = JSON.parse(readFileSync(timeFile, "utf8")) as {
    seconds: number;
    megabytes: number;
  };
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    seconds,
    megabytes,
    wallSeconds,
  };
}

/** The run ended as a build or with user errors (never a crash), within the bound; returns it. */
function withinBound(args: string[]): Timed {
  const run = timedCli(args);
  const name = expect.getState().currentTestName ?? args.join(" ");
  console.info(
    `${name}: ${run.seconds.toFixed(2)} s (main thread), ${run.wallSeconds.toFixed(2)} s on the clock, ${Math.round(run.megabytes)} MB`,
  );
  expect(run.stderr).not.toMatch(/internal error|RangeError|heap/);
  expect([0, 1], run.stderr.slice(0, 500)).toContain(run.status);
  expect(run.seconds, `${run.seconds.toFixed(2)} s`).toBeLessThan(BOUND_SECONDS);
  expect(run.megabytes, `${Math.round(run.megabytes)} MB`).toBeLessThan(BOUND_MEGABYTES);
  return run;
}

const SLOW = 120_000;

describe(`at the bounds, every input ends in under ${BOUND_SECONDS} s and ${BOUND_MEGABYTES} MB`, () => {
  it(
    `a ${KIB} KiB paragraph of distinct words on one line: too long for the page, said so`,
    () => {
      const dir = content({ "40-summary.md": textSection(textOf(ROOM, 1)) });
      const run = withinBound(["--content", dir, "--out", join(temp, "a.pdf")]);
      expect(run.stderr).toMatch(/does not fit on 1 page even at the theme's floors/);
    },
    SLOW,
  );

  it(
    "the same with --hyphenate",
    () => {
      const dir = content({ "40-summary.md": textSection(textOf(ROOM, 2)) });
      const run = withinBound(["--content", dir, "--out", join(temp, "b.pdf"), "--hyphenate"]);
      expect(run.stderr).toMatch(/does not fit on 1 page even at the theme's floors/);
    },
    SLOW,
  );

  it(
    `a ${KIB} KiB word with --hyphenate: too wide for the line, said so`,
    () => {
      const word = "abcdefghij".repeat(Math.floor(ROOM / 10));
      const dir = content({ "40-summary.md": textSection(word) });
      const run = withinBound(["--content", dir, "--out", join(temp, "c.pdf"), "--hyphenate"]);
      expect(run.stderr).toMatch(/wider than the line/);
    },
    SLOW,
  );

  it(
    `${LIMITS.blocks - 20} bullets of distinct words, fitted to ten pages by a variant that may drop bullets`,
    () => {
      const words = distinctWords(3 * LIMITS.blocks, 3);
      const bullets = Array.from(
        { length: LIMITS.blocks - 20 },
        (_, i) => `- ${words.slice(3 * i, 3 * i + 3).join(" ")}`,
      );
      const dir = content({ "10-work.md": entries(bullets.join("\n")), "variants/ten.md": TEN_PAGES });
      const run = withinBound(["--content", dir, "--variant", "ten", "--out", join(temp, "d.pdf")]);
      expect(run.stdout).toMatch(/: 10 pages, /);
    },
    SLOW,
  );

  it(
    "ten pages of distinct words that fit only at the floors: every rung of the ladder, ten pages rendered",
    () => {
      const paragraphs = Array.from({ length: 100 }, (_, i) => distinctWords(120, 100 + i).join(" "));
      const dir = content({
        "40-summary.md": textSection(paragraphs.join("\n\n")),
        "variants/ten.md": TEN_PAGES,
      });
      const run = withinBound(["--content", dir, "--variant", "ten", "--out", join(temp, "e.pdf")]);
      expect(run.stdout).toMatch(/: 10 pages, body 9(\.\d+)?pt/);
    },
    SLOW,
  );

  it(
    `${LIMITS.sectionFiles} section files`,
    () => {
      const size = Math.floor(ROOM / LIMITS.sectionFiles) - 60;
      const files = Object.fromEntries(
        Array.from({ length: LIMITS.sectionFiles - 5 }, (_, i) => [
          `5${String(i).padStart(3, "0")}-s.md`,
          `---\nkind: text\nid: s${i}\n---\n\n# Section ${i}\n\n${textOf(size, 200 + i)}\n`,
        ]),
      );
      withinBound(["--content", content(files), "--out", join(temp, "f.pdf")]);
    },
    SLOW,
  );

  it(
    `${LIMITS.totalMarkup} markup characters: bold, italics and links in every bullet`,
    () => {
      const words = distinctWords(2000, 4);
      // 10 markup characters a bullet: ** ** * * [ ]
      const bullets = Array.from(
        { length: LIMITS.totalMarkup / 10 },
        (_, i) =>
          `- **${words[i % 2000]}** *${words[(i + 1) % 2000]}* [${words[(i + 2) % 2000]}](https://example.com/${i})`,
      );
      const dir = content({ "10-work.md": entries(bullets.join("\n")) });
      withinBound(["--content", dir, "--out", join(temp, "g.pdf")]);
    },
    SLOW,
  );

  it(
    `--job: a ${KIB} KiB posting against a ${KIB} KiB résumé`,
    () => {
      const dir = content({ "40-summary.md": textSection(textOf(ROOM, 5)) });
      const posting = join(temp, "posting.txt");
      // Phrases of distinct terms between punctuation, as a posting lists them.
      writeFileSync(
        posting,
        textOf(Math.floor(LIMITS.fileBytes * 0.9), 6).replace(/(\S+ \S+ \S+) /g, "$1, "),
      );
      const run = withinBound(["--content", dir, "--job", posting]);
      expect(run.stdout, run.stderr).toMatch(/significant terms found/);
    },
    SLOW,
  );
});
