import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../src/diagnostics.js";
import { measurerFor } from "../src/fonts.js";
import { writeFileAtomic } from "../src/io/atomicWrite.js";
import type { Block, DocumentFrames, FontId, FrameItem, Role, TextItem } from "../src/layout/frame.js";
import { classicTheme } from "../src/layout/theme.js";
import { renderPdf } from "../src/render/renderPdf.js";
import { shapedRun } from "./helpers/frames.js";
import { AS_ROOT, bundleForAnyone, NOBODY, removeBundles } from "./helpers/nobody.js";
import {
  extractText,
  parseInfo,
  pdfFonts,
  pdfInfo,
  pdfLinks,
  pdfObjects,
  pdfStructText,
  pdftotext,
  qpdfCheck,
  rawPdf,
} from "./helpers/pdf.js";
import { lacks } from "./helpers/tools.js";

const FONT_DIR = join(import.meta.dirname, "..", "fonts");
const FONTS: Record<FontId, string> = {
  regular: join(FONT_DIR, "lmroman10-regular.otf"),
  bold: join(FONT_DIR, "lmroman10-bold.otf"),
  italic: join(FONT_DIR, "lmroman10-italic.otf"),
  boldItalic: join(FONT_DIR, "lmroman10-bolditalic.otf"),
  smallCaps: join(FONT_DIR, "lmromancaps10-regular.otf"),
};

// Runs are shaped as layout shapes them, with the theme's measurer (the renderer never measures).
const measurer = measurerFor(classicTheme);
const measure = (font: FontId, text: string, size: number) => measurer.width(text, font, size);

type RunOptions = Partial<Pick<TextItem, "href" | "section" | "blocks">> & {
  /** Sets the run's spaces wider, so that the run is this wide (a justified line). */
  justifyTo?: number;
};

function run(
  text: string,
  font: FontId,
  size: number,
  x: number,
  baseline: number,
  role: Role,
  opts: RunOptions = {},
) {
  const { justifyTo, ...fields } = opts;
  const item = shapedRun(measurer, {
    text,
    font,
    size,
    x,
    baseline,
    role,
    line: Math.round(baseline),
    ...fields,
  });
  if (justifyTo !== undefined) {
    const spaces = item.glyphs.filter((g) => g.text === " ");
    const extra = (justifyTo - item.width) / spaces.length;
    for (const space of spaces) space.advance += extra;
    item.width = justifyTo;
  }
  return item;
}

/** Each word as its own run, 0.3 em apart: extractors must infer the spaces. */
function words(
  text: string,
  font: FontId,
  size: number,
  x: number,
  baseline: number,
  role: Role,
  blocks: Block[],
  section?: string,
) {
  const items: TextItem[] = [];
  let at = x;
  for (const word of text.split(" ")) {
    const item = run(word, font, size, at, baseline, role, {
      blocks,
      ...(section === undefined ? {} : { section }),
    });
    items.push(item);
    at += item.width + 0.3 * size;
  }
  return items;
}

const PAGE_W = 360;
const MARGIN = 24;
const RIGHT = PAGE_W - MARGIN;
const BULLET = "Built an efficient first office pipeline for the whole team, cutting builds";
const EXPERIENCE: Block = { kind: "section", id: "experience" };
const SKILLS: Block = { kind: "section", id: "skills" };
const BULLETS: Block[] = [EXPERIENCE, { kind: "list", id: "senior" }, { kind: "item", id: "pipeline" }];

function sampleFrames(title = "Jane Q. Doe — Résumé"): DocumentFrames {
  const contact: FrameItem[] = [];
  let x = MARGIN;
  const contactRuns: [string, string | undefined][] = [
    ["jane@example.com", "mailto:jane@example.com"],
    ["·", undefined],
    ["+1 555 0100", "tel:+15550100"],
    ["·", undefined],
    ["example.com/jane", "https://example.com/jane"],
  ];
  for (const [text, href] of contactRuns) {
    const item =
      href === undefined
        ? run(text, "regular", 9, x, 62, "decoration")
        : run(text, "regular", 9, x, 62, "contact", { href, blocks: [{ kind: "contacts", id: "contacts" }] });
    contact.push(item);
    x += item.width + 0.3 * 9;
  }
  const date = "2019 – 2024";
  const dateWidth = measure("italic", date, 9);
  const group: Block[] = [SKILLS, { kind: "paragraph", id: "languages" }];
  const skills = run("Languages: ", "bold", 9, MARGIN, 178, "skillLabel", {
    section: "skills",
    blocks: group,
  });
  const values = run("TypeScript, Rust", "regular", 9, MARGIN + skills.width, 178, "skillValues", {
    section: "skills",
    blocks: group,
  });
  const heading = (id: string): Block[] => [
    { kind: "section", id },
    { kind: "heading", id },
  ];
  const entryHeading: Block[] = [EXPERIENCE, { kind: "entryHeading", id: "senior" }];
  return {
    meta: {
      title,
      author: "Jane Q. Doe",
      subject: "Curriculum vitae",
      keywords: ["engineering", "typescript"],
      lang: "en-US",
      created: new Date("2024-05-01T12:00:00Z"),
    },
    pages: [
      {
        width: PAGE_W,
        height: 220,
        items: [
          ...words("Jane Q. Doe", "bold", 20, MARGIN, 42, "name", [{ kind: "name", id: "name" }]),
          ...contact,
          { kind: "anchor", title: "Experience", section: "experience", y: 80 },
          run("Experience", "smallCaps", 12, MARGIN, 94, "sectionHeading", {
            section: "experience",
            blocks: heading("experience"),
          }),
          { kind: "rule", x1: MARGIN, y1: 98, x2: RIGHT, y2: 98, thickness: 0.4, role: "decoration" },
          ...words(
            "Senior Engineer, Acme & Co.",
            "bold",
            10,
            MARGIN,
            114,
            "entryTitle",
            entryHeading,
            "experience",
          ),
          run(date, "italic", 9, RIGHT - dateWidth, 114, "date", {
            section: "experience",
            blocks: entryHeading,
          }),
          run("•", "regular", 9, MARGIN + 2, 128, "mark", {
            section: "experience",
            blocks: [...BULLETS, { kind: "label", id: "pipeline" }],
          }),
          // Justified: the line fills the measure exactly, each space stretched alike.
          run(BULLET, "regular", 9, MARGIN + 10, 128, "bullet", {
            section: "experience",
            blocks: [...BULLETS, { kind: "body", id: "pipeline" }],
            justifyTo: RIGHT - (MARGIN + 10),
          }),
          { kind: "anchor", title: "Skills", section: "skills", y: 146 },
          run("Skills", "smallCaps", 12, MARGIN, 160, "sectionHeading", {
            section: "skills",
            blocks: heading("skills"),
          }),
          { kind: "rule", x1: MARGIN, y1: 164, x2: RIGHT, y2: 164, thickness: 0.4, role: "decoration" },
          skills,
          values,
          {
            kind: "link",
            x: values.x + measure("regular", "TypeScript, ", 9),
            y: 170,
            width: measure("regular", "Rust", 9),
            height: 11,
            href: "https://www.rust-lang.org/",
            role: "skillValues",
          },
        ],
      },
    ],
  };
}

const EXPECTED_WORDS = [
  ..."Jane Q. Doe jane@example.com +1 555 0100 example.com/jane Experience".split(" "),
  ..."Senior Engineer, Acme & Co. 2019 – 2024".split(" "),
  ...BULLET.split(" "),
  ..."Skills Languages: TypeScript, Rust".split(" "),
];

/** Every expected word, in order, each separated from the next by whitespace (or a decoration glyph). */
function expectWordsInOrder(text: string): void {
  const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = EXPECTED_WORDS.map(literal).join("(?:\\s+|\\s*[·•]\\s*)");
  expect(text.replace(/\s+/g, " ")).toMatch(new RegExp(pattern));
}

const pdf = await renderPdf(sampleFrames(), FONTS);
// Set VITAE_RENDER_CHECK=/tmp/render-check.pdf to look at the sample.
if (process.env.VITAE_RENDER_CHECK) writeFileSync(process.env.VITAE_RENDER_CHECK, pdf);

describe("renderPdf text layer", () => {
  it("parses and extracts every word in order with pdf.js", async () => {
    expect(pdf.subarray(0, 8).toString("latin1")).toBe("%PDF-1.7");
    expectWordsInOrder(await extractText(pdf));
  });

  it.skipIf(lacks("pdftotext"))("extracts every word in order with pdftotext", () => {
    const text = pdftotext(pdf);
    expectWordsInOrder(text);
    expect(text).toContain("efficient first office");
  });

  it("keeps ligatures intact", async () => {
    expect(await extractText(pdf)).toMatch(/efficient\s+first\s+office/);
  });
});

describe("renderPdf fonts and metadata", () => {
  it("uses no Helvetica", () => {
    expect(rawPdf(pdf)).not.toContain("Helvetica");
  });

  it.skipIf(lacks("pdffonts"))("embeds and subsets every font", () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, "")).sort()).toEqual([
      "LMRoman10-Bold",
      "LMRoman10-Italic",
      "LMRoman10-Regular",
      "LMRomanCaps10-Regular",
    ]);
    for (const font of fonts) expect(font).toMatchObject({ embedded: true, subset: true, unicode: true });
  });

  it("writes the info dictionary, language, tagging and PDF 1.7", async () => {
    const { info } = await parseInfo(pdf);
    expect(info).toMatchObject({
      Title: "Jane Q. Doe — Résumé",
      Author: "Jane Q. Doe",
      Subject: "Curriculum vitae",
      Keywords: "engineering, typescript",
      Creator: "vitae",
      Language: "en-US",
    });
    expect(rawPdf(pdf)).toContain("/Lang (en-US)");
    expect(rawPdf(pdf)).toMatch(/\/DisplayDocTitle true/);
  });

  it.skipIf(lacks("pdfinfo"))("writes the same for poppler, tagged, one page of the frame's size", () => {
    expect(pdfInfo(pdf)).toMatchObject({
      Title: "Jane Q. Doe — Résumé",
      Author: "Jane Q. Doe",
      Subject: "Curriculum vitae",
      Keywords: "engineering, typescript",
      Creator: "vitae",
      Producer: "vitae (PDFKit)",
      Tagged: "yes",
      "PDF version": "1.7",
      Pages: "1",
      "Page size": "360 x 220 pts",
    });
  });

  it("is byte-identical across renders of the same frames", async () => {
    expect((await renderPdf(sampleFrames(), FONTS)).equals(pdf)).toBe(true);
  });

  it("survives a title with & and < (XMP stays well-formed)", async () => {
    const title = 'R&D <Lead> & "Jane\'s" CV';
    const buf = await renderPdf(sampleFrames(title), FONTS);
    const { info, metadata } = await parseInfo(buf);
    expect(info?.Title).toBe(title);
    expect(metadata?.get("dc:title")).toBe(title);
    expect(rawPdf(buf)).toContain("R&amp;D &lt;Lead&gt;");
  });

  it.skipIf(lacks("qpdf"))("passes qpdf --check with such a title", async () => {
    const check = qpdfCheck(await renderPdf(sampleFrames('R&D <Lead> & "Jane\'s" CV'), FONTS));
    expect(check.output).toMatch(/No syntax or stream encoding errors/);
    expect(check.ok).toBe(true);
  });
});

describe("renderPdf links, outline and structure", () => {
  it("adds URI link annotations for href runs and link areas", () => {
    expect(pdfLinks(pdf).map((link) => link.uri)).toEqual([
      "mailto:jane@example.com",
      "tel:+15550100",
      "https://example.com/jane",
      "https://www.rust-lang.org/",
    ]);
  });

  it("percent-encodes non-ASCII link targets and links decoration runs too", async () => {
    const frames = sampleFrames();
    const icon = run("»", "regular", 9, 300, 20, "decoration", { href: "https://example.com/café" });
    frames.pages[0]?.items.push(icon);
    const links = pdfLinks(await renderPdf(frames, FONTS)).map((link) => link.uri);
    expect(links).toContain("https://example.com/caf%C3%A9");
  });

  it("puts a text link's box over its glyphs, around the baseline", () => {
    const mailto = pdfLinks(pdf).find((link) => link.uri.startsWith("mailto:"));
    const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = mailto?.rect ?? [];
    const baseline = 220 - 62; // PDF space: y grows upwards
    expect(x1).toBeCloseTo(MARGIN, 2);
    expect(x2 - x1).toBeCloseTo(measure("regular", "jane@example.com", 9), 2);
    expect(y1).toBeLessThan(baseline);
    expect(y2).toBeGreaterThan(baseline + 0.7 * 9); // above the ascenders
  });

  it("has one outline entry per anchor, pointing at its page and y", async () => {
    const { outline } = await parseInfo(pdf);
    expect(outline?.map((node) => node.title)).toEqual(["Experience", "Skills"]);
    const dests = [...pdfObjects(pdf).values()].flatMap(
      (body) => /\/Dest \[\d+ 0 R (.*)\]/.exec(body)?.[1] ?? [],
    );
    expect(dests).toEqual(["/XYZ 0 140 0", "/XYZ 0 74 0"]); // left 0, top = 220 - anchor y, zoom unchanged
  });

  it.skipIf(lacks("pdfinfo"))(
    "tags the document from the runs' blocks: H1, a P of Links, Sect, H2, H3, L, LI, Lbl, LBody; artifacts",
    () => {
      const raw = rawPdf(pdf);
      expect(raw).toContain("/StructTreeRoot");
      for (const type of ["Document", "H1", "Sect", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Link"])
        expect(raw).toContain(`/S /${type}\n`);
      const tree = pdfStructText(pdf);
      expect(tree).toMatch(
        /^Document\n {2}H1 \(block\)\n {4}"Jane"\n {4}"Q\."\n {4}"Doe"\n {2}P \(block\)\n {4}Link/,
      );
      expect(tree).toMatch(
        / {2}Sect\n {4}H2 \(block\)\n {6}"Experience"\n {4}H3 \(block\)\n {6}"Senior"\n[\s\S]* {6}"2019 – 2024"\n {4}L \(block\)\n {6}LI \(block\)\n {8}Lbl \(block\)\n {10}"•"\n {8}LBody \(block\)\n {10}"Built an efficient/,
      );
      expect(tree).toMatch(
        / {2}Sect\n {4}H2 \(block\)\n {6}"Skills"\n {4}P \(block\)\n {6}"Languages: TypeScript, Rust"/,
      );
      for (const uri of ["jane@example\\.com", "\\+1 555 0100", "example\\.com/jane"]) {
        expect(tree).toMatch(new RegExp(`Link \\(inline\\)\\n +"${uri}"\\n +Object \\d+`));
      }
      expect(tree).not.toMatch(/·/); // decoration (the contact separators) is an artifact, outside the tree
      expect(pdftotext(pdf)).toMatch(/·/); // …yet still drawn and extracted
    },
  );

  it("sizes each page from its frame and adds no pages of its own", async () => {
    const frames = sampleFrames();
    const first = frames.pages[0];
    if (first === undefined) throw new Error("no page");
    const second = { width: 300, height: 400, items: [run("Two", "regular", 9, 20, 30, "paragraph")] };
    const buf = await renderPdf({ ...frames, pages: [first, second] }, FONTS);
    expect((await parseInfo(buf)).total).toBe(2);
    expect(await extractText(buf)).toContain("Two");
    const sizes = rawPdf(buf).match(/\/MediaBox \[[^\]]+\]/g);
    expect(sizes).toEqual(["/MediaBox [0 0 360 220]", "/MediaBox [0 0 300 400]"]);
  });
});

describe("renderPdf font errors", () => {
  it("names a missing font file", async () => {
    const missing = "/nonexistent/fonts/missing-bold.otf";
    const error = await renderPdf(sampleFrames(), { ...FONTS, bold: missing }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(String(error)).toContain(`${missing}: font file not found`);
  });

  it("names a corrupt font file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vitae-font-"));
    try {
      const corrupt = join(dir, "corrupt.otf");
      writeFileSync(corrupt, "not a font at all");
      const error = await renderPdf(sampleFrames(), { ...FONTS, regular: corrupt }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect(String(error)).toContain(`${corrupt}: cannot use font file: not a valid OpenType/TrueType font`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("writeFileAtomic", () => {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "vitae-write-"));
  });
  afterEach(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });
  afterAll(removeBundles);

  it("replaces an existing file and leaves no temp file", async () => {
    const target = join(dir, "resume.pdf");
    writeFileSync(target, "old");
    await writeFileAtomic(target, pdf);
    expect(readFileSync(target).equals(pdf)).toBe(true);
    await writeFileAtomic(target, "text");
    expect(readFileSync(target, "utf8")).toBe("text");
    expect(readdirSync(dir)).toEqual(["resume.pdf"]);
  });

  it("reports a missing folder as a UserError", async () => {
    const target = join(dir, "missing", "resume.pdf");
    const error = await writeFileAtomic(target, pdf).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(String(error)).toContain(`cannot write ${target}: the folder does not exist (ENOENT)`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses a folder in the way before writing: no temp file, the folder kept", async () => {
    const target = join(dir, "resume.pdf");
    mkdirSync(target);
    writeFileSync(join(target, "keep"), "old");
    const error = await writeFileAtomic(target, pdf).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(String(error)).toContain(`cannot write ${target}: it is a folder`);
    expect(readdirSync(dir)).toEqual(["resume.pdf"]);
    expect(readFileSync(join(target, "keep"), "utf8")).toBe("old");
  });

  // Root ignores folder permissions: as root the write runs as nobody, from a bundle outside the checkout.
  it("reports an unwritable folder and keeps the target", async () => {
    const target = join(dir, "resume.pdf");
    writeFileSync(target, "old");
    chmodSync(dir, 0o555);
    const error = AS_ROOT
      ? writeAsNobody(target)
      : String(await writeFileAtomic(target, pdf).catch((e: unknown) => e));
    expect(error).toContain(`cannot write ${target}: permission denied (EACCES)`);
    expect(readFileSync(target, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["resume.pdf"]);
  });
});

/** Runs writeFileAtomic(target) as user nobody; returns what it threw, as text. */
function writeAsNobody(target: string): string {
  const scriptDir = mkdtempSync(join(tmpdir(), "vitae-nobody-"));
  const script = join(scriptDir, "write.ts");
  writeFileSync(
    script,
    `import { writeFileAtomic } from ${JSON.stringify(join(import.meta.dirname, "..", "src", "io", "atomicWrite.ts"))};\n` +
      `await writeFileAtomic(process.argv[2] ?? "", "new").then(() => console.log("written"), (e) => console.log(String(e)));\n`,
  );
  const bundle = bundleForAnyone(script);
  rmSync(scriptDir, { recursive: true });
  const result = spawnSync(process.execPath, [bundle, target], {
    cwd: tmpdir(),
    encoding: "utf8",
    uid: NOBODY,
    gid: NOBODY,
  });
  if (result.status !== 0) throw new Error(`the write as nobody failed: ${result.stderr}`);
  return result.stdout;
}
