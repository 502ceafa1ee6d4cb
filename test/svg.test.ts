/**
 * The SVG pages and the PDF come from one display list and must agree: on the default résumé and every example,
 * every glyph the PDF draws (as pdf.js reads its content stream) is drawn by the SVG (as its text elements place
 * characters) with the same characters at the same place, to 0.1 pt — so the same words at the same positions.
 * And the SVG is what the README says: the fonts of fonts/ embedded, a role and a source position on every text
 * element, the links as <a>, the rules as lines.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleNames } from "../scripts/gallery.js";
import type { TextItem } from "../src/layout/frame.js";
import { type BuildResult, buildPdf } from "../src/pipeline.js";
import { renderSvg } from "../src/render/renderSvg.js";
import { type DrawnGlyph, drawnGlyphs } from "./helpers/drawnGlyphs.js";
import { CONTENT, cleanup, ROOT, runPdfCli, tempDir } from "./helpers/e2e.js";
import { type SvgGlyph, svgGlyphs } from "./helpers/svgGlyphs.js";

const OUT = tempDir("vitae-svg-");
afterAll(cleanup);

const SUBJECTS = [
  { name: "default", dir: CONTENT },
  ...exampleNames().map((name) => ({ name, dir: join(ROOT, "examples", name) })),
];

const builds = new Map<string, BuildResult>();
beforeAll(async () => {
  for (const { name, dir } of SUBJECTS)
    builds.set(name, await buildPdf({ contentDir: dir, outFile: join(OUT, `${name}.pdf`) }));
}, 180_000);

function built(name: string): BuildResult {
  const build = builds.get(name);
  if (!build) throw new Error(`${name} was not built`);
  return build;
}

interface Placed {
  text: string;
  x: number;
  y: number;
}

/** Glyphs that print something (no spaces: the PDF's stretched artifact spaces have no SVG counterpart). */
const inked = <T extends { text: string }>(glyphs: readonly T[]) =>
  glyphs.filter((g) => g.text.trim() !== "");

/**
 * In reading position: rows by baseline (a superscript is a row of its own), left to right, so two drawings of
 * one page can be compared whatever order they draw in.
 */
function byPosition(glyphs: Placed[]): Placed[] {
  const sorted = [...glyphs].sort((a, b) => a.y - b.y);
  const rows: Placed[][] = [];
  for (const g of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs((row[0]?.y ?? 0) - g.y) < 0.5) row.push(g);
    else rows.push([g]);
  }
  return rows.flatMap((row) => row.sort((a, b) => a.x - b.x));
}

function pdfPlaced(glyphs: DrawnGlyph[], pageHeight: number): Placed[] {
  return inked(glyphs).map((g) => ({ text: g.text, x: g.x, y: pageHeight - g.y }));
}

function svgPlaced(glyphs: SvgGlyph[]): Placed[] {
  return inked(glyphs).map((g) => ({ text: g.text, x: g.x, y: g.y }));
}

/** Glyphs that differ between two drawings of a page, described; at most `limit`. */
function differences(pdf: Placed[], svg: Placed[], tolerance: number, limit = 5): string[] {
  const found: string[] = [];
  const count = Math.max(pdf.length, svg.length);
  for (let i = 0; i < count && found.length < limit; i++) {
    const a = pdf[i];
    const b = svg[i];
    if (!a || !b || a.text !== b.text || Math.abs(a.x - b.x) > tolerance || Math.abs(a.y - b.y) > tolerance)
      found.push(`glyph ${i}: PDF ${JSON.stringify(a)} vs SVG ${JSON.stringify(b)}`);
  }
  return found;
}

describe("SVG and PDF agree", () => {
  it.each(SUBJECTS.map((s) => s.name))(
    "%s: every glyph at the same place, with the same characters, to 0.1pt",
    async (name) => {
      const build = built(name);
      const svgs = renderSvg(build.layout.frames, build.fonts);
      const pdfPages = await drawnGlyphs(build.pdf);
      expect(svgs.length).toBe(build.layout.frames.pages.length);
      expect(pdfPages.length).toBe(svgs.length);
      let compared = 0;
      let worst = 0;
      svgs.forEach((svg, i) => {
        const height = build.layout.frames.pages[i]?.height ?? 0;
        const pdf = byPosition(pdfPlaced(pdfPages[i] ?? [], height));
        const drawn = byPosition(svgPlaced(svgGlyphs(svg)));
        expect(drawn.length, `page ${i + 1}: glyph count`).toBe(pdf.length);
        expect(differences(pdf, drawn, 0.1), `page ${i + 1}`).toEqual([]);
        worst = Math.max(
          worst,
          ...pdf.map((g, k) => Math.hypot(g.x - (drawn[k]?.x ?? 0), g.y - (drawn[k]?.y ?? 0))),
        );
        compared += pdf.length;
      });
      console.info(`${name}: ${compared} glyphs, furthest apart ${worst.toFixed(5)} pt`);
      // A résumé prints thousands of glyphs: a comparison of a few would prove little.
      expect(compared).toBeGreaterThan(1000);
    },
  );

  it("tells a glyph moved by 0.2pt, and a changed letter, from a faithful drawing", async () => {
    const build = built("default");
    const [svg = ""] = renderSvg(build.layout.frames, build.fonts);
    const [page = []] = await drawnGlyphs(build.pdf);
    const height = build.layout.frames.pages[0]?.height ?? 0;
    const pdf = byPosition(pdfPlaced(page, height));
    const moved = svg.replace(/ x="(\d+(?:\.\d+)?)/, (_m, x: string) => ` x="${Number(x) + 0.2}`);
    expect(differences(pdf, byPosition(svgPlaced(svgGlyphs(moved))), 0.1)).toHaveLength(1);
    const retyped = svg.replace(">Shanghai Jiao Tong University<", ">Shanghai Jiao Tong Universitx<");
    expect(retyped).not.toBe(svg);
    expect(differences(pdf, byPosition(svgPlaced(svgGlyphs(retyped))), 0.1)).toHaveLength(1);
  });
});

describe("the SVG pages", () => {
  it("embed the fonts of fonts/ as @font-face rules, each face by its file's family, weight and style", () => {
    const build = built("default");
    const [svg = ""] = renderSvg(build.layout.frames, build.fonts);
    const rules = [
      ...svg.matchAll(
        /@font-face\{font-family:'([^']+)';font-weight:(\d+);font-style:(\w+);src:url\(data:font\/otf;base64,([A-Za-z0-9+/=]+)\)/g,
      ),
    ];
    const faces = rules.map(([, family, weight, style]) => `${family} ${weight} ${style}`).sort();
    // The faces the page is set in (the default résumé has no bold italic): regular, italic, bold, small caps.
    expect(faces).toEqual([
      "Latin Modern Roman 400 italic",
      "Latin Modern Roman 400 normal",
      "Latin Modern Roman 700 normal",
      "Latin Modern Roman Caps 400 normal",
    ]);
    const embedded = rules.map(([, , , , base64]) => Buffer.from(base64 ?? "", "base64"));
    const used = new Set(
      build.layout.frames.pages[0]?.items.flatMap((i) => (i.kind === "text" ? [i.font] : [])),
    );
    expect([...used].sort()).toEqual(["bold", "italic", "regular", "smallCaps"]);
    for (const font of used)
      expect(
        embedded.some((bytes) => bytes.equals(readFileSync(build.fonts[font]))),
        font,
      ).toBe(true);
  });

  it("give every text element its role and source position, as file:line:col", () => {
    const build = built("default");
    const [svg = ""] = renderSvg(build.layout.frames, build.fonts);
    const texts = [...svg.matchAll(/<text\b([^>]*)>/g)].map(([, attributes]) => attributes ?? "");
    const runs = build.layout.frames.pages[0]?.items.filter((i): i is TextItem => i.kind === "text") ?? [];
    expect(texts.length).toBe(runs.length);
    for (const attributes of texts) {
      expect(attributes).toMatch(/ data-role="[a-zA-Z]+"/);
      expect(attributes).toMatch(/ data-source="content\/\d\d-[a-z]+\.md:\d+:\d+"/);
    }
    // A bullet's lines point at its list item: the "- " that starts it in the Markdown.
    const source = readFileSync(join(CONTENT, "20-academic.md"), "utf8").split("\n");
    const bullet =
      /<text\b[^>]*data-role="bullet" data-source="content\/20-academic\.md:(\d+):(\d+)">([^<]*)/.exec(svg);
    expect(bullet, "a bullet of 20-academic.md").not.toBeNull();
    const [line, column, text] = [Number(bullet?.[1]), Number(bullet?.[2]), bullet?.[3] ?? ""];
    expect(source[line - 1]?.slice(column - 1)).toMatch(/^- /);
    expect(source[line - 1]).toContain(text.trim().split(" ").slice(0, 3).join(" "));
  });

  it("make each link an <a> with the link's address, and draw each rule", () => {
    const build = built("default");
    const [svg = ""] = renderSvg(build.layout.frames, build.fonts);
    const items = build.layout.frames.pages[0]?.items ?? [];
    const hrefs = items.flatMap((i) => (i.kind === "text" && i.href ? [i.href] : []));
    expect(hrefs).toContain("mailto:yizhen.yao@example.com");
    const anchors = [...svg.matchAll(/<a href="([^"]*)"><text\b/g)].map(([, href]) => href);
    expect(anchors).toEqual(hrefs);
    const rules = items.filter((i) => i.kind === "rule").length;
    expect([...svg.matchAll(/<line\b[^>]*stroke="#000"/g)]).toHaveLength(rules);
    expect(rules).toBeGreaterThan(5);
  });

  it("are written by --svg one per page, beside the PDF, and --png beside them", async () => {
    const out = join(tempDir("vitae-svg-cli-"), "cv.pdf");
    const result = await runPdfCli(["--content", "examples/senior-engineer", "--out", out, "--svg", "--png"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const stem = out.replace(/\.pdf$/, "");
    for (const page of [1, 2]) {
      expect(readFileSync(`${stem}-${page}.svg`, "utf8")).toContain(`data-page="${page}"`);
      const png = readFileSync(`${stem}-${page}.png`);
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      // 8.5 in at 144 pixels per inch, in the IHDR chunk.
      expect(png.readUInt32BE(16)).toBe(1224);
    }
    expect(result.stdout).toContain(`also wrote ${stem}-2.png`);
  });
});
