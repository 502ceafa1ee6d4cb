/**
 * Tailoring unit tests: reading variant files (errors at file:line:col), selection by tag and id, ordering,
 * bullet limits, alternatives, emphasis, reference errors, the fact guard as a property, `--diff` and `--job`.
 */

import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDiagnostic, UserError } from "../src/diagnostics.js";
import { loadResume } from "../src/model/load.js";
import type { Resume, RichText } from "../src/model/schema.js";
import { resolveBuild } from "../src/resolveBuild.js";
import { variantChoices, variantOutFile } from "../src/tailor/build.js";
import { variantDiff } from "../src/tailor/diff.js";
import { emphasize, termPattern } from "../src/tailor/emphasize.js";
import { factProblems } from "../src/tailor/facts.js";
import { coverage, postingTerms, stem } from "../src/tailor/job.js";
import { checkVariantName, parseVariant, type Variant } from "../src/tailor/readVariant.js";
import { applyVariant, checkVariant, indexResume, tailor } from "../src/tailor/tailor.js";
import type { VariantSpec } from "../src/tailor/variantSchema.js";
import { run } from "./fixtures/model/check.js";
import { runs } from "./helpers/properties.js";

const FILE = "content/variants/test.md";

/** A small résumé with tags, priorities and an alternative phrasing. */
const WORK = `---
kind: entries
---

# Experience

## Alpha Project

\`\`\`yaml
id: alpha
organization: Acme
dates: 01/2020 – 12/2021
tags: [llm]
\`\`\`

- Built the LLM serving stack for 40 GPUs. {#a1 .systems priority=2}
- Labelled images for the vision team. {#a2 .vision priority=3}
- Cut llm latency by 30% with caching. {#a3 priority=1}
  - Cut latency by 30%. {alt=short}

## Beta Study

\`\`\`yaml
id: beta
tags: [vision]
\`\`\`

- Trained a vision model on 1M images. {#b1 .vision priority=1}
- Wrote the study's report. {#b2 priority=2}

## Gamma

\`\`\`yaml
id: gamma
\`\`\`

- Gamma work, first. {#g1 priority=4}
- Gamma work, second. {#g2 priority=4}
- Gamma work, third. {#g3 priority=2}
`;
const HONORS = `---
kind: list
---

# Honors

- Best Paper Award {#h1 .vision dates=2021 priority=1}
- Dean's List {#h2 dates=2020 priority=3}
`;
const SKILLS = `---
kind: skills
---

# Skills

- Languages: Python, C++ {#langs}
- Tools: PyTorch {#tools .vision}
`;

function sample(): Resume {
  const { resume, diagnostics } = run({ "10-work.md": WORK, "20-honors.md": HONORS, "30-skills.md": SKILLS });
  if (resume === undefined) throw new Error(diagnostics.map(formatDiagnostic).join("\n"));
  return resume;
}

/** A variant file: front matter lines, then a purpose. */
function variantText(frontMatter: string, purpose = "For tests."): string {
  return `---\n${frontMatter}\n---\n\n${purpose}\n`;
}

function variant(frontMatter: string): Variant {
  const { variant, diagnostics } = parseVariant(FILE, "test", variantText(frontMatter));
  if (variant === undefined) throw new Error(diagnostics.map(formatDiagnostic).join("\n"));
  return variant;
}

function problems(frontMatter: string, resume = sample()): string[] {
  const parsed = parseVariant(FILE, "test", variantText(frontMatter));
  if (parsed.variant === undefined) return parsed.diagnostics.map(formatDiagnostic);
  return checkVariant(resume, parsed.variant).map(formatDiagnostic);
}

/** The tailored résumé as section id -> child ids (bullets as entry:bullet,bullet). */
function shape(frontMatter: string): string[] {
  const tailored = tailor(sample(), variant(frontMatter));
  return tailored.sections.map((s) => {
    const kids =
      s.kind === "entries"
        ? s.entries.map((e) => `${e.id}(${e.bullets.map((b) => b.id).join(",")})`)
        : s.kind === "list"
          ? s.items.map((i) => i.id)
          : s.kind === "skills"
            ? s.groups.map((g) => g.id)
            : [];
    return `${s.id}: ${kids.join(" ")}`;
  });
}

const text = (t: RichText) => t.map((s) => s.text).join("");

describe("variant files", () => {
  it("reads the declaration and the purpose", () => {
    const v = variant("sections: [honors, work]\nmaxBullets: 2\npaper: a4\nbodySize: 10.5");
    expect(v).toMatchObject({
      name: "test",
      file: FILE,
      purpose: "For tests.",
      spec: { sections: ["honors", "work"], maxBullets: 2, paper: "a4", bodySize: 10.5 },
    });
    expect(v.positions["sections.1"]).toEqual({ file: FILE, line: 2, column: 20 });
  });

  it("reports unknown keys at the key, with a suggestion", () => {
    const { diagnostics } = parseVariant(FILE, "test", variantText("sections: [work]\nmaxBullet: 2"));
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `${FILE}:3:1: unknown field "maxBullet" in a variant; expected one of: sections, titles, include, exclude, order, maxBullets, priorityAtMost, alternatives, emphasize, pages, paper, theme, bodySize, subject, keywords, allowDrop\n  hint: did you mean "maxBullets"?`,
    ]);
  });

  it("reports unknown nested keys and wrong types at their values", () => {
    const { diagnostics } = parseVariant(
      FILE,
      "test",
      variantText("include:\n  tag: [llm]\nmaxBullets: two\npaper: legal\nemphasize: LLM"),
    );
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `${FILE}:3:3: unknown field "tag" in include; expected one of: tags, ids\n  hint: did you mean "tags"?`,
      `${FILE}:4:13: invalid maxBullets: expected number`,
      `${FILE}:5:8: invalid paper: expected one of: "letter", "a4"`,
      `${FILE}:6:12: invalid emphasize: expected array`,
    ]);
  });

  it("reports broken YAML, a missing purpose, missing front matter and a size out of range", () => {
    expect(parseVariant(FILE, "t", variantText("sections: [work")).diagnostics[0]?.line).toBe(2);
    expect(
      parseVariant(FILE, "t", "---\nmaxBullets: 1\n---\n\n<!-- nothing -->\n").diagnostics.map(
        formatDiagnostic,
      ),
    ).toEqual([
      `${FILE}:3:1: a variant needs a purpose: after the front matter, say in a sentence what this version is for`,
    ]);
    expect(parseVariant(FILE, "t", "Just text.\n").diagnostics[0]?.message).toMatch(
      /starts with YAML front matter/,
    );
    expect(parseVariant(FILE, "t", variantText("bodySize: 12")).diagnostics.map(formatDiagnostic)).toEqual([
      `${FILE}:2:11: bodySize 12 is outside the theme's range 9–11pt`,
    ]);
  });

  it("refuses names that are not plain file names", () => {
    for (const name of ["../../x", "a/b", "Short", "", "-x", "x.md"]) {
      expect(() => checkVariantName(name)).toThrow(UserError);
    }
    expect(() => checkVariantName("../../x")).toThrow(
      'vitae: invalid variant name "../../x": a name is lowercase letters, digits and hyphens (content/variants/NAME.md)',
    );
    expect(() => checkVariantName("ml-systems-2")).not.toThrow();
  });

  it("writes next to the default PDF", () => {
    expect(variantOutFile("short")).toBe("output/resume-short.pdf");
    expect(variantOutFile("short", "/tmp/x/cv.pdf")).toBe("/tmp/x/cv-short.pdf");
  });
});

describe("selection", () => {
  it("keeps everything in content order without keys", () => {
    expect(shape("{}")).toEqual([
      "work: alpha(a1,a2,a3) beta(b1,b2) gamma(g1,g2,g3)",
      "honors: h1 h2",
      "skills: langs tools",
    ]);
  });

  it("keeps and orders sections, and renames them", () => {
    const v = variant("sections: [skills, work]\ntitles:\n  work: Research");
    const tailored = tailor(sample(), v);
    expect(tailored.sections.map((s) => `${s.id}=${s.title}`)).toEqual(["skills=Skills", "work=Research"]);
  });

  it("excludes by tag and by id, with everything inside", () => {
    expect(shape("exclude:\n  tags: [vision]")).toEqual([
      "work: alpha(a1,a3) gamma(g1,g2,g3)",
      "honors: h2",
      "skills: langs",
    ]);
    expect(shape("exclude:\n  ids: [alpha, b2, honors]")).toEqual([
      "work: beta(b1) gamma(g1,g2,g3)",
      "skills: langs tools",
    ]);
  });

  it("includes an entry's bullets by its tag, and a bullet with its entry by the bullet's tag", () => {
    // alpha is tagged llm (all its bullets); beta is tagged vision (all); a2, b1, h1, tools carry .vision.
    expect(shape("include:\n  tags: [llm]")).toEqual(["work: alpha(a1,a2,a3)"]);
    expect(shape("include:\n  tags: [systems]")).toEqual(["work: alpha(a1)"]);
    expect(shape("include:\n  tags: [vision]")).toEqual([
      "work: alpha(a2) beta(b1,b2)",
      "honors: h1",
      "skills: tools",
    ]);
  });

  it("includes by id, a section id keeping the whole section; exclude wins", () => {
    expect(shape("include:\n  ids: [a3, skills]")).toEqual(["work: alpha(a3)", "skills: langs tools"]);
    expect(shape("include:\n  ids: [work]\nexclude:\n  ids: [a1, g2]")).toEqual([
      "work: alpha(a2,a3) beta(b1,b2) gamma(g1,g3)",
    ]);
  });

  it("keeps an entry without bullets (its header), and drops a section left empty", () => {
    expect(shape("exclude:\n  ids: [b1, b2, h1, h2]")).toEqual([
      "work: alpha(a1,a2,a3) beta() gamma(g1,g2,g3)",
      "skills: langs tools",
    ]);
  });

  it("limits bullets per entry by priority, ties in content order, keeping content order", () => {
    // gamma: g3 (priority 2) first, then g1 before g2 (both 4).
    expect(shape("maxBullets: 2")[0]).toBe("work: alpha(a1,a3) beta(b1,b2) gamma(g1,g3)");
    expect(shape("maxBullets: 1")[0]).toBe("work: alpha(a3) beta(b1) gamma(g3)");
    expect(shape("maxBullets: 0")[0]).toBe("work: alpha() beta() gamma()");
  });

  it("keeps only bullets and list items up to a priority", () => {
    expect(shape("priorityAtMost: 2")).toEqual([
      "work: alpha(a1,a3) beta(b1,b2) gamma(g3)",
      "honors: h1",
      "skills: langs tools",
    ]);
  });

  it("moves entries, bullets and items to the front, in the listed order", () => {
    expect(shape("order: [gamma, a3, g3, beta, h2]")).toEqual([
      "work: gamma(g3,g1,g2) beta(b1,b2) alpha(a3,a1,a2)",
      "honors: h2 h1",
      "skills: langs tools",
    ]);
  });

  it("uses an alternative phrasing where a bullet has one", () => {
    const tailored = tailor(sample(), variant("alternatives: short"));
    const work = tailored.sections[0];
    if (work?.kind !== "entries") throw new Error("no work");
    expect(work.entries[0]?.bullets.map((b) => text(b.text))).toEqual([
      "Built the LLM serving stack for 40 GPUs.",
      "Labelled images for the vision team.",
      "Cut latency by 30%.",
    ]);
  });

  it("does not modify its input", () => {
    const resume = sample();
    const copy = structuredClone(resume);
    tailor(resume, variant("sections: [work]\nmaxBullets: 1\norder: [gamma]\nemphasize: [LLM]"));
    expect(resume).toEqual(copy);
  });
});

describe("emphasis", () => {
  it("sets whole-word, case-insensitive matches in bold without changing the text", () => {
    const tailored = tailor(sample(), variant("emphasize: [LLM, 40 GPUs]"));
    const work = tailored.sections[0];
    if (work?.kind !== "entries") throw new Error("no work");
    const [a1, , a3] = work.entries[0]?.bullets ?? [];
    expect(a1?.text).toEqual([
      { text: "Built the " },
      { text: "LLM", bold: true },
      { text: " serving stack for " },
      { text: "40 GPUs", bold: true },
      { text: "." },
    ]);
    expect(a3?.text).toEqual([
      { text: "Cut " },
      { text: "llm", bold: true },
      { text: " latency by 30% with caching." },
    ]);
  });

  it("matches across spans, keeps their styles and leaves code alone", () => {
    const input: RichText = [
      { text: "fast LL" },
      { text: "M serving", italic: true },
      { text: " LLM", code: true },
    ];
    const { text: out, counts } = emphasize(input, [termPattern("LLM serving")]);
    expect(out).toEqual([
      { text: "fast " },
      { text: "LL", bold: true },
      { text: "M serving", italic: true, bold: true },
      { text: " LLM", code: true },
    ]);
    expect(counts).toEqual([1]);
    expect(text(out)).toBe(text(input));
  });

  it("does not match inside words", () => {
    expect(emphasize([{ text: "LLMs and allm" }], [termPattern("llm")]).counts).toEqual([0]);
    expect(emphasize([{ text: "C++ and C" }], [termPattern("C++")]).counts).toEqual([1]);
  });
});

describe("reference errors", () => {
  it("reports a tag that matches nothing at the tag, with a suggestion", () => {
    expect(problems("include:\n  tags: [llm, vison]")).toEqual([
      `${FILE}:3:15: no entry, bullet, list item or skill group is tagged "vison"; the tags in use are: llm, systems, vision\n  hint: did you mean "vision"?`,
    ]);
    expect(problems("exclude:\n  tags: [nothing]")[0]).toMatch(/^content\/variants\/test\.md:3:10: no entry/);
  });

  it("reports unknown ids, sections that are not sections, and duplicates", () => {
    expect(problems("sections: [work, honours, alpha, work]\nexclude:\n  ids: [a9]")).toEqual([
      `${FILE}:2:18: no section "honours" in the résumé; its sections are: work, honors, skills\n  hint: did you mean "honors"?`,
      `${FILE}:2:27: "alpha" is an entry, not a section; its section is "work"`,
      `${FILE}:2:34: "work" is listed twice in sections`,
      `${FILE}:4:9: nothing in the résumé has the id "a9"\n  hint: did you mean "a1"?`,
    ]);
    expect(problems("titles:\n  wrk: Work")).toEqual([
      `${FILE}:3:3: no section "wrk" in the résumé; its sections are: work, honors, skills\n  hint: did you mean "work"?`,
    ]);
    expect(problems("order: [work]")).toEqual([
      `${FILE}:2:9: "work" is a section; sections are ordered by "sections"`,
    ]);
  });

  it("reports a map key that is not an id instead of ignoring it, and reads a key of digits as written", () => {
    expect(problems("titles: {__proto__: Hacked, work: Work}\ninclude: {Tags: [x]}")).toEqual([
      `${FILE}:2:10: a key in titles must be a section id (lowercase letters, digits and hyphens); found "__proto__"`,
      `${FILE}:3:11: a key in include must be a field name (lowercase letters, digits and hyphens); found "Tags"`,
    ]);
    expect(problems("titles:\n  ? [a, b]\n  : Work")).toEqual([
      `${FILE}:3:5: a key in titles must be a section id (lowercase letters, digits and hyphens); found a list`,
    ]);
    expect(problems("titles:\n  2024: Work")).toEqual([
      `${FILE}:3:3: no section "2024" in the résumé; its sections are: work, honors, skills`,
    ]);
  });

  it("reports what the variant names but leaves out itself", () => {
    expect(problems("sections: [work]\norder: [h1]\ninclude:\n  ids: [b1, b2]\nmaxBullets: 1")).toEqual([
      `${FILE}:3:9: "h1" is ordered but this variant leaves it out (its section "honors" is not in sections)`,
      `${FILE}:5:13: "b2" is included but this variant leaves it out (priority 2: beyond maxBullets 1)`,
    ]);
    expect(problems("exclude:\n  tags: [llm]\norder: [a1]")).toEqual([
      `${FILE}:4:9: "a1" is ordered but this variant leaves it out ("alpha" is excluded by tag llm)`,
    ]);
  });

  it("reports an emphasized term that occurs nowhere, and an unknown alternative", () => {
    expect(problems("emphasize: [LLM, Kubernetes]\nalternatives: shrt")).toEqual([
      `${FILE}:3:15: no bullet has an alternative named "shrt"\n  hint: did you mean "short"?`,
    ]);
    expect(problems("emphasize: [LLM, Kubernetes]")).toEqual([
      `${FILE}:2:18: "Kubernetes" occurs nowhere in the text this variant keeps (bullets, details, list items, paragraphs)\n  hint: emphasis matches whole words, ignoring case`,
    ]);
  });

  it("throws every problem at once from tailor", () => {
    const v = variant("sections: [nope]\ninclude:\n  tags: [nope]");
    expect(() => tailor(sample(), v)).toThrow(UserError);
    try {
      tailor(sample(), v);
    } catch (error) {
      expect((error as UserError).diagnostics).toHaveLength(2);
    }
  });
});

const { resume: DEFAULT } = await loadResume("content");

describe("the fact guard", () => {
  const index = indexResume(DEFAULT);
  const ids = [...index.keys()];
  const sectionIds = DEFAULT.sections.map((s) => s.id);
  const tags = [...new Set([...index.values()].flatMap((n) => n.tags))];
  const words = ["LLM", "checkpoint", "PyTorch", "image quality assessment", "Shanghai"];
  const some = <T>(xs: readonly T[]) =>
    fc.uniqueArray(fc.constantFrom(...xs), { minLength: 1, maxLength: 4 });
  const selector = fc.record({ tags: some(tags), ids: some(ids) }, { requiredKeys: [] });
  const spec: fc.Arbitrary<VariantSpec> = fc.record(
    {
      sections: fc.shuffledSubarray(sectionIds, { minLength: 1 }),
      titles: fc.dictionary(fc.constantFrom(...sectionIds), fc.constantFrom("Research", "Work", "Other")),
      include: selector,
      exclude: selector,
      order: some(ids.filter((id) => !sectionIds.includes(id))),
      maxBullets: fc.integer({ min: 0, max: 4 }),
      priorityAtMost: fc.integer({ min: 1, max: 9 }),
      emphasize: some(words),
    },
    { requiredKeys: [] },
  );

  it("any selection of the default content keeps every fact and builds text only from the content", () => {
    fc.assert(
      fc.property(spec, (s) => {
        const { resume } = applyVariant(DEFAULT, s);
        expect(factProblems(DEFAULT, resume, s.titles ?? {})).toEqual([]);
      }),
      runs(300, 13),
    );
  });

  it("catches a changed fact", () => {
    const changed = structuredClone(DEFAULT);
    const academic = changed.sections.find((s) => s.id === "academic");
    if (academic?.kind !== "entries" || !academic.entries[0]?.bullets[0]) throw new Error("no academic");
    academic.entries[0].bullets[0].text = [{ text: "Developed a module used by 5 million people." }];
    academic.entries[0].dates = { start: { year: 2019 } };
    expect(factProblems(DEFAULT, changed, {})).toEqual([
      "academic/nr-iqa: entry fields differ from the content",
      'academic/nr-iqa/iqa-module: text "Developed a module used by 5 million people." is not the content\'s text or one of its alternatives',
    ]);
  });
});

const NO_SETTINGS = { settings: {}, file: "" };

describe("--diff", () => {
  it("says what ml-systems keeps, drops, moves, renames and emphasizes", () => {
    const v = parseVariant(
      "content/variants/ml-systems.md",
      "ml-systems",
      readFileSync("content/variants/ml-systems.md", "utf8"),
    ).variant;
    if (v === undefined) throw new Error("ml-systems does not parse");
    const diff = variantDiff(DEFAULT, v, resolveBuild(variantChoices(v), NO_SETTINGS));
    expect(diff).toContain('2. Research Experience (academic) — renamed from "Academic Experience"');
    expect(diff).toContain("dropped: Extracurricular (extracurricular): not in sections");
    expect(diff).toContain(
      "keep  Multi-level Checkpoint Cache for LLM Training (checkpoint-cache) — moved up from 3rd to 1st; all 3 bullets",
    );
    expect(diff).toContain("drop  Domain Generalization in Federated Learning (fed-dg): excluded by id");
    expect(diff).toMatch(
      /drop bullet iqa-eval "Conducted tests and evaluations on six NR-IQA …": excluded by id/,
    );
    expect(diff).toContain("1. Industry Experience (industry) — moved up from 3rd to 1st");
    expect(diff).toContain('bullet huawei-mindspore uses its "standalone" phrasing');
    expect(diff).toMatch(/Bold: "LLM" ×\d+/);
    expect(diff).toMatch(/In all: keeps 5 of 6 sections, 6 of 7 entries, \d+ of 17 bullets/);
  });

  it("gives the reason a bullet is left out by maxBullets", () => {
    const diff = variantDiff(sample(), variant("maxBullets: 1"), resolveBuild({}, NO_SETTINGS));
    expect(diff).toContain(
      'drop bullet a1 "Built the LLM serving stack for 40 …": priority 2: beyond maxBullets 1',
    );
  });
});

describe("--job", () => {
  const posting = readFileSync("test/fixtures/jobs/ml-systems-intern.txt", "utf8");

  it("finds single and multi-word terms, skipping common and job-ad words", () => {
    const terms = postingTerms(posting).map((t) => t.text);
    for (const term of [
      "LLM inference",
      "PyTorch",
      "distributed training",
      "C++",
      "Megatron-DeepSpeed",
      "CUDA",
    ])
      expect(terms).toContain(term);
    for (const filler of ["experience", "strong", "team", "looking", "the", "plus"])
      expect(terms.map((t) => t.toLowerCase())).not.toContain(filler);
    expect(postingTerms(posting).find((t) => t.text === "LLM inference")?.count).toBe(2);
  });

  it("matches ignoring case and simple endings, phrases only as phrases", () => {
    expect(stem("LLMs")).toBe("llm");
    expect(stem("checkpointing")).toBe("checkpoint");
    expect(stem("C++")).toBe("c++");
    const terms = postingTerms("We use PyTorch. Needs checkpointing, distributed training and Kubernetes.");
    const result = coverage(terms, "Built a PyTorch checkpoint mechanism\nfor LLM training (distributed)");
    expect(result.found.map((t) => t.text)).toEqual(["PyTorch", "checkpointing"]);
    expect(result.partly).toEqual([
      { term: expect.objectContaining({ text: "distributed training" }), words: ["distributed", "training"] },
    ]);
    expect(result.missing.map((t) => t.text)).toEqual(["Kubernetes"]);
  });

  it("covers more of a systems posting with ml-systems than with computer-vision", async () => {
    const { loadVariant } = await import("../src/tailor/readVariant.js");
    const { plainText } = await import("../src/layout/plainText.js");
    const terms = postingTerms(posting);
    const found = async (name: string) => {
      const { variant: v } = await loadVariant("content", name);
      return coverage(terms, plainText(tailor(DEFAULT, v))).found.map((t) => t.text);
    };
    const systems = await found("ml-systems");
    expect(systems).toEqual(
      expect.arrayContaining(["LLM inference", "PyTorch", "Megatron-DeepSpeed", "checkpointing"]),
    );
    expect(systems.length).toBeGreaterThan((await found("computer-vision")).length);
  });
});

describe("the README's variant example", () => {
  it("is valid against the default content", () => {
    const readme = readFileSync("README.md", "utf8");
    const start = readme.indexOf("## Tailored versions");
    const example = /```markdown\n([\s\S]*?)\n```\n/.exec(readme.slice(start))?.[1];
    if (example === undefined) throw new Error("no example");
    const { variant: v, diagnostics } = parseVariant("README.md", "example", `${example}\n`);
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    if (v) expect(checkVariant(DEFAULT, v).map(formatDiagnostic)).toEqual([]);
  });
});
