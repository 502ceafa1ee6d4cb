/**
 * The settings file `vitae.yaml`: reading it (parseSettings), every key and every way a value can be wrong, each
 * at its line and column; the theme's size range (resolveBuild); the order of precedence of command line,
 * variant, settings and theme; and the file as loadResume and buildPdf find it in a content folder.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatDiagnostic, UserError } from "../src/diagnostics.js";
import { classicTheme } from "../src/layout/theme.js";
import { loadResume } from "../src/model/load.js";
import { parseSettings, type ReadSettings } from "../src/model/settings.js";
import { DATE_FORMATS, SETTINGS_FILE } from "../src/model/settingsSchema.js";
import { buildPdf } from "../src/pipeline.js";
import { resolveBuild } from "../src/resolveBuild.js";
import { variantBuildOptions } from "../src/tailor/build.js";
import { parseVariant, type Variant } from "../src/tailor/readVariant.js";

const FILE = "content/vitae.yaml";
const BASE = join(import.meta.dirname, "fixtures", "errors", "_base");

/** The diagnostics of a settings file's text, formatted. */
function problems(text: string): string[] {
  return parseSettings(FILE, text).diagnostics.map(formatDiagnostic);
}

/** The settings read from a text that must have no error. */
function read(text: string): ReadSettings {
  const { read, diagnostics } = parseSettings(FILE, text);
  if (read === undefined) throw new Error(diagnostics.map(formatDiagnostic).join("\n"));
  return read;
}

const temp = mkdtempSync(join(tmpdir(), "vitae-settings-"));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

/** A copy of the minimal valid résumé in a folder of its own, with `vitae.yaml` holding `settings` if given. */
function contentFolder(name: string, settings?: string): string {
  const dir = join(temp, name, "content");
  cpSync(BASE, dir, { recursive: true });
  if (settings !== undefined) writeFileSync(join(dir, SETTINGS_FILE), settings);
  return dir;
}

/** The diagnostics a UserError thrown by `action` carries, formatted; fails when nothing is thrown. */
async function thrown(action: () => unknown): Promise<string[]> {
  try {
    await action();
  } catch (error) {
    if (error instanceof UserError) return error.diagnostics.map(formatDiagnostic);
    throw error;
  }
  throw new Error("expected a UserError, but nothing was thrown");
}

function variant(frontMatter: string): Variant {
  const text = `---\n${frontMatter}\n---\n\nFor tests.\n`;
  const { variant, diagnostics } = parseVariant("content/variants/test.md", "test", text);
  if (variant === undefined) throw new Error(diagnostics.map(formatDiagnostic).join("\n"));
  return variant;
}

describe("parseSettings: valid settings", () => {
  it("reads every key, and where bodySize was written", () => {
    const text = "pages: 2\npaper: a4\ndateFormat: Mon YYYY\ntheme: classic\nbodySize: 10.5\n";
    expect(parseSettings(FILE, text)).toEqual({
      read: {
        settings: { pages: 2, paper: "a4", dateFormat: "Mon YYYY", theme: "classic", bodySize: 10.5 },
        file: FILE,
        bodySizeAt: { file: FILE, line: 5, column: 11 },
      },
      diagnostics: [],
    });
  });

  it.each(DATE_FORMATS.map((f) => [f]))("accepts dateFormat: %s", (format) => {
    expect(read(`dateFormat: ${format}\n`).settings).toEqual({ dateFormat: format });
  });

  it("accepts letter paper, a quoted value and comments", () => {
    expect(read('# the budget\npaper: "letter"   # US\npages: 10\n').settings).toEqual({
      paper: "letter",
      pages: 10,
    });
  });

  it("reads an empty file, or one of comments only, as no settings", () => {
    expect(parseSettings(FILE, "")).toEqual({ read: { settings: {}, file: FILE }, diagnostics: [] });
    expect(parseSettings(FILE, "# nothing set yet\n")).toEqual({
      read: { settings: {}, file: FILE },
      diagnostics: [],
    });
  });

  it("leaves bodySizeAt out when bodySize is not given", () => {
    expect(read("pages: 1\n")).toEqual({ settings: { pages: 1 }, file: FILE });
  });
});

describe("parseSettings: mistakes, each at its line and column", () => {
  it("reports an unknown key at the key, with a did-you-mean", () => {
    expect(problems("pages: 1\ndateformat: Mon YYYY\n")).toEqual([
      `${FILE}:2:1: unknown setting "dateformat"; expected one of: pages, paper, dateFormat, theme, bodySize\n  hint: did you mean "dateFormat"?`,
    ]);
    expect(problems("page: 2\n")).toEqual([
      `${FILE}:1:1: unknown setting "page"; expected one of: pages, paper, dateFormat, theme, bodySize\n  hint: did you mean "pages"?`,
    ]);
  });

  it("gives no hint for an unknown key that resembles none", () => {
    expect(problems("colour: blue\n")).toEqual([
      `${FILE}:1:1: unknown setting "colour"; expected one of: pages, paper, dateFormat, theme, bodySize`,
    ]);
  });

  it("refuses the settings when a key is unknown, even beside valid ones", () => {
    expect(parseSettings(FILE, "pages: 2\npage: 2\n").read).toBeUndefined();
  });

  it("reports a page budget of 0 or 11, or not a whole number, at the value", () => {
    expect(problems("paper: a4\npages: 0\n")).toEqual([
      `${FILE}:2:8: invalid setting pages: must be at least 1`,
    ]);
    expect(problems("pages: 11\n")).toEqual([`${FILE}:1:8: invalid setting pages: must be at most 10`]);
    expect(problems("pages: 1.5\n")).toEqual([`${FILE}:1:8: invalid setting pages: expected int`]);
    expect(problems("pages: two\n")).toEqual([`${FILE}:1:8: invalid setting pages: expected number`]);
  });

  it("reports an unknown paper, date format or theme at the value, naming the choices", () => {
    expect(problems("paper: a5\n")).toEqual([
      `${FILE}:1:8: invalid setting paper: expected one of: "letter", "a4"`,
    ]);
    expect(problems("paper: A4\n")).toEqual([
      `${FILE}:1:8: invalid setting paper: expected one of: "letter", "a4"`,
    ]);
    expect(problems("pages: 1\ndateFormat: DD.MM.YYYY\n")).toEqual([
      `${FILE}:2:13: invalid setting dateFormat: expected one of: "MM/YYYY", "Mon YYYY", "Month YYYY", "YYYY-MM", "YYYY-MM-DD"`,
    ]);
    expect(problems("theme: modern\n")).toEqual([
      `${FILE}:1:8: invalid setting theme: expected one of: "classic"`,
    ]);
  });

  it("reports a body size that is not a number", () => {
    expect(problems("bodySize: 10pt\n")).toEqual([`${FILE}:1:11: invalid setting bodySize: expected number`]);
  });

  it("reports every wrong value at once, with no settings read", () => {
    const { read, diagnostics } = parseSettings(FILE, "pages: 0\npaper: a5\ndateFormat: DD.MM.YYYY\n");
    expect(read).toBeUndefined();
    expect(diagnostics.map((d) => `${d.line}:${d.column}`)).toEqual(["1:8", "2:8", "3:13"]);
  });

  it("warns about an empty value and ignores it", () => {
    expect(parseSettings(FILE, "pages:\npaper: a4\n")).toEqual({
      read: { settings: { paper: "a4" }, file: FILE },
      diagnostics: [
        {
          severity: "warning",
          file: FILE,
          line: 1,
          column: 1,
          message: 'setting "pages" is empty and is ignored',
        },
      ],
    });
  });

  it("refuses a list or a map as a value, at the value", () => {
    expect(problems("pages: [1, 2]\n")).toEqual([
      `${FILE}:1:8: setting "pages" must be one value; found a list`,
    ]);
    expect(problems("paper: {size: a4}\n")).toEqual([
      `${FILE}:1:8: setting "paper" must be one value; found a map`,
    ]);
    expect(parseSettings(FILE, "pages: [1, 2]\n").read).toBeUndefined();
  });

  it("reports a repeated key at its second occurrence", () => {
    expect(problems("pages: 1\npaper: a4\npages: 2\n")).toEqual([
      `${FILE}:3:1: field "pages" appears twice in the settings`,
    ]);
  });

  it("reports broken YAML and a file that is not key: value lines", () => {
    expect(problems("pages: 1\npaper: a4: x\n")).toEqual([
      `${FILE}:2:8: broken YAML in the settings: nested mappings are not allowed in compact mappings\n  hint: quote a value that contains ": ", e.g. status: "Accepted: FAST'25"`,
    ]);
    expect(problems("pages: 1\n\tpaper: a4\n")).toEqual([
      `${FILE}:2:1: broken YAML in the settings: tabs are not allowed as indentation\n  hint: indent with spaces`,
    ]);
    expect(problems("- pages: 1\n")).toEqual([
      `${FILE}:1:1: the settings must be "key: value" lines; found a list`,
    ]);
  });

  it('reports a value cut short by " #"', () => {
    expect(problems("paper: a4 #draft\n")).toEqual([
      `${FILE}:1:11: the value of "paper" stops before "#draft": in YAML, " #" starts a comment\n  hint: quote the value: paper: "a4 #draft"`,
    ]);
  });
});

describe("resolveBuild: the theme's body size range", () => {
  it("reports a settings bodySize above or below the classic theme's 9–11pt at its position", () => {
    expect(() => resolveBuild({}, read("pages: 1\nbodySize: 12\n"))).toThrow(UserError);
    const error = (text: string) => {
      try {
        resolveBuild({}, read(text));
      } catch (e) {
        if (e instanceof UserError) return e.diagnostics.map(formatDiagnostic);
        throw e;
      }
      return [];
    };
    expect(error("pages: 1\nbodySize: 12\n")).toEqual([
      `${FILE}:2:11: bodySize 12 is outside the classic theme's range 9–11pt`,
    ]);
    expect(error("bodySize: 8.5\n")).toEqual([
      `${FILE}:1:11: bodySize 8.5 is outside the classic theme's range 9–11pt`,
    ]);
    expect(error("bodySize: -1\n")).toEqual([
      `${FILE}:1:11: bodySize -1 is outside the classic theme's range 9–11pt`,
    ]);
  });

  it("accepts the ends of the range", () => {
    expect(resolveBuild({}, read("bodySize: 9\n")).theme.bodySize.value).toBe(9);
    expect(resolveBuild({}, read("bodySize: 11\n")).theme.bodySize.value).toBe(11);
  });
});

describe("resolveBuild: precedence", () => {
  const none: ReadSettings = { settings: {}, file: "" };
  const settings = () =>
    read("pages: 3\npaper: a4\ndateFormat: Month YYYY\ntheme: classic\nbodySize: 10.5\n");

  it("falls back to the theme's defaults without settings", () => {
    const build = resolveBuild({}, none);
    expect(build).toMatchObject({ paper: "letter", pages: 1, dateFormat: "MM/YYYY" });
    expect(build.theme.name).toBe("classic");
    expect(build.theme.bodySize).toEqual({ value: 10, min: 9, max: 11 });
  });

  it("uses the settings over the theme's defaults", () => {
    const build = resolveBuild({}, settings());
    expect(build).toMatchObject({ paper: "a4", pages: 3, dateFormat: "Month YYYY" });
    expect(build.theme.bodySize.value).toBe(10.5);
  });

  it("uses a build's choices over the settings", () => {
    const build = resolveBuild(
      { paper: "letter", pages: 2, bodySize: 9.5, themeName: "classic" },
      settings(),
    );
    expect(build).toMatchObject({ paper: "letter", pages: 2, dateFormat: "Month YYYY" });
    expect(build.theme.bodySize.value).toBe(9.5);
  });

  it("uses a whole theme given by a test over the settings' size", () => {
    const theme = { ...classicTheme, bodySize: { value: 9.25, min: 9, max: 11 }, pages: 4 };
    const build = resolveBuild({ theme }, settings());
    expect(build.theme).toBe(theme);
    expect(build.pages).toBe(3);
  });

  it("ranks the command line over the variant, and the variant over the settings", () => {
    const v = variant("paper: letter\npages: 2\nbodySize: 9.5");
    // The variant alone: its choices win over the settings; the date format is the settings'.
    const fromVariant = resolveBuild(variantBuildOptions(v, { contentDir: "content" }), settings());
    expect(fromVariant).toMatchObject({ paper: "letter", pages: 2, dateFormat: "Month YYYY" });
    expect(fromVariant.theme.bodySize.value).toBe(9.5);
    // The command line's --paper and --pages win over the variant's.
    const fromCli = resolveBuild(
      variantBuildOptions(v, { contentDir: "content", paper: "a4", pages: 1 }),
      settings(),
    );
    expect(fromCli).toMatchObject({ paper: "a4", pages: 1 });
    expect(fromCli.theme.bodySize.value).toBe(9.5);
  });

  it("keeps the settings for what a variant does not set", () => {
    const build = resolveBuild(
      variantBuildOptions(variant("maxBullets: 1"), { contentDir: "content" }),
      settings(),
    );
    expect(build).toMatchObject({ paper: "a4", pages: 3, dateFormat: "Month YYYY" });
    expect(build.theme.bodySize.value).toBe(10.5);
  });
});

describe("the settings file in a content folder", () => {
  it("means defaults when it is missing", async () => {
    const loaded = await loadResume(contentFolder("missing"));
    expect(loaded.settings).toEqual({ settings: {}, file: "" });
    expect(loaded.warnings).toEqual([]);
    expect(resolveBuild({}, loaded.settings)).toMatchObject({
      paper: "letter",
      pages: 1,
      dateFormat: "MM/YYYY",
    });
  });

  it("is read, and is not taken for a section", async () => {
    const dir = contentFolder("valid", "pages: 2\npaper: a4\n");
    const loaded = await loadResume(dir);
    expect(loaded.settings).toEqual({ settings: { pages: 2, paper: "a4" }, file: join(dir, SETTINGS_FILE) });
    expect(loaded.resume.sections.map((s) => s.id)).toEqual(["work", "honors", "skills", "summary"]);
  });

  it("passes its warnings on", async () => {
    const dir = contentFolder("warning", "pages:\n");
    const loaded = await loadResume(dir);
    expect(loaded.warnings.map(formatDiagnostic)).toEqual([
      `${join(dir, SETTINGS_FILE)}:1:1: warning: setting "pages" is empty and is ignored`,
    ]);
  });

  it("reports its errors before the content's, all at once", async () => {
    const dir = contentFolder("both", "paper: a5\n");
    writeFileSync(join(dir, "40-summary.md"), "---\nkind: text\nid: Bad Id\n---\n\n# Summary\n\nText.\n");
    expect(await thrown(() => loadResume(dir))).toEqual([
      `${join(dir, SETTINGS_FILE)}:1:8: invalid setting paper: expected one of: "letter", "a4"`,
      `${join(dir, "40-summary.md")}:3:5: invalid id "Bad Id": ids are lowercase letters, digits and hyphens (e.g. "bad-id")`,
    ]);
  });

  it("is an error when it is a folder", async () => {
    const dir = contentFolder("folder");
    mkdirSync(join(dir, SETTINGS_FILE));
    expect(await thrown(() => loadResume(dir))).toEqual([
      `${join(dir, SETTINGS_FILE)}: the settings must be a file of key: value lines`,
    ]);
  });

  it("is an error when it is not UTF-8 or too large", async () => {
    const latin1 = contentFolder("latin1");
    writeFileSync(join(latin1, SETTINGS_FILE), Buffer.from("paper: a4 # \xe9t\xe9\n", "latin1"));
    expect(await thrown(() => loadResume(latin1))).toEqual([
      `${join(latin1, SETTINGS_FILE)}: not UTF-8 text; save the file as UTF-8`,
    ]);
    const large = contentFolder("large", `# ${"x".repeat(70 * 1024)}\npages: 1\n`);
    expect(await thrown(() => loadResume(large))).toEqual([
      `${join(large, SETTINGS_FILE)}: the file is 70 KiB; a settings file is a few lines, at most 64 KiB`,
    ]);
  });

  it("sets the paper, page budget, body size and date format of a build", async () => {
    const dir = contentFolder("build", "pages: 2\npaper: a4\ndateFormat: Month YYYY\nbodySize: 9.5\n");
    const out = join(temp, "build", "r.pdf");
    const result = await buildPdf({ contentDir: dir, outFile: out, text: true });
    expect(result.report.params).toMatchObject({ paper: "a4", bodySize: 9.5 });
    expect(result.report.budget).toBe(2);
    expect(result.pdf.toString("latin1")).toContain("/MediaBox [0 0 595.28 841.89]");
    const text = readFileSync(join(temp, "build", "r.txt"), "utf8");
    expect(text).toContain("September 2019 – June 2021");
    expect(text).not.toContain("09/2019");
  });

  it("stops a build whose bodySize is outside the theme's range, at its line", async () => {
    const dir = contentFolder("size", "# size\nbodySize: 12\n");
    const out = join(temp, "size", "r.pdf");
    expect(await thrown(() => buildPdf({ contentDir: dir, outFile: out }))).toEqual([
      `${join(dir, SETTINGS_FILE)}:2:11: bodySize 12 is outside the classic theme's range 9–11pt`,
    ]);
  });
});
