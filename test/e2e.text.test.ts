/**
 * End to end: the text layer of the default résumé, as pdf.js (pdf-parse) and poppler's pdftotext (default and
 * -layout modes) extract it. Two references: plainText(resume), the model's words (nothing may be lost, glued or
 * invented), and frameText(frames), the printed lines in reading order (what `--text` writes). Words are
 * compared as whitespace-separated tokens; the bullet marks "•" and the contact separators "|" may differ.
 *
 * All three read the printed lines in order, line by line (a line with a date set flush right carries its
 * text as ActualText, which pdftotext's default mode reads instead of splitting the line into two columns).
 * Every extractor that applicant-tracking systems use is checked on every PDF in textLayer.test.ts.
 *
 * What the extractors give for the default content (documented by the assertions below):
 * - the ordinal superscript extracts as "5th/40" (no space) from pdf.js and from both pdftotext modes;
 * - FAST'25 extracts with a typographic apostrophe, "FAST’25" (the model's typography turns ' into ’);
 * - date ranges keep the spaced en dash, "09/2022 – 03/2025".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatRange } from "../src/layout/compose/dates.js";
import { frameText } from "../src/layout/frameText.js";
import { plainText } from "../src/layout/plainText.js";
import type { Resume, RichText } from "../src/model/schema.js";
import { type BuildResult, buildPdf } from "../src/pipeline.js";
import { CONTENT, cleanup, gluedWords, indexOfRun, inOrder, tempDir, words } from "./helpers/e2e.js";
import { extractText, pdftotext } from "./helpers/pdf.js";
import { lacks, type Tool } from "./helpers/tools.js";

interface Extractor {
  name: string;
  /** The command it needs, if any. */
  tool?: Tool;
  extract: (pdf: Buffer) => Promise<string> | string;
  text: string;
}

const EXTRACTORS: Extractor[] = [
  { name: "pdf-parse (pdf.js)", extract: extractText, text: "" },
  { name: "pdftotext", tool: "pdftotext", extract: (b) => pdftotext(b), text: "" },
  {
    name: "pdftotext -layout",
    tool: "pdftotext",
    extract: (b) => pdftotext(b, ["-layout"]),
    text: "",
  },
];
const skipped = (x: Extractor) => x.tool !== undefined && lacks(x.tool);

/** Words the PDF prints that plainText leaves out: the label of a keyword line set on its own line. */
const PRINTED_EXTRAS = new Set(["Keywords:"]);

let first: BuildResult;
let build: BuildResult;
let plain = "";
let printed = "";
let expected: string[] = [];
let printedWords: string[] = [];
let txtFile = "";

beforeAll(async () => {
  const dir = tempDir();
  // Two builds in one process: the second must not inherit glyph state from the first (see the pdfkit notes).
  first = await buildPdf({ contentDir: CONTENT, outFile: join(dir, "first.pdf") });
  build = await buildPdf({ contentDir: CONTENT, outFile: join(dir, "resume.pdf"), text: true });
  txtFile = join(dir, "resume.txt");
  plain = plainText(build.resume);
  printed = frameText(build.layout.frames);
  expected = words(plain);
  printedWords = words(printed);
  for (const x of EXTRACTORS) if (!skipped(x)) x.text = await x.extract(build.pdf);
});

afterAll(cleanup);

const rich = (text: RichText) => text.map((s) => s.text).join("");

/** The printed words of each section, heading first. */
function sectionWords(resume: Resume): { title: string; words: string[] }[] {
  const blocks = printed.split("\n\n").slice(1);
  return resume.sections.map((s, i) => ({ title: s.title, words: words(blocks[i] ?? "") }));
}

/** Every dated line: an entry's title (and organisation) or a list item's text, with its date range. */
function datedLines(resume: Resume): { what: string; title: string[]; dates: string[] }[] {
  return resume.sections.flatMap((s) => {
    if (s.kind === "entries") {
      return s.entries.flatMap((e) =>
        e.dates
          ? [
              {
                what: `${s.title}: ${e.title}`,
                title: words(e.organization ? `${e.title}, ${e.organization}` : e.title),
                dates: words(formatRange(e.dates)),
              },
            ]
          : [],
      );
    }
    if (s.kind === "list") {
      return s.items.flatMap((item) =>
        item.dates
          ? [
              {
                what: `${s.title}: ${rich(item.text)}`,
                title: words(rich(item.text)),
                dates: words(formatRange(item.dates)),
              },
            ]
          : [],
      );
    }
    return [];
  });
}

describe("the build under test", () => {
  it("is the same PDF as a first build in the same process", () => {
    expect(build.pdf.equals(first.pdf)).toBe(true);
  });

  it("--text writes the printed lines in reading order next to the PDF", () => {
    expect(build.written).toContain(txtFile);
    expect(readFileSync(txtFile, "utf8")).toBe(printed);
  });

  it("prints every word of the model, and only those (plus the label of a keyword line)", () => {
    const count = (ws: readonly string[]) =>
      ws.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());
    // Layout joins a subtitle and a one-line detail with an em dash: a separator, not a word.
    const model = count(expected.filter((w) => w !== "—"));
    const page = count(printedWords.filter((w) => !PRINTED_EXTRAS.has(w) && w !== "—"));
    expect([...page.entries()].sort()).toEqual([...model.entries()].sort());
  });

  it("has the words of the written .txt in the PDF's text layer, in order", async () => {
    const result = inOrder(words(readFileSync(txtFile, "utf8")), words(await extractText(build.pdf)));
    expect(result.ok, result.message).toBe(true);
  });
});

for (const x of EXTRACTORS)
  describe(`text extracted by ${x.name}`, () => {
    const test = it.skipIf(skipped(x));
    const actual = () => words(x.text);
    const lines = () => x.text.split("\n").map((l) => l.trim());

    test("contains every word of the model, none lost", () => {
      expect(expected.length).toBeGreaterThan(500);
      const got = actual();
      const missing = expected.filter(
        (w, i) => expected.slice(0, i + 1).filter((v) => v === w).length > got.filter((v) => v === w).length,
      );
      expect(missing, x.name).toEqual([]);
    });

    test("reads the printed lines in order", () => {
      const result = inOrder(printedWords, actual());
      expect(result.ok, `${x.name}: ${result.message}`).toBe(true);
    });

    test("has each section's words in order", () => {
      const failures = sectionWords(build.resume).flatMap((s) => {
        const result = inOrder(s.words, actual());
        return result.ok ? [] : [`[${s.title}] ${result.message}`];
      });
      expect(failures.length, `${x.name}:\n${failures.join("\n")}`).toBe(0);
    });

    test("glues no two words together", () => {
      expect(gluedWords(expected, actual()), x.name).toEqual([]);
    });

    test("extracts only words of the plain text (no split or glued words)", () => {
      const known = new Set(expected);
      const unknown = [...new Set(actual())].filter((w) => !known.has(w) && !PRINTED_EXTRAS.has(w));
      expect(unknown, x.name).toEqual([]);
    });

    test("keeps ligature words intact", () => {
      const ligatureWords = [...new Set(expected.filter((w) => /ff|fi|fl/.test(w)))];
      // The words of the default content that Latin Modern sets with an ff/fi/fl/ffi ligature.
      for (const w of [
        "first",
        "flexible",
        "different",
        "efficiency",
        "significant",
        "prefilling",
        "Sunflower",
      ]) {
        expect(ligatureWords.map((l) => l.replace(/[^\p{L}]/gu, ""))).toContain(w);
      }
      const count = (ws: readonly string[], w: string) => ws.filter((v) => v === w).length;
      const got = actual();
      const broken = ligatureWords.filter((w) => count(got, w) < count(expected, w));
      expect(broken, `${x.name}: ligature words missing or broken`).toEqual([]);
    });

    test("extracts the small-caps section headings in their own case, each on a line of its own", () => {
      for (const s of build.resume.sections) {
        expect(lines(), `${x.name}: heading "${s.title}"`).toContain(s.title);
        expect(x.text).not.toContain(s.title.toUpperCase());
        expect(lines()).not.toContain(s.title.toLowerCase());
      }
      expect(lines()).toContain("Education");
      expect(lines()).toContain("Academic Experience");
    });

    test("extracts FAST’25, 5th/40 and the en dash of date ranges", () => {
      expect(x.text).toMatch(/FAST[’']25/);
      expect(x.text).toContain("FAST’25"); // typographic apostrophe, as the model sets it
      expect(x.text).toMatch(/5 ?th\/40/);
      expect(x.text).toContain("5th/40"); // the superscript extracts without a space
      expect(x.text).toMatch(/09\/2022 – 03\/2025/);
      expect(x.text).not.toMatch(/09\/2022 ?[-—] ?03\/2025/);
    });

    test("reads each entry title's words together, followed by its dates", () => {
      const got = actual();
      const failures = datedLines(build.resume).flatMap((line) => {
        if (indexOfRun(got, [...line.title, ...line.dates]) >= 0) return [];
        const at = indexOfRun(got, line.title);
        const after = at < 0 ? "" : got.slice(at + line.title.length, at + line.title.length + 8).join(" ");
        return [
          at < 0
            ? `${line.what}: the title's words are not contiguous`
            : `${line.what}: followed by "${after}…" instead of "${line.dates.join(" ")}"`,
        ];
      });
      expect(failures.length, `${x.name}:\n${failures.join("\n")}`).toBe(0);
    });
  });
