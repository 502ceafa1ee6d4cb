import { join, resolve } from "node:path";
import * as fontkit from "fontkit";
import { UserError, userError } from "./diagnostics.js";
import { damagedFontError, fontError } from "./fontErrors.js";
import { readInputFile } from "./io/readInput.js";
import { fontkitMeasurer } from "./layout/fontkitMeasurer.js";
import type { FontId } from "./layout/frame.js";
import type { Measurer } from "./layout/measure.js";
import type { Theme } from "./layout/theme.js";
import { packageRoot } from "./packageRoot.js";

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

/** Parsed fonts, once per process and path: parsing a CFF font's tables costs ~100 ms a face. */
const parsed = new Map<string, fontkit.Font>();

/** Opens a font file; a missing, unreadable or corrupt file is a user error naming the path. */
export function openFont(path: string): fontkit.Font {
  let font = parsed.get(path);
  if (!font) {
    let created: ReturnType<typeof fontkit.create>;
    try {
      const read = readInputFile(path, FONT_BYTES);
      if ("problem" in read) {
        if (read.code !== undefined) throw fontError(path, Object.assign(new Error(read.problem), read));
        throw userError(`cannot use font file: ${read.problem}`, path, "use an .otf or .ttf file");
      }
      const bytes = read.bytes;
      const damage = sfntDamage(bytes);
      if (damage !== undefined) throw damagedFontError(path, damage);
      created = fontkit.create(bytes);
      // fontkit reads tables lazily: touch the ones measuring and embedding use, so a broken one is reported
      // here, naming the file, rather than failing in the middle of a layout.
      if ("layout" in created) {
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
    font = created;
    parsed.set(path, font);
  }
  return font;
}

/** Measurers are per process: memoised widths are reused across builds. */
const measurers = new Map<string, Measurer>();

export function measurerFor(theme: Theme): Measurer {
  const paths = fontPaths(theme);
  const key = Object.values(paths).join("|");
  let measurer = measurers.get(key);
  if (!measurer) {
    const fonts = Object.fromEntries(Object.entries(paths).map(([id, path]) => [id, openFont(path)]));
    measurer = fontkitMeasurer(fonts as Record<FontId, fontkit.Font>);
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
