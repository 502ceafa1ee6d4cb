/**
 * End to end: the default content built into a PDF, checked as a reader's tools see the file — page size,
 * fonts, links, metadata, outline and byte-for-byte determinism. The sample-frame checks of the renderer are in
 * render.test.ts; these run on the real content through buildPdf and the CLI.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuildResult, buildPdf } from "../src/pipeline.js";
import { type CliResult, CONTENT, cleanup, runPdfCli, tempDir } from "./helpers/e2e.js";
import {
  hasTool,
  parseInfo,
  pdfFonts,
  pdfInfo,
  pdfLinks,
  pdfObjects,
  qpdfCheck,
  rawPdf,
} from "./helpers/pdf.js";

const SECTIONS = [
  "Education",
  "Academic Experience",
  "Industry Experience",
  "Honors",
  "Languages & Skills",
  "Extracurricular",
];
/** 2023-11-14T22:13:20Z */
const EPOCH = "1700000000";

interface CliBuild extends CliResult {
  pdf: Buffer;
}

let dir = "";
let build: BuildResult;
let again: Buffer;
let a4: CliBuild;
let epoch: CliBuild;
let shanghai: CliBuild;
let utc: CliBuild;

async function cli(name: string, args: string[], env: Record<string, string> = {}): Promise<CliBuild> {
  const out = join(dir, `${name}.pdf`);
  const result = await runPdfCli(["--out", out, ...args], env);
  if (result.status !== 0) throw new Error(`${name}: exit ${result.status}\n${result.stderr}`);
  return { ...result, pdf: readFileSync(out) };
}

beforeAll(async () => {
  dir = tempDir();
  // The CLI runs (separate processes) overlap the two in-process builds.
  const runs = Promise.all([
    cli("a4", ["--paper", "a4"]),
    cli("epoch", [], { SOURCE_DATE_EPOCH: EPOCH }),
    cli("shanghai", [], { TZ: "Asia/Shanghai", LANG: "C", LC_ALL: "C" }),
    cli("utc", [], { TZ: "UTC", LANG: "en_US.UTF-8", LC_ALL: "en_US.UTF-8" }),
  ]);
  build = await buildPdf({ contentDir: CONTENT, outFile: join(dir, "first.pdf") });
  again = (await buildPdf({ contentDir: CONTENT, outFile: join(dir, "second.pdf") })).pdf;
  [a4, epoch, shanghai, utc] = await runs;
});

afterAll(cleanup);

describe("page", () => {
  it("is exactly one US Letter page", async () => {
    expect(build.layout.frames.pages).toHaveLength(1);
    expect((await parseInfo(build.pdf)).total).toBe(1);
    expect(rawPdf(build.pdf).match(/\/MediaBox \[[^\]]+\]/g)).toEqual(["/MediaBox [0 0 612 792]"]);
    const info = pdfInfo(build.pdf);
    if (info === undefined) return;
    expect(info.Pages).toBe("1");
    expect(info["Page size"]).toMatch(/^612 x 792 pts/);
  });

  it("is one A4 page with --paper a4", async () => {
    expect((await parseInfo(a4.pdf)).total).toBe(1);
    const info = pdfInfo(a4.pdf);
    if (info === undefined) return;
    expect(info.Pages).toBe("1");
    expect(info["Page size"]).toMatch(/^595\.28 x 841\.89 pts/);
  });

  it.skipIf(!hasTool("qpdf"))("passes qpdf --check", () => {
    const check = qpdfCheck(build.pdf);
    expect(check?.output).toMatch(/No syntax or stream encoding errors/);
    expect(check?.ok).toBe(true);
  });
});

describe("fonts", () => {
  it("embeds and subsets every font, all Latin Modern", () => {
    const fonts = pdfFonts(build.pdf);
    if (fonts === undefined) return;
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(font.name).toMatch(/^[A-Z]{6}\+LMRoman(Caps)?10-/);
    }
    const names = fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ""));
    for (const name of ["LMRoman10-Regular", "LMRoman10-Bold", "LMRoman10-Italic", "LMRomanCaps10-Regular"]) {
      expect(names).toContain(name);
    }
  });

  it("uses no standard 14 font (Helvetica, Times, Courier, Symbol, ZapfDingbats)", () => {
    const raw = rawPdf(build.pdf);
    expect(raw.match(/Helvetica|Times-|Courier|\/Symbol|ZapfDingbats/g) ?? []).toEqual([]);
    expect(raw.match(/\/Subtype \/Type1\b/g) ?? []).toEqual([]);
    for (const font of pdfFonts(build.pdf) ?? []) expect(font.type, font.name).not.toMatch(/^Type 1$/);
  });
});

describe("links", () => {
  it("gives the contacts mailto:, tel: and https: targets in the model and the display list", () => {
    const hrefs = build.resume.header.contacts.map((c) => c.href);
    expect(hrefs).toEqual(["mailto:yizhen.yao@example.com", "tel:+8600000000000", "https://example.com"]);
    const items = build.layout.frames.pages.flatMap((p) => p.items);
    const linked = items.flatMap((i) =>
      i.kind === "text" && i.href !== undefined ? [[i.text, i.href]] : [],
    );
    expect(linked).toEqual([
      ["yizhen.yao@example.com", "mailto:yizhen.yao@example.com"],
      ["+86 000 0000 0000", "tel:+8600000000000"],
      ["example.com", "https://example.com"],
    ]);
  });

  it("writes them as URI link annotations", () => {
    const uris = pdfLinks(build.pdf).map((l) => l.uri);
    expect(uris).toEqual(["mailto:yizhen.yao@example.com", "tel:+8600000000000", "https://example.com"]);
    for (const link of pdfLinks(build.pdf)) {
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = link.rect;
      expect(x2 - x1, link.uri).toBeGreaterThan(10);
      expect(y2 - y1, link.uri).toBeGreaterThan(5);
      expect(y1, link.uri).toBeGreaterThan(792 / 2); // in the header, at the top of the page
    }
  });
});

describe("metadata", () => {
  it("writes title, author, subject, keywords and creator (pdf.js)", async () => {
    const { info, metadata } = await parseInfo(build.pdf);
    expect(info).toMatchObject({
      Title: "Yizhen Yao — Résumé",
      Author: "Yizhen Yao",
      Subject: "Résumé",
      Creator: "vitae",
      Language: "en-US",
    });
    const keywords = String(info?.Keywords).split(", ");
    for (const skill of ["PyTorch", "Python", "C++", "Docker", "scikit-learn"])
      expect(keywords).toContain(skill);
    expect(metadata?.get("dc:title")).toBe("Yizhen Yao — Résumé");
  });

  it("writes the same through poppler, and is tagged", () => {
    const info = pdfInfo(build.pdf);
    if (info === undefined) return;
    expect(info).toMatchObject({
      Title: "Yizhen Yao — Résumé",
      Author: "Yizhen Yao",
      Subject: "Résumé",
      Creator: "vitae",
      Tagged: "yes",
      "PDF version": "1.7",
    });
    expect(info.Keywords).toContain("PyTorch");
  });

  it("declares the language en-US and marks the content", () => {
    const raw = rawPdf(build.pdf);
    // Booleans rather than toMatch: a failure would otherwise print the whole file.
    expect(raw.includes("/Lang (en-US)"), "/Lang (en-US) in the catalog").toBe(true);
    const markInfo = /\/MarkInfo (\d+) 0 R/.exec(raw)?.[1];
    const marked =
      markInfo !== undefined && pdfObjects(build.pdf).get(Number(markInfo))?.includes("/Marked true");
    expect(marked, "/MarkInfo << /Marked true >>").toBe(true);
    expect(raw.includes("/StructTreeRoot"), "/StructTreeRoot").toBe(true);
  });

  it("has an outline with the six section titles in order", async () => {
    const { outline } = await parseInfo(build.pdf);
    expect(outline?.map((node) => node.title)).toEqual(SECTIONS);
  });
});

describe("determinism", () => {
  it("gives byte-identical files for two builds in one process", () => {
    expect(again.length).toBe(build.pdf.length);
    expect(again.equals(build.pdf)).toBe(true);
  });

  it("dates the file from the content without SOURCE_DATE_EPOCH (its latest month)", async () => {
    const { info } = await parseInfo(utc.pdf);
    expect(info?.CreationDate).toBe("D:20250301000000Z");
    expect(info?.ModDate).toBe("D:20250301000000Z");
  });

  it("dates the file from SOURCE_DATE_EPOCH when set", async () => {
    const { info, metadata } = await parseInfo(epoch.pdf);
    expect(info?.CreationDate).toBe("D:20231114221320Z");
    expect(info?.ModDate).toBe("D:20231114221320Z");
    expect(metadata?.get("xmp:createdate")).toMatch(/^2023-11-14T22:13:20/);
    expect(epoch.pdf.equals(utc.pdf)).toBe(false);
  });

  it("gives the same bytes whatever TZ and LANG are", () => {
    expect(shanghai.pdf.equals(utc.pdf)).toBe(true);
  });

  it.skipIf(process.env.SOURCE_DATE_EPOCH !== undefined)(
    "gives the same bytes from the CLI as from buildPdf",
    () => {
      expect(utc.pdf.equals(build.pdf)).toBe(true);
    },
  );
});
