/**
 * Property tests of whole builds (buildPdf in-process, three-page budget so that longer mutations still fit) over
 * the default content, mutated: words inserted (accented, with punctuation), lines deleted, duplicated and
 * swapped, and hostile fragments (broken Markdown, YAML and attributes, control characters, random text).
 *
 * - Every build either succeeds or fails with a UserError (never another exception), and every diagnostic about
 *   a content file has a line and column ≥ 1 and a one-line message.
 * - For every build that succeeds, nothing is lost: each word of plainText(resume) appears in the PDF's text
 *   layer (pdf.js) at least as often as in the model.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { type Diagnostic, UserError } from "../src/diagnostics.js";
import { plainText } from "../src/layout/plainText.js";
import { buildPdf } from "../src/pipeline.js";
import { CONTENT, words } from "./helpers/e2e.js";
import { extractText } from "./helpers/pdf.js";
import { runs } from "./helpers/properties.js";

const RUNS = runs(40, 20_240_917);
const FILES = readdirSync(CONTENT)
  .filter((name) => name.endsWith(".md"))
  .sort();
const TEXTS = FILES.map((name) => readFileSync(join(CONTENT, name), "utf8"));
const temp = mkdtempSync(join(tmpdir(), "vitae-errors-props-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Words that keep content valid: plain, accented (the fonts have them), with punctuation and digits. */
const WORDS = [
  "José",
  "Müller",
  "Łukasiewicz",
  "Ñuñoa",
  "Dvořák",
  "naïve",
  "façade",
  "Œuvre",
  "Straße",
  "déjà-vu",
  "(NR-IQA)",
  "FAST'25",
  "5%",
  "C++",
  "R&D",
  "3.84/4",
  "e.g.",
  "well-known",
  "“quoted”",
  "Prof. Zheng",
];
const safeWord = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[A-Za-z][a-z0-9]{0,11}$/));

/** Pieces that break things: Markdown, YAML, attributes, HTML, links, characters the fonts or rules refuse. */
const HOSTILE = [
  "{",
  "{#",
  "{#Bad_Id}",
  "{prio=x}",
  "`",
  "```\n",
  "---\n",
  "kind: nope\n",
  "dates: 13/2022\n",
  "id: [x\n",
  ": ",
  "<div>",
  "<sup>",
  "<!--",
  "- ",
  "  - ",
  "1. ",
  "> ",
  "## ",
  "# ",
  "|a|b|\n|-|-|\n",
  "[x](javascript:alert(1))",
  "![i](x.png)",
  "[r]: https://x\n",
  "\u0007",
  "\u00ad",
  "\u202e",
  "分析",
  "😀",
  "\\",
  "\r\n",
  "- ".repeat(30),
  "*a_ ".repeat(60),
];
const hostile = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: "binary", maxLength: 4 }),
);

type Mutation =
  | { op: "word"; file: number; line: number; at: number; text: string }
  | { op: "hostile"; file: number; line: number; at: number; text: string }
  | { op: "delete" | "duplicate"; file: number; line: number }
  | { op: "swap"; file: number; line: number; other: number };

const file = fc.nat({ max: FILES.length - 1 });
const line = fc.nat({ max: 400 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ op: fc.constant("word" as const), file, line, at: fc.nat(), text: safeWord }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant("hostile" as const), file, line, at: fc.nat(), text: hostile }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constantFrom("delete" as const, "duplicate" as const), file, line }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant("swap" as const), file, line, other: fc.nat({ max: 400 }) }),
  },
);

/** Lines holding text to print: bullets, their continuation lines, paragraphs (not front matter or yaml). */
function textLines(lines: readonly string[]): number[] {
  const found: number[] = [];
  let fence = false;
  lines.forEach((l, i) => {
    if (l.startsWith("```")) fence = !fence;
    // Not contacts (an e-mail address, a phone number, a link take no extra words).
    else if (!fence && i > 3 && /^(?:- | {2})?[A-Za-z(]/.test(l) && !/@|:\/\/|Phone:/.test(l)) found.push(i);
  });
  return found;
}

function mutate(mutations: readonly Mutation[]): string[] {
  const texts = [...TEXTS];
  for (const m of mutations) {
    const lines = (texts[m.file] ?? "").split("\n");
    if (m.op === "word") {
      // Between two words of a printed line, so the text stays valid Markdown.
      const candidates = textLines(lines);
      const i = candidates[m.line % Math.max(1, candidates.length)];
      const target = i === undefined ? undefined : lines[i];
      if (i === undefined || target === undefined) continue;
      // Before an attribute block ({#id …}), which takes no words.
      const end = target.includes("{") ? target.indexOf("{") : target.length;
      const spaces = [...target.slice(0, end).matchAll(/ (?=[A-Za-z(])/g)].map((s) => s.index);
      const at = spaces[m.at % Math.max(1, spaces.length)];
      if (at === undefined) continue;
      lines[i] = `${target.slice(0, at)} ${m.text}${target.slice(at)}`;
    } else if (m.op === "hostile") {
      const i = m.line % lines.length;
      const target = lines[i] ?? "";
      const at = m.at % (target.length + 1);
      lines[i] = target.slice(0, at) + m.text + target.slice(at);
    } else if (m.op === "swap") {
      const i = m.line % lines.length;
      const j = m.other % lines.length;
      [lines[i], lines[j]] = [lines[j] ?? "", lines[i] ?? ""];
    } else {
      const i = m.line % lines.length;
      if (m.op === "delete") lines.splice(i, 1);
      else lines.splice(i, 0, lines[i] ?? "");
    }
    texts[m.file] = lines.join("\n");
  }
  return texts;
}

/** Counts of each word. */
function tally(list: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

function checkDiagnostic(d: Diagnostic, contentFiles: ReadonlySet<string>, contentDir: string): void {
  const where = `${d.file}:${d.line}:${d.column}: ${d.message}`;
  expect(d.message, where).not.toMatch(/[\r\n]/);
  expect(d.message, where).not.toMatch(/undefined|\[object|internal error/);
  if (contentFiles.has(d.file)) {
    expect(Number.isInteger(d.line) && (d.line ?? 0) >= 1, `a line: ${where}`).toBe(true);
    expect(Number.isInteger(d.column) && (d.column ?? 0) >= 1, `a column: ${where}`).toBe(true);
  } else expect(d.file, `a content file or the folder: ${where}`).toBe(contentDir);
}

describe("builds of mutated content", () => {
  it("fail only with user errors placed in their files, and lose no word when they succeed", async () => {
    let run = 0;
    let built = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (mutations) => {
        const dir = join(temp, `run-${run++}`);
        const content = join(dir, "content");
        cpSync(CONTENT, content, { recursive: true });
        const texts = mutate(mutations);
        for (const [i, name] of FILES.entries()) writeFileSync(join(content, name), texts[i] ?? "");
        const shown = (name: string) => {
          const path = join(content, name);
          const rel = relative(process.cwd(), path);
          return rel.startsWith("..") ? path : rel;
        };
        const contentFiles = new Set(FILES.map(shown));
        try {
          const result = await buildPdf({ contentDir: content, outFile: join(dir, "r.pdf"), pages: 3 });
          built++;
          const expected = tally(words(plainText(result.resume)));
          const actual = tally(words(await extractText(result.pdf)));
          const lost = [...expected].filter(([w, n]) => (actual.get(w) ?? 0) < n).map(([w]) => w);
          expect(lost, "words of the model missing from the PDF's text layer").toEqual([]);
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          expect(error.diagnostics.length).toBeGreaterThan(0);
          for (const d of error.diagnostics) checkDiagnostic(d, contentFiles, content);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      RUNS,
    );
    // The words check must have been exercised, not only the error paths.
    expect(built).toBeGreaterThanOrEqual(RUNS.numRuns / 4);
  }, 300_000);
});
