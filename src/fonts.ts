import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import * as fontkit from "fontkit";
import { cacheDir, cacheEnabled } from "./cache/cacheDir.js";
import { fileMemo, onForgetFileMemos } from "./cache/fileMemos.js";
import { UserError, userError } from "./diagnostics.js";
import { damagedFontError, fontError } from "./fontErrors.js";
import { readInputFile } from "./io/readInput.js";
import type { FontId } from "./layout/frame.js";
import type { Measurer } from "./layout/measure.js";
import type { FontShaper } from "./layout/shaping.js";
import { shapingMeasurer } from "./layout/shapingMeasurer.js";
import type { Theme } from "./layout/theme.js";
import { packageRoot } from "./packageRoot.js";
import { fontkitShaper, fontMetrics, shapingEngine, unitShaper } from "./shaping/fontkitShaper.js";
import { fontHash, ShapeStore, shapeStoreFile } from "./shaping/shapeStore.js";
import { storedShaper } from "./shaping/storedShaper.js";

/** The fonts folder shipped with vitae, at the root of the package (whether run from src/ or from a bundle). */
export const fontsDir = join(packageRoot, "fonts");

export type FontPaths = Record<FontId, string>;

export function fontPaths(theme: Theme, dir = fontsDir): FontPaths {
  // resolve, not join: a theme may name fonts by absolute path.
  const entries = Object.entries(theme.fonts).map(([id, file]) => [id, resolve(dir, file)]);
  return Object.fromEntries(entries) as FontPaths;
}

/** A font file larger than this is refused unread (Latin Modern's are about 100 KB; big CJK fonts ~20 MB). */
const FONT_BYTES = 64 * 1024 * 1024;

/** A font file as read, once per process and path, with the hash its stored shapes are kept under. */
interface FontFile {
  bytes: Buffer;
  hash: string;
}

const files = fileMemo<string, FontFile>();

/** Reads a font file; a missing or unreadable one is a user error naming the path. */
function fontFile(path: string): FontFile {
  let file = files.get(path);
  if (file === undefined) {
    const read = readInputFile(path, FONT_BYTES);
    if ("problem" in read) {
      if (read.code !== undefined) throw fontError(path, Object.assign(new Error(read.problem), read));
      throw userError(`cannot use font file: ${read.problem}`, path, "use an .otf or .ttf file");
    }
    file = { bytes: read.bytes, hash: fontHash(read.bytes) };
    files.set(path, file);
  }
  return file;
}

/** The hash of a font file's bytes. */
export function fontFileHash(path: string): string {
  return fontFile(path).hash;
}

/** The hashes of the bytes of the theme's fonts, by font: what a layout depends on of the font files. */
export function fontHashes(theme: Theme): Record<string, string> {
  return Object.fromEntries(Object.entries(fontPaths(theme)).map(([id, path]) => [id, fontFile(path).hash]));
}

/**
 * Parsed fonts, once per process and path, with the hash of the bytes each was parsed from. Not kept in a startup
 * snapshot: what fontkit caches inside a font while shaping and subsetting makes the snapshot megabytes larger,
 * slower to start than parsing the fonts again (and shapes and font programs are kept on disk anyway).
 */
const parsed = fileMemo<string, { hash: string; font: fontkit.Font }>();

/**
 * Opens a font file; a missing, unreadable or corrupt file is a user error naming the path. A file whose bytes
 * have a stored record has been opened and checked before (a record is made only after that): it is not
 * checked again.
 */
export function openFont(path: string): fontkit.Font {
  const { bytes, hash } = fontFile(path);
  const known = parsed.get(path);
  if (known?.hash === hash) return known.font;
  const checked = shapeStore()?.record(hash) !== undefined;
  let created: ReturnType<typeof fontkit.create>;
  try {
    const damage = checked ? undefined : sfntDamage(bytes);
    if (damage !== undefined) throw damagedFontError(path, damage);
    created = fontkit.create(bytes);
    // fontkit reads tables lazily: touch the ones measuring and embedding use, so a broken one is reported
    // here, naming the file, rather than failing in the middle of a layout.
    if ("layout" in created && !checked) {
      void created.unitsPerEm;
      void created.ascent;
      void created.capHeight;
      created.layout("Aa fi 1");
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw fontError(path, error);
  }
  if (!("layout" in created)) throw fontError(path, new Error("a font collection, not a single font"));
  parsed.set(path, { hash, font: created });
  return created;
}

/** The process's store of shapes, opened on first use; undefined when the cache is off or cannot be keyed. */
let store: ShapeStore | null | undefined;
onForgetFileMemos(() => {
  store = undefined;
});

function shapeStore(): ShapeStore | undefined {
  if (store === undefined) {
    const engine = cacheEnabled("shapes") ? shapingEngine(fontkitVersion()) : undefined;
    store = engine === undefined ? null : ShapeStore.open(shapeStoreFile(cacheDir(), engine), engine);
  }
  return store ?? undefined;
}

function fontkitVersion(): string | undefined {
  try {
    const data = JSON.parse(
      readFileSync(join(packageRoot, "node_modules", "fontkit", "package.json"), "utf8"),
    );
    return typeof data.version === "string" ? data.version : undefined;
  } catch {
    return undefined;
  }
}

/** Writes what this process added to the store of shapes (after a build: it never delays one). */
export function saveShapes(): void {
  store?.save();
}

/** A font's shaper: from its stored record when the shapes cache is on, fontkit otherwise. */
function shaperFor(path: string): FontShaper {
  const shapes = shapeStore();
  if (shapes === undefined) return fontkitShaper(openFont(path));
  const { hash } = fontFile(path);
  let record = shapes.record(hash);
  if (record === undefined) {
    const font = openFont(path);
    record = shapes.addRecord(hash, font.unitsPerEm, fontMetrics(font));
  }
  return storedShaper(record, () => unitShaper(openFont(path)));
}

/** Measurers are per process: memoised widths are reused across builds. */
const measurers = fileMemo<string, Measurer>();

export function measurerFor(theme: Theme): Measurer {
  const paths = fontPaths(theme);
  const key = Object.values(paths).join("|");
  let measurer = measurers.get(key);
  if (!measurer) {
    const shapers = Object.entries(paths).map(([id, path]) => [id, shaperFor(path)]);
    measurer = shapingMeasurer(Object.fromEntries(shapers) as Record<FontId, FontShaper>);
    measurers.set(key, measurer);
  }
  return measurer;
}

/**
 * Checks an OpenType/TrueType file's table directory: every table must lie inside the file (a truncated
 * download or copy fails here) and match its checksum (a damaged one does). Returns what is wrong, or undefined
 * when the tables are whole or the file is not a plain sfnt (fontkit then judges it).
 */
export function sfntDamage(bytes: Uint8Array): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12) return undefined;
  const version = view.getUint32(0);
  // 0x00010000 (TrueType outlines), "OTTO" (CFF outlines), "true" (old Apple TrueType).
  if (version !== 0x00010000 && version !== 0x4f54544f && version !== 0x74727565) return undefined;
  const count = view.getUint16(4);
  if (12 + 16 * count > bytes.byteLength) return "the file ends inside its table directory (truncated)";
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4)).trim();
    const expected = view.getUint32(record + 4);
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length > bytes.byteLength)
      return `the table "${tag}" runs past the end of the file (truncated: ${bytes.byteLength} bytes, needs ${offset + length})`;
    // The head table's checksum is computed with its checkSumAdjustment field (bytes 8–11) as zero.
    const sum = checksum(view, offset, length, tag === "head" ? offset + 8 : -1);
    if (sum !== expected) return `the table "${tag}" does not match its checksum (the file is damaged)`;
  }
  return undefined;
}

function checksum(view: DataView, offset: number, length: number, skip: number): number {
  let sum = 0;
  const end = offset + length;
  for (let at = offset; at < end; at += 4) {
    if (at === skip) continue;
    let word: number;
    if (at + 4 <= end) word = view.getUint32(at);
    else {
      // The last word is padded with zeros.
      word = 0;
      for (let k = 0; k < 4; k++) word = (word << 8) | (at + k < end ? view.getUint8(at + k) : 0);
    }
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}
