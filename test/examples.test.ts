/**
 * Every example résumé in examples/ — including ones added later: the folder is enumerated — built in-process
 * as `npm run pdf -- --content examples/NAME` builds it, and held to what the README promises: it fits its page
 * budget (its vitae.yaml `pages`, else 1) and fills it; every word of the model is in the PDF's text layer, in
 * order, none lost or glued; no justified line is looser than the tolerance; no two text items overlap; no page
 * ends on a heading or an entry's header, and no paragraph leaves its first line alone at the foot of a page.
 * Then the gallery: docs/gallery/gallery.json must hold the display-list hash of a fresh build of each résumé.
 *
 * The page's geometry is read from the display list (`layout.frames`): the PDF draws exactly those items.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  buildSubject,
  DPI,
  displayListHash,
  EXAMPLES_DIR,
  exampleNames,
  GALLERY_DIR,
  GALLERY_FILE,
  type Gallery,
  GUTTER,
  galleryEntry,
  gallerySubjects,
} from "../scripts/gallery.js";
import { fontPaths, measurerFor, openFont } from "../src/fonts.js";
import type { DocumentFrames, TextItem } from "../src/layout/frame.js";
import { frameText } from "../src/layout/frameText.js";
import { plainText } from "../src/layout/plainText.js";
import { classicTheme, paperSizes, THEMES, type ThemeName } from "../src/layout/theme.js";
import type { Resume, RichText } from "../src/model/schema.js";
import type { DateFormat } from "../src/model/settingsSchema.js";
import { type BuildResult, buildPdf } from "../src/pipeline.js";
import { layoutWith } from "./helpers/build.js";
import { cleanup, gluedWords, inOrder, tempDir, words } from "./helpers/e2e.js";
import { extractText, pdftotext } from "./helpers/pdf.js";
import { itWith } from "./helpers/tools.js";

// The display list carries one date, from SOURCE_DATE_EPOCH when set; the gallery is dated by its content.
delete process.env.SOURCE_DATE_EPOCH;

const NAMES = exampleNames();
const SOURCE = { file: "about.md", line: 1, column: 1 };
const OUT = tempDir("vitae-examples-");
afterAll(cleanup);

/** An example's vitae.yaml, read here on its own (not through vitae's loader) as the reference. */
interface Settings {
  pages?: number;
  paper?: "letter" | "a4";
  dateFormat?: DateFormat;
  bodySize?: number;
  theme?: ThemeName;
}

function settingsOf(name: string): Settings {
  const file = join(EXAMPLES_DIR, name, "vitae.yaml");
  return existsSync(file) ? ((parse(readFileSync(file, "utf8")) as Settings | null) ?? {}) : {};
}

const count = (ws: readonly string[]) =>
  ws.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());

/** Printed words that are not in plainText: a keyword line's label and the short form of an entry's url. */
/** Words the page prints that the model's text does not hold: the label of a keywords line of its own. */
const PRINTED_EXTRAS = ["Keywords:"];

/** The model without dates: a date is set flush right on the first line of its item, so it is read early. */
function withoutDates(resume: Resume): Resume {
  return {
    ...resume,
    sections: resume.sections.map((s) => {
      if (s.kind === "entries") return { ...s, entries: s.entries.map(({ dates: _, ...e }) => e) };
      if (s.kind === "list") return { ...s, items: s.items.map(({ dates: _, ...i }) => i) };
      return s;
    }),
  };
}

/** One printed line of a page: its runs left to right. */
interface PrintedLine {
  page: number;
  line: number;
  runs: TextItem[];
}

function printedLines(frames: DocumentFrames): PrintedLine[] {
  const lines: PrintedLine[] = [];
  frames.pages.forEach((page, index) => {
    const byLine = new Map<number, TextItem[]>();
    for (const item of page.items) {
      if (item.kind !== "text") continue;
      byLine.set(item.line, [...(byLine.get(item.line) ?? []), item]);
    }
    for (const [line, runs] of [...byLine.entries()].sort((a, b) => a[0] - b[0])) {
      lines.push({ page: index, line, runs: runs.sort((a, b) => a.x - b.x) });
    }
  });
  return lines;
}

/** Roles of text set as a paragraph (broken into justified lines). */
const PARAGRAPH_ROLES = new Set(["bullet", "paragraph", "listItem", "detail", "skillLabel", "skillValues"]);
const HEADER_ROLES = new Set(["sectionHeading", "entryTitle", "entrySubtitle"]);
const sourceKey = (t: TextItem) => (t.source ? `${t.source.file}:${t.source.line}:${t.source.column}` : "");

/**
 * The printed lines of each paragraph (bullet, sub-bullet, list item, detail, skill line, text paragraph), in
 * order. Lines belong together while their source is the same and no bullet mark starts a new one; the
 * paragraphs of a text section, which share the section's source, are told apart by their length in characters.
 */
function paragraphs(frames: DocumentFrames, resume: Resume): PrintedLine[][] {
  const nonSpace = (s: string) => s.replace(/[\s\u00a0]/g, "").length;
  const textLengths = new Map(
    resume.sections.flatMap((s) =>
      s.kind === "text"
        ? [[s.id, s.paragraphs.map((p) => nonSpace(p.map((span) => span.text).join("")))] as const]
        : [],
    ),
  );
  const out: PrintedLine[][] = [];
  let key = "";
  let used = 0;
  let index = 0;
  for (const line of printedLines(frames)) {
    const body = line.runs.filter((r) => PARAGRAPH_ROLES.has(r.role));
    if (body.length === 0) {
      key = "";
      continue;
    }
    const lineKey = [
      ...new Set(body.map((r) => `${r.role === "skillLabel" ? "skillValues" : r.role} ${sourceKey(r)}`)),
    ].join("|");
    const marked = line.runs.some((r) => r.role === "mark" && r.x < (body[0]?.x ?? 0));
    const lengths = body[0]?.role === "paragraph" ? textLengths.get(body[0].section ?? "") : undefined;
    const full = lengths !== undefined && used >= (lengths[index] ?? Number.POSITIVE_INFINITY);
    if (lineKey !== key || marked || full) {
      out.push([]);
      if (lineKey !== key) index = 0;
      else if (full) index++;
      used = 0;
    }
    key = lineKey;
    used += body.reduce((sum, r) => sum + nonSpace(r.text), 0);
    out.at(-1)?.push(line);
  }
  return out;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The nominal box of a run: its advance width, 0.75 of its size above the baseline, 0.25 below. */
const nominalBox = (t: TextItem): Box => ({
  left: t.x,
  right: t.x + t.width,
  top: t.baseline - 0.75 * t.size,
  bottom: t.baseline + 0.25 * t.size,
});

/** The ink of a run: each glyph's outline box, placed as the font's shaping places it (kerning included). */
function inkBoxes(t: TextItem): Box[] {
  const font = openFont(fontPaths(classicTheme)[t.font]);
  const { glyphs, positions } = font.layout(t.text);
  const scale = t.size / font.unitsPerEm;
  let x = t.x;
  return glyphs.flatMap((g, i) => {
    const at = positions[i];
    const box = g.bbox;
    const left = x + ((at?.xOffset ?? 0) + box.minX) * scale;
    const right = x + ((at?.xOffset ?? 0) + box.maxX) * scale;
    const rise = (at?.yOffset ?? 0) * scale;
    x += (at?.xAdvance ?? 0) * scale;
    // A space has no ink.
    if (box.maxX <= box.minX || box.maxY <= box.minY) return [];
    return [
      {
        left,
        right,
        top: t.baseline - rise - box.maxY * scale,
        bottom: t.baseline - rise - box.minY * scale,
      },
    ];
  });
}

/** How far the ink of two runs overlaps: the largest overlap (the lesser of width and height) of two glyphs. */
function inkOverlap(a: TextItem, b: TextItem): number {
  let most = 0;
  for (const p of inkBoxes(a)) {
    for (const q of inkBoxes(b)) most = Math.max(most, Math.min(overlapX(p, q), overlapY(p, q)));
  }
  return most;
}

const overlapX = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left);
const overlapY = (a: Box, b: Box) => Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);

/** Runs of one line may touch (a word and its superscript, a title and its organisation): up to this much. */
const TOUCH = 0.01;

/** Pairs of text items on one page whose boxes overlap, described. */
function overlaps(frames: DocumentFrames): string[] {
  const found: string[] = [];
  frames.pages.forEach((page, p) => {
    const items = page.items.filter((i): i is TextItem => i.kind === "text");
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i] as TextItem;
        const b = items[j] as TextItem;
        const x = overlapX(nominalBox(a), nominalBox(b));
        const y = overlapY(nominalBox(a), nominalBox(b));
        if (x <= TOUCH || y <= 0) continue;
        // Runs of one line share their vertical band: only a horizontal overlap counts.
        if (a.line === b.line) {
          found.push(`page ${p + 1}: "${a.text}" and "${b.text}" overlap by ${x.toFixed(2)}pt on one line`);
          continue;
        }
        // Runs of different lines: the nominal box is taller than most ink. A superscript (raised 0.36em, at 0.7
        // of the size) reaches 0.035em into the nominal box of the line above at leading 1.1 — the only such
        // case in the examples, its glyphs 2.4pt clear of those above. Glyphs of different lines must not meet.
        const ink = inkOverlap(a, b);
        if (ink > 0) {
          found.push(
            `page ${p + 1}: the ink of "${a.text}" (line ${a.line}) and "${b.text}" (line ${b.line}) ` +
              `overlaps by ${ink.toFixed(2)}pt`,
          );
        }
      }
    }
  });
  return found;
}

const built = new Map<string, Promise<BuildResult>>();
/** Each example is built once, whichever test asks first. */
function buildExample(name: string): Promise<BuildResult> {
  let build = built.get(name);
  if (!build) {
    build = buildPdf({ contentDir: join(EXAMPLES_DIR, name), outFile: join(OUT, `${name}.pdf`) });
    built.set(name, build);
  }
  return build;
}

it("finds the six documented examples in examples/", () => {
  expect(NAMES).toEqual(
    expect.arrayContaining([
      "a4-european",
      "academic-cv",
      "career-changer",
      "designer",
      "new-graduate",
      "senior-engineer",
    ]),
  );
});

describe.each(NAMES)("example %s", (name) => {
  const settings = settingsOf(name);
  const budget = settings.pages ?? 1;
  const theme = THEMES[settings.theme ?? "classic"];
  let build: BuildResult;
  let extracted = "";
  let expected: string[] = [];
  let printed: string[] = [];

  beforeAll(async () => {
    build = await buildExample(name);
    extracted = await extractText(build.pdf);
    expected = words(plainText(build.resume, settings.dateFormat));
    printed = words(frameText(build.layout.frames));
  });

  it("fits its page budget on its paper", () => {
    const { report } = build;
    expect(report.fits).toBe(true);
    expect(report.budget).toBe(budget);
    expect(report.pages).toBeLessThanOrEqual(budget);
    expect(build.layout.frames.pages).toHaveLength(report.pages);
    const paper = paperSizes[settings.paper ?? "letter"];
    expect(report.params.paper).toBe(settings.paper ?? "letter");
    for (const page of build.layout.frames.pages)
      expect([page.width, page.height]).toEqual([paper.width, paper.height]);
    expect(report.params.bodySize).toBeGreaterThanOrEqual(theme.bodySize.min);
    expect(report.params.bodySize).toBeLessThanOrEqual(theme.bodySize.max);
  });

  if (budget === 1) {
    it("fills its one page (fill ≥ 0.93)", () => {
      expect(build.report.fill).toBeGreaterThanOrEqual(0.93);
    });
  } else {
    it("fills every page but the last to the bottom margin, at the preferred size", () => {
      const { report, layout } = build;
      expect(report.steps.map((s) => s.step)).not.toContain("grow");
      expect(report.params.bodySize).toBe(settings.bodySize ?? theme.bodySize.value);
      const margin = report.params.marginInches * 72;
      // The last line's depth (a quarter of its size below the baseline, as pagination counts it) against the
      // bottom margin. Vertical justification puts it there (0.00pt short in every example); less than one
      // line of body text short would not be seen as a gap.
      const line = report.params.bodySize * report.params.leading;
      for (const [i, page] of layout.frames.pages.slice(0, -1).entries()) {
        const texts = page.items.filter((t): t is TextItem => t.kind === "text");
        const bottom = Math.max(...texts.map((t) => t.baseline + 0.25 * t.size));
        const short = page.height - margin - bottom;
        expect(short, `page ${i + 1} ends ${short.toFixed(2)}pt above the bottom margin`).toBeLessThan(line);
        expect(short, `page ${i + 1} runs into the bottom margin`).toBeGreaterThan(-0.01);
      }
    });
  }

  it("prints every word of its model, and only those (plus a keyword label)", () => {
    // Layout joins a subtitle and a one-line detail with an em dash: a separator, not a word.
    const extras = new Set(PRINTED_EXTRAS);
    const model = count(expected.filter((w) => w !== "—"));
    const page = count(printed.filter((w) => w !== "—" && !extras.has(w)));
    expect([...page.entries()].sort()).toEqual([...model.entries()].sort());
  });

  it("has every word of its model in the PDF's text layer (pdf.js): none lost, none glued, in order", () => {
    expect(expected.length).toBeGreaterThan(300);
    const actual = words(extracted);
    const got = count(actual);
    const missing = [...count(expected).entries()].filter(([w, n]) => (got.get(w) ?? 0) < n);
    expect(missing, "words lost").toEqual([]);
    expect(gluedWords(expected, actual), "words glued").toEqual([]);
    const known = new Set([...expected, ...PRINTED_EXTRAS]);
    expect(
      [...new Set(actual)].filter((w) => !known.has(w)),
      "words not in the model",
    ).toEqual([]);
    // The printed lines in reading order…
    const lines = inOrder(printed, actual);
    expect(lines.ok, lines.message).toBe(true);
    // …and the model's words in the model's order, except dates: a date is set flush right on the first line
    // of its item (read before the rest of it), so up to five extra words (a date range) may come between.
    const model = inOrder(words(plainText(withoutDates(build.resume), settings.dateFormat)), actual, 5);
    expect(model.ok, model.message).toBe(true);
  });

  itWith("pdftotext")("has the printed lines in order in pdftotext -layout", () => {
    const result = inOrder(printed, words(pdftotext(build.pdf, ["-layout"])));
    expect(result.ok, result.message).toBe(true);
  });

  it("justifies no line looser than the tolerance (2: spaces twice their width)", async ({ annotate }) => {
    const { spacing } = build.report;
    expect(spacing.maxRatio).toBeLessThanOrEqual(2);
    // The page itself: every space between two words of a paragraph, a glyph of the display list set as wide
    // as justification made it. A space stretches by half its width per unit of ratio, so ratio 2 is a space
    // twice its width.
    const measurer = measurerFor(theme);
    let widest = 0;
    for (const line of printedLines(build.layout.frames)) {
      for (const run of line.runs) {
        if (!PARAGRAPH_ROLES.has(run.role) && !HEADER_ROLES.has(run.role)) continue;
        const natural = measurer.width(" ", run.font, run.size);
        for (const [i, glyph] of run.glyphs.entries()) {
          if (glyph.text !== " ") continue;
          const ratio = 2 * (glyph.advance / natural - 1);
          widest = Math.max(widest, ratio);
          const after = run.glyphs
            .slice(0, i)
            .map((g) => g.text)
            .join("");
          expect(ratio, `the space after "${after}" on line ${line.line}`).toBeLessThanOrEqual(2 + 1e-6);
        }
      }
    }
    // The report tells the truth about the loosest line.
    expect(widest).toBeCloseTo(spacing.maxRatio, 2);
    await annotate(
      `loosest line at ratio ${spacing.maxRatio}; ${spacing.raggedLines} line(s) set ragged-right`,
    );
  });

  it("overlaps no two text items", () => {
    expect(overlaps(build.layout.frames)).toEqual([]);
  });

  it("ends no page but the last on a heading, an entry title or an entry subtitle", () => {
    expect(pagesEndingOnHeaders(build.layout.frames)).toEqual([]);
  });

  it("leaves no paragraph's first line alone at the foot of a page, nor its last alone at the top", () => {
    const paras = paragraphs(build.layout.frames, build.resume);
    // Every bullet and sub-bullet of the model is one paragraph here: the grouping is the model's.
    const bullets = build.resume.sections.flatMap((s) =>
      s.kind === "entries" ? s.entries.flatMap((e) => e.bullets.flatMap((b) => [b, ...b.children])) : [],
    );
    expect(paras.filter((p) => p[0]?.runs.some((r) => r.role === "bullet"))).toHaveLength(bullets.length);
    expect(lonelyLines(paras)).toEqual([]);
  });
});

/** Pages other than the last whose last line is a section heading or an entry's title or subtitle. */
function pagesEndingOnHeaders(frames: DocumentFrames): string[] {
  const lines = printedLines(frames);
  return lines.flatMap((line, i) => {
    const next = lines[i + 1];
    if (next === undefined || next.page === line.page) return [];
    const header = line.runs.find((r) => HEADER_ROLES.has(r.role));
    return header ? [`page ${line.page + 1} ends on the ${header.role} "${header.text}"`] : [];
  });
}

/** A paragraph's first line alone at the foot of a page, or its last alone at the top of the next. */
function lonelyLines(paras: readonly PrintedLine[][]): string[] {
  return paras.flatMap((para) =>
    para.flatMap((line, i) => {
      const next = para[i + 1];
      if (next === undefined || next.page === line.page) return [];
      const text = line.runs.map((r) => r.text).join("");
      if (i === 0) return [`page ${line.page + 1} ends on the first line alone of "${text}"`];
      if (i === para.length - 2)
        return [`page ${next.page + 1} starts with the last line alone after "${text}"`];
      return [];
    }),
  );
}

describe("the page checks find what they look for", () => {
  let frames: DocumentFrames;
  let resume: Resume;
  beforeAll(async () => {
    ({
      layout: { frames },
      resume,
    } = await buildExample(NAMES[0] ?? ""));
  });
  const texts = (f: DocumentFrames, page = 0) =>
    f.pages[page]?.items.filter((i): i is TextItem => i.kind === "text") ?? [];
  /** A copy of the frames with every line after `line` on page 1 moved to a page of its own. */
  const breakAfter = (line: number): DocumentFrames => {
    const copy = structuredClone(frames);
    const [first] = copy.pages;
    if (!first) throw new Error("no page");
    const moved = first.items.filter((i) => i.kind === "text" && i.line > line);
    first.items = first.items.filter((i) => !moved.includes(i));
    copy.pages.splice(1, 0, { ...first, items: moved });
    return copy;
  };

  it("a run pushed onto its neighbour, and a line moved onto the next one", () => {
    // A bullet's first line: its mark, then its text.
    const runs = texts(frames).filter((t) => t.role === "mark" || t.role === "bullet");
    const [a, b] = [runs[0], runs.find((t, i) => i > 0 && t.line === runs[0]?.line)];
    if (!a || !b) throw new Error("no bullet line of two runs");
    const sideways = structuredClone(frames);
    const pushed = texts(sideways).find((t) => t.line === b.line && t.x === b.x);
    if (pushed) pushed.x = a.x + a.width - 1;
    expect(overlaps(sideways)).toHaveLength(1);
    const down = structuredClone(frames);
    for (const t of texts(down).filter((t) => t.line === a.line)) t.baseline += 0.6 * t.size;
    expect(overlaps(down).length).toBeGreaterThan(0);
  });

  it("a page that ends on an entry's title", () => {
    const title = texts(frames).find((t) => t.role === "entryTitle");
    if (!title) throw new Error("no entry title");
    expect(pagesEndingOnHeaders(frames)).toEqual([]);
    expect(pagesEndingOnHeaders(breakAfter(title.line))).toEqual([
      `page 1 ends on the entryTitle "${title.text}"`,
    ]);
  });

  it("tells apart the paragraphs of a text section, which share its source", () => {
    const sentence = "The engine weaves algebraic patterns as the loom weaves flowers and leaves.";
    const text = (n: number): RichText => [{ text: Array.from({ length: n }, () => sentence).join(" ") }];
    const model: Resume = {
      ...resume,
      sections: [
        {
          kind: "text",
          id: "about",
          title: "About",
          source: SOURCE,
          paragraphs: [text(9), text(4), text(7)],
        },
      ],
    };
    const laid = layoutWith(model);
    const paras = paragraphs(laid.frames, model);
    expect(paras.map((p) => words(p.flatMap((l) => l.runs.map((r) => r.text)).join(" ")).length)).toEqual(
      [9, 4, 7].map((n) => n * words(sentence).length),
    );
  });

  it("a paragraph broken after its first line, or before its last", () => {
    const para = paragraphs(frames, resume).find((p) => p.length >= 3);
    if (!para) throw new Error("no paragraph of three lines");
    const [first, second] = para;
    if (!first || !second) throw new Error("no lines");
    const head = lonelyLines(paragraphs(breakAfter(first.line), resume));
    expect(head).toHaveLength(1);
    expect(head[0]).toMatch(/^page 1 ends on the first line alone of /);
    const tail = lonelyLines(paragraphs(breakAfter(para.at(-2)?.line ?? 0), resume));
    expect(tail).toHaveLength(1);
    expect(tail[0]).toMatch(/^page 2 starts with the last line alone after /);
  });
});

describe("the gallery (docs/gallery)", () => {
  it("holds the display list of a fresh build of each résumé: the pictures are current", async () => {
    const gallery = JSON.parse(readFileSync(GALLERY_FILE, "utf8")) as Gallery;
    const subjects = gallerySubjects();
    expect(subjects.map((s) => s.name)).toEqual(["default", ...NAMES]);
    const fresh = await Promise.all(
      subjects.map(async (s) => {
        const build = s.content === "content" ? await buildSubject(s, OUT) : await buildExample(s.name);
        return galleryEntry(s, build);
      }),
    );
    const stale = "the gallery pictures are out of date: run npm run gallery";
    expect(
      gallery.entries.map((e) => [e.name, e.displayList]),
      stale,
    ).toEqual(fresh.map((e) => [e.name, e.displayList]));
    // The numbers the README quotes come from the same builds.
    expect(gallery.entries, stale).toEqual(fresh);
    for (const e of gallery.entries) expect(existsSync(join(GALLERY_DIR, e.image)), e.image).toBe(true);
  });

  it("has a picture of each résumé with all its pages side by side, at the gallery's resolution", () => {
    const gallery = JSON.parse(readFileSync(GALLERY_FILE, "utf8")) as Gallery;
    for (const e of gallery.entries) {
      const png = readFileSync(join(GALLERY_DIR, e.image));
      expect(png.subarray(1, 4).toString(), e.image).toBe("PNG");
      const paper = paperSizes[e.paper as keyof typeof paperSizes];
      const page = { width: (paper.width / 72) * DPI, height: (paper.height / 72) * DPI };
      // pdftoppm rounds each page's size to whole pixels.
      expect(Math.abs(png.readUInt32BE(20) - (page.height + 2 * GUTTER)), e.image).toBeLessThanOrEqual(1);
      const width = e.pages * (page.width + GUTTER) + GUTTER;
      expect(Math.abs(png.readUInt32BE(16) - width), e.image).toBeLessThanOrEqual(e.pages);
    }
  });

  it("hashes the display list, not where the content folder was given from", async () => {
    const build = await buildExample(NAMES[0] ?? "");
    const again = await buildPdf({
      contentDir: join("examples", NAMES[0] ?? ""),
      outFile: join(OUT, "relative.pdf"),
    });
    expect(displayListHash(again.layout.frames)).toBe(displayListHash(build.layout.frames));
    const moved = structuredClone(build.layout.frames);
    const first = moved.pages[0]?.items.find((i): i is TextItem => i.kind === "text");
    if (first) first.x += 0.01;
    expect(displayListHash(moved)).not.toBe(displayListHash(build.layout.frames));
  });
});
