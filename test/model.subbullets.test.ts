/**
 * Sub-bullets: nested items without `{alt=…}` under a bullet, in the model and through tailoring (kept, dropped
 * and moved with their bullet, emphasized like it) and the fact guard.
 */
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../src/diagnostics.js";
import type { Bullet, Resume, RichText } from "../src/model/schema.js";
import { factProblems } from "../src/tailor/facts.js";
import { parseVariant, type Variant } from "../src/tailor/readVariant.js";
import { checkVariant, tailor } from "../src/tailor/tailor.js";
import { check, entries, run } from "./fixtures/model/check.js";

/** An entry "Job" in content/20-a.md with the given bullets from line 9. */
const bulletsOf = (body: string) => ({ "20-a.md": entries(`## Job\n\n${body}`) });

/** The bullets of the first entry of content that must have no diagnostic. */
function bullets(body: string): Bullet[] {
  const { resume, diagnostics } = run(bulletsOf(body));
  expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  const s = resume?.sections[0];
  return s?.kind === "entries" ? (s.entries[0]?.bullets ?? []) : [];
}

const src = (line: number, column: number) => ({ file: "content/20-a.md", line, column });

describe("sub-bullets in the model", () => {
  it("become the children of their bullet, with text and source, beside alternatives", () => {
    const [lead, other] = bullets(
      "- Led the platform team. {#lead}\n" +
        "  - Hired **four** engineers.\n" +
        "  - Led a team of six. {alt=short}\n" +
        "  - Ran the weekly review.\n" +
        "- Wrote the docs. {#docs}\n",
    );
    expect(lead).toEqual({
      id: "lead",
      tags: [],
      priority: 5,
      source: src(9, 1),
      text: [{ text: "Led the platform team." }],
      alternatives: [{ name: "short", text: [{ text: "Led a team of six." }], source: src(11, 3) }],
      children: [
        {
          text: [{ text: "Hired " }, { text: "four", bold: true }, { text: " engineers." }],
          source: src(10, 3),
        },
        { text: [{ text: "Ran the weekly review." }], source: src(12, 3) },
      ],
    });
    expect(other?.children).toEqual([]);
    expect(other?.alternatives).toEqual([]);
  });

  it("keep links and typography", () => {
    const [b] = bullets("- Built it.\n  - See [the repo](https://github.com/ana/raft) -- it's open.\n");
    expect(b?.children[0]?.text).toEqual([
      { text: "See " },
      { text: "the repo", href: "https://github.com/ana/raft" },
      { text: " – it’s open." },
    ]);
  });

  it("refuse an id or a tag", () => {
    expect(check(bulletsOf("- Led.\n  - Hired four. {#hiring}\n"))).toEqual([
      "content/20-a.md:10:18: a sub-bullet takes only alt=NAME; its id and tags are those of the bullet above",
    ]);
    expect(check(bulletsOf("- Led.\n  - Hired four. {.hr}\n"))).toEqual([
      "content/20-a.md:10:18: a sub-bullet takes only alt=NAME; its id and tags are those of the bullet above",
    ]);
  });

  it("refuse a priority", () => {
    expect(check(bulletsOf("- Led.\n  - Hired four. {priority=2}\n"))).toEqual([
      'content/20-a.md:10:18: unknown attribute "priority" on a sub-bullet; expected alt=NAME',
    ]);
  });

  it("refuse a third level", () => {
    expect(check(bulletsOf("- Led.\n  - Hired four.\n    - One of them in Lisbon.\n"))).toEqual([
      "content/20-a.md:11:5: a nested list in a sub-bullet; only entry bullets hold nested items (sub-bullets and alternatives), one level deep",
    ]);
  });

  it("refuse an alternative with no text", () => {
    expect(check(bulletsOf("- Led.\n  - {alt=short}\n"))).toEqual([
      "content/20-a.md:10:3: an alternative with no text",
    ]);
  });
});

const WORK = `---
kind: entries
---

# Experience

## Platform

\`\`\`yaml
id: platform
\`\`\`

- Led the platform team of six. {#lead priority=1}
  - Hired four engineers for the storage service.
  - Ran the weekly design review.
  - Led a team of six. {alt=short}
- Kept the build green. {#build priority=4}
  - Cut CI time from 40 to 12 minutes.
- Wrote the runbooks. {#docs priority=2}
`;

function sample(): Resume {
  const { resume, diagnostics } = run({ "10-work.md": WORK });
  if (resume === undefined) throw new Error(diagnostics.map(formatDiagnostic).join("\n"));
  return resume;
}

function variant(frontMatter: string): Variant {
  const text = `---\n${frontMatter}\n---\n\nFor tests.\n`;
  const { variant, diagnostics } = parseVariant("content/variants/test.md", "test", text);
  if (variant === undefined) throw new Error(diagnostics.map(formatDiagnostic).join("\n"));
  return variant;
}

const plain = (t: RichText) => t.map((s) => s.text).join("");

/** The tailored entry's bullets as id -> sub-bullet texts. */
function tailored(frontMatter: string): Record<string, string[]> {
  const resume = tailor(sample(), variant(frontMatter));
  const s = resume.sections[0];
  const entry = s?.kind === "entries" ? s.entries[0] : undefined;
  return Object.fromEntries((entry?.bullets ?? []).map((b) => [b.id, b.children.map((c) => plain(c.text))]));
}

describe("sub-bullets in tailoring", () => {
  const LEAD = ["Hired four engineers for the storage service.", "Ran the weekly design review."];
  const BUILD = ["Cut CI time from 40 to 12 minutes."];

  it("stay with their bullet when it is kept", () => {
    expect(tailored("include:\n  ids: [lead]")).toEqual({ lead: LEAD });
  });

  it("go with their bullet when it is dropped", () => {
    expect(tailored("exclude:\n  ids: [lead]")).toEqual({ build: BUILD, docs: [] });
    expect(tailored("maxBullets: 2")).toEqual({ lead: LEAD, docs: [] });
    expect(tailored("priorityAtMost: 3")).toEqual({ lead: LEAD, docs: [] });
  });

  it("move with their bullet", () => {
    const resume = tailor(sample(), variant("order: [build, docs]"));
    const s = resume.sections[0];
    const bs = s?.kind === "entries" ? (s.entries[0]?.bullets ?? []) : [];
    expect(bs.map((b) => [b.id, b.children.map((c) => plain(c.text))])).toEqual([
      ["build", BUILD],
      ["docs", []],
      ["lead", LEAD],
    ]);
  });

  it("stay under a bullet printed in its alternative phrasing", () => {
    const resume = tailor(sample(), variant("alternatives: short"));
    const s = resume.sections[0];
    const lead = s?.kind === "entries" ? s.entries[0]?.bullets[0] : undefined;
    expect(lead && plain(lead.text)).toBe("Led a team of six.");
    expect(lead?.children.map((c) => plain(c.text))).toEqual(LEAD);
  });

  it("have emphasized words set in bold", () => {
    const resume = tailor(sample(), variant("emphasize: [storage service, CI]"));
    const s = resume.sections[0];
    const bs = s?.kind === "entries" ? (s.entries[0]?.bullets ?? []) : [];
    expect(bs[0]?.children[0]?.text).toEqual([
      { text: "Hired four engineers for the " },
      { text: "storage service", bold: true },
      { text: "." },
    ]);
    expect(bs[1]?.children[0]?.text).toEqual([
      { text: "Cut " },
      { text: "CI", bold: true },
      { text: " time from 40 to 12 minutes." },
    ]);
  });

  it("count for a term that occurs only in them", () => {
    const v = variant("emphasize: [design review]");
    expect(checkVariant(sample(), v)).toEqual([]);
  });

  it("do not count when their bullet is left out", () => {
    const v = variant("exclude:\n  ids: [lead]\nemphasize: [design review]");
    expect(checkVariant(sample(), v).map(formatDiagnostic)).toEqual([
      'content/variants/test.md:4:13: "design review" occurs nowhere in the text this variant keeps (bullets, details, list items, paragraphs)\n  hint: emphasis matches whole words, ignoring case',
    ]);
  });
});

describe("the fact guard and sub-bullets", () => {
  /** The résumé with the first bullet's sub-bullets replaced. */
  function withChildren(
    resume: Resume,
    change: (children: Bullet["children"]) => Bullet["children"],
  ): Resume {
    const copy = structuredClone(resume);
    const s = copy.sections[0];
    const lead = s?.kind === "entries" ? s.entries[0]?.bullets[0] : undefined;
    if (lead === undefined) throw new Error("no bullet");
    lead.children = change(lead.children);
    return copy;
  }

  it("accepts sub-bullets as they are, or with words in bold", () => {
    const original = sample();
    expect(factProblems(original, structuredClone(original), {})).toEqual([]);
    const bolded = withChildren(original, (cs) =>
      cs.map((c, i) =>
        i === 0
          ? {
              ...c,
              text: [{ text: "Hired four engineers" }, { text: " for the storage service.", bold: true }],
            }
          : c,
      ),
    );
    expect(factProblems(original, bolded, {})).toEqual([]);
  });

  it("reports a changed sub-bullet", () => {
    const original = sample();
    const changed = withChildren(original, (cs) =>
      cs.map((c, i) =>
        i === 0 ? { ...c, text: [{ text: "Hired forty engineers for the storage service." }] } : c,
      ),
    );
    expect(factProblems(original, changed, {})).toEqual([
      "work/platform/lead: sub-bullets differ from the content",
    ]);
  });

  it("reports a sub-bullet dropped or added", () => {
    const original = sample();
    expect(
      factProblems(
        original,
        withChildren(original, (cs) => cs.slice(1)),
        {},
      ),
    ).toEqual(["work/platform/lead: sub-bullets differ from the content"]);
    const added = withChildren(original, (cs) => [
      ...cs,
      { text: [{ text: "Won an award." }], source: src(99, 3) },
    ]);
    expect(factProblems(original, added, {})).toEqual([
      "work/platform/lead: sub-bullets differ from the content",
    ]);
  });
});
