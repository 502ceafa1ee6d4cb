/**
 * The options of `npm run pdf` through the real CLI: --help lists every option of the table with its example,
 * --version names the package's version, a misspelt option gets the nearest one, --pages is checked and
 * overrides vitae.yaml — down to a budget the résumé cannot fit, which fails with the ways out (each of them
 * tried) and still writes the fit report, leaving the last good PDF alone.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PDF_OPTIONS } from "../src/cli/pdfOptions.js";
import type { FitReport } from "../src/fit/report.js";
import { cleanup, ROOT, runPdfCli, tempDir } from "./helpers/e2e.js";

const OUT = tempDir("vitae-cli-options-");
afterAll(cleanup);

const readReport = (file: string) => (JSON.parse(readFileSync(file, "utf8")) as { pdfs: FitReport[] }).pdfs;

describe("--help and --version", () => {
  it("--help prints every option with what it does and its example, and exits 0", async () => {
    const r = await runPdfCli(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("usage: npm run pdf -- [options]");
    const table = Object.entries(PDF_OPTIONS);
    expect(table.length).toBeGreaterThanOrEqual(14);
    for (const [name, option] of table) {
      const flag = `--${name}${"value" in option ? ` ${option.value}` : ""}`;
      const at = lines.findIndex((l) => l.trimStart().startsWith(`${flag} `));
      expect(at, `no line for ${flag}`).toBeGreaterThan(0);
      expect(lines[at]?.endsWith(`  ${option.description}`), lines[at]).toBe(true);
      // The example, when the option has one, on the next line.
      if ("example" in option) expect(lines[at + 1]?.trim()).toBe(`e.g. ${option.example}`);
      // Every option that takes a value shows how to give it.
      if (option.type === "string") expect("example" in option, `${flag} has no example`).toBe(true);
    }
    // No option is printed that the table does not hold.
    const printed = lines.flatMap((l) => /^ {2}(--[a-z-]+)/.exec(l)?.[1] ?? []);
    expect(printed).toEqual(table.map(([name]) => `--${name}`));
    expect(r.stdout).toMatch(/Exit status: 0 built, 1 a problem in your input .*, 3 a bug in vitae\./);
  });

  it("--version prints vitae and the version in package.json", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const r = await runPdfCli(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(`vitae ${version}\n`);
  });
});

describe("mistyped options and bad values", () => {
  it("--pgaes 2: exit 1, the nearest option, nothing built", async () => {
    const out = join(OUT, "typo.pdf");
    const r = await runPdfCli(["--pgaes", "2", "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      "vitae: unknown option '--pgaes'\n" + '  hint: did you mean "--pages"? (--help lists every option)\n',
    );
    expect(existsSync(out)).toBe(false);
  });

  it.each(["0", "two", "11", "1.5", "-1"])("--pages %s is an error naming the range", async (value) => {
    const out = join(OUT, `pages-${value}.pdf`);
    const r = await runPdfCli([`--pages=${value}`, "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`vitae: --pages must be a whole number from 1 to 10, not "${value}"\n`);
    expect(existsSync(out)).toBe(false);
  });
});

describe("--pages overrides the page budget of vitae.yaml", () => {
  const SENIOR = "examples/senior-engineer"; // pages: 2, bodySize: 10 in its vitae.yaml
  const ACADEMIC = "examples/academic-cv"; // pages: 3, bodySize: 11

  it("--pages 1 on the two-page senior-engineer: exit 1, the ways out tried, the report still written", async () => {
    const out = join(OUT, "senior-1.pdf");
    const reportFile = join(OUT, "senior-1.json");
    // A PDF from an earlier build is left as it is.
    writeFileSync(out, "the last good PDF");
    const r = await runPdfCli(["--content", SENIOR, "--pages", "1", "--out", out, "--report", reportFile]);
    expect(r.status).toBe(1);
    expect(readFileSync(out, "utf8")).toBe("the last good PDF");
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(
      new RegExp(
        `^${SENIOR}: does not fit on 1 page even at the theme's floors \\(body 9pt, leading 1\\.1, margins 0\\.5in\\): ` +
          "([\\d.]+)pt too long, about (\\d+) lines at 9pt$",
      ),
    );
    const waysOut = lines.find((l) => l.startsWith("  hint: ways out: "));
    expect(waysOut).toBeDefined();
    expect(waysOut).toContain(
      `a page more: --pages 2, or pages: 2 in ${SENIOR}/vitae.yaml (fits, body 10pt)`,
    );
    expect(waysOut).toMatch(
      /A4 paper, \d+pt taller: --paper a4, or paper: a4 in .*\((fits, body [\d.]+pt|does not fit either)\)/,
    );

    // The report says the same, with "fits": false.
    expect(r.stdout).toBe(`  fit report: ${reportFile}\n`);
    const [report] = readReport(reportFile);
    expect(report?.fits).toBe(false);
    expect(report?.budget).toBe(1);
    expect(report?.pages).toBeGreaterThan(1);
    const tooLong = Number(/([\d.]+)pt too long/.exec(lines[0] ?? "")?.[1]);
    expect(report?.overflow).toBeCloseTo(tooLong, 1);
    expect(report?.params).toMatchObject({ bodySize: 9, leading: 1.1, marginInches: 0.5 });
  });

  it("the way out it names works: --pages 2 builds the senior-engineer at the size the hint promised", async () => {
    const out = join(OUT, "senior-2.pdf");
    const r = await runPdfCli(["--content", SENIOR, "--pages", "2", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${out}: 2 pages, body 10pt, `));
  });

  it("--pages 3 on the senior-engineer: a budget of 3, still two pages at the preferred 10pt", async () => {
    const out = join(OUT, "senior-3.pdf");
    const reportFile = join(OUT, "senior-3.json");
    const r = await runPdfCli(["--content", SENIOR, "--pages", "3", "--out", out, "--report", reportFile]);
    expect(r.status).toBe(0);
    const [report] = readReport(reportFile);
    expect(report).toMatchObject({ fits: true, budget: 3, pages: 2 });
    expect(report?.params.bodySize).toBe(10);
    expect(report?.steps.map((s) => s.step)).not.toContain("grow");
  });

  it("--pages 2 on the three-page academic-cv: fits two pages with smaller type, and says so", async () => {
    const out = join(OUT, "academic-2.pdf");
    const reportFile = join(OUT, "academic-2.json");
    const r = await runPdfCli(["--content", ACADEMIC, "--pages", "2", "--out", out, "--report", reportFile]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const [report] = readReport(reportFile);
    expect(report).toMatchObject({ fits: true, budget: 2, pages: 2 });
    expect(report?.params.bodySize).toBeLessThan(11);
    expect(report?.steps.map((s) => s.step)).toContain("font-size");
    expect(r.stdout).toMatch(
      new RegExp(`^${out}: 2 pages, body ${report?.params.bodySize}pt, leading ${report?.params.leading}, `),
    );
    expect(readFileSync(out).subarray(0, 5).toString()).toBe("%PDF-");
  });
});
