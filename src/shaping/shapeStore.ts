/**
 * Shapes kept on disk from one run to the next: for each font file (by the hash of its bytes), its metrics,
 * which characters it has glyphs for, and each text it shaped, as fontkit gave it in font units. Shaping depends
 * only on the font's bytes, fontkit's version and the shaping code (see fontkitShaper.ts), which name the file
 * and key its content (src/cache/checkedFile.ts), so a stored shape is what shaping would give. A missing,
 * truncated, damaged or foreign file, or an entry that does not add up, is ignored: that text is shaped again,
 * and the file is written anew.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { readChecked, writeChecked } from "../cache/checkedFile.js";
import type { FontMetrics } from "../layout/measure.js";
import type { UnitGlyph } from "./fontkitShaper.js";

/** Numbers per glyph in a stored shape: id, characters, advance width, x advance, x offset, y offset. */
const FIELDS = 6;

/** Texts kept per font: those the last run used, then older ones up to this many. */
const MAX_SHAPES = 20_000;

/** The store's file for a shaping engine: another engine's file is another name, never read. */
export function shapeStoreFile(dir: string, engine: string): string {
  return join(dir, "shapes", `${createHash("sha256").update(engine).digest("hex").slice(0, 16)}.json`);
}

/** The hash a font's record is kept under. */
export function fontHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** What is known of one font file. */
export class FontRecord {
  private readonly used = new Set<string>();

  constructor(
    readonly unitsPerEm: number,
    readonly metrics: FontMetrics,
    private readonly covered: Map<number, boolean>,
    private readonly shapes: Map<string, number[]>,
    private readonly changed: () => void,
  ) {}

  /** The stored shape of `text`, or undefined when there is none or it does not add up to the text. */
  shape(text: string): UnitGlyph[] | undefined {
    const flat = this.shapes.get(text);
    if (flat === undefined) return undefined;
    const units = unflatten(flat, Array.from(text).length);
    if (units === undefined) this.shapes.delete(text);
    else this.used.add(text);
    return units;
  }

  addShape(text: string, units: readonly UnitGlyph[]): void {
    this.shapes.set(text, flatten(units));
    this.used.add(text);
    this.changed();
  }

  covers(codePoint: number): boolean | undefined {
    return this.covered.get(codePoint);
  }

  addCover(codePoint: number, has: boolean): void {
    this.covered.set(codePoint, has);
    this.changed();
  }

  toJSON(): StoredFont {
    // The texts used in this run first, so that trimming lets go of the oldest.
    const kept = new Map<string, number[]>();
    for (const text of this.used) {
      const flat = this.shapes.get(text);
      if (flat !== undefined) kept.set(text, flat);
    }
    for (const [text, flat] of this.shapes) {
      if (kept.size >= MAX_SHAPES) break;
      if (!kept.has(text)) kept.set(text, flat);
    }
    return {
      unitsPerEm: this.unitsPerEm,
      metrics: this.metrics,
      covers: Object.fromEntries([...this.covered].map(([cp, has]) => [cp, has ? 1 : 0])),
      shapes: Object.fromEntries(kept),
    };
  }
}

interface StoredFont {
  unitsPerEm: number;
  metrics: FontMetrics;
  covers: Record<string, number>;
  shapes: Record<string, number[]>;
}

export class ShapeStore {
  private readonly fonts = new Map<string, FontRecord>();
  private dirty = false;

  private constructor(
    readonly file: string | undefined,
    private readonly engine: string,
  ) {}

  /** The store in `file` (undefined: kept in memory only); what cannot be read is started afresh. */
  static open(file: string | undefined, engine: string): ShapeStore {
    const store = new ShapeStore(file, engine);
    if (file !== undefined) store.read(file);
    return store;
  }

  record(hash: string): FontRecord | undefined {
    return this.fonts.get(hash);
  }

  /** Starts the record of a font that has none, from what the font file says. */
  addRecord(hash: string, unitsPerEm: number, metrics: FontMetrics): FontRecord {
    const record = new FontRecord(unitsPerEm, metrics, new Map(), new Map(), () => this.touch());
    this.fonts.set(hash, record);
    this.touch();
    return record;
  }

  /** Writes the store when something was added since it was read or last written; never throws. */
  save(): void {
    if (!this.dirty || this.file === undefined) return;
    this.dirty = false;
    writeChecked(this.file, this.engine, { fonts: Object.fromEntries(this.fonts) });
  }

  private touch(): void {
    this.dirty = true;
  }

  private read(file: string): void {
    const data = readChecked(file, this.engine);
    if (!isObject(data) || !isObject(data.fonts)) return;
    for (const [hash, stored] of Object.entries(data.fonts)) {
      const record = this.recordFrom(stored);
      if (record !== undefined) this.fonts.set(hash, record);
    }
  }

  private recordFrom(stored: unknown): FontRecord | undefined {
    if (
      !isObject(stored) ||
      !isObject(stored.metrics) ||
      !isObject(stored.covers) ||
      !isObject(stored.shapes)
    )
      return undefined;
    const { unitsPerEm, metrics } = stored;
    if (!isFiniteNumber(unitsPerEm) || unitsPerEm <= 0) return undefined;
    const { ascent, descent, capHeight, xHeight } = metrics;
    if (![ascent, descent, capHeight, xHeight].every(isFiniteNumber)) return undefined;
    const covered = new Map<number, boolean>();
    for (const [cp, has] of Object.entries(stored.covers))
      if (/^\d+$/.test(cp) && (has === 0 || has === 1)) covered.set(Number(cp), has === 1);
    const shapes = new Map<string, number[]>();
    for (const [text, flat] of Object.entries(stored.shapes)) if (Array.isArray(flat)) shapes.set(text, flat);
    const checked = { ascent, descent, capHeight, xHeight } as FontMetrics;
    return new FontRecord(unitsPerEm, checked, covered, shapes, () => this.touch());
  }
}

function flatten(units: readonly UnitGlyph[]): number[] {
  return units.flatMap((u) => [u.id, u.count, u.advanceWidth, u.xAdvance, u.xOffset, u.yOffset]);
}

/** A stored shape as glyphs, if it is well formed and its glyphs stand for `characters` characters in all. */
function unflatten(flat: readonly unknown[], characters: number): UnitGlyph[] | undefined {
  if (flat.length % FIELDS !== 0) return undefined;
  const units: UnitGlyph[] = [];
  let counted = 0;
  for (let i = 0; i < flat.length; i += FIELDS) {
    const id = flat[i];
    const count = flat[i + 1];
    const advanceWidth = flat[i + 2];
    const xAdvance = flat[i + 3];
    const xOffset = flat[i + 4];
    const yOffset = flat[i + 5];
    if (!isCount(id) || !isCount(count) || !isFiniteNumber(advanceWidth) || !isFiniteNumber(xAdvance)) return;
    if (!isFiniteNumber(xOffset) || !isFiniteNumber(yOffset)) return undefined;
    units.push({ id, count, advanceWidth, xAdvance, xOffset, yOffset });
    counted += count;
  }
  return counted === characters ? units : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}
