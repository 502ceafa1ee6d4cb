import { measurerFor } from "../../src/fonts.js";
import { type LayoutResult, layoutResume } from "../../src/layout/layout.js";
import { knuthPlass } from "../../src/layout/linebreak/index.js";
import { classicTheme, defaultParams, type LayoutParams } from "../../src/layout/theme.js";
import { documentMeta } from "../../src/meta.js";
import type { Resume } from "../../src/model/schema.js";

/** Lays out a model with the real fonts and the classic theme. */
export function layoutWith(resume: Resume, overrides: Partial<LayoutParams> = {}): LayoutResult {
  const params = { ...defaultParams(classicTheme), ...overrides };
  return layoutResume(resume, classicTheme, params, documentMeta(resume), {
    measurer: measurerFor(classicTheme),
    breaker: knuthPlass,
  });
}

const source = { file: "test.md", line: 1, column: 1 };

/** A small valid model, with `bullets` bullets of `words` words each in one entry. */
export function syntheticResume(bullets = 3, words = 30): Resume {
  const text = (n: number, seed: number) =>
    Array.from(
      { length: n },
      (_, i) => ["systems", "learning", "model", "training", "efficient", "data"][(i + seed) % 6],
    ).join(" ");
  return {
    header: {
      name: "Ada Lovelace",
      contacts: [
        { kind: "email", label: "Email", value: "ada@example.com", href: "mailto:ada@example.com", source },
      ],
      source,
    },
    sections: [
      {
        kind: "entries",
        id: "work",
        title: "Experience",
        source,
        entries: [
          {
            id: "engine",
            tags: [],
            priority: 5,
            source,
            title: "Analytical Engine",
            role: "Programmer",
            location: "London",
            dates: { start: { year: 1842, month: 9 }, end: "present" },
            keywords: [],
            details: [],
            bullets: Array.from({ length: bullets }, (_, i) => ({
              id: `b${i}`,
              tags: [],
              priority: 1 + (i % 9),
              source,
              text: [{ text: `Bullet ${i + 1} ${text(words, i)}.` }],
              alternatives: [],
              children: [],
            })),
          },
        ],
      },
    ],
  };
}
