import { describe, expect, it } from "vitest";
import { parseDateRange } from "../src/model/dates.js";
import { firstWordsSlug, shortSlug, slugify } from "../src/model/ids.js";
import { linkProblem } from "../src/model/links.js";
import { idFromFileName } from "../src/model/normalize.js";
import { ResumeSchema } from "../src/model/schema.js";
import { smarten } from "../src/model/typography.js";
import { zodIssueToDiagnostic } from "../src/model/zodIssues.js";
import { run, section } from "./fixtures/model/check.js";

describe("parseDateRange", () => {
  it.each([
    ["09/2022", { start: { year: 2022, month: 9 } }],
    ["2022-09", { start: { year: 2022, month: 9 } }],
    ["2022", { start: { year: 2022 } }],
    ["Sep 2022 to present", { start: { year: 2022, month: 9 }, end: "present" }],
    ["Sept. 2021 - March 2022", { start: { year: 2021, month: 9 }, end: { year: 2022, month: 3 } }],
    ["09/2022 – Present", { start: { year: 2022, month: 9 }, end: "present" }],
    ["09/2022--10/2022", { start: { year: 2022, month: 9 }, end: { year: 2022, month: 10 } }],
    ["2022-2023", { start: { year: 2022 }, end: { year: 2023 } }],
    ["2022-09-2023-01", { start: { year: 2022, month: 9 }, end: { year: 2023, month: 1 } }],
    ["2022 – 06/2022", { start: { year: 2022 }, end: { year: 2022, month: 6 } }],
  ])("reads %s", (text, value) => {
    expect(parseDateRange(text)).toEqual({ ok: true, value });
  });

  it("says where a range goes wrong", () => {
    expect(parseDateRange("09/2022-13/2022")).toEqual({
      ok: false,
      message: 'invalid date "13/2022": month must be 01–12',
      offset: 8,
    });
    expect(parseDateRange("2020 – 2021 – 2022")).toEqual({
      ok: false,
      message: 'invalid date range "2020 – 2021 – 2022": a range joins exactly two dates',
      offset: 0,
    });
  });
});

describe("smarten", () => {
  it.each([
    ["FAST'25", "FAST’25"],
    ["the company's", "the company’s"],
    ["'90s", "’90s"],
    ["'quoted' and \"double\"", "‘quoted’ and “double”"],
    ['("nested")', "(“nested”)"],
    ["09/2022 -- 2023", "09/2022 – 2023"],
    ["wait---what", "wait—what"],
    ["well-known", "well-known"],
  ])("%s -> %s", (text, expected) => {
    expect(smarten(text)).toBe(expected);
  });
});

describe("inline text", () => {
  const paragraph = (markdown: string) => {
    const { resume, diagnostics } = run({ "20-a.md": section("text", `${markdown}\n`) });
    expect(diagnostics).toEqual([]);
    const s = resume?.sections[0];
    return s?.kind === "text" ? s.paragraphs[0] : undefined;
  };

  it("styles spans and collapses whitespace", () => {
    expect(paragraph("A **bold *both*** and `a--b`\nwrapped  line  \nhard break")).toEqual([
      { text: "A " },
      { text: "bold ", bold: true },
      { text: "both", bold: true, italic: true },
      { text: " and " },
      { text: "a--b", code: true },
      { text: " wrapped line hard break" },
    ]);
  });

  it("keeps autolinks verbatim and smartens link text", () => {
    expect(paragraph("<https://x.org/a--b> and [Ada's site](https://ada.dev)")).toEqual([
      { text: "https://x.org/a--b", href: "https://x.org/a--b" },
      { text: " and " },
      { text: "Ada’s site", href: "https://ada.dev" },
    ]);
  });

  it("reads superscripts inside bold, and drops HTML comments", () => {
    expect(paragraph("**5<sup>th</sup>** place <!-- draft -->")).toEqual([
      { text: "5", bold: true },
      { text: "th", bold: true, sup: true },
      { text: " place" },
    ]);
  });
});

describe("ids", () => {
  it("slugs text", () => {
    expect(slugify("Shanghai Jiao Tong University")).toBe("shanghai-jiao-tong-university");
    expect(slugify("Café — Zürich's best")).toBe("cafe-zurichs-best");
    expect(shortSlug("Huawei Cloud Computing Technology Co., Ltd.")).toBe(
      "huawei-cloud-computing-technology-co-ltd",
    );
    expect(shortSlug("Multi-level Checkpoint Cache for LLM Training at Scale")).toBe(
      "multi-level-checkpoint-cache-for-llm",
    );
    expect(shortSlug("x".repeat(50))).toBe("x".repeat(40));
    expect(firstWordsSlug("Developed a layer-wise skipping strategy", 3)).toBe("developed-a-layer-wise");
  });

  it("derives a section id from the file name", () => {
    expect(idFromFileName("content/20-academic.md")).toBe("academic");
    expect(idFromFileName("content/05_Side Projects.md")).toBe("side-projects");
    expect(idFromFileName("content/10.md")).toBe("");
  });
});

describe("linkProblem", () => {
  it.each([
    ["https://example.com", undefined],
    ["mailto:a@b.co", undefined],
    ["tel:+4420", undefined],
    [
      "data:text/html,x",
      'link scheme "data:" is not allowed; links must start with https:, http:, mailto: or tel:',
    ],
    ["https://", 'invalid link "https://"'],
    ["mailto:", 'invalid e-mail link "mailto:": expected mailto:name@example.com'],
    ["", "a link with no address"],
  ])("%s", (url, problem) => {
    expect(linkProblem(url)).toBe(problem);
  });
});

describe("zodIssueToDiagnostic", () => {
  it("places a schema violation at the nearest source and words it", () => {
    const { resume } = run({ "20-a.md": section("list", "- Award {#award}\n") });
    if (resume === undefined) throw new Error("expected a model");
    const broken = structuredClone(resume);
    const list = broken.sections[0];
    const item = list?.kind === "list" ? list.items[0] : undefined;
    if (list?.kind !== "list" || item === undefined) throw new Error("expected a list item");
    list.items[0] = { ...item, priority: 12, text: [] };
    const result = ResumeSchema.safeParse(broken);
    const diagnostics = result.error?.issues.map((issue) =>
      zodIssueToDiagnostic(issue, broken, resume.header.source),
    );
    expect(diagnostics?.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message} [${d.path}]`)).toEqual([
      "content/20-a.md:7:1: invalid sections.0.items.0.priority: must be at most 9 [sections.0.items.0.priority]",
      "content/20-a.md:7:1: invalid sections.0.items.0.text: needs at least 1 item [sections.0.items.0.text]",
    ]);
  });
});
