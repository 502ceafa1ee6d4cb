/**
 * Every variant in content/variants — including ones added later: the folder is enumerated — builds to its
 * page budget with fill ≥ 0.93, extracts every word in order, keeps every fact of the content, and carries
 * its PDF metadata. Then the commands: --variant, --all, --diff, --job and their errors.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frameText } from "../src/layout/frameText.js";
import { plainText } from "../src/layout/plainText.js";
import { THEMES } from "../src/layout/theme.js";
import { loadResume } from "../src/model/load.js";
import type { RichText } from "../src/model/schema.js";
import { refusedCharacters } from "../src/parse/characters.js";
import { type BuildResult, buildPdf } from "../src/pipeline.js";
import { variantBuildOptions } from "../src/tailor/build.js";
import { factProblems } from "../src/tailor/facts.js";
import { listVariants, loadVariant, type Variant } from "../src/tailor/readVariant.js";
import { VARIANT_SCHEMA_FILE, variantJsonSchemaText } from "../src/tailor/variantSchema.js";
import { CONTENT, cleanup, inOrder, runPdfCli, tempDir, words } from "./helpers/e2e.js";
import { extractText, parseInfo, pdftotext } from "./helpers/pdf.js";
import { lacks } from "./helpers/tools.js";

const { names: NAMES } = await listVariants(CONTENT);
const { resume: ORIGINAL } = await loadResume(CONTENT);
const OUT = tempDir("vitae-variants-");
afterAll(cleanup);

const count = (ws: readonly string[]) =>
  ws.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());

/** Every word the content could print: its plain text, every alternative phrasing, the variant's titles. */
function contentWords(variant: Variant): Set<string> {
  const rich = (t: RichText) => t.map((s) => s.text).join("");
  const alternatives = ORIGINAL.sections.flatMap((s) =>
    s.kind === "entries"
      ? s.entries.flatMap((e) => e.bullets.flatMap((b) => b.alternatives.map((a) => rich(a.text))))
      : [],
  );
  const titles = Object.values(variant.spec.titles ?? {});
  // The PDF prints a keyword line's label, which plainText leaves out.
  return new Set(words([plainText(ORIGINAL), ...alternatives, ...titles, "Keywords:"].join("\n")));
}

it("ships the three documented variants", () => {
  expect(NAMES).toEqual(expect.arrayContaining(["computer-vision", "ml-systems", "short"]));
});

describe.each(NAMES)("variant %s", (name) => {
  let variant: Variant;
  let build: BuildResult;
  let extracted = "";

  beforeAll(async () => {
    variant = (await loadVariant(CONTENT, name)).variant;
    build = await buildPdf(
      variantBuildOptions(variant, { contentDir: CONTENT, outFile: join(OUT, `${name}.pdf`) }),
    );
    extracted = await extractText(build.pdf);
  });

  it("states its purpose", () => {
    expect(variant.purpose.length).toBeGreaterThan(20);
  });

  it("fits its page budget with fill ≥ 0.93", () => {
    const { report } = build;
    expect(report.variant).toBe(name);
    expect(report.fits).toBe(true);
    expect(report.pages).toBeLessThanOrEqual(report.budget);
    expect(report.budget).toBe(variant.spec.pages ?? 1);
    expect(report.fill).toBeGreaterThanOrEqual(0.93);
    expect(report.params.paper).toBe(variant.spec.paper ?? "letter");
    expect(report.params.bodySize).toBeGreaterThanOrEqual(
      THEMES[variant.spec.theme ?? "classic"].bodySize.min,
    );
  });

  it("keeps every fact of the content", () => {
    expect(factProblems(ORIGINAL, build.resume, variant.spec.titles ?? {})).toEqual([]);
  });

  it("prints every word of its tailored model, and only those", () => {
    // Layout joins a subtitle and a one-line detail with an em dash: a separator, not a word.
    const model = count(words(plainText(build.resume)).filter((w) => w !== "—"));
    const page = count(words(frameText(build.layout.frames)).filter((w) => w !== "—" && w !== "Keywords:"));
    expect([...page.entries()].sort()).toEqual([...model.entries()].sort());
  });

  it("has every word of its model in the text layer, and the printed lines in order (pdf.js)", () => {
    const got = count(words(extracted));
    const missing = [...count(words(plainText(build.resume))).entries()].filter(
      ([w, n]) => (got.get(w) ?? 0) < n,
    );
    expect(missing).toEqual([]);
    const result = inOrder(words(frameText(build.layout.frames)), words(extracted));
    expect(result.ok, result.message).toBe(true);
  });

  it.skipIf(lacks("pdftotext"))("has the printed lines in order in pdftotext -layout", () => {
    const result = inOrder(words(frameText(build.layout.frames)), words(pdftotext(build.pdf, ["-layout"])));
    expect(result.ok, result.message).toBe(true);
  });

  it("prints only words of the content", () => {
    const known = contentWords(variant);
    expect(words(extracted).filter((w) => !known.has(w))).toEqual([]);
  });

  it("carries its Subject and Keywords", async () => {
    const { info } = await parseInfo(build.pdf);
    expect(info?.Subject).toBe(variant.spec.subject ?? "Résumé");
    if (variant.spec.keywords) expect(info?.Keywords).toBe(variant.spec.keywords.join(", "));
  });

  it("writes no control, invisible or undecodable character into its metadata or text", async () => {
    const { info } = await parseInfo(build.pdf);
    const strings = [info?.Title, info?.Author, info?.Subject, info?.Keywords, extracted].map(String);
    for (const text of strings) expect([...refusedCharacters(text)], text.slice(0, 60)).toEqual([]);
  });
});

describe("the variant JSON Schema", () => {
  // Regenerate with: UPDATE_GOLDEN=1 npx vitest run test/variants. Compared as JSON: the formatter lays it out.
  it("is committed and up to date", () => {
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(VARIANT_SCHEMA_FILE, variantJsonSchemaText());
    expect(JSON.parse(readFileSync(VARIANT_SCHEMA_FILE, "utf8"))).toEqual(
      JSON.parse(variantJsonSchemaText()),
    );
  });
});

describe("the commands", () => {
  it("--variant NAME builds the version, one summary line", async () => {
    const out = join(OUT, "cli", "cv.pdf");
    mkdirSync(join(OUT, "cli"), { recursive: true });
    const r = await runPdfCli(["--variant", "short", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith(`${out}: 1 page, body `)).toBe(true);
    expect(r.stdout).toMatch(/, fill (?:0\.9[3-9]|1\.00), /);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
  });

  it("--all builds the default and every variant, one line each, with one report", async () => {
    const out = join(OUT, "all", "resume.pdf");
    mkdirSync(join(OUT, "all"), { recursive: true });
    const reportFile = join(OUT, "all", "report.json");
    const r = await runPdfCli(["--all", "--out", out, "--report", reportFile]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    const files = [out, ...NAMES.map((n) => join(OUT, "all", `resume-${n}.pdf`))];
    expect(lines.slice(0, -1).map((l) => l.slice(0, l.indexOf(".pdf:") + 4))).toEqual(files);
    expect(lines.at(-1)).toBe(`  fit report: ${reportFile}`);
    const report = JSON.parse(readFileSync(reportFile, "utf8")) as {
      pdfs: { variant: string | null; fill: number }[];
    };
    expect(report.pdfs.map((p) => p.variant)).toEqual([null, ...NAMES]);
    for (const pdf of report.pdfs.slice(1)) expect(pdf.fill).toBeGreaterThanOrEqual(0.93);
  });

  it("refuses a variant name that leaves the variants folder, in one line", async () => {
    const r = await runPdfCli(["--variant", "../../x"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'vitae: invalid variant name "../../x": a name is lowercase letters, digits and hyphens (content/variants/NAME.md)\n',
    );
  });

  it("reports a broken variant at file:line:col and builds the others with --all", async () => {
    const dir = join(tempDir("vitae-variant-broken-"), "content");
    cpSync(CONTENT, dir, { recursive: true });
    writeFileSync(join(dir, "variants", "typo.md"), "---\ninclude:\n  tags: [lmm]\n---\n\nA typo.\n");
    mkdirSync(join(OUT, "broken"), { recursive: true });
    const r = await runPdfCli(["--all", "--content", dir, "--out", join(OUT, "broken", "resume.pdf")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /variants\/typo\.md:3:10: no entry, bullet, list item or skill group is tagged "lmm"; .*\n {2}hint: did you mean "llm"\?\n$/,
    );
    expect(r.stdout.trim().split("\n")).toHaveLength(1 + NAMES.length);
  });

  it("--diff NAME and --job FILE print their reports", async () => {
    const [diff, job] = await Promise.all([
      runPdfCli(["--diff", "short"]),
      runPdfCli(["--job", "test/fixtures/jobs/ml-systems-intern.txt", "--variant", "ml-systems"]),
    ]);
    expect(diff.status).toBe(0);
    expect(diff.stdout).toMatch(/^short \(content\/variants\/short\.md\) compared with the default résumé\n/);
    expect(diff.stdout).toMatch(/drop bullet \S+ ".*": priority \d: beyond maxBullets 1/);
    expect(job.status).toBe(0);
    expect(job.stdout).toMatch(
      /^test\/fixtures\/jobs\/ml-systems-intern\.txt against the ml-systems version: \d+ of \d+ significant terms found\nfound \(\d+\): /,
    );
    expect(job.stdout).toMatch(/\nmissing \(\d+\): .*CUDA/);
  });
});
