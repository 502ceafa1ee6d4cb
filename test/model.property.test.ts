import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize } from "../src/model/normalize.js";
import { ResumeSchema } from "../src/model/schema.js";
import { parseFiles } from "../src/parse/parseMarkdown.js";
import type { ContentFile } from "../src/parse/types.js";
import { runs } from "./helpers/properties.js";

const RUNS = runs(300, 1);

const CONTENT: ContentFile[] = readdirSync("content")
  .filter((name) => name.endsWith(".md"))
  .sort()
  .map((name) => ({ path: `content/${name}`, text: readFileSync(`content/${name}`, "utf8") }));

/** Pieces of Markdown, YAML, attributes and HTML that are easy to get wrong. */
const FRAGMENTS = [
  "{",
  "}",
  "{#",
  "{#id}",
  "{.tag priority=1}",
  '{dates="09/2022 – present"}',
  "{alt=short}",
  "{prio=x}",
  "{#Bad_Id}",
  "`",
  "```",
  "```yaml\n",
  "```yaml\nid: x\n```\n",
  "---\n",
  "kind: entries\n",
  "kind: nope\n",
  "dates: 13/2022\n",
  "dates: 09/2024 – 09/2022\n",
  "priority: 0\n",
  "tags: [A]\n",
  "role: a: b\n",
  "id: [x\n",
  ": ",
  '"',
  "'",
  "\t",
  "\n",
  "\n\n",
  "<sup>",
  "</sup>",
  "<div>",
  "<!--",
  "-->",
  "<br>",
  "- ",
  "  - ",
  "* ",
  "1. ",
  "> ",
  "## ",
  "# ",
  "### ",
  "***\n",
  "|a|b|\n|-|-|\n",
  "[x](javascript:alert(1))",
  "[y](https://x.org)",
  "<https://x.org>",
  "![i](x.png)",
  "[r]: https://x\n",
  "&amp;",
  "\\",
  "  \n",
  "- Email: x\n",
  "- Phone: +1 (555) 0100\n",
  "Label: a,, b",
  "present",
  "--",
  "\uFEFF",
  "\r\n",
];

type Mutation = {
  file: number;
  at: number;
  op: "delete" | "duplicate" | "swap" | "insert";
  text: string;
  other: number;
};

const mutation: fc.Arbitrary<Mutation> = fc.record({
  file: fc.nat({ max: CONTENT.length - 1 }),
  at: fc.nat({ max: 200 }),
  other: fc.nat({ max: 200 }),
  op: fc.constantFrom("delete", "duplicate", "swap", "insert"),
  text: fc.oneof(
    fc.constantFrom(...FRAGMENTS),
    fc.string({ maxLength: 8 }),
    fc.string({ unit: "binary", maxLength: 4 }),
  ),
});

function mutate(files: readonly ContentFile[], mutations: readonly Mutation[]): ContentFile[] {
  const out = files.map((f) => ({ ...f }));
  for (const m of mutations) {
    const file = out[m.file];
    if (file === undefined) continue;
    const lines = file.text.split("\n");
    const i = m.at % lines.length;
    const j = m.other % lines.length;
    if (m.op === "delete") lines.splice(i, 1);
    else if (m.op === "duplicate") lines.splice(i, 0, lines[i] ?? "");
    else if (m.op === "swap") [lines[i], lines[j]] = [lines[j] ?? "", lines[i] ?? ""];
    else {
      const line = lines[i] ?? "";
      const col = m.other % (line.length + 1);
      lines[i] = line.slice(0, col) + m.text + line.slice(col);
    }
    file.text = lines.join("\n");
  }
  return out;
}

/** Whole random files: front matter of a random kind and lines built from the fragments and random text. */
const randomFile: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("header", "entries", "list", "skills", "text", "bogus"),
    fc.array(
      fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 6 }),
      { maxLength: 20 },
    ),
  )
  .map(
    ([kind, lines]) => `---\nkind: ${kind}\n---\n\n# Title\n\n${lines.map((l) => l.join("")).join("\n")}\n`,
  );

function checkInvariants(files: readonly ContentFile[]): void {
  const result = normalize(parseFiles(files));
  const paths = new Set(files.map((f) => f.path));
  for (const d of result.diagnostics) {
    expect(paths.has(d.file), d.file).toBe(true);
    expect(Number.isInteger(d.line) && (d.line ?? 0) >= 1, `${d.file}:${d.line} ${d.message}`).toBe(true);
    expect((d.column ?? 0) >= 1, d.message).toBe(true);
    expect(d.message, d.message).not.toMatch(/\n/);
    expect(d.message).not.toMatch(/undefined|\[object/);
  }
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length === 0) {
    expect(result.resume, "no errors but no model").toBeDefined();
    expect(ResumeSchema.safeParse(result.resume).success).toBe(true);
  } else expect(result.resume).toBeUndefined();
}

describe("normalize on damaged and random content", () => {
  it("the real content, mutated, yields diagnostics or a valid model, never an exception", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        checkInvariants(mutate(CONTENT, mutations));
      }),
      RUNS,
    );
  });

  it("random Markdown files yield diagnostics or a valid model, never an exception", () => {
    fc.assert(
      fc.property(fc.array(randomFile, { minLength: 1, maxLength: 4 }), (texts) => {
        checkInvariants(texts.map((text, i) => ({ path: `content/${i}0-random.md`, text })));
      }),
      RUNS,
    );
  });
});
