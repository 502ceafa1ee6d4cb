/**
 * End to end: `npm run pdf` (node --import tsx src/cli/pdf.ts) as a user runs it — the summary line, the files
 * it writes, and how it fails on bad content or options: exit status 1, `file:line:col: message` lines (and at
 * most a hint), no stack trace, and the previous PDF left untouched with no temp files beside it.
 * An internal error (exit 3) cannot be provoked without breaking the code, so it is not tested here.
 */
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frameText } from "../src/layout/frameText.js";
import {
  type CliResult,
  CONTENT,
  cleanup,
  contentWith,
  positionOf,
  ROOT,
  runPdfCli,
  tempDir,
} from "./helpers/e2e.js";
import { parseInfo } from "./helpers/pdf.js";

/** "<path>: 1 page, body 9.15pt, leading 1.1, margins 0.5in, fill 1.00, 18 layout passes, 657 ms" */
const SUMMARY =
  /^(.+\.pdf): (\d+) pages?, body \d+(?:\.\d+)?pt, leading \d+(?:\.\d+)?, margins \d+(?:\.\d+)?in, fill \d\.\d\d, \d+ layout passes?(?: \(\d+ kept from the last build\))?, \d+ ms$/;
/** One diagnostic: `file:line:col: message`. */
const DIAGNOSTIC = /^(.+?):(\d+):(\d+): (.+)$/;
const HINT = /^ {2}hint: \S/;

/** A failing run against an --out folder that already holds a good PDF. */
interface Failure extends CliResult {
  outDir: string;
  before: Buffer;
  /** The edited content file and where the problem is in it. */
  file: string;
  line: number;
  column: number;
}

const LONG_WORD = "x".repeat(300);
/** Edits the first line of a bullet in 30-industry.md; the bullet starts at column 1 of that line. */
const BULLET = "- Conducted LLM training and checkpoint testing";

let okDir = "";
let extrasOut = "";
let plain: CliResult;
let extras: CliResult;
let goodPdf: Buffer;
let badDate: Failure;
let longWord: Failure;
let han: Failure;
let emoji: Failure;
let unknownOption: CliResult;
let badPaper: CliResult;

async function failing(file: string, find: string, replace: string, at = find): Promise<Failure> {
  const { dir, path } = contentWith(file, (text) => text.replace(find, replace));
  const { line, column } = positionOf(readFileSync(path, "utf8"), at);
  const outDir = tempDir("vitae-out-");
  copyFileSync(join(okDir, "resume.pdf"), join(outDir, "resume.pdf"));
  const before = readFileSync(join(outDir, "resume.pdf"));
  const result = await runPdfCli(["--content", dir, "--out", join(outDir, "resume.pdf")]);
  return { ...result, outDir, before, file: path, line, column };
}

beforeAll(async () => {
  okDir = tempDir("vitae-out-");
  extrasOut = tempDir("vitae-out-");
  mkdirSync(join(extrasOut, "sub"));
  // Runs without content errors first: the failing runs start from the PDF the plain run wrote.
  [plain, extras] = await Promise.all([
    runPdfCli(["--out", join(okDir, "resume.pdf")]),
    runPdfCli([
      "--out",
      join(extrasOut, "sub", "cv.pdf"),
      "--frames",
      "--text",
      "--report",
      join(extrasOut, "report.json"),
    ]),
  ]);
  if (plain.status !== 0) throw new Error(`the default build failed:\n${plain.stderr}`);
  goodPdf = readFileSync(join(okDir, "resume.pdf"));
  [badDate, longWord, han, emoji, unknownOption, badPaper] = await Promise.all([
    failing("10-education.md", "dates: 09/2022 – 03/2025", "dates: 13/2022 – 03/2025", "13/2022"),
    failing(
      "30-industry.md",
      BULLET,
      `- Conducted ${LONG_WORD} LLM training and checkpoint testing`,
      LONG_WORD,
    ),
    failing("30-industry.md", BULLET, "- Conducted 中 LLM training and checkpoint testing", "中"),
    failing("30-industry.md", BULLET, "- Conducted 😀 LLM training and checkpoint testing", "😀"),
    runPdfCli(["--out", join(okDir, "unused.pdf"), "--bogus-option"]),
    runPdfCli(["--out", join(okDir, "unused.pdf"), "--paper", "legal"]),
  ]);
});

afterAll(cleanup);

const lines = (s: string) => s.split("\n").filter((l) => l !== "");

/** stderr is one diagnostic line, optionally followed by one hint line; no stack trace. */
function expectOneDiagnostic(result: CliResult): RegExpExecArray {
  const [first = "", ...rest] = lines(result.stderr);
  expect(result.stderr, "no stack trace").not.toMatch(/^\s+at |Error:|\.ts:\d+:\d+\)/m);
  expect(rest.length, result.stderr).toBeLessThanOrEqual(1);
  for (const line of rest) expect(line).toMatch(HINT);
  const match = DIAGNOSTIC.exec(first);
  expect(match, `not file:line:col: message — ${first}`).not.toBeNull();
  return match as RegExpExecArray;
}

/** The failure left the earlier PDF as it was and no temp file beside it. */
function expectUntouched(failure: Failure): void {
  expect(readFileSync(join(failure.outDir, "resume.pdf")).equals(failure.before)).toBe(true);
  expect(readdirSync(failure.outDir)).toEqual(["resume.pdf"]);
}

describe("a successful build", () => {
  it("exits 0 and prints one summary line", () => {
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stderr).toBe("");
    expect(lines(plain.stdout)).toHaveLength(1);
    const match = SUMMARY.exec(lines(plain.stdout)[0] ?? "");
    expect(match, plain.stdout).not.toBeNull();
    expect(match?.[1]).toBe(join(okDir, "resume.pdf"));
    expect(match?.[2]).toBe("1");
  });

  it("writes the PDF to the --out path", async () => {
    expect(goodPdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect((await parseInfo(goodPdf)).total).toBe(1);
    expect(readdirSync(okDir)).toEqual(["resume.pdf"]);
  });

  it("with --frames, --text and --report also writes the display list, the text and the fit report", async () => {
    expect(extras.status, extras.stderr).toBe(0);
    const out = lines(extras.stdout);
    expect(out[0]).toMatch(SUMMARY);
    expect(out.slice(1)).toEqual([
      `  fit report: ${join(extrasOut, "report.json")}`,
      expect.stringMatching(/^ {2}also wrote .*sub\/cv\.frames\.json$/),
      expect.stringMatching(/^ {2}also wrote .*sub\/cv\.txt$/),
    ]);
    expect(readdirSync(join(extrasOut, "sub")).sort()).toEqual(["cv.frames.json", "cv.pdf", "cv.txt"]);

    const frames = JSON.parse(readFileSync(join(extrasOut, "sub", "cv.frames.json"), "utf8"));
    expect(frames.pages).toHaveLength(1);
    expect(frames.pages[0].items.length).toBeGreaterThan(100);
    expect(frames.pages[0]).toMatchObject({ width: 612, height: 792 });
    expect(frames.meta.title).toBe("Yizhen Yao — Résumé");

    // The text file is the printed lines, in reading order: the frames' text, line by line.
    expect(readFileSync(join(extrasOut, "sub", "cv.txt"), "utf8")).toBe(frameText(frames));

    const report = JSON.parse(readFileSync(join(extrasOut, "report.json"), "utf8"));
    expect(report.pdfs).toHaveLength(1);
    expect(report.pdfs[0]).toMatchObject({ fits: true, pages: 1, budget: 1 });
  });

  it("gives the same PDF whatever --out folder it writes to", () => {
    expect(readFileSync(join(extrasOut, "sub", "cv.pdf")).equals(goodPdf)).toBe(true);
  });
});

describe("an invalid date (13/2022)", () => {
  it("exits 1 with one file:line:col: message line at the date", () => {
    expect(badDate.status, badDate.stderr).toBe(1);
    const [, file, line, column, message] = expectOneDiagnostic(badDate);
    expect(file).toBe(badDate.file);
    expect(Number(line)).toBe(badDate.line);
    expect(Number(column)).toBe(badDate.column);
    expect(message).toContain("13/2022");
    expect(message).toMatch(/month/);
    expect(badDate.stdout).toBe("");
  });

  it("leaves the previous PDF byte-identical and no temp file beside it", () => {
    expectUntouched(badDate);
  });
});

describe("a word wider than the line", () => {
  it("exits 1 naming the word's file:line:col", () => {
    expect(longWord.status, longWord.stderr).toBe(1);
    const [, file, line, column, message] = expectOneDiagnostic(longWord);
    expect([file, Number(line), Number(column)]).toEqual([longWord.file, longWord.line, longWord.column]);
    expect(message).toMatch(/wider than the line/);
    expect(message).toContain(LONG_WORD.slice(0, 20));
    expectUntouched(longWord);
  });
});

describe("a character without a glyph", () => {
  it.each([
    ["中", "U+4E2D", () => han],
    ["😀", "U+1F600", () => emoji],
  ])("exits 1 naming %s and %s at the character itself", (char, code, get) => {
    const failure = get();
    expect(failure.status, failure.stderr).toBe(1);
    const [, file, line, column, message] = expectOneDiagnostic(failure);
    expect([file, Number(line), Number(column)]).toEqual([failure.file, failure.line, failure.column]);
    expect(message).toContain(char);
    expect(message).toContain(code);
    expectUntouched(failure);
  });
});

describe("bad options", () => {
  it("rejects an unknown option in one line naming it", () => {
    expect(unknownOption.status).toBe(1);
    expect(unknownOption.stdout).toBe("");
    const [first = "", ...rest] = lines(unknownOption.stderr);
    expect(first).toMatch(/^vitae: .*--bogus-option/);
    expect(rest.length).toBeLessThanOrEqual(1);
    for (const line of rest) expect(line).toMatch(HINT);
    expect(existsSync(join(okDir, "unused.pdf"))).toBe(false);
  });

  it("rejects a paper size other than letter or a4 in one line", () => {
    expect(badPaper.status).toBe(1);
    expect(lines(badPaper.stderr)).toEqual([expect.stringMatching(/^vitae: .*legal/)]);
    expect(existsSync(join(okDir, "unused.pdf"))).toBe(false);
  });
});

describe("a reader that goes away", () => {
  it("`--all | head -1`: every PDF is still written, exit 0, nothing on stderr", async () => {
    const out = tempDir();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "src/cli/pdf.ts", "--all", "--out", join(out, "r.pdf")],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    // The reader takes nothing and leaves: the first summary line is written to a closed pipe.
    child.stdout.destroy();
    const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const variants = readdirSync(join(CONTENT, "variants")).filter((name) => name.endsWith(".md"));
    const pdfs = readdirSync(out).filter((name) => name.endsWith(".pdf"));
    expect(pdfs.sort()).toEqual(
      ["r.pdf", ...variants.map((name) => `r-${name.replace(/\.md$/, "")}.pdf`)].sort(),
    );
  }, 120_000);
});
