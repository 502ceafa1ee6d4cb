import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RESUME_SCHEMA_FILE, resumeJsonSchema, resumeJsonSchemaText } from "../src/model/jsonSchema.js";
import { loadResume } from "../src/model/load.js";
import { normalize } from "../src/model/normalize.js";
import { type Resume, ResumeSchema } from "../src/model/schema.js";
import { parseFiles } from "../src/parse/parseMarkdown.js";
import { readContent } from "../src/parse/readContent.js";

// Regenerate the golden files with: UPDATE_GOLDEN=1 npx vitest run test/model
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const GOLDEN = new URL("./fixtures/model/default.json", import.meta.url);

/** Compares parsed JSON, not text, so the formatter may lay the committed file out as it likes. */
function golden(file: URL, fresh: string): void {
  if (UPDATE) writeFileSync(file, fresh);
  expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(JSON.parse(fresh));
}

const { resume, warnings } = await loadResume("content");

describe("the default content", () => {
  it("loads with no diagnostics at all", async () => {
    const { diagnostics } = normalize(parseFiles(await readContent("content")));
    expect(diagnostics).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it("matches the golden model", () => {
    golden(GOLDEN, `${JSON.stringify(resume, null, 2)}\n`);
  });

  it("validates against the schema", () => {
    expect(ResumeSchema.safeParse(resume).success).toBe(true);
  });

  it("keeps the facts that need care", () => {
    const education = section(resume, "education");
    expect(education.entries[0]?.details[0]).toEqual([
      { text: "GPA: 3.84/4; Ranking: 5" },
      { text: "th", sup: true },
      { text: "/40" },
    ]);
    expect(education.entries[1]?.details[0]).toEqual([{ text: "GPA: 87.42/100" }]);
    expect(section(resume, "academic").entries.find((e) => e.id === "checkpoint-cache")?.status).toBe(
      "First authorship, planned submission to FAST’25",
    );
    expect(resume.header.contacts.map((c) => [c.kind, c.value, c.href])).toEqual([
      ["email", "yizhen.yao@example.com", "mailto:yizhen.yao@example.com"],
      ["phone", "+86 000 0000 0000", "tel:+8600000000000"],
      ["url", "example.com", "https://example.com"],
    ]);
    const skills = resume.sections.find((s) => s.kind === "skills");
    expect(skills?.kind === "skills" && skills.groups[0]?.values).toEqual([
      "Python",
      "C++",
      "C#",
      "Matlab",
      "Bash",
    ]);
    expect(skills?.title).toBe("Languages & Skills");
  });

  it("keeps every date written in the content", () => {
    const written = contentText().match(/\b\d{2}\/\d{4}\b/g) ?? [];
    const model = JSON.stringify(resume, (key, value) =>
      key === "start" || key === "end" ? format(value) : value,
    );
    expect(written.length).toBeGreaterThan(20);
    for (const date of written) expect(model, date).toContain(date);
  });

  it("keeps every id, tag and word written in the content", () => {
    const model = JSON.stringify(resume, (key, value) =>
      key === "start" || key === "end" ? format(value) : value,
    );
    const text = contentText()
      .replace(/'/g, "’")
      // Syntax, not content: front matter and yaml keys, attribute keys, fences, html tags.
      .replace(
        /^(?:kind|id|role|location|dates|tags|supervisor|status|keywords|priority|organization):/gm,
        "",
      )
      .replace(/\b(?:priority|dates)=/g, "")
      .replace(/```yaml|<\/?sup>|\bkind\b/g, " ");
    const words = new Set(text.match(/[\p{L}\p{N}][\p{L}\p{N}’+#.-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu) ?? []);
    const missing = [...words].filter((word) => !model.includes(word));
    expect(missing).toEqual([]);
  });
});

describe("the JSON Schema of the model", () => {
  it("is committed and up to date", () => {
    golden(RESUME_SCHEMA_FILE, resumeJsonSchemaText());
  });

  it("describes the default content's model", () => {
    const schema = resumeJsonSchema();
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties as object)).toEqual(["header", "sections", "sources"]);
  });
});

function section(model: Resume, id: string) {
  const found = model.sections.find((s) => s.id === id);
  if (found?.kind !== "entries") throw new Error(`no entries section ${id}`);
  return found;
}

function contentText(): string {
  const dir = new URL("../content/", import.meta.url);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => readFileSync(new URL(name, dir), "utf8"))
    .join("\n");
}

/** A model date as the content writes it: MM/YYYY or YYYY. */
function format(value: unknown): unknown {
  if (typeof value !== "object" || value === null || !("year" in value)) return value;
  const { year, month } = value as { year: number; month?: number };
  return month === undefined ? String(year) : `${String(month).padStart(2, "0")}/${year}`;
}
