import { describe, expect, it } from "vitest";
import type { DocumentFrames, TextItem } from "../src/layout/frame.js";
import { frameText } from "../src/layout/frameText.js";
import { fixedWidthMeasurer } from "../src/layout/measure.js";
import { shapedRun } from "./helpers/frames.js";

/** Every character, the space included, 5pt wide at 10pt. */
const measurer = fixedWidthMeasurer(0.5, 0.5);

const run = (text: string, line: number, x = 50, role: TextItem["role"] = "bullet"): TextItem =>
  shapedRun(measurer, { text, font: "regular", size: 10, x, baseline: 100 + 12 * line, role, line });

const frames = (items: TextItem[]): DocumentFrames => ({
  pages: [{ width: 612, height: 792, items }],
  meta: { title: "t", author: "a", subject: "s", keywords: [], lang: "en-US", created: new Date(0) },
});

describe("the printed text (--text)", () => {
  it("reads each line's runs left to right, a space between runs apart, none between runs that touch", () => {
    const text = frameText(
      frames([run("09/2022", 0, 500), run("Title", 0, 50), run("Ranking: 5", 1), run("th", 1, 100)]),
    );
    expect(text).toBe("Title 09/2022\nRanking: 5th\n");
  });

  it("joins a word hyphenated at a line end, and writes a real line-final hyphen as '-'", () => {
    const text = frameText(
      frames([
        run("surpassing most central-", 0),
        run("ized DG methods.", 1),
        run("Grade A\u2010", 2),
        run("next", 3),
      ]),
    );
    expect(text).toBe("surpassing most centralized\nDG methods.\nGrade A-\nnext\n");
  });

  it("puts a blank line before each section heading", () => {
    const text = frameText(
      frames([run("Name", 0, 50, "name"), run("Education", 1, 50, "sectionHeading"), run("x", 2)]),
    );
    expect(text).toBe("Name\n\nEducation\nx\n");
  });
});
