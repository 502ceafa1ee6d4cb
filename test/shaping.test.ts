/**
 * Shaping with fontkit gives glyphs that depend on the font and the text only, and the on-disk store of shapes
 * gives back exactly what shaping gives; a store that is missing, truncated, foreign or wrong inside is ignored
 * (the text is shaped again), never trusted.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as fontkit from "fontkit";
import { afterAll, describe, expect, it } from "vitest";
import { readChecked, writeChecked } from "../src/cache/checkedFile.js";
import { fontPaths } from "../src/fonts.js";
import { classicTheme } from "../src/layout/theme.js";
import {
  fontkitShaper,
  fontMetrics,
  shapingEngine,
  type UnitShaper,
  unitShaper,
} from "../src/shaping/fontkitShaper.js";
import { FontRecord, fontHash, ShapeStore, shapeStoreFile } from "../src/shaping/shapeStore.js";
import { storedShaper } from "../src/shaping/storedShaper.js";

const temp = mkdtempSync(join(tmpdir(), "vitae-shapes-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const FONT_FILE = fontPaths(classicTheme).regular;
const bytes = readFileSync(FONT_FILE);
/** A font parsed afresh: nothing shaped with it yet. */
const freshFont = () => fontkit.create(bytes) as fontkit.Font;
const HASH = fontHash(bytes);
const ENGINE = shapingEngine("test") ?? "";

/** Texts with ligatures (fi, ff, ffi), kerning, digits, punctuation and accents. */
const TEXTS = [
  "first",
  "efficient",
  "office",
  "AVATAR",
  "Yizhen",
  "09/2022 – 03/2025",
  "Zürich,",
  "(NR-IQA),",
  " ",
  "FAST’25",
];

const shapesByFontkit = () => {
  const shaper = fontkitShaper(freshFont());
  return TEXTS.map((text) => shaper.shape(text));
};

/** A fontkit shaper that counts the texts it is asked to shape. */
function counting(): { open: () => UnitShaper; asked: string[] } {
  const asked: string[] = [];
  const open = () => {
    const inner = unitShaper(freshFont());
    const units = (text: string) => {
      asked.push(text);
      return inner.units(text);
    };
    return { ...inner, units };
  };
  return { open, asked };
}

function shapeWithStore(file: string): { shapes: ReturnType<typeof shapesByFontkit>; asked: string[] } {
  const store = ShapeStore.open(file, ENGINE);
  const record =
    store.record(HASH) ?? store.addRecord(HASH, freshFont().unitsPerEm, fontMetrics(freshFont()));
  const { open, asked } = counting();
  const shaper = storedShaper(record, open);
  const shapes = TEXTS.map((text) => shaper.shape(text));
  store.save();
  return { shapes, asked };
}

describe("shaping with fontkit", () => {
  it("gives the same glyphs for a text whatever was shaped before with the same font", () => {
    const alone = fontkitShaper(freshFont()).shape("first");
    const shaper = fontkitShaper(freshFont());
    // U+FB01 maps straight to the fi ligature: fontkit would keep that glyph as one character from then on.
    shaper.shape("\ufb01");
    const after = shaper.shape("first");
    expect(after).toEqual(alone);
    expect(after.glyphs.map((g) => g.text)).toEqual(["fi", "r", "s", "t"]);
  });

  it("would otherwise depend on it: fontkit alone gives the ligature one character after U+FB01", () => {
    const font = freshFont();
    font.layout("\ufb01");
    expect(font.layout("first").glyphs[0]?.codePoints).toHaveLength(1);
  });
});

describe("the store of shapes", () => {
  it("gives back what fontkit gives, without fontkit, from the file the last run wrote", () => {
    const file = shapeStoreFile(join(temp, "round-trip"), ENGINE);
    const first = shapeWithStore(file);
    expect(first.shapes).toEqual(shapesByFontkit());
    expect(first.asked).toEqual(TEXTS);
    const again = shapeWithStore(file);
    expect(again.shapes).toEqual(shapesByFontkit());
    expect(again.asked).toEqual([]);
  });

  it("starts afresh from a missing folder and a missing file, and writes one", () => {
    const file = shapeStoreFile(join(temp, "missing", "deeper"), ENGINE);
    expect(shapeWithStore(file).shapes).toEqual(shapesByFontkit());
    expect(readChecked(file, ENGINE)).toHaveProperty(["fonts", HASH]);
  });

  it("ignores a truncated file, shapes again and writes it whole", () => {
    const file = shapeStoreFile(join(temp, "truncated"), ENGINE);
    shapeWithStore(file);
    const whole = readFileSync(file);
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
    const again = shapeWithStore(file);
    expect(again.shapes).toEqual(shapesByFontkit());
    expect(again.asked).toEqual(TEXTS);
    expect(readChecked(file, ENGINE)).toHaveProperty(["fonts", HASH]);
  });

  it("keeps another engine's shapes in another file, and ignores a file kept under another engine", () => {
    const dir = join(temp, "foreign");
    expect(shapeStoreFile(dir, "fontkit 9.9.9")).not.toBe(shapeStoreFile(dir, ENGINE));
    const file = shapeStoreFile(dir, ENGINE);
    shapeWithStore(file);
    writeChecked(file, "fontkit 9.9.9", readChecked(file, ENGINE));
    const again = shapeWithStore(file);
    expect(again.asked).toEqual(TEXTS);
    expect(again.shapes).toEqual(shapesByFontkit());
  });

  it("ignores a damaged file: one changed number is caught by the file's hash", () => {
    const file = shapeStoreFile(join(temp, "damaged"), ENGINE);
    shapeWithStore(file);
    const text = readFileSync(file, "utf8");
    const at = text.indexOf("[", text.indexOf('"first"')) + 1;
    writeFileSync(file, `${text.slice(0, at)}9${text.slice(at)}`);
    const again = shapeWithStore(file);
    expect(again.asked).toEqual(TEXTS);
    expect(again.shapes).toEqual(shapesByFontkit());
  });

  it("shapes again each entry that does not add up to its text or is not numbers", () => {
    const file = shapeStoreFile(join(temp, "wrong"), ENGINE);
    shapeWithStore(file);
    const stored = readChecked(file, ENGINE) as {
      fonts: Record<string, { shapes: Record<string, unknown[]> }>;
    };
    const shapes = stored.fonts[HASH]?.shapes;
    if (shapes === undefined) throw new Error("no shapes stored");
    shapes.first = shapes.first?.slice(6) ?? []; // the fi ligature left out: three characters for five
    shapes.office = shapes.office?.map((n, i) => (i === 2 ? "wide" : n)) ?? [];
    shapes.AVATAR = [...(shapes.AVATAR ?? []), 1];
    writeChecked(file, ENGINE, stored);
    const again = shapeWithStore(file);
    expect(again.shapes).toEqual(shapesByFontkit());
    expect(again.asked.sort()).toEqual(["AVATAR", "first", "office"]);
  });

  it("ignores a font record whose metrics are not numbers", () => {
    const file = shapeStoreFile(join(temp, "metrics"), ENGINE);
    shapeWithStore(file);
    const stored = readChecked(file, ENGINE) as { fonts: Record<string, { metrics: { ascent: unknown } }> };
    const record = stored.fonts[HASH];
    if (record === undefined) throw new Error("no record stored");
    record.metrics.ascent = "tall";
    writeChecked(file, ENGINE, stored);
    expect(ShapeStore.open(file, ENGINE).record(HASH)).toBeUndefined();
  });

  it("does not fail a build when its folder cannot be written", () => {
    const blocked = join(temp, "blocked");
    writeFileSync(blocked, "a file where the folder would be");
    const file = shapeStoreFile(join(blocked, "cache"), ENGINE);
    expect(shapeWithStore(file).shapes).toEqual(shapesByFontkit());
  });

  it("keeps the texts the last run used when it trims, and answers whether a character has a glyph", () => {
    const record = new FontRecord(1000, fontMetrics(freshFont()), new Map(), new Map(), () => undefined);
    const shaper = storedShaper(record, () => unitShaper(freshFont()));
    expect(shaper.hasGlyph("A".codePointAt(0) ?? 0)).toBe(true);
    expect(shaper.hasGlyph(0x4e2d)).toBe(false);
    expect(record.covers(0x4e2d)).toBe(false);
    shaper.shape("first");
    expect(Object.keys(record.toJSON().shapes)).toEqual(["first"]);
  });
});
