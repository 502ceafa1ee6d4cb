import { describe, expect, it } from "vitest";
import { MAX_YAML_DEPTH, yamlPrecheck } from "../src/model/yamlPrecheck.js";

const check = (text: string) => yamlPrecheck(text, "entry fields")[0];
/** Offset of the first problem, and its message's start. */
const found = (text: string) => {
  const problem = check(text);
  return problem && { offset: problem.offset, message: problem.message.split(";")[0] };
};
const DEEP = `YAML nested more than ${MAX_YAML_DEPTH} levels deep in entry fields`;

describe("YAML checked before parsing", () => {
  it("passes every field a résumé or a variant writes", () => {
    for (const text of [
      "id: engine\norganization: Babbage and Co.\nrole: Programmer\ndates: 09/2019 – 06/2021",
      "keywords: [LLM Training, In-Memory Checkpoint]\ntags: [llm, systems]\npriority: 1",
      "status: \"Accepted: FAST'25\"\nlocation: 'Shanghai, China'",
      "sections: [industry, academic]\ntitles:\n  academic: Research Experience\nexclude:\n  ids: [fed-dg, iqa-eval]",
      "include:\n  tags:\n    - llm\n    - systems\n  ids: [education]",
      "role: Prof.\u00a0Smith's student # a no-break space inside a value is text",
      "supervisor: A - B - C - D - E - F - G - H - I - J - K - L - M - N - O - P - Q - R - S - T - U",
      "status: >\n  folded text\n  - that looks like a list",
      "kind: entries\n",
      "",
    ]) {
      expect(check(text), text).toBeUndefined();
    }
  });

  it("refuses nesting past the bound, in every way YAML nests, at the level past it", () => {
    const past = MAX_YAML_DEPTH + 1;
    // The top-level map is the first level.
    expect(found(`${"? ".repeat(3000)}a`)).toEqual({ offset: 2 * (past - 2), message: DEEP });
    expect(found(`k:\n  ${"- ".repeat(3000)}a`)).toEqual({ offset: 5 + 2 * (past - 3), message: DEEP });
    expect(found(`- ${"a: ".repeat(3000)}b`)).toEqual({ offset: 2 + 3 * (past - 3) + 1, message: DEEP });
    expect(found(`k: ${"[".repeat(3000)}`)?.message).toBe(DEEP);
    expect(found(`k: ${"{a: ".repeat(3000)}`)?.message).toBe(DEEP);
    const indented = Array.from({ length: 30 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n");
    expect(found(indented)?.message).toBe(DEEP);
  });

  it("takes linear time on a line of 128 KiB of indicators (no backtracking patterns)", () => {
    for (const line of ["- ".repeat(65_000), "- ? ".repeat(32_000), `k: ${"a: ".repeat(43_000)}`]) {
      const started = performance.now();
      expect(found(line)?.message).toBe(DEEP);
      expect(performance.now() - started, line.slice(0, 8)).toBeLessThan(1000);
    }
  });

  it("is not fooled by quotes, comments or brackets in text", () => {
    expect(found(`k: "${"[".repeat(50)}"`)).toBeUndefined();
    expect(found(`k: '${"{".repeat(50)}'`)).toBeUndefined();
    expect(found(`k: x # ${"[".repeat(50)}`)).toBeUndefined();
    // An apostrophe inside a plain value opens no quote: the nesting after it still counts.
    expect(found(`a: FAST'25 'x\nb: ${"[".repeat(50)}`)?.message).toBe(DEEP);
  });

  it("names a no-break space where YAML needs an ordinary one, at its offset", () => {
    const nbsp = (text: string) => check(text)?.offset;
    expect(nbsp("kind:\u00a0entries")).toBe(5);
    expect(nbsp("role: x\ntags:\n  -\u00a0llm")).toBe(17);
    expect(nbsp("\u00a0role: x")).toBe(0);
    expect(check("kind:\u00a0entries")?.message).toBe(
      "a no-break space (U+00A0) where YAML needs an ordinary space; YAML reads the text around it as one word",
    );
    expect(check("kind:\u202fentries")?.message).toMatch(/^a narrow no-break space \(U\+202F\)/);
  });

  it("names every no-break space and emphasis, not just the first", () => {
    const problems = yamlPrecheck(
      "role: *Programmer*\nkind:\u00a0x\norganization: **Babbage**",
      "entry fields",
    );
    expect(problems.map((p) => p.offset)).toEqual([6, 24, 41]);
  });

  it("names Markdown emphasis that YAML would read as an alias", () => {
    for (const [text, offset] of [
      ["role: *Research Intern*", 6],
      ["organization: **Huawei**", 14],
      ["keywords:\n  - *LLM*", 14],
    ] as const) {
      const problem = check(text);
      expect(problem?.offset, text).toBe(offset);
      expect(problem?.message).toMatch(/^Markdown emphasis is not read in YAML fields/);
    }
    expect(check('role: "*Research Intern*"')).toBeUndefined();
    expect(check("role: Research *Intern*")).toBeUndefined();
  });
});
