/**
 * The gallery of the README: builds the default content and every example in examples/, renders each to a
 * small PNG with poppler's pdftoppm (the pages of a longer résumé side by side), and writes
 * docs/gallery/gallery.json: per résumé the SHA-256 of its display list and the numbers the README quotes.
 *
 *   npm run gallery
 *
 * test/examples.test.ts builds everything again and compares the display-list hashes with the committed
 * gallery.json, so the pictures cannot silently go out of date. The display list is deterministic; its one
 * date comes from SOURCE_DATE_EPOCH when that is set, so the gallery is built without it, dated by its content.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import type { DocumentFrames } from "../src/layout/frame.js";
import { type BuildResult, buildPdf } from "../src/pipeline.js";

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, "..");
export const EXAMPLES_DIR = join(ROOT, "examples");
export const GALLERY_DIR = join(ROOT, "docs", "gallery");
export const GALLERY_FILE = join(GALLERY_DIR, "gallery.json");
/** Resolution of the pictures, in pixels per inch: a US Letter page is 425 × 550 pixels. */
export const DPI = 50;
/** Grey border around and between the pages of a picture, in pixels, and its shade. */
export const GUTTER = 6;
const GUTTER_GREY = 0xd8;

/** One résumé of the gallery: a name (the picture's file name) and its content folder, from the root. */
export interface GallerySubject {
  name: string;
  content: string;
}

/** What gallery.json records for one résumé. */
export interface GalleryEntry extends GallerySubject {
  /** The picture, relative to docs/gallery. */
  image: string;
  /** SHA-256 of the display list (see `displayListHash`). */
  displayList: string;
  pages: number;
  budget: number;
  paper: string;
  bodySize: number;
  leading: number;
  marginInches: number;
  fill: number;
  maxRatio: number;
  raggedLines: number;
}

export interface Gallery {
  generatedBy: string;
  entries: GalleryEntry[];
}

/** The folders of examples/, by name: every folder is an example. */
export function exampleNames(): string[] {
  return readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** The default content, then every example. */
export function gallerySubjects(): GallerySubject[] {
  return [
    { name: "default", content: "content" },
    ...exampleNames().map((name) => ({ name, content: `examples/${name}` })),
  ];
}

/**
 * SHA-256 of the display list as JSON, with each item's source file written relative to the repository root
 * (a build given an absolute content folder records absolute paths): the same for any working directory.
 */
export function displayListHash(frames: DocumentFrames): string {
  const json = JSON.stringify(frames, (key, value: unknown) => {
    if (key === "file" && typeof value === "string" && isAbsolute(value))
      return relative(ROOT, value).split(sep).join("/");
    return value;
  });
  return createHash("sha256").update(json).digest("hex");
}

/** The gallery's record of one build. */
export function galleryEntry(subject: GallerySubject, build: BuildResult): GalleryEntry {
  const { report } = build;
  return {
    ...subject,
    image: `${subject.name}.png`,
    displayList: displayListHash(build.layout.frames),
    pages: report.pages,
    budget: report.budget,
    paper: report.params.paper,
    bodySize: report.params.bodySize,
    leading: report.params.leading,
    marginInches: report.params.marginInches,
    fill: report.fill,
    maxRatio: report.spacing.maxRatio,
    raggedLines: report.spacing.raggedLines,
  };
}

/** Builds one subject of the gallery into `outDir`, as `npm run pdf -- --content DIR` would. */
export function buildSubject(subject: GallerySubject, outDir: string): Promise<BuildResult> {
  return buildPdf({ contentDir: join(ROOT, subject.content), outFile: join(outDir, `${subject.name}.pdf`) });
}

/** A greyscale image: `width` × `height` bytes, row by row. */
interface Grey {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Renders every page of a PDF with pdftoppm, in greyscale (PGM). */
function renderPages(pdf: string, dir: string): Grey[] {
  const prefix = join(dir, "page");
  execFileSync("pdftoppm", ["-gray", "-r", String(DPI), pdf, prefix]);
  // pdftoppm numbers the pages page-1.pgm … (zero-padded when there are ten or more).
  return readdirSync(dir)
    .filter((f) => /^page-\d+\.pgm$/.test(f))
    .sort((a, b) => Number(a.replace(/\D/g, "")) - Number(b.replace(/\D/g, "")))
    .map((f) => readPgm(readFileSync(join(dir, f))));
}

/** A binary PGM (P5, 8 bits), as pdftoppm writes it. */
function readPgm(bytes: Buffer): Grey {
  // The header: "P5", width, height and the maximum value, separated by whitespace, then one whitespace byte.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.toString("latin1", 0, 64));
  if (!header?.[1] || !header[2] || header[3] !== "255") throw new Error("pdftoppm wrote an unexpected PGM");
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = bytes.subarray(header[0].length, header[0].length + width * height);
  return { width, height, pixels };
}

/** The pages side by side on a grey ground. */
function sideBySide(pages: readonly Grey[]): Grey {
  const height = Math.max(...pages.map((p) => p.height)) + 2 * GUTTER;
  const width = pages.reduce((sum, p) => sum + p.width + GUTTER, GUTTER);
  const pixels = new Uint8Array(width * height).fill(GUTTER_GREY);
  let left = GUTTER;
  for (const page of pages) {
    for (let y = 0; y < page.height; y++) {
      pixels.set(page.pixels.subarray(y * page.width, (y + 1) * page.width), (y + GUTTER) * width + left);
    }
    left += page.width + GUTTER;
  }
  return { width, height, pixels };
}

/** A greyscale PNG (8 bits, no interlace), compressed as far as zlib goes: the same image, the same bytes. */
function png(image: Grey): Buffer {
  const rows = Buffer.alloc((image.width + 1) * image.height);
  for (let y = 0; y < image.height; y++) {
    // Filter "up" (2): each byte minus the one above, which suits text on a white page.
    const at = y * (image.width + 1);
    rows[at] = 2;
    for (let x = 0; x < image.width; x++) {
      const here = image.pixels[y * image.width + x] ?? 0;
      const above = y > 0 ? (image.pixels[(y - 1) * image.width + x] ?? 0) : 0;
      rows[at + 1 + x] = (here - above) & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(image.width, 0);
  ihdr.writeUInt32BE(image.height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // bit depth 8, greyscale, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

async function main(): Promise<void> {
  delete process.env.SOURCE_DATE_EPOCH;
  const work = mkdtempSync(join(tmpdir(), "vitae-gallery-"));
  try {
    mkdirSync(GALLERY_DIR, { recursive: true });
    const entries: GalleryEntry[] = [];
    for (const subject of gallerySubjects()) {
      const build = await buildSubject(subject, work);
      const pagesDir = mkdtempSync(join(work, `${subject.name}-`));
      const picture = sideBySide(renderPages(build.outFile, pagesDir));
      const entry = galleryEntry(subject, build);
      writeFileSync(join(GALLERY_DIR, entry.image), png(picture));
      entries.push(entry);
      const r = build.report;
      process.stdout.write(
        `${join("docs", "gallery", entry.image)}: ${subject.content}, ${r.pages} of ${r.budget} page(s), ` +
          `body ${entry.bodySize}pt, leading ${entry.leading}, margins ${entry.marginInches}in, ` +
          `fill ${entry.fill.toFixed(2)}, max ratio ${entry.maxRatio}, ragged lines ${entry.raggedLines}\n`,
      );
    }
    // Pictures of résumés that are no longer in the gallery go.
    const kept = new Set(entries.map((e) => e.image));
    for (const f of readdirSync(GALLERY_DIR))
      if (f.endsWith(".png") && !kept.has(f)) rmSync(join(GALLERY_DIR, f));
    const gallery: Gallery = { generatedBy: "npm run gallery", entries };
    writeFileSync(GALLERY_FILE, `${JSON.stringify(gallery, null, 2)}\n`);
    process.stdout.write(`${relative(ROOT, GALLERY_FILE)}: ${entries.length} résumés\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
