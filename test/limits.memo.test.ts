/**
 * A long-lived process checks the same files on every build, and remembers which texts were fine: a remembered
 * text must still count towards the folder's totals, so a bound crossed only by files together is reported as
 * at the first check.
 */
import { describe, expect, it } from "vitest";
import { ContentLimits, LIMITS } from "../src/parse/limits.js";

const bullets = (n: number) => Array.from({ length: n }, (_, i) => `- item ${i}`).join("\n");
const emphasis = (n: number) => Array.from({ length: n }, () => "- *a* *b* *c* *d* *e*").join("\n");

describe("texts found fine before", () => {
  it("still count towards the blocks of the folder", () => {
    const third = bullets(700);
    expect(new ContentLimits().check("a.md", third)).toEqual([]);
    const limits = new ContentLimits();
    expect(limits.check("a.md", third)).toEqual([]);
    expect(limits.check("b.md", third)).toEqual([]);
    // 1 400 blocks before it: the 601st bullet of the third file is block 2 001.
    expect(limits.check("c.md", third)).toEqual([
      {
        severity: "error",
        file: "c.md",
        line: 601,
        column: 1,
        message: `more than ${LIMITS.blocks} blocks (bullets, paragraphs and headings) in the content; at most ${LIMITS.blocks} are read (a one-page résumé has about 50)`,
      },
    ]);
  });

  it("still count towards the markup of the folder", () => {
    // Ten markup characters per bullet, 600 bullets: 6 000 per file.
    const text = emphasis(600);
    expect(new ContentLimits().check("a.md", text)).toEqual([]);
    const limits = new ContentLimits();
    expect(limits.check("a.md", text)).toEqual([]);
    const problems = limits.check("b.md", text);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      `b.md:401:3: more than ${LIMITS.totalMarkup} of the markup characters * _ [ ] < in the content; that much markup is not read`,
    ]);
  });

  it("are checked again in full when they were not fine", () => {
    const bad = "- a\u202Eb";
    const first = new ContentLimits().check("a.md", bad);
    expect(first).toHaveLength(1);
    expect(new ContentLimits().check("a.md", bad)).toEqual(first);
  });
});
