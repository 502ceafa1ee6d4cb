/**
 * Oversized and deeply nested content: each case ends in a clear one-line error (or a fitted result), never a
 * hang, a crash or a stack overflow. The bounds are in src/parse/limits.ts (LIMITS); the time a build takes
 * at those bounds is checked in errors.time.test.ts. The per-test timeouts here are generous "finishes" bounds,
 * not performance assertions.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatDiagnostic, UserError } from "../src/diagnostics.js";
import { hyphenator, LONGEST_HYPHENATED_WORD } from "../src/layout/hyphenate.js";
import { LIMITS } from "../src/parse/limits.js";
import { buildPdf } from "../src/pipeline.js";
import { baseContentWith } from "./helpers/e2e.js";

const ROOT = join(import.meta.dirname, "..");
const temp = mkdtempSync(join(tmpdir(), "vitae-sizes-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const SLOW = 120_000;

/** A copy of the minimal résumé with `files` added or replaced; returns the content folder. */
const content = (files: Record<string, string | Buffer> = {}): string => baseContentWith(temp, files);

const entries = (body: string) => `---\nkind: entries\n---\n\n# Experience\n\n## Job\n\n${body}\n`;
const text = (body: string) => `---\nkind: text\n---\n\n# Summary\n\n${body}\n`;
const WORDS = ["systems", "learning", "model", "training", "efficient", "data"];
const words = (n: number) => Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length]).join(" ");

/** The diagnostics of a build that must fail with a UserError, paths relative to the content folder. */
async function failure(dir: string, pages?: number): Promise<string[]> {
  const error = await buildPdf({
    contentDir: dir,
    outFile: join(dir, "..", "r.pdf"),
    ...(pages ? { pages } : {}),
  }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UserError)) throw error instanceof Error ? error : new Error(String(error));
  return error.diagnostics.map((d) =>
    formatDiagnostic(d).split(`${dir}/`).join("").split(dir).join("content"),
  );
}

function cli(dir: string): { status: number | null; stderr: string; stdout: string } {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "src/cli/pdf.ts", "--content", dir, "--out", join(dir, "..", "r.pdf")],
    { cwd: ROOT, encoding: "utf8", timeout: SLOW },
  );
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr.split(`${dir}/`).join("").split(dir).join("content"),
  };
}

describe("file size", () => {
  it("a 10 MB content file: refused before reading, through the CLI", () => {
    const dir = content({ "10-work.md": Buffer.alloc(10 * 1024 * 1024, "- word\n") });
    expect(cli(dir)).toEqual({
      status: 1,
      stdout: "",
      stderr:
        "10-work.md: the file is 10 MiB; section files are limited to 128 KiB (a résumé section is a few KB)\n",
    });
  });

  it("section files of more than 128 KiB together: refused, naming the file where the total passes it", async () => {
    const half = text(words(10_000)); // ~80 KB each
    const dir = content({ "50-a.md": half, "60-b.md": half });
    expect(await failure(dir)).toEqual([
      "content: the section files hold more than 128 KiB together, from 60-b.md on; a résumé is limited to 128 KiB (a one-page résumé is about 10 KB)",
    ]);
  });

  it(
    "a 120 KB paragraph of 15 000 words in one line: laid out, then too long for the page",
    async () => {
      const dir = content({ "40-summary.md": text(words(15_000)) });
      const [first, ...rest] = await failure(dir);
      expect(first?.split("\n")[0]).toMatch(
        /^content: does not fit on 1 page even at the theme's floors .* too long, about \d+ lines at 9pt$/,
      );
      expect(rest).toEqual([]);
    },
    SLOW,
  );
});

describe("long words", () => {
  it("a 5 000-character word: wider than the line, named at its position", async () => {
    const dir = content({ "10-work.md": entries(`- A bullet with ${"a".repeat(5000)} in it.`) });
    expect(await failure(dir)).toEqual([
      `10-work.md:9:17: "${"a".repeat(40)}…" is 25000.0pt wide, wider than the line (513.6pt) and cannot be broken\n` +
        "  hint: insert a space or shorten it",
    ]);
  });
});

describe("nesting", () => {
  it("2 000 nested lists on one line: refused at the column past the bound", async () => {
    const dir = content({ "10-work.md": entries(`${"- ".repeat(2000)}deep`) });
    expect(await failure(dir)).toEqual([
      "10-work.md:9:41: nested too deep: 4000 columns of indentation and list or quote markers before the text; at most 40 are read\n" +
        "  hint: bullets nest one level (sub-bullets and {alt=NAME} alternatives); remove the extra indentation or markers",
    ]);
  });

  it("2 000 nested lists by indentation (4 MB): refused by size", async () => {
    const body = Array.from({ length: 2000 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n");
    const dir = content({ "10-work.md": entries(body) });
    expect(await failure(dir)).toEqual([
      "10-work.md: the file is 3.8 MiB; section files are limited to 128 KiB (a résumé section is a few KB)",
    ]);
  });

  it("300 nested lists by indentation (under 128 KiB): refused at the first line nested past the bound", async () => {
    const body = Array.from({ length: 300 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n");
    const [first] = await failure(content({ "10-work.md": entries(body) }));
    expect(first).toBe(
      "10-work.md:29:41: nested too deep: 42 columns of indentation and list or quote markers before the text; at most 40 are read\n" +
        "  hint: bullets nest one level (sub-bullets and {alt=NAME} alternatives); remove the extra indentation or markers",
    );
  });

  it("5 000 nested block quotes: refused", async () => {
    const [first] = await failure(content({ "40-summary.md": text(`${"> ".repeat(5000)}quoted`) }));
    expect(first).toMatch(/^40-summary\.md:7:41: nested too deep: 10000 columns/);
  });

  it("3 000 nested emphases and 5 000 nested links: too much markup, refused", async () => {
    const em = `${"*a ".repeat(3000)}x${"*".repeat(3000)}`;
    const links = `${"[".repeat(5000)}x${"](https://example.com)".repeat(5000)}`;
    const dir = content({ "10-work.md": entries(`- ${em}\n\n- ${links}`) });
    expect(await failure(dir)).toEqual([
      "10-work.md:9:603: more than 200 of the markup characters * _ [ ] < in one paragraph; that much markup is not read\n" +
        "  hint: split the paragraph, or write characters meant as text with a backslash (\\* \\_ \\[ \\] \\<)",
    ]);
  });

  it("100 nested emphases (within the bounds): typeset, the words kept", async () => {
    const dir = content({
      "10-work.md": entries(
        `- ${"*a ".repeat(50)}x${"*".repeat(50)} and **${"_b ".repeat(40)}y${"_".repeat(40)}**`,
      ),
    });
    const result = await buildPdf({ contentDir: dir, outFile: join(dir, "..", "r.pdf") });
    const bullet =
      result.resume.sections[0]?.kind === "entries"
        ? result.resume.sections[0].entries[0]?.bullets[0]
        : undefined;
    expect(bullet?.text.map((s) => s.text).join("")).toBe(`${"a ".repeat(50)}x and ${"b ".repeat(40)}y`);
  });

  it("YAML nested 5 000 levels deep: refused before the YAML parser recurses", async () => {
    const dir = content({
      "10-work.md": entries(`\`\`\`yaml\nrole: ${"{a: ".repeat(5000)}b${"}".repeat(5000)}\n\`\`\`\n\n- x`),
    });
    expect(await failure(dir)).toEqual([
      "10-work.md:10:43: YAML nested more than 20 levels deep in entry fields\n" +
        "  hint: field values are text or a list of text, e.g. keywords: [LLM Training, Checkpointing]",
    ]);
  });
});

describe("many items", () => {
  it(
    "1 900 bullets through the CLI: exit 1 with the overflow message",
    () => {
      const dir = content({
        "10-work.md": entries(Array.from({ length: 1900 }, (_, i) => `- Bullet number ${i}`).join("\n")),
      });
      const result = cli(dir);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe("");
      const lines = result.stderr.split("\n");
      expect(lines[0]).toMatch(
        /^content: does not fit on 1 page even at the theme's floors \(body 9pt, leading 1\.1, margins 0\.5in\): [\d.]+pt too long, about \d+ lines at 9pt$/,
      );
      expect(lines[1]).toMatch(/^ {2}hint: ways out: a page more: --pages 2, .*\(does not fit either\)/);
      expect(lines[2]).toMatch(/^ {2}hint: longest sections: work \(1902 lines\)/);
      expect(lines[3]).toMatch(
        /^ {2}hint: lowest priority first, what a variant could leave out: .*"Bullet number 1899"/,
      );
      expect(lines).toHaveLength(5);
    },
    SLOW,
  );

  it(
    `${LIMITS.blocks - 10} bullets (just within the bound): the overflow message`,
    async () => {
      const dir = content({
        "10-work.md": entries(
          Array.from({ length: LIMITS.blocks - 20 }, (_, i) => `- same words ${i % 7}`).join("\n"),
        ),
      });
      expect((await failure(dir))[0]).toMatch(/^content: does not fit on 1 page/);
    },
    SLOW,
  );

  it(
    "30 000 bullets in under 128 KiB: refused at the bullet past the bound (not a stack overflow)",
    async () => {
      const dir = content({ "10-work.md": entries(Array.from({ length: 30_000 }, () => "- w").join("\n")) });
      expect(await failure(dir)).toEqual([
        // The base's other files and this one's front matter and headings are the first 9 blocks.
        `10-work.md:${LIMITS.blocks}:1: more than 2000 blocks (bullets, paragraphs and headings) in the content; at most 2000 are read (a one-page résumé has about 50)`,
      ]);
    },
    SLOW,
  );

  it(
    "a paragraph of 120 lines: refused; of 100 lines: read",
    async () => {
      const long = content({
        "40-summary.md": text(Array.from({ length: 120 }, () => "more words").join("\n")),
      });
      expect(await failure(long)).toEqual([
        "40-summary.md:7:1: a paragraph of more than 100 lines; a paragraph or list item is at most 100 lines\n" +
          "  hint: split it with blank lines, or into bullets",
      ]);
      const fine = content({
        "40-summary.md": text(Array.from({ length: 100 }, () => "more words").join("\n")),
      });
      const result = await buildPdf({ contentDir: fine, outFile: join(fine, "..", "r.pdf"), pages: 2 });
      expect(result.report.pages).toBeGreaterThanOrEqual(1);
    },
    SLOW,
  );

  it("a thousand bad dates: a hundred reported, then one line for the rest", async () => {
    const items = Array.from({ length: 1000 }, (_, i) => `- Prize ${i} {dates=13/2020}`).join("\n");
    const lines = await failure(
      content({ "20-honors.md": `---\nkind: list\n---\n\n# Honors\n\n${items}\n` }),
    );
    expect(lines).toHaveLength(101);
    expect(lines[0]).toBe('20-honors.md:7:18: invalid date "13/2020": month must be 01–12');
    expect(lines[100]).toBe(
      "20-honors.md:107:20: 900 more problems not shown, from here on; fix the ones above first",
    );
  });

  it("a thousand control characters: ten reported, then one line for the rest", async () => {
    const lines = await failure(
      content({ "40-summary.md": text(Array.from({ length: 1000 }, () => "a\u0007b").join("\n\n")) }),
    );
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe(
      "40-summary.md:7:2: a control character (U+0007); it cannot be printed\n" +
        "  hint: remove it (the file may have been saved in a binary or other format)",
    );
    expect(lines[10]).toBe(
      "40-summary.md:27:2: more problems of these kinds from here on; fix the ones above first",
    );
  });
});

describe("hyphenation", () => {
  it("splits words of ordinary length and leaves a word past the longest hyphenated one whole", () => {
    const hyphenate = hyphenator();
    expect(hyphenate("generalization")).toEqual(["gen", "er", "al", "iza", "tion"]);
    const long = "generalization".repeat(Math.ceil(LONGEST_HYPHENATED_WORD / 14) + 1);
    expect(long.length).toBeGreaterThan(LONGEST_HYPHENATED_WORD);
    expect(hyphenate(long)).toEqual([long]);
  });
});
