/**
 * Layout rules that show on people's résumés: contact rows balanced rather than filled greedily, one rule per
 * section for detail lines beside subtitles, sub-bullets one indent in, an entry's web address on its title
 * line, and web addresses broken inside paragraphs without loosening the lines around them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { measurerFor } from "../src/fonts.js";
import { balancedRows } from "../src/layout/compose/header.js";
import type { DocumentFrames, TextItem } from "../src/layout/frame.js";
import { frameText } from "../src/layout/frameText.js";
import { layoutResume } from "../src/layout/layout.js";
import { knuthPlass } from "../src/layout/linebreak/index.js";
import {
  classicTheme,
  defaultParams,
  type LayoutParams,
  paperSizes,
  type Theme,
} from "../src/layout/theme.js";
import { documentMeta } from "../src/meta.js";
import type { Bullet, Contact, Entry, Resume, RichText, Section } from "../src/model/schema.js";
import { layoutWith } from "./helpers/build.js";
import { words } from "./helpers/e2e.js";

const measurer = measurerFor(classicTheme);
const BODY = classicTheme.bodySize.value;
const MARGIN = classicTheme.margin.value;
/** The measure of a US Letter page at the theme's margins. */
const MEASURE = paperSizes.letter.width - 2 * MARGIN;

let nextLine = 1;
/** A fresh source position: runs of different paragraphs never share one. */
const src = () => ({ file: "test.md", line: nextLine++, column: 1 });

function entry(id: string, fields: Partial<Entry> = {}): Entry {
  return {
    id,
    tags: [],
    priority: 5,
    source: src(),
    title: `Entry ${id}`,
    keywords: [],
    details: [],
    bullets: [],
    ...fields,
  };
}

function bullet(id: string, text: string, children: string[] = []): Bullet {
  return {
    id,
    tags: [],
    priority: 5,
    source: src(),
    text: [{ text }],
    alternatives: [],
    children: children.map((c) => ({ text: [{ text: c }], source: src() })),
  };
}

const entries = (id: string, ...list: Entry[]): Section => ({
  kind: "entries",
  id,
  title: id,
  source: src(),
  entries: list,
});

function resumeOf(sections: Section[], contacts: Contact[] = []): Resume {
  return { header: { name: "Ada Lovelace", contacts, source: src() }, sections };
}

const texts = (frames: DocumentFrames) =>
  frames.pages.flatMap((p) => p.items.filter((i): i is TextItem => i.kind === "text"));

/** The printed lines of a layout, each its runs left to right. */
function lines(frames: DocumentFrames): TextItem[][] {
  const byLine = new Map<number, TextItem[]>();
  for (const t of texts(frames)) byLine.set(t.line, [...(byLine.get(t.line) ?? []), t]);
  return [...byLine.entries()].sort((a, b) => a[0] - b[0]).map(([, runs]) => runs.sort((a, b) => a.x - b.x));
}

const lineText = (runs: readonly TextItem[]) => runs.map((r) => r.text).join("");
const width = (text: string, font: "regular" | "italic" = "regular") => measurer.width(text, font, BODY);

describe("balancedRows: contact rows", () => {
  const rowWidth = (ws: readonly number[], gap: number, [from, to]: [number, number]) =>
    ws.slice(from, to).reduce((a, b) => a + b, 0) + gap * (to - from - 1);

  /** Every way to cut `n` items, in order, into rows. */
  function* splits(n: number, from = 0): Generator<[number, number][]> {
    if (from === n) {
      yield [];
      return;
    }
    for (let to = from + 1; to <= n; to++) for (const rest of splits(n, to)) yield [[from, to], ...rest];
  }

  /**
   * The rows the rules ask for, by brute force: rows no wider than the line (an item wider than the line alone
   * on its row); the fewest rows whose last row is not a lone item, if there is any such split; among those,
   * the least widest row. Undefined when every split leaves the last item alone.
   */
  function best(ws: readonly number[], gap: number, line: number) {
    const valid = [...splits(ws.length)].filter((rows) =>
      rows.every((r) => r[1] - r[0] === 1 || rowWidth(ws, gap, r) <= line),
    );
    const good = valid.filter((rows) => {
      const last = rows.at(-1);
      return last !== undefined && last[1] - last[0] > 1;
    });
    if (good.length === 0) return undefined;
    const rows = Math.min(...good.map((r) => r.length));
    const widest = Math.min(
      ...good.filter((r) => r.length === rows).map((r) => Math.max(...r.map((x) => rowWidth(ws, gap, x)))),
    );
    return { rows, widest };
  }

  it("puts everything on one row when it fits, and nothing when there is nothing", () => {
    expect(balancedRows([100, 120, 90], 10, 400)).toEqual([[0, 3]]);
    expect(balancedRows([380], 10, 400)).toEqual([[0, 1]]);
    expect(balancedRows([], 10, 400)).toEqual([]);
  });

  it("splits what greedy filling sets 4 + 1 as 2 + 3 (or 3 + 2), never one item alone on the last row", () => {
    // Greedy: 4 × 50 + 3 × 10 = 230 fits, the fifth goes alone.
    const rows = balancedRows([50, 50, 50, 50, 50], 10, 230);
    expect(rows).toHaveLength(2);
    const [first, last] = rows;
    expect(first?.[0]).toBe(0);
    expect(last?.[1]).toBe(5);
    expect((last?.[1] ?? 0) - (last?.[0] ?? 0)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...rows.map((r) => rowWidth([50, 50, 50, 50, 50], 10, r)))).toBe(170);
  });

  it("takes the fewest rows, the widest as narrow as can be, when the last item need not be alone", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 10, max: 420 }), { minLength: 2, maxLength: 8 }), (ws) => {
        const want = best(ws, 10, 400);
        fc.pre(want !== undefined);
        const rows = balancedRows(ws, 10, 400);
        // Rows cover the items in order, each within the line unless it is one item wider than the line.
        expect(rows.flat()[0]).toBe(0);
        for (const [i, r] of rows.entries()) expect(r[0]).toBe(i === 0 ? 0 : rows[i - 1]?.[1]);
        expect(rows.at(-1)?.[1]).toBe(ws.length);
        for (const r of rows) if (r[1] - r[0] > 1) expect(rowWidth(ws, 10, r)).toBeLessThanOrEqual(400);
        const last = rows.at(-1) ?? [0, 0];
        expect(last[1] - last[0], `last row of ${JSON.stringify(rows)}`).toBeGreaterThan(1);
        expect(rows.length).toBe(want?.rows);
        expect(Math.max(...rows.map((r) => rowWidth(ws, 10, r)))).toBe(want?.widest);
      }),
      { numRuns: 400, seed: 20240611 },
    );
  });

  it("gives an item wider than the line a row of its own", () => {
    expect(balancedRows([100, 500, 100], 10, 400)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(balancedRows([500, 100, 100], 10, 400)).toEqual([
      [0, 1],
      [1, 3],
    ]);
  });

  it("keeps the fewest rows when the last item must be alone whatever the split", () => {
    // The last item is wider than the line (set smaller by fitToWidth): alone on its row in every split, so the
    // others share a row rather than taking one each.
    expect(balancedRows([100, 100, 500], 10, 400)).toEqual([
      [0, 2],
      [2, 3],
    ]);
    // 150 + 10 + 300 > 320: the last item cannot have company.
    expect(balancedRows([150, 150, 300], 10, 320)).toEqual([
      [0, 2],
      [2, 3],
    ]);
  });

  it("balances the contact line of a header: five contacts that fill 4 + 1 greedily are set in two even rows", () => {
    const values = ["ada.lovelace@example.com", "+44 20 7946 0018", "London, United Kingdom"];
    values.push("github.com/ada-lovelace", "analytical.example.org");
    const contacts: Contact[] = values.map((value) => ({
      kind: "text",
      label: "Other",
      value,
      source: src(),
    }));
    const gap = 2 * classicTheme.contactSpace * BODY;
    const ws = values.map((v) => width(v));
    // Greedy filling would set four on the first row and the fifth alone.
    expect(rowWidth(ws, gap, [0, 4])).toBeLessThanOrEqual(MEASURE);
    expect(rowWidth(ws, gap, [0, 5])).toBeGreaterThan(MEASURE);
    const { frames } = layoutWith(resumeOf([entries("work", entry("a"))], contacts));
    const rows = lines(frames)
      .map((runs) => runs.filter((r) => r.role === "contact").map((r) => r.text))
      .filter((row) => row.length > 0);
    expect(rows.map((r) => r.length).sort()).toEqual([2, 3]);
    expect(rows.flat()).toEqual(values);
  });
});

describe("detail lines: one rule per section", () => {
  const GPA = "GPA: 3.91/4.00";
  const LONG =
    "Relevant courses: Operating Systems, Distributed Systems, Compilers, Database Systems, Security";
  const degree = (id: string, detail: string | string[], role = "B.S. in Computer Science") =>
    entry(id, {
      role,
      location: "Ann Arbor, MI",
      details: (Array.isArray(detail) ? detail : [detail]).map((t): RichText => [{ text: t }]),
    });
  const detailsOf = (frames: DocumentFrames, section: string) =>
    texts(frames).filter((t) => t.section === section && t.role === "detail");
  const subtitles = (frames: DocumentFrames, section: string) =>
    lines(frames)
      .filter((runs) => runs.some((r) => r.section === section && r.role === "entrySubtitle"))
      .map((runs) => lineText(runs.filter((r) => r.role === "entrySubtitle")));

  it("joins every entry's only detail line to its subtitle after an em dash when each fits", () => {
    const { frames } = layoutWith(
      resumeOf([entries("edu", degree("a", GPA), degree("b", "GPA: 3.70/4.00"))]),
    );
    expect(detailsOf(frames, "edu")).toEqual([]);
    expect(subtitles(frames, "edu")).toEqual([
      `B.S. in Computer Science — ${GPA}`,
      "B.S. in Computer Science — GPA: 3.70/4.00",
    ]);
  });

  it("sets every such detail on a line of its own when one of them does not fit beside its subtitle", () => {
    // The long detail fits the measure alone but not after its subtitle and before its location.
    const joined = width("B.S. in Computer Science", "italic") + width(` — ${LONG}`);
    expect(width(LONG)).toBeLessThan(MEASURE);
    expect(joined).toBeGreaterThan(MEASURE - width("Ann Arbor, MI", "italic"));
    const { frames } = layoutWith(resumeOf([entries("edu", degree("a", GPA), degree("b", LONG))]));
    expect(subtitles(frames, "edu")).toEqual(["B.S. in Computer Science", "B.S. in Computer Science"]);
    const details = lines(frames).filter((runs) => runs.some((r) => r.role === "detail"));
    expect(details.map(lineText)).toEqual([GPA, LONG]);
  });

  it("counts a location: a detail that fits the line but not beside the location stays on its own line", () => {
    const role = "B.S. in Computer Science and Engineering, Minor in Mathematics";
    let detail = "GPA 3.9";
    while (
      width(role, "italic") + width(` — ${detail} and more`) <
      MEASURE - width("Ann Arbor, MI", "italic")
    )
      detail += " and more";
    detail += " and more";
    // Without the location it would fit; beside it, it does not.
    expect(width(role, "italic") + width(` — ${detail}`)).toBeLessThan(MEASURE);
    const beside = layoutWith(resumeOf([entries("edu", degree("a", detail, role))]));
    expect(detailsOf(beside.frames, "edu").length).toBeGreaterThan(0);
    const alone = layoutWith(
      resumeOf([entries("edu", { ...degree("a", detail, role), location: undefined })]),
    );
    expect(detailsOf(alone.frames, "edu")).toEqual([]);
  });

  it("decides per section: a section whose details all fit joins them whatever another section does", () => {
    const { frames } = layoutWith(
      resumeOf([
        entries("edu", degree("a", GPA), degree("b", LONG)),
        entries("work", degree("c", "Team of four"), degree("d", "Team of nine")),
      ]),
    );
    expect(detailsOf(frames, "edu")).toHaveLength(2);
    expect(detailsOf(frames, "work")).toEqual([]);
    expect(subtitles(frames, "work")).toEqual([
      "B.S. in Computer Science — Team of four",
      "B.S. in Computer Science — Team of nine",
    ]);
  });

  it("leaves entries of several details, or without a subtitle, out of the rule and their details on their lines", () => {
    const { frames } = layoutWith(
      resumeOf([
        entries(
          "edu",
          degree("a", GPA),
          degree("b", ["Thesis: on engines", "Advisor: C. Babbage"]),
          entry("c", { details: [[{ text: "Exchange term" }]] }),
        ),
      ]),
    );
    expect(subtitles(frames, "edu")).toContain(`B.S. in Computer Science — ${GPA}`);
    expect(detailsOf(frames, "edu").map((t) => t.text)).toEqual([
      "Thesis: on engines",
      "Advisor: C. Babbage",
      "Exchange term",
    ]);
  });
});

describe("sub-bullets", () => {
  const child = (n: number) =>
    `Sub-point ${n}: measured the mill and the store under load, ` +
    "and wrote down every carry so that the next reader could follow each step of the calculation.";
  const { frames } = layoutWith(
    resumeOf([
      entries("work", entry("a", { bullets: [bullet("b1", "Designed the engine.", [child(1), child(2)])] })),
    ]),
  );
  const indent = classicTheme.bulletIndent * BODY;

  it("sets a bullet's children one indent further in, each with the theme's sub-bullet mark", () => {
    const all = lines(frames).filter((runs) => runs.some((r) => r.role === "bullet"));
    const starts = all.map((runs) => runs.find((r) => r.role === "bullet")?.x ?? Number.NaN);
    const marks = all.map((runs) => runs.find((r) => r.role === "mark")?.text);
    // The bullet: its mark and its text one indent in; then each child over two lines, two indents in.
    expect(marks[0]).toBe(classicTheme.bullet);
    expect(starts[0]).toBeCloseTo(MARGIN + indent, 6);
    expect(all.length).toBeGreaterThanOrEqual(5);
    for (const x of starts.slice(1)) expect(x).toBeCloseTo(MARGIN + 2 * indent, 6);
    expect(marks.filter((m) => m === classicTheme.subBullet)).toHaveLength(2);
    expect(classicTheme.subBullet).toBe("–");
    // Each sub-bullet mark sits in the indent before its text.
    for (const runs of all.slice(1)) {
      const mark = runs.find((r) => r.role === "mark");
      if (!mark) continue;
      expect(mark.x).toBeGreaterThan(MARGIN + indent);
      expect(mark.x + mark.width).toBeLessThan(MARGIN + 2 * indent);
    }
  });

  it("prints the children after their bullet, in order, in the text", () => {
    const text = frameText(frames);
    const at = [
      text.indexOf("Designed the engine."),
      text.indexOf("Sub-point 1:"),
      text.indexOf("Sub-point 2:"),
    ];
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });
});

describe("an entry's web address", () => {
  const url = "https://github.com/ada-lovelace/engine";
  const project = (u = url) => resumeOf([entries("projects", entry("p", { title: "Engine", url: u }))]);
  const titleLine = (frames: DocumentFrames) =>
    lines(frames).find((runs) => runs.some((r) => r.role === "entryTitle")) ?? [];
  const withTheme = (theme: Theme, params: Partial<LayoutParams> = {}) => {
    const resume = project();
    return layoutResume(resume, theme, { ...defaultParams(theme), ...params }, documentMeta(resume), {
      measurer,
      breaker: knuthPlass,
    });
  };

  it("links the title, and the classic theme shows the short form on the title line, linked too", () => {
    expect(classicTheme.showEntryUrls).toBe(true);
    const runs = titleLine(layoutWith(project()).frames);
    expect(runs.find((r) => r.text.startsWith("Engine"))?.href).toBe(url);
    const short = runs.find((r) => r.text === "github.com/ada-lovelace/engine");
    expect(short?.href).toBe(url);
    expect(short?.role).toBe("entryTitle");
  });

  it("shortens an address without its scheme, www. and trailing slash", () => {
    const runs = titleLine(layoutWith(project("https://www.github.com/ada-lovelace/engine/")).frames);
    expect(runs.map((r) => r.text)).toContain("github.com/ada-lovelace/engine");
  });

  it("without showEntryUrls, links the title and prints no address", () => {
    const { frames } = withTheme({ ...classicTheme, showEntryUrls: false });
    const runs = titleLine(frames);
    expect(runs.find((r) => r.text.startsWith("Engine"))?.href).toBe(url);
    expect(texts(frames).some((t) => t.text.includes("github.com"))).toBe(false);
  });
});

describe("a paragraph with a long web address", () => {
  const address =
    "https://github.com/analytical-engine-society/notes-on-the-translation-of-menabrea/blob/main/appendix/note-g-bernoulli-numbers.md";
  const paragraph: RichText = [
    { text: "The annotated translation, with every table of the notes redrawn and checked, is kept at " },
    { text: address, href: address },
    { text: " together with a short account of how each figure was reconstructed from the original plates." },
  ];
  const summary = (): Resume =>
    resumeOf([{ kind: "text", id: "summary", title: "Summary", source: src(), paragraphs: [paragraph] }]);
  // Several measures, so the address falls differently across the lines.
  const margins = [36, 39, 42, 45, 48, 51, 54];

  it.each(margins)("at margins of %dpt: breaks the address, no gap wider than twice a space", (margin) => {
    const result = layoutWith(summary(), { margin });
    const body = lines(result.frames).filter((runs) => runs.some((r) => r.role === "paragraph"));
    expect(body.length).toBeGreaterThanOrEqual(3);
    // The address is longer than the line: it is broken inside, without a hyphen, and the line says so.
    expect(measurer.width(address, "regular", BODY)).toBeGreaterThan(paperSizes.letter.width - 2 * margin);
    expect(body.some((runs) => runs.at(-1)?.joinsNext === true)).toBe(true);
    for (const runs of body) {
      for (let i = 1; i < runs.length; i++) {
        const a = runs[i - 1] as TextItem;
        const b = runs[i] as TextItem;
        if (a.role !== "paragraph" || b.role !== "paragraph") continue;
        const gap = b.x - (a.x + a.width);
        const space = measurer.width(" ", a.font, a.size);
        expect(gap, `gap after "${a.text}" in "${lineText(runs)}"`).toBeLessThanOrEqual(2 * space + 1e-6);
      }
    }
    expect(result.spacing.maxRatio).toBeLessThanOrEqual(2);
  });

  it.each(margins)("at margins of %dpt: --text joins the broken address without a space", (margin) => {
    const { frames } = layoutWith(summary(), { margin });
    const text = frameText(frames);
    expect(words(text)).toContain(address);
    expect(words(text).filter((w) => w.startsWith("https://"))).toEqual([address]);
    // Every piece of the address printed on a line carries the link.
    const pieces = texts(frames).filter((t) => t.href === address);
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    expect(pieces.map((t) => t.text.trim()).join("")).toBe(address);
  });
});
