/**
 * What the caches read back is used only when it has the exact shape the code makes: the decoders of kept
 * Markdown trees, skeletons and packed lines refuse anything else (holes, inherited names, numbers that are not
 * finite, fonts that do not exist) rather than let it into a layout. The end-to-end damage cases are in
 * speed.fallback.test.ts; these pin the edge cases a damaged file could hit.
 */
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { skeletonFrom } from "../src/layout/keptSkeletons.js";
import { packLines, unpackGlyphs, unpackLines } from "../src/layout/packedLines.js";
import type { Line } from "../src/layout/paragraph.js";
import { isKeptTree } from "../src/parse/keptTrees.js";

const parse = (text: string) => unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).parse(text);
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("kept Markdown trees", () => {
  const tree = roundTrip(
    parse("---\nkind: entries\n---\n\n# Title\n\n- a *b* [c](https://x.org 'T')\n\n```yaml\nk: v\n```\n"),
  );

  it("takes a tree the parser made, after a trip through JSON", () => {
    expect(isKeptTree(tree)).toBe(true);
  });

  it.each([
    ["not a root", { ...tree, type: "paragraph" }],
    ["a field the parser never gives", { ...tree, extra: 1 }],
    ["an inherited name as a field", JSON.parse(`{"type":"root","children":[],"constructor":1}`)],
    ["a number where a string goes", { ...tree, children: [{ type: "text", value: 3 }] }],
    [
      "a depth written as a string",
      { type: "root", children: [{ type: "heading", depth: "1", children: [] }] },
    ],
    [
      "a position that is not whole numbers",
      {
        type: "root",
        children: [],
        position: { start: { line: 1, column: 1, offset: 0.5 }, end: { line: 1, column: 1, offset: 0 } },
      },
    ],
    // biome-ignore lint/suspicious/noSparseArray: a hole is the case
    ["a hole among the children", { type: "root", children: [, { type: "text", value: "x" }] }],
  ])("refuses %s", (_what, value) => {
    expect(isKeptTree(value)).toBe(false);
  });
});

describe("kept skeletons", () => {
  const skeleton = {
    items: [
      { kind: "glue", glueClass: "section" },
      {
        kind: "line",
        leadSize: 10,
        height: 7,
        depth: 2.5,
        content: [],
        keepWithPrevious: false,
        section: "s",
      },
      { kind: "glue", glueClass: "fixed", size: 3 },
    ],
    tightened: ["b1"],
    spacing: { maxRatio: 0.4, raggedLines: 0 },
  };

  it("takes a skeleton as composing makes it", () => {
    expect(skeletonFrom(structuredClone(skeleton))).toEqual(skeleton);
  });

  it.each([
    // biome-ignore lint/suspicious/noSparseArray: a hole is the case
    ["a hole among the items", { ...skeleton, items: [, ...skeleton.items] }],
    // biome-ignore lint/suspicious/noSparseArray: a hole is the case
    ["a hole among the tightened ids", { ...skeleton, tightened: [, "b1"] }],
    ["a line with text", { ...skeleton, items: [{ ...skeleton.items[1], content: [{ kind: "rule" }] }] }],
    ["a height that is not finite", { ...skeleton, items: [{ ...skeleton.items[1], height: Number.NaN }] }],
    ["a gap of no class", { ...skeleton, items: [{ kind: "glue", glueClass: "page" }] }],
    [
      "a count of ragged lines that is not whole",
      { ...skeleton, spacing: { maxRatio: 0, raggedLines: 0.5 } },
    ],
  ])("refuses %s", (_what, value) => {
    expect(skeletonFrom(value)).toBeUndefined();
  });
});

describe("packed lines", () => {
  const lines: Line[] = [
    {
      runs: [
        {
          text: "fi x",
          font: "bold",
          size: 10,
          rise: 0,
          x: 0,
          width: 12.5,
          glyphs: [
            { id: 7, text: "fi", width: 5.5, advance: 5.25 },
            { id: 3, text: " ", width: 2.5, advance: 3.75 },
            { id: 9, text: "x", width: 3.5, advance: 3.5, dx: 0.25 },
          ],
        },
      ],
      width: 100,
      naturalWidth: 12,
      ratio: 0.5,
      ragged: false,
      joinsNext: false,
      endHyphen: false,
    },
  ];

  it("unpack what they packed, field for field", () => {
    expect(unpackLines(structuredClone(packLines(lines)))).toEqual(lines);
  });

  it("refuse a font that is not one of the layout's", () => {
    const [line] = structuredClone(packLines(lines)) as { runs: { font: string }[] }[];
    if (line?.runs[0]) line.runs[0].font = "heavy";
    expect(unpackLines([line])).toBeUndefined();
  });

  it("refuse glyphs whose advance is not finite, or whose texts do not add up", () => {
    const [line] = structuredClone(packLines(lines)) as {
      runs: { glyphs: { advances: Float64Array; text: string } }[];
    }[];
    const glyphs = line?.runs[0]?.glyphs;
    if (glyphs === undefined) throw new Error("no packed glyphs");
    expect(
      unpackGlyphs({ ...glyphs, advances: new Float64Array([1, Number.POSITIVE_INFINITY, 1]) }),
    ).toBeUndefined();
    expect(unpackGlyphs({ ...glyphs, text: `${glyphs.text}y` })).toBeUndefined();
    expect(unpackGlyphs(glyphs)).toHaveLength(3);
  });
});
