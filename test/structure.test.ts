/**
 * The tagged PDF's structure tree, read with pdf.js (getStructTree) on every PDF of the corpus (the default
 * résumé, its variants, A4, every example, a broken web address): Document; H1 the name; the contacts a P of
 * Links, each with its alternate text and annotation; a Sect per section, its H2 first; an H3 per entry; P for
 * subtitle, detail, skill and text lines; L > LI > Lbl (the mark) + LBody for bullets, sub-bullets a list inside
 * their bullet's body. The tree holds every printed character once, in the printed order; what it leaves out is
 * drawn as an artifact and is only space (rules are not text). The catalog says the language.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentFrames, TextItem } from "../src/layout/frame.js";
import { classicTheme } from "../src/layout/theme.js";
import { buildCorpus, type CorpusPdf } from "./helpers/corpus.js";
import { cleanup, tempDir } from "./helpers/e2e.js";
import { elements, readTagged, type StructElement, type TaggedPdf, treeText } from "./helpers/structTree.js";

let corpus: { pdf: CorpusPdf; tagged: TaggedPdf }[] = [];
beforeAll(async () => {
  const built = await buildCorpus(tempDir("vitae-structure-"));
  corpus = await Promise.all(built.map(async (pdf) => ({ pdf, tagged: await readTagged(pdf.build.pdf) })));
}, 600_000);
afterAll(cleanup);

const named = (name: string) => {
  const found = corpus.find((c) => c.pdf.name === name);
  if (!found) throw new Error(`no ${name} in the corpus`);
  return found;
};
const roles = (node: StructElement) => node.children.flatMap((c) => ("role" in c ? [c.role] : []));
const children = (node: StructElement) => node.children.filter((c): c is StructElement => "role" in c);

/** The text a page prints, run by run in the display list's order, without whitespace. */
function printedText(frames: DocumentFrames, page: number): string {
  const items = frames.pages[page]?.items.filter((i): i is TextItem => i.kind === "text") ?? [];
  const byLine = new Map<number, TextItem[]>();
  for (const item of items) byLine.set(item.line, [...(byLine.get(item.line) ?? []), item]);
  return [...byLine.values()]
    .flat()
    .map((item) => item.text)
    .join("")
    .replace(/\s+/g, "");
}

describe("every PDF", () => {
  it("declares its language", () => {
    for (const { pdf, tagged } of corpus) expect(tagged.lang, pdf.name).toBe("en-US");
  });

  it("holds every printed character in the tree once, in the printed order, and nothing untagged", () => {
    for (const { pdf, tagged } of corpus) {
      tagged.pages.forEach((page, p) => {
        expect(page.root.role, `${pdf.name}, page ${p + 1}`).toBe("Document");
        expect(treeText(page.root), `${pdf.name}, page ${p + 1}`).toBe(
          printedText(pdf.build.layout.frames, p),
        );
        expect(page.untagged, `${pdf.name}, page ${p + 1}`).toEqual([]);
      });
    }
  });

  it("marks no text as an artifact but space: no hidden words", () => {
    for (const { pdf, tagged } of corpus) {
      const artifacts = tagged.pages.flatMap((page) => page.artifacts);
      expect(
        artifacts.filter((text) => text.trim() !== ""),
        pdf.name,
      ).toEqual([]);
    }
  });

  it("starts each section with its H2; a bullet is a list item of its mark (Lbl) and text (LBody)", () => {
    for (const { pdf, tagged } of corpus) {
      const sections = pdf.build.resume.sections.length;
      expect(tagged.pages.flatMap((page) => elements(page.root)).filter((e) => e.role === "H2")).toHaveLength(
        sections,
      );
      tagged.pages.forEach((page, p) => {
        // pdf.js gives each page the elements with content on it: a page's first section may go on from the last.
        const sects = children(page.root).filter((e) => e.role === "Sect");
        sects.forEach((sect, i) => {
          if (p === 0 || i > 0) expect(roles(sect)[0], `${pdf.name}, page ${p + 1}`).toBe("H2");
        });
      });
      const all = tagged.pages.flatMap((page) => elements(page.root));
      // A list section's items have no mark: a body only. Every bullet and sub-bullet has a label, its mark.
      for (const item of all.filter((e) => e.role === "LI"))
        expect([["Lbl", "LBody"], ["LBody"]], pdf.name).toContainEqual(roles(item));
      const labels = all.filter((e) => e.role === "Lbl");
      const bullets = pdf.build.resume.sections.flatMap((s) =>
        s.kind === "entries" ? s.entries.flatMap((e) => e.bullets.flatMap((b) => [b, ...b.children])) : [],
      );
      expect(labels.map(treeText), pdf.name).toEqual(
        bullets.map((b) => ("id" in b ? classicTheme.bullet : classicTheme.subBullet)),
      );
      for (const list of all.filter((e) => e.role === "L"))
        expect(new Set(roles(list)), pdf.name).toEqual(new Set(["LI"]));
    }
  });

  it("gives every link alternate text and its annotation", () => {
    for (const { pdf, tagged } of corpus) {
      const links = tagged.pages.flatMap((page) => elements(page.root)).filter((e) => e.role === "Link");
      expect(links.length, pdf.name).toBeGreaterThan(0);
      for (const link of links) {
        expect(link.alt, pdf.name).toMatch(/^(E-mail |Telephone |https?:\/\/)\S/);
        expect(
          link.children.some((c) => "type" in c && c.type === "annotation"),
          pdf.name,
        ).toBe(true);
      }
    }
  });
});

describe("the default résumé", () => {
  it("is a Document of the name (H1), the contacts (P) and a Sect per section, each under its H2", () => {
    const { pdf, tagged } = named("default");
    const [page] = tagged.pages;
    if (!page) throw new Error("no page");
    const sections = pdf.build.resume.sections;
    expect(roles(page.root)).toEqual(["H1", "P", ...sections.map(() => "Sect")]);
    expect(treeText(children(page.root)[0] as StructElement)).toBe("YizhenYao");
    children(page.root)
      .filter((e) => e.role === "Sect")
      .forEach((sect, i) => {
        const [heading] = children(sect);
        expect(heading?.role).toBe("H2");
        expect(treeText(heading as StructElement)).toBe(sections[i]?.title.replace(/\s+/g, ""));
      });
  });

  it("links the contacts, each described", () => {
    const { tagged } = named("default");
    const contacts = children(tagged.pages[0]?.root as StructElement)[1] as StructElement;
    expect(children(contacts).map((link) => [link.role, link.alt])).toEqual([
      ["Link", "E-mail yizhen.yao@example.com"],
      ["Link", "Telephone +8600000000000"],
      ["Link", "https://example.com"],
    ]);
  });

  it("heads each entry with an H3 of its title and dates, then its lines and its list of bullets", () => {
    const { tagged } = named("default");
    const academic = children(tagged.pages[0]?.root as StructElement).find(
      (e) => e.role === "Sect" && treeText(e).startsWith("AcademicExperience"),
    );
    if (!academic) throw new Error("no Academic Experience");
    expect(roles(academic)).toEqual([
      "H2",
      "H3",
      "P",
      "L",
      "H3",
      "P",
      "L",
      "H3",
      "P",
      "P",
      "L",
      "H3",
      "P",
      "P",
      "L",
    ]);
    const [, title] = children(academic);
    expect(treeText(title as StructElement)).toBe("No-ReferenceImageQualityAssessment10/2022–02/2023");
    const list = children(academic)[3] as StructElement;
    const [first] = children(list);
    const [label, body] = children(first as StructElement);
    expect(treeText(label as StructElement)).toBe("•");
    expect(treeText(body as StructElement)).toMatch(/^Developedanovelpluggable.*referenceimage\.$/);
  });
});

describe("sub-bullets", () => {
  it("are a list inside their bullet's body, each item with its own mark", () => {
    const { pdf, tagged } = named("example career-changer");
    const withChildren = pdf.build.resume.sections.flatMap((s) =>
      s.kind === "entries" ? s.entries.flatMap((e) => e.bullets.filter((b) => b.children.length > 0)) : [],
    );
    expect(withChildren.length).toBeGreaterThan(0);
    const bodies = tagged.pages
      .flatMap((page) => elements(page.root))
      .filter((e) => e.role === "LBody" && roles(e).includes("L"));
    expect(bodies.length).toBe(withChildren.length);
    for (const body of bodies) {
      const nested = children(body).find((e) => e.role === "L") as StructElement;
      for (const item of children(nested)) {
        expect(roles(item)).toEqual(["Lbl", "LBody"]);
        expect(treeText(children(item)[0] as StructElement)).toBe("–");
      }
    }
  });
});
