import { describe, expect, it } from "vitest";
import type { TextItem } from "../src/layout/frame.js";
import { frameText } from "../src/layout/frameText.js";
import { paperSizes } from "../src/layout/theme.js";
import { loadResume } from "../src/model/load.js";
import { layoutWith, syntheticResume } from "./helpers/build.js";

const texts = (items: readonly { kind: string }[]) => items.filter((i): i is TextItem => i.kind === "text");

describe("layout of the default content", async () => {
  const { resume } = await loadResume("content");
  const result = layoutWith(resume);
  const page = result.frames.pages[0];
  const margin = result.params.margin;
  const paper = paperSizes.letter;

  it("produces pages of Letter size", () => {
    expect(page?.width).toBe(paper.width);
    expect(page?.height).toBe(paper.height);
  });

  it("keeps every text item inside the margins", () => {
    for (const p of result.frames.pages) {
      for (const t of texts(p.items)) {
        expect(t.x, t.text).toBeGreaterThanOrEqual(margin - 0.01);
        expect(t.x + t.width, t.text).toBeLessThanOrEqual(paper.width - margin + 0.01);
        expect(t.baseline, t.text).toBeGreaterThanOrEqual(margin);
        expect(t.baseline, t.text).toBeLessThanOrEqual(paper.height - margin);
      }
    }
  });

  it("never overlaps two text items", () => {
    for (const p of result.frames.pages) {
      const items = texts(p.items);
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          const a = items[i] as TextItem;
          const b = items[j] as TextItem;
          const sameLine = Math.abs(a.baseline - b.baseline) < Math.min(a.size, b.size) * 0.8;
          const apart = a.x + a.width <= b.x + 0.01 || b.x + b.width <= a.x + 0.01;
          expect(sameLine && !apart, `"${a.text}" overlaps "${b.text}"`).toBe(false);
        }
      }
    }
  });

  it("right-aligns dates to the margin within 0.5pt", () => {
    const dates = result.frames.pages.flatMap((p) => texts(p.items)).filter((t) => t.role === "date");
    expect(dates.length).toBeGreaterThan(8);
    for (const d of dates) {
      if (d.section === "honors" || d.section === "extracurricular") continue; // may sit in a column
      expect(Math.abs(d.x + d.width - (paper.width - margin)), d.text).toBeLessThan(0.5);
    }
  });

  it("sets the date range with an en dash and the ordinal as a superscript", () => {
    const all = result.frames.pages.flatMap((p) => texts(p.items));
    expect(all.some((t) => t.text === "09/2022 – 03/2025")).toBe(true);
    const sup = all.find((t) => t.text === "th");
    const five = all.find((t) => t.text.endsWith("Ranking: 5"));
    expect(sup && five && sup.size < five.size && sup.baseline < five.baseline).toBe(true);
  });

  it("keeps Prof. and the name on one line", () => {
    const all = result.frames.pages.flatMap((p) => texts(p.items));
    expect(all.some((t) => t.text.includes("Prof. Zhenzhe Zheng"))).toBe(true);
  });

  it("anchors one bookmark per section", () => {
    const anchors = result.frames.pages.flatMap((p) => p.items.filter((i) => i.kind === "anchor"));
    expect(anchors.map((a) => (a.kind === "anchor" ? a.title : ""))).toEqual(
      resume.sections.map((s) => s.title),
    );
  });
});

describe("layout of long content", () => {
  it("breaks pages without ending a page on a section heading or splitting a short bullet", () => {
    const result = layoutWith(syntheticResume(60, 40));
    expect(result.frames.pages.length).toBeGreaterThan(1);
    for (const p of result.frames.pages) {
      const last = texts(p.items).at(-1);
      expect(last?.role).not.toBe("sectionHeading");
      expect(last?.role).not.toBe("entryTitle");
    }
    // Each bullet here has 2–3 lines: all of a bullet's lines are on one page.
    const firstWords = result.frames.pages.map(
      (p) => texts(p.items).filter((t) => t.role === "bullet")[0]?.text ?? "",
    );
    for (const w of firstWords.slice(1)) expect(w.startsWith("Bullet ")).toBe(true);
  });
});

describe("layout of unusual but valid content", () => {
  it("prints an entry's keywords when it has no role, supervisor, status or location", () => {
    const resume = syntheticResume(1, 5);
    const section = resume.sections[0];
    const entry = section?.kind === "entries" ? section.entries[0] : undefined;
    if (!entry) throw new Error("no entry");
    delete entry.role;
    delete entry.location;
    entry.keywords = ["LLM", "Inference"];
    const text = frameText(layoutWith(resume).frames);
    expect(text).toContain("LLM, Inference");
  });

  it("sets text placed on one line (name, contacts, headings, dates) with ordinary spaces", () => {
    const resume = syntheticResume(1, 5);
    resume.header.name = "Dr. Jane Doe";
    resume.header.headline = "Postdoc with Prof. Smith";
    const section = resume.sections[0];
    if (section) section.title = "Work with Prof. Smith";
    const entry = section?.kind === "entries" ? section.entries[0] : undefined;
    if (entry) entry.location = "St. Louis";
    const result = layoutWith(resume);
    const items = result.frames.pages.flatMap((p) => texts(p.items));
    expect(items.filter((t) => t.text.includes("\u00a0")).map((t) => t.text)).toEqual([]);
    const location = items.find((t) => t.text === "St. Louis");
    expect(location && location.x + location.width).toBeCloseTo(
      paperSizes.letter.width - result.params.margin,
      6,
    );
  });
});
