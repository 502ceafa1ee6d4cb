import { describe, expect, it } from "vitest";
import { check, entries, HEADER, run, section } from "./fixtures/model/check.js";

/** An entry "Job" in content/20-a.md whose yaml block (its first field on line 10) holds `yaml`. */
const fields = (yaml: string) => ({ "20-a.md": entries(`## Job\n\n\`\`\`yaml\n${yaml}\n\`\`\`\n`) });
/** An entry "Job" in content/20-a.md with the given bullets from line 9. */
const bullets = (body: string) => ({ "20-a.md": entries(`## Job\n\n${body}`) });

describe("dates", () => {
  it("rejects month 13, pointing at the date", () => {
    expect(check(fields("dates: 13/2022"))).toEqual([
      'content/20-a.md:10:8: invalid date "13/2022": month must be 01–12',
    ]);
  });

  it("points at the bad end of a range", () => {
    expect(check(fields("dates: 09/2022 – 13/2022"))).toEqual([
      'content/20-a.md:10:18: invalid date "13/2022": month must be 01–12',
    ]);
  });

  it("rejects month 00 (inside quotes)", () => {
    expect(check(fields('dates: "2022-00"'))).toEqual([
      'content/20-a.md:10:9: invalid date "2022-00": month must be 01–12',
    ]);
  });

  it("rejects a range that ends before it starts", () => {
    expect(check(fields("dates: 09/2024 – 09/2022"))).toEqual([
      'content/20-a.md:10:8: invalid date range "09/2024 – 09/2022": it ends before it starts',
    ]);
  });

  it("rejects an unknown month word", () => {
    expect(check(fields("dates: Septober 2022 – present"))).toEqual([
      'content/20-a.md:10:8: invalid date "Septober 2022": unknown month "Septober"; expected a month name (Jan to Dec, or in full) or MM/YYYY',
    ]);
  });

  it("rejects an em dash, present as a start, and two-digit years in list items", () => {
    const body =
      '- a {dates="09/2022 — 09/2023"}\n- b {dates=present}\n- c {dates="present – 2022"}\n- d {dates=09/22}\n';
    expect(check({ "20-a.md": section("list", body) })).toEqual([
      'content/20-a.md:7:20: invalid date range "09/2022 — 09/2023": join two dates with "–", "-", "--" or "to", not "—"',
      'content/20-a.md:8:12: invalid date "present": "present" can only end a range (e.g. 09/2022 – present)',
      'content/20-a.md:9:13: invalid date range "present – 2022": "present" can only end a range',
      'content/20-a.md:10:12: invalid date "09/22": the year needs four digits',
    ]);
  });

  it("rejects what is not a date at all, and years out of range", () => {
    expect(check(fields("dates: soon"))).toEqual([
      'content/20-a.md:10:8: invalid date "soon": expected MM/YYYY, YYYY-MM, YYYY-MM-DD, YYYY, a month name and year (Sep 2022) or "present"',
    ]);
    expect(check(fields("dates: 1850"))).toEqual([
      'content/20-a.md:10:8: invalid date "1850": year must be 1900–2100',
    ]);
  });
});

describe("front matter", () => {
  it("rejects an unknown section kind", () => {
    expect(check({ "20-a.md": "---\nkind: entrys\n---\n\n# X\n" })).toEqual([
      'content/20-a.md:2:7: unknown section kind "entrys"; expected one of: header, entries, list, skills, text\n  hint: did you mean "entries"?',
    ]);
  });

  it("requires a kind", () => {
    expect(check({ "20-a.md": "---\nid: foo\n---\n\n# X\n" })).toEqual([
      'content/20-a.md:1:1: missing "kind" in front matter; expected one of: header, entries, list, skills, text',
    ]);
  });

  it("rejects unknown fields", () => {
    expect(check({ "20-a.md": "---\nkind: text\nfoo: 1\n---\n\n# X\n\nx\n" })).toEqual([
      'content/20-a.md:3:1: unknown field "foo" in front matter; expected one of: kind, id',
    ]);
  });

  it("reports broken YAML at its real line and column", () => {
    expect(check({ "20-a.md": "---\nkind: entries\nid: [a\n---\n\n# X\n" })).toEqual([
      "content/20-a.md:3:7: broken YAML in front matter: flow sequence in block collection must be sufficiently indented and end with a ]",
    ]);
  });

  it("requires front matter, closed", () => {
    expect(check({ "20-a.md": "# X\n", "30-b.md": "---\nkind: text\n\n# X\n" })).toEqual([
      'content/20-a.md:1:1: missing front matter: start the file with a line "---", then "kind: entries" (or header, list, skills, text), then "---"',
      'content/30-b.md:1:1: the front matter is not closed: add a line "---" after it',
    ]);
  });

  it("rejects an invalid section id", () => {
    expect(check({ "20-a.md": "---\nkind: text\nid: My Notes\n---\n\n# X\n\nx\n" })).toEqual([
      'content/20-a.md:3:5: invalid id "My Notes": ids are lowercase letters, digits and hyphens (e.g. "my-notes")',
    ]);
  });

  it("requires a section title", () => {
    expect(check({ "20-a.md": "---\nkind: text\n---\n\nJust text.\n" })).toEqual([
      'content/20-a.md:5:1: expected the section title as a level-1 heading ("# Title") after the front matter',
    ]);
  });
});

describe("entry fields", () => {
  it("rejects an unknown field, suggesting the near one", () => {
    expect(check(fields("supervsior: Bob"))).toEqual([
      'content/20-a.md:10:1: unknown field "supervsior" in entry fields; expected one of: id, tags, priority, organization, role, supervisor, status, location, dates, url, keywords\n  hint: did you mean "supervisor"?',
    ]);
  });

  it("reports a broken yaml block at its real line and column", () => {
    expect(check(fields("role: Intern\nstatus: Accepted: FAST'25"))).toEqual([
      "content/20-a.md:11:9: broken YAML in entry fields: nested mappings are not allowed in compact mappings\n" +
        '  hint: quote a value that contains ": ", e.g. status: "Accepted: FAST\'25"',
    ]);
  });

  it("reports every invalid value at once", () => {
    const yaml = "priority: 0\ntags: [LLM, ok]\nkeywords: a, b\nrole: [a]\nid: Bad_Id\nrole: x";
    expect(check(fields(yaml))).toEqual([
      'content/20-a.md:10:11: invalid priority "0": expected a whole number from 1 (most important) to 9',
      'content/20-a.md:11:8: invalid tag "LLM": tags are lowercase letters, digits and hyphens',
      'content/20-a.md:12:11: field "keywords" must be a list; found "a, b"\n  hint: write keywords: [LLM Training, Checkpointing]',
      'content/20-a.md:13:7: field "role" must be text; found a list',
      'content/20-a.md:14:5: invalid id "Bad_Id": ids are lowercase letters, digits and hyphens (e.g. "bad-id")',
      'content/20-a.md:15:1: field "role" appears twice in entry fields',
    ]);
  });

  it("warns about an empty field", () => {
    expect(check(fields("role:"))).toEqual([
      'content/20-a.md:10:1: warning: field "role" is empty and is ignored',
    ]);
  });

  it("wants the yaml block right under the heading, and details before bullets", () => {
    expect(check(bullets("- a\n\n```yaml\nrole: x\n```\n\nDetail\n"))).toEqual([
      'content/20-a.md:11:1: the yaml block of "Job" comes after its text; put it right under the ## heading',
      'content/20-a.md:15:1: a paragraph after the bullets of "Job"; detail lines go between the fields and the bullets',
    ]);
  });
});

describe("structure", () => {
  it("rejects a heading where an entry is expected", () => {
    expect(check({ "20-a.md": entries("### Job\n\n## Real\n\n#### Part\n") })).toEqual([
      "content/20-a.md:7:1: a level-3 heading where an entry is expected; entries are level-2 headings (## Title)",
      "content/20-a.md:11:1: a level-4 heading in an entry; entries are level-2 headings (## Title) and hold a yaml block, detail paragraphs and bullets",
    ]);
  });

  it("rejects a bullet list before the first entry", () => {
    expect(check({ "20-a.md": entries("- x\n\n## Job\n") })).toEqual([
      'content/20-a.md:7:1: a bullet list before the first entry; bullets belong under an entry\'s "## Title" heading',
    ]);
  });

  it("rejects an empty section of each kind", () => {
    expect(
      check({
        "20-a.md": entries(""),
        "30-b.md": section("list", ""),
        "40-c.md": section("skills", "<!-- later -->\n"),
      }),
    ).toEqual([
      'content/20-a.md:5:1: the section "Experience" has no entries; start each entry with a "## Title" heading',
      'content/30-b.md:5:1: the section "Things" has no items; write each as a "- " bullet',
      'content/40-c.md:5:1: the section "Things" has no skill lines; write each as "- Label: value, value"',
    ]);
  });

  it("rejects a second level-1 heading", () => {
    expect(check({ "20-a.md": section("text", "x\n\n# Other\n") })).toEqual([
      "content/20-a.md:9:1: a second level-1 heading; a file holds one section, so move this one to a file of its own",
    ]);
  });

  it("rejects paragraphs in a list section", () => {
    expect(check({ "20-a.md": section("list", "Some words\n") })).toEqual([
      'content/20-a.md:7:1: a paragraph is not allowed here; write each item as a "- " bullet',
    ]);
  });

  it("rejects numbered lists, quotes, rules, tables and reference definitions", () => {
    const body = "1. one\n\n> q\n\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[r]: https://x.org\n";
    expect(check(bullets(body))).toEqual([
      'content/20-a.md:9:1: numbered lists are not supported; use "-" bullets',
      "content/20-a.md:11:1: block quotes (>) are not supported",
      "content/20-a.md:13:1: horizontal rules (---, ***) are not supported; sections are separate files",
      "content/20-a.md:15:1: tables are not supported; write detail lines or bullets instead",
      "content/20-a.md:19:1: link reference definitions ([ref]: url) are not supported; write links as [text](https://…)",
    ]);
  });

  it("rejects a code block that is not yaml", () => {
    expect(check(bullets("```js\nx\n```\n"))).toEqual([
      "content/20-a.md:9:1: a code block is not allowed in an entry; fields go in a ```yaml block right under the ## heading",
    ]);
  });
});

describe("ids", () => {
  it("rejects duplicate explicit ids, naming the first", () => {
    expect(
      check({
        "20-a.md": entries("## Job\n\n- a {#x}\n- b {#x}\n"),
        "30-b.md": section("list", "- c {#x}\n"),
      }),
    ).toEqual([
      'content/20-a.md:10:6: duplicate id "x": already used at line 9; ids must be unique in the résumé',
      'content/30-b.md:7:6: duplicate id "x": already used at content/20-a.md:9; ids must be unique in the résumé',
    ]);
  });

  it("rejects an entry id that repeats a section id", () => {
    const file = "---\nkind: entries\nid: jobs\n---\n\n# Jobs\n\n## Job\n\n```yaml\nid: jobs\n```\n";
    expect(check({ "20-a.md": file })).toEqual([
      'content/20-a.md:11:5: duplicate id "jobs": already used at line 3; ids must be unique in the résumé',
    ]);
  });

  it("suffixes derived ids that collide instead of failing", () => {
    const body =
      "## Same Title\n\n- Did the same thing\n- Did the same thing twice {#same-title}\n\n## Same Title\n\n- x\n";
    const { resume, diagnostics } = run({
      "20-a.md": entries(body),
      "30-b.md": section("list", "- Same title\n"),
    });
    expect(diagnostics).toEqual([]);
    const [jobs, list] = resume?.sections ?? [];
    expect(jobs?.kind === "entries" && jobs.entries.map((e) => [e.id, e.bullets.map((b) => b.id)])).toEqual([
      ["same-title-2", ["same-title-2-did-the-same", "same-title"]],
      ["same-title-3", ["same-title-3-x"]],
    ]);
    expect(list?.kind === "list" && list.items.map((i) => i.id)).toEqual(["same-title-4"]);
    expect(resume?.sections.map((s) => s.id)).toEqual(["a", "b"]);
  });
});

describe("attributes", () => {
  it("rejects an unknown attribute key", () => {
    expect(check(bullets("- a {#x prio=1}\n"))).toEqual([
      'content/20-a.md:9:9: unknown attribute "prio" on a bullet; expected #id, .tag or priority=N',
    ]);
  });

  it("rejects dates on a bullet, bad priorities and tags", () => {
    expect(check(bullets("- a {priority=10 .Bad dates=2020}\n"))).toEqual([
      'content/20-a.md:9:15: invalid priority "10": expected a whole number from 1 (most important) to 9',
      'content/20-a.md:9:18: invalid tag "Bad": tags are lowercase letters, digits and hyphens',
      'content/20-a.md:9:23: unknown attribute "dates" on a bullet; expected #id, .tag or priority=N',
    ]);
  });

  it("rejects an unclosed quote and unreadable tokens", () => {
    expect(check(bullets('- a {#x dates="2020}\n- b {#y junk}\n'))).toEqual([
      'content/20-a.md:9:9: unclosed quote in attribute dates=; add the closing "',
      'content/20-a.md:10:9: cannot read "junk" in the attribute block; expected #id, .tag or key=value',
    ]);
  });

  it("rejects an attribute block that Markdown split up", () => {
    expect(check(bullets("- a {#x dates=*y*}\n- b \\{#y *z*}\n"))).toEqual([
      "content/20-a.md:9:5: cannot read the attribute block: it contains Markdown (*, _, `, [ or <)\n" +
        "  hint: write \\{ to print the braces as text",
    ]);
  });

  it("rejects attributes where items take none", () => {
    expect(check(bullets("Detail {#x}\n"))).toEqual([
      "content/20-a.md:9:8: an attribute block is not allowed on a detail line",
    ]);
  });

  it("checks alternatives", () => {
    expect(check(bullets("- a {#x}\n  - b {#z}\n  - c {alt=short #y}\n- d {alt=z}\n"))).toEqual([
      "content/20-a.md:10:8: a sub-bullet takes only alt=NAME; its id and tags are those of the bullet above",
      "content/20-a.md:11:18: an alternative takes only alt=NAME; its id and tags are those of the bullet above",
      'content/20-a.md:12:6: unknown attribute "alt" on a bullet; expected #id, .tag or priority=N\n' +
        "  hint: an alternative phrasing is a nested bullet, indented under the bullet it rephrases",
    ]);
  });

  it("keeps braces that are not attributes, and escaped ones, as text", () => {
    const { resume, diagnostics } = run(bullets("- uses {a, b}\n- keeps \\{#x}\n"));
    expect(diagnostics).toEqual([]);
    const job = resume?.sections[0];
    expect(job?.kind === "entries" && job.entries[0]?.bullets.map((b) => b.text[0]?.text)).toEqual([
      "uses {a, b}",
      "keeps {#x}",
    ]);
  });
});

describe("inline text", () => {
  it("rejects stray HTML", () => {
    expect(check(bullets("Some <b>bold</b>\n\n<div>\nx\n</div>\n"))).toEqual([
      'content/20-a.md:9:6: HTML is not supported ("<b>"); only <sup>…</sup> is allowed in text',
      'content/20-a.md:9:13: HTML is not supported ("</b>"); only <sup>…</sup> is allowed in text',
      'content/20-a.md:11:1: HTML is not supported ("<div>"); only <sup>…</sup> is allowed in text',
    ]);
  });

  it("pairs <sup> with </sup>", () => {
    expect(check(bullets("x <sup>th\n\ny</sup>\n"))).toEqual([
      "content/20-a.md:9:3: <sup> is not closed; add </sup> after the superscript text",
      "content/20-a.md:11:2: </sup> without a <sup> before it (in the same bold, italic or link)",
    ]);
  });

  it("rejects javascript:, file: and relative links", () => {
    expect(
      check(bullets("- see [x](javascript:alert(1))\n- [y](file:///etc/passwd)\n- [z](notes.html)\n")),
    ).toEqual([
      'content/20-a.md:9:7: link scheme "javascript:" is not allowed; links must start with https:, http:, mailto: or tel:',
      'content/20-a.md:10:3: link scheme "file:" is not allowed; links must start with https:, http:, mailto: or tel:',
      'content/20-a.md:11:3: link "notes.html" is not a full address; links must start with https:, http:, mailto: or tel:',
    ]);
  });

  it("rejects images", () => {
    expect(check(bullets("- a ![logo](x.png)\n"))).toEqual([
      'content/20-a.md:9:5: images are not supported ("logo"); a résumé is typeset as text',
    ]);
  });

  it("rejects reference links", () => {
    expect(check(bullets("- a [site][s]\n\n[s]: https://x.org\n"))).toEqual([
      "content/20-a.md:9:5: reference links ([text][ref]) are not supported; write [text](https://…)",
      "content/20-a.md:11:1: link reference definitions ([ref]: url) are not supported; write links as [text](https://…)",
    ]);
  });
});

describe("header", () => {
  const header = (body: string) => ({
    "00-header.md": `---\nkind: header\n---\n\n# Ada\n\n${body}`,
    "10-s.md": section("text", "x\n"),
  });

  it("rejects a bad e-mail address", () => {
    expect(check(header("- Email: foo@bar\n"))).toEqual([
      'content/00-header.md:7:1: invalid e-mail address "foo@bar": expected name@example.com',
    ]);
  });

  it("rejects an empty name", () => {
    expect(
      check({ "00-header.md": "---\nkind: header\n---\n\n#\n", "10-s.md": section("text", "x\n") }),
    ).toEqual(['content/00-header.md:5:1: the name is empty; write it after the "#"']);
  });

  it("requires a header file", () => {
    expect(check({ "10-s.md": section("text", "x\n") }, { header: false })).toEqual([
      'content/10-s.md:1:1: no header: one file must have "kind: header" and your name as its heading',
    ]);
  });

  it("allows only one header", () => {
    expect(check({ "05-h.md": HEADER, "10-s.md": section("text", "x\n") })).toEqual([
      "content/05-h.md:2:7: a second header; content/00-header.md is already the header, and only one file may have kind: header",
    ]);
  });

  it("checks every contact", () => {
    const body =
      "Head\n\nSecond\n\n- Phone: abc\n- Web: [x](foo.html)\n- Mail: <mailto:a@b.co>\n- Nothing\n- GitHub: see <https://github.com/x>\n";
    expect(check(header(body))).toEqual([
      "content/00-header.md:9:1: a second paragraph in the header; the headline (line 7) is one paragraph",
      'content/00-header.md:11:1: invalid phone number "abc": use digits, spaces, +, -, parentheses and dots',
      'content/00-header.md:12:8: link "foo.html" is not a full address; links must start with https:, http:, mailto: or tel:',
      'content/00-header.md:13:1: the contact "Mail" links to "mailto:a@b.co"; use an https: or http: link, or the label Email or Phone',
      'content/00-header.md:14:1: a contact is "Label: value" (e.g. "Email: you@example.com") or a web address; found no colon in "Nothing"',
      'content/00-header.md:15:1: the contact "GitHub" mixes a link with other text; give one link or plain text',
    ]);
  });

  it("builds contacts of every kind", () => {
    const body =
      "Systems researcher\n\n- E-mail: <ada@example.com>\n- Phone: (020) 7946-0000\n- Web: [ada.dev](https://ada.dev)\n- City: London's\n";
    const result = run(header(body));
    expect(result.diagnostics).toEqual([]);
    expect(result.resume?.header.headline).toBe("Systems researcher");
    expect(result.resume?.header.contacts.map((c) => [c.kind, c.label, c.value, c.href])).toEqual([
      ["email", "E-mail", "ada@example.com", "mailto:ada@example.com"],
      ["phone", "Phone", "(020) 7946-0000", "tel:02079460000"],
      ["url", "Web", "ada.dev", "https://ada.dev"],
      ["text", "City", "London’s", undefined],
    ]);
  });
});

describe("skills", () => {
  it("checks each skill line", () => {
    expect(check({ "20-a.md": section("skills", "- Python, C\n- Lang: a,, b\n- **Bold**: x\n") })).toEqual([
      'content/20-a.md:7:1: a skill line is "Label: value, value"; found no colon in "Python, C"',
      'content/20-a.md:8:1: an empty value in the skill line "Lang" (two commas in a row, or a comma at the end)',
      "content/20-a.md:9:1: warning: bold, italic and code formatting is ignored in a skill line",
    ]);
  });
});
