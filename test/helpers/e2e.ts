/** End-to-end helpers: temp folders, content fixtures, running the real CLI, and comparing word sequences. */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The repository root: the CLI runs here, as `npm run pdf` would. */
export const ROOT = join(import.meta.dirname, "..", "..");
export const CONTENT = join(ROOT, "content");

/** A fresh temp folder; `cleanup()` removes every folder made so far (call it in afterAll). */
const made: string[] = [];
export function tempDir(prefix = "vitae-e2e-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
export function cleanup(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The minimal valid résumé the error fixtures start from. */
export const BASE_CONTENT = join(import.meta.dirname, "..", "fixtures", "errors", "_base");

let copies = 0;
/**
 * A copy of the minimal résumé in a folder of its own under `parent`, with `files` (paths relative to the content
 * folder) added or replaced. Returns the content folder.
 */
export function baseContentWith(parent: string, files: Record<string, string | Buffer> = {}): string {
  const dir = join(parent, `c${copies++}`, "content");
  cpSync(BASE_CONTENT, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/**
 * A copy of the default content in a temp folder with one file edited: `edit` gets the file's text and returns
 * the new text (it must change it). Returns the folder and the edited file's path.
 */
export function contentWith(file: string, edit: (text: string) => string): { dir: string; path: string } {
  const dir = join(tempDir("vitae-content-"), "content");
  cpSync(CONTENT, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = edit(before);
  if (after === before) throw new Error(`contentWith: the edit did not change ${file}`);
  writeFileSync(path, after);
  return { dir, path };
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string): { line: number; column: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`positionOf: "${needle}" not found`);
  const before = text.slice(0, index).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node --import tsx src/cli/pdf.ts ...args` in the repository root. The environment is the test's, minus
 * SOURCE_DATE_EPOCH and VITAE_DEBUG (so runs are comparable), plus `env`.
 */
export function runPdfCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const base = { ...process.env };
  delete base.SOURCE_DATE_EPOCH;
  delete base.VITAE_DEBUG;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "src/cli/pdf.ts", ...args],
      { cwd: ROOT, env: { ...base, ...env }, encoding: "utf8", timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = (error as { code?: unknown } | null)?.code;
        resolve({ status: error === null ? 0 : typeof code === "number" ? code : null, stdout, stderr });
      },
    );
  });
}

/** Marks that may differ between the plain text and a PDF's text layer (bullets, contact separators). */
const SEPARATORS = new Set(["•", "|", "·"]);

/** Whitespace-separated words, NFC, without separator marks. */
export function words(text: string): string[] {
  return (
    text
      .normalize("NFC")
      // A real hyphen that ends a printed line is set as U+2010 HYPHEN (same glyph) so extractors keep it.
      .replace(/\u2010/g, "-")
      .split(/\s+/)
      .filter((w) => w !== "" && !SEPARATORS.has(w))
  );
}

export interface OrderResult {
  ok: boolean;
  /** Expected words matched, in order, before the first mismatch. */
  matched: number;
  /** A human account of the first mismatch (empty when ok). */
  message: string;
}

/**
 * Whether `expected` occurs in `actual` in order, each word within `maxSkip` extra words of the previous one
 * (extras such as a "Keywords:" label are allowed; a word found only much later counts as out of order). Tries
 * every start where the first word occurs and reports the attempt that got furthest.
 */
export function inOrder(expected: readonly string[], actual: readonly string[], maxSkip = 4): OrderResult {
  if (expected.length === 0) return { ok: true, matched: 0, message: "" };
  let best = { matched: -1, at: 0, lastAt: -1 };
  for (let start = 0; start < actual.length; start++) {
    if (actual[start] !== expected[0]) continue;
    let at = start + 1;
    let k = 1;
    let lastAt = start;
    for (; k < expected.length; k++) {
      const limit = Math.min(actual.length, at + maxSkip + 1);
      let found = -1;
      for (let i = at; i < limit; i++) {
        if (actual[i] === expected[k]) {
          found = i;
          break;
        }
      }
      if (found < 0) break;
      lastAt = found;
      at = found + 1;
    }
    if (k === expected.length) return { ok: true, matched: k, message: "" };
    if (k > best.matched) best = { matched: k, at, lastAt };
  }
  if (best.matched < 0) {
    return { ok: false, matched: 0, message: `the first word "${expected[0]}" does not occur at all` };
  }
  const k = best.matched;
  const show = (ws: readonly string[]) => ws.join(" ");
  const message =
    `word ${k + 1} of ${expected.length}, "${expected[k]}", is not where expected.\n` +
    `  expected: …${show(expected.slice(Math.max(0, k - 8), k))} ⟨${expected[k]}⟩ ${show(expected.slice(k + 1, k + 9))}…\n` +
    `  actual:   …${show(actual.slice(Math.max(0, best.lastAt - 7), best.lastAt + 1))} ⟨${show(actual.slice(best.at, best.at + 10))}⟩…\n` +
    `  "${expected[k]}" occurs at ${occurrences(actual, expected[k] ?? "", best.at)}`;
  return { ok: false, matched: k, message };
}

function occurrences(actual: readonly string[], word: string, from: number): string {
  const at = actual.flatMap((w, i) => (w === word ? [i] : []));
  if (at.length === 0) return "no position in the extracted text (missing or split/glued)";
  return `word positions ${at.join(", ")} of ${actual.length} (mismatch at ${from})`;
}

/**
 * Extracted words that are two expected words run together ("wordword", or "A-" + "China" as "AChina" after an
 * extractor drops a line-end hyphen) and are not expected words themselves; each with how it splits.
 */
export function gluedWords(expected: readonly string[], actual: readonly string[]): string[] {
  const known = new Set(expected);
  const adjacent = new Set(expected.slice(1).map((b, i) => `${expected[i]} ${b}`));
  const glued: string[] = [];
  for (const w of new Set(actual)) {
    if (known.has(w)) continue;
    for (let i = 1; i < w.length; i++) {
      const b = w.slice(i);
      const a = [w.slice(0, i), `${w.slice(0, i)}-`].find((x) => known.has(x));
      if (a === undefined || !known.has(b)) continue;
      const how = adjacent.has(`${a} ${b}`) ? "adjacent words" : "words from different places";
      glued.push(`${w} = "${a}" + "${b}" (${how}${a.endsWith("-") ? ", line-end hyphen dropped" : ""})`);
      break;
    }
  }
  return glued;
}

/** Position of the contiguous run `needle` in `hay`, or -1. */
export function indexOfRun(hay: readonly string[], needle: readonly string[], from = 0): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
