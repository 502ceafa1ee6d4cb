/**
 * An entry's fields: values YAML cuts short at " #", repeated fields, a yaml block whose fence was forgotten,
 * hints for field names from other résumé formats, and the `url` field.
 */
import { describe, expect, it } from "vitest";
import type { Entry } from "../src/model/schema.js";
import { check, entries, run } from "./fixtures/model/check.js";

/** An entry "Job" in content/20-a.md whose yaml block (its first field on line 10) holds `yaml`. */
const fields = (yaml: string) => ({ "20-a.md": entries(`## Job\n\n\`\`\`yaml\n${yaml}\n\`\`\`\n`) });
/** An entry "Job" in content/20-a.md with the given body from line 9. */
const body = (text: string) => ({ "20-a.md": entries(`## Job\n\n${text}`) });

/** The first entry of content that must have no diagnostic. */
function entryOf(files: Record<string, string>): Entry {
  const { resume, diagnostics } = run(files);
  expect(diagnostics).toEqual([]);
  const s = resume?.sections[0];
  const entry = s?.kind === "entries" ? s.entries[0] : undefined;
  if (entry === undefined) throw new Error("no entry");
  return entry;
}

const EXPECTED =
  "expected one of: id, tags, priority, organization, role, supervisor, status, location, dates, url, keywords";
const FENCE_HINT = "  hint: fields go in a fenced block: a line ```yaml before them and a line ``` after";

describe('values cut short by " #"', () => {
  it("reports the value at the #, with the quoted value as the hint", () => {
    expect(check(fields("status: Ranked #1 of 40 volunteers"))).toEqual([
      'content/20-a.md:10:16: the value of "status" stops before "#1 of 40 volunteers": in YAML, " #" starts a comment\n' +
        '  hint: quote the value: status: "Ranked #1 of 40 volunteers"',
    ]);
  });

  it("reports it on its own line among other fields, and gives no model", () => {
    const files = fields("role: Intern\nstatus: Ranked #1 of 40 volunteers\nlocation: Lisbon");
    expect(check(files)).toEqual([
      'content/20-a.md:11:16: the value of "status" stops before "#1 of 40 volunteers": in YAML, " #" starts a comment\n' +
        '  hint: quote the value: status: "Ranked #1 of 40 volunteers"',
    ]);
    expect(run(files).resume).toBeUndefined();
  });

  it("escapes quotes in the suggested value", () => {
    expect(check(fields('status: Ranked "top" #1'))).toEqual([
      'content/20-a.md:10:22: the value of "status" stops before "#1": in YAML, " #" starts a comment\n' +
        '  hint: quote the value: status: "Ranked \\"top\\" #1"',
    ]);
  });

  it("takes a deliberate comment (# and a space) for a comment", () => {
    const entry = entryOf(fields("dates: 2023  # approximate\nrole: Intern # unpaid"));
    expect(entry.dates).toEqual({ start: { year: 2023 } });
    expect(entry.role).toBe("Intern");
  });

  it("keeps a # inside a quoted value", () => {
    expect(entryOf(fields('status: "Ranked #1 of 40 volunteers"')).status).toBe("Ranked #1 of 40 volunteers");
    expect(entryOf(fields("status: 'Ranked #1 of 40'")).status).toBe("Ranked #1 of 40");
  });

  it("keeps a # with no space before it", () => {
    expect(entryOf(fields("keywords: [C#, F#]\nstatus: Team#1")).status).toBe("Team#1");
  });
});

describe("repeated fields", () => {
  it("reports the second key even when the first is empty", () => {
    expect(check(fields("role:\nrole: Research Intern"))).toEqual([
      'content/20-a.md:10:1: warning: field "role" is empty and is ignored',
      'content/20-a.md:11:1: field "role" appears twice in entry fields',
    ]);
  });

  it("reports every repetition after the first", () => {
    expect(check(fields("role: A\nlocation: Lisbon\nrole: B\nrole: C"))).toEqual([
      'content/20-a.md:12:1: field "role" appears twice in entry fields',
      'content/20-a.md:13:1: field "role" appears twice in entry fields',
    ]);
  });
});

describe("a yaml block whose fence was forgotten", () => {
  it("warns about a detail paragraph of field lines, and prints it as text", () => {
    const files = body("role: Research Intern\nlocation: Lisbon\n\n- Did things.\n");
    const { resume, diagnostics } = run(files);
    expect(check(files)).toEqual([
      "content/20-a.md:9:1: warning: this detail paragraph reads like entry fields (role: location:) and would be printed as text\n" +
        FENCE_HINT,
    ]);
    expect(diagnostics.every((d) => d.severity === "warning")).toBe(true);
    const s = resume?.sections[0];
    const entry = s?.kind === "entries" ? s.entries[0] : undefined;
    expect(entry?.role).toBeUndefined();
    expect(entry?.details).toEqual([[{ text: "role: Research Intern location: Lisbon" }]]);
  });

  it("warns about one field line in an entry without a yaml block", () => {
    expect(check(body("dates: 2020 – 2022\n\n- Did things.\n"))).toEqual([
      "content/20-a.md:9:1: warning: this detail paragraph reads like entry fields (dates:) and would be printed as text\n" +
        FENCE_HINT,
    ]);
  });

  it("does not warn about one Location line in an entry that has a yaml block", () => {
    const entry = entryOf(body("```yaml\nrole: Intern\n```\n\nLocation: Remote\n\n- Did things.\n"));
    expect(entry.role).toBe("Intern");
    expect(entry.details).toEqual([[{ text: "Location: Remote" }]]);
    expect(check(body("```yaml\nrole: Intern\n```\n\nlocation: Remote\n\n- Did things.\n"))).toEqual([]);
  });

  it("warns about two field lines even after a yaml block", () => {
    expect(check(body("```yaml\nrole: Intern\n```\n\nrole: Intern\ndates: 2020\n\n- Did things.\n"))).toEqual(
      [
        "content/20-a.md:13:1: warning: this detail paragraph reads like entry fields (role: dates:) and would be printed as text\n" +
          FENCE_HINT,
      ],
    );
  });

  it("does not warn about detail lines that are not field names", () => {
    expect(check(body("GPA: 3.9/4.0\nRanking: 5/40\n\n- Did things.\n"))).toEqual([]);
  });
});

describe("hints for unknown fields", () => {
  it.each([
    ["position: Intern", "position", 'did you mean "role"?'],
    ["jobTitle: Intern", "jobTitle", 'did you mean "role"?'],
    ["company: Acme", "company", 'did you mean "organization"?'],
    ["institution: MIT", "institution", 'did you mean "organization"?'],
    [
      "startDate: 2020-01",
      "startDate",
      'did you mean "dates"? (one range: dates: 2021-03 – 2023-08, or "– present")',
    ],
    [
      "end_date: 2021",
      "end_date",
      'did you mean "dates"? (one range: dates: 2021-03 – 2023-08, or "– present")',
    ],
    ["website: https://acme.com", "website", 'did you mean "url"?'],
    ["city: Lisbon", "city", 'did you mean "location"?'],
    ["advisor: Prof. X", "advisor", 'did you mean "supervisor"?'],
    ["skills: [Go]", "skills", 'did you mean "keywords"?'],
    ["title: Engineer", "title", 'the title is the entry\'s "## Title" heading'],
    ["highlights: [a]", "highlights", "write highlights as bullets (- …) under the yaml block"],
    ["summary: x", "summary", "write a summary as a detail paragraph under the yaml block"],
    ["gpa: 3.9", "gpa", "write it as a detail line under the yaml block, e.g. GPA: 3.9/4.0"],
    ["GPA: 3.9", "GPA", "write it as a detail line under the yaml block, e.g. GPA: 3.9/4.0"],
    ["locaton: Lisbon", "locaton", 'did you mean "location"?'],
    ["organisation: Acme", "organisation", 'did you mean "organization"?'],
  ])("%s", (yaml, key, hint) => {
    expect(check(fields(yaml))).toEqual([
      `content/20-a.md:10:1: unknown field "${key}" in entry fields; ${EXPECTED}\n  hint: ${hint}`,
    ]);
  });

  it("gives no hint for a name that resembles none", () => {
    expect(check(fields("flavour: vanilla"))).toEqual([
      `content/20-a.md:10:1: unknown field "flavour" in entry fields; ${EXPECTED}`,
    ]);
  });
});

describe("the url field", () => {
  it("puts a web address in the model, trimmed", () => {
    expect(entryOf(fields("url: https://github.com/ana/raft")).url).toBe("https://github.com/ana/raft");
    expect(entryOf(fields("url: http://ana.dev/old")).url).toBe("http://ana.dev/old");
    expect(entryOf(fields('url: " https://ana.dev "')).url).toBe("https://ana.dev");
  });

  it("is absent when not given", () => {
    expect(entryOf(fields("role: Intern")).url).toBeUndefined();
  });

  it.each([
    ["ftp://x", "10:6"],
    ["javascript:alert(1)", "10:6"],
    ["github.com/x", "10:6"],
    ["mailto:ana@example.com", "10:6"],
  ])("refuses %s at the value", (url, at) => {
    expect(check(fields(`url: ${url}`))).toEqual([
      `content/20-a.md:${at}: "${url}" is not a web address; write it in full, starting with https://`,
    ]);
  });

  it("refuses an address with no host, and a list", () => {
    expect(check(fields("role: x\nurl: http://"))).toEqual(['content/20-a.md:11:6: invalid link "http://"']);
    expect(check(fields("url: [https://a.dev]"))).toEqual([
      'content/20-a.md:10:6: field "url" must be text; found a list',
    ]);
  });

  it("warns about an empty url", () => {
    expect(check(fields("url:"))).toEqual([
      'content/20-a.md:10:1: warning: field "url" is empty and is ignored',
    ]);
  });
});
