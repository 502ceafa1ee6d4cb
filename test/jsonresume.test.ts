/**
 * JSON Resume import and export: the schema's published sample and three documents of different shapes import,
 * build on their page budget with every fact in the PDF's text layer, and come back from an export; the six
 * example résumés survive export -> import -> export; and every mistake is one line at its place.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { checkImport } from "../src/jsonresume/checkImport.js";
import { exportResume, jsonResumeText } from "../src/jsonresume/exportDocument.js";
import { importDocument, settingsText } from "../src/jsonresume/importDocument.js";
import { JsonSource } from "../src/jsonresume/jsonSource.js";
import { locationFields, locationText } from "../src/jsonresume/location.js";
import { parseJsonResume, readJsonResume } from "../src/jsonresume/readDocument.js";
import { schemaProblems } from "../src/jsonresume/schemaCheck.js";
import type { JsonResume } from "../src/jsonresume/types.js";
import { writeFolder } from "../src/jsonresume/writeFolder.js";
import { formatDate } from "../src/layout/compose/dates.js";
import { parseDateRange } from "../src/model/dates.js";
import { loadResume } from "../src/model/load.js";
import { networkByLabel } from "../src/model/profiles.js";
import type { Resume } from "../src/model/schema.js";
import type { DateFormat } from "../src/model/settingsSchema.js";
import { shortUrl } from "../src/model/urls.js";
import { buildPdf } from "../src/pipeline.js";
import { cleanup, ROOT, runPdfCli, tempDir } from "./helpers/e2e.js";
import { extractText } from "./helpers/pdf.js";

const require = createRequire(import.meta.url);
const SAMPLE = require.resolve("@jsonresume/schema/sample.resume.json");
const FIXTURES = join(ROOT, "test", "fixtures", "jsonresume");
const DOCUMENTS = [
  SAMPLE,
  ...["new-graduate", "staff-engineer", "academic"].map((n) => join(FIXTURES, `${n}.json`)),
];
const EXAMPLES = readdirSync(join(ROOT, "examples"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

afterAll(cleanup);

/** Imports a document into a new folder, as `npm run import` does. */
async function importTo(file: string, dir: string) {
  const read = await readJsonResume(file);
  const imported = importDocument(read);
  expect(imported.ctx.problems).toEqual([]);
  const checked = checkImport(imported.files, dir, imported.dateFormat.format, read.source);
  await writeFolder(dir, [
    ...imported.files.map((f) => ({ name: f.name, text: f.text })),
    { name: "vitae.yaml", text: settingsText(imported.dateFormat, checked, file) },
  ]);
  return { read, imported, checked };
}

/** Text as compared: typographic quotes and dashes as typed, Markdown emphasis and link syntax gone, no spaces. */
function compact(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\u2010/g, "-")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/--/g, "–")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*`]/g, "")
    .replace(/\s+/g, "");
}

/** Every string the document holds, with its path, minus what the import keeps unprinted by design. */
function facts(value: unknown, path: (string | number)[] = []): { path: string; text: string }[] {
  const key = path.at(-1);
  const skipped =
    key === "$schema" ||
    key === "image" ||
    path[0] === "meta" ||
    (path[1] === "profiles" && (key === "url" || key === "network")) ||
    key === "favoriteColor";
  if (skipped) return [];
  if (typeof value === "string") return value.trim() === "" ? [] : [{ path: path.join("."), text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => facts(v, [...path, i]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => facts(v, [...path, k]));
  return [];
}

/** How the PDF prints a fact: dates in the résumé's format, web addresses in their short form. */
function printed(fact: { path: string; text: string }, format: DateFormat): string {
  if (/(?:Date|date)$/.test(fact.path)) {
    const parsed = parseDateRange(fact.text);
    if (parsed.ok) return formatDate(parsed.value.start, format);
  }
  const network = /^basics\.profiles\.(\d+)\.username$/.exec(fact.path);
  const builds = network && networkByLabel(String(profiles[Number(network[1])]?.network ?? ""))?.address;
  if (builds) return shortUrl(builds(fact.text));
  return fact.text;
}

/** Whether the text layer holds a web address: a long one may break, with the dates between its parts. */
function holdsAddress(text: string, url: string): boolean {
  return shortUrl(url)
    .split(/[/.]/)
    .every((part) => text.includes(compact(part)));
}

let profiles: { network?: string }[] = [];

describe.each(DOCUMENTS.map((file) => [file.replace(`${ROOT}/`, "").replace(/.*node_modules\//, ""), file]))(
  "import of %s",
  (_, file) => {
    const dir = join(tempDir("vitae-import-"), "content");
    let imported: Awaited<ReturnType<typeof importTo>>;

    it("builds on its page budget with every fact in the text layer", async () => {
      imported = await importTo(file, dir);
      const build = await buildPdf({ contentDir: dir, outFile: join(dir, "..", "resume.pdf") });
      expect(build.layout.frames.pages.length).toBeLessThanOrEqual(imported.checked.pages);
      const text = compact(await extractText(build.pdf));
      const format = imported.imported.dateFormat.format;
      profiles = imported.read.document.basics?.profiles ?? [];
      const missing = facts(imported.read.document).filter((f) =>
        /(?:^|\.)url$/.test(f.path)
          ? !holdsAddress(text, f.text)
          : !text.includes(compact(printed(f, format))),
      );
      expect(missing).toEqual([]);
    });

    it("round-trips: an export gives back every field the two formats share", () => {
      const original = imported.read.document;
      const exported = exportResume(imported.checked.resume).document;
      expect(schemaProblems(exported, new JsonSource("export", "", undefined))).toEqual([]);
      expect(shared(exported)).toEqual(shared(expectedBack(original)));
    });
  },
);

/** The original as an export gives it back: the location split as vitae prints it, a nameless job titled by its position. */
function expectedBack(original: JsonResume): JsonResume {
  const copy = JSON.parse(JSON.stringify(original)) as JsonResume & Record<string, unknown>;
  delete copy.favoriteColor;
  if (copy.basics?.location) copy.basics.location = locationFields(locationText(copy.basics.location) ?? "");
  for (const job of copy.work ?? [])
    if (job.name === undefined && job.position !== undefined) {
      job.name = job.position;
      delete job.position;
    }
  return copy;
}

/** What both formats hold: no `vitae` keys or meta, profiles by network and username (and address when vitae does not build it), text typography-blind. */
function shared(document: JsonResume): unknown {
  const strip = (value: unknown, key?: string): unknown => {
    if (typeof value === "string") return value.trim() === "" ? undefined : compact(value);
    if (Array.isArray(value)) return value.map((v) => strip(v));
    if (value && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (["vitae", "meta", "$schema", "image"].includes(k)) continue;
        const s = strip(v, k);
        if (s !== undefined) out[k] = s;
      }
      if (key === undefined && "network" in out) {
        // A network vitae knows: its address is built from the username. One it does not know: its address.
        const known = networkByLabel(String((value as { network?: string }).network ?? ""))?.address;
        if (known && out.username) delete out.url;
        else if (out.url) delete out.username;
      }
      return out;
    }
    return value;
  };
  const basics = strip(document.basics) as Record<string, unknown> | undefined;
  const profiles = (document.basics?.profiles ?? []).map((p) => strip(p));
  return { ...(strip(document) as object), basics: { ...basics, profiles } };
}

/** The model's facts: sources and derived skill-line ids aside, contacts as a set. */
function modelFacts(resume: Resume): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === "object")
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => k !== "source")
          .map(([k, v]) => [k, strip(v)]),
      );
    return value;
  };
  const contacts = resume.header.contacts
    .map((c) => [c.kind, c.value, c.href, c.network, c.username].join("|"))
    .sort();
  const sections = resume.sections.map((s) =>
    s.kind === "skills" ? { ...s, groups: s.groups.map(({ id: _, ...g }) => g) } : s,
  );
  return { name: resume.header.name, headline: resume.header.headline, contacts, sections: strip(sections) };
}

describe.each(EXAMPLES)("examples/%s: export, import, export", (name) => {
  it("gives back the same JSON Resume document and the same résumé", async () => {
    const { resume } = await loadResume(join(ROOT, "examples", name));
    const first = exportResume(resume);
    const read = parseJsonResume(`${name}.json`, jsonResumeText(first));
    const imported = importDocument(read);
    expect(imported.ctx.problems).toEqual([]);
    const checked = checkImport(
      imported.files,
      join(tempDir(), name),
      imported.dateFormat.format,
      read.source,
    );
    const second = exportResume(checked.resume);
    expect(second.document).toEqual(first.document);
    expect(isDeepStrictEqual(modelFacts(checked.resume), modelFacts(resume))).toBe(true);
  });
});

/** Runs `npm run import`'s source in the repository root. */
function runImport(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "src/cli/import.ts", ...args],
      { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = (error as { code?: unknown } | null)?.code;
        resolve({ status: error === null ? 0 : typeof code === "number" ? code : -1, stdout, stderr });
      },
    );
  });
}

describe("npm run import: mistakes are one line at their place, exit status 1", () => {
  const base = tempDir("vitae-import-errors-");
  const write = (name: string, text: string) => {
    const file = join(base, name);
    writeFileSync(file, text);
    return file;
  };

  it("broken JSON: its line and column", async () => {
    const file = write(
      "broken.json",
      '{\n  "basics": { "name": "Ana" },\n  "work": [ { "name": "X", } ]\n}\n',
    );
    const r = await runImport([file, "--to", join(base, "out-broken")]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([
      `${file}:3:28: invalid JSON: expected a property name in double quotes at "}" (a comma after the last property is not allowed)`,
    ]);
    expect(existsSync(join(base, "out-broken"))).toBe(false);
  });

  it("a schema violation: the JSON path and the value's line and column", async () => {
    const file = write(
      "schema.json",
      '{\n  "basics": { "name": "Ana", "email": "ana(at)example.com" },\n  "work": [\n    { "name": "X", "startDate": "2020-1" }\n  ]\n}\n',
    );
    const r = await runImport([file, "--to", join(base, "out-schema")]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([
      `${file}:2:39: basics.email: invalid e-mail address "ana(at)example.com": expected name@example.com`,
      `${file}:4:33: work[0].startDate: invalid date "2020-1": JSON Resume dates are YYYY-MM-DD, YYYY-MM or YYYY`,
    ]);
  });

  it("a value the schema allows but vitae refuses: at the value, in vitae's words", async () => {
    const file = write(
      "month.json",
      '{\n  "basics": { "name": "Ana" },\n  "work": [ { "name": "X", "startDate": "2020-01", "endDate": "2019-13" } ]\n}\n',
    );
    const r = await runImport([file, "--to", join(base, "out-month")]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      `${file}:3:63: work[0].endDate: invalid date "2019-13": month must be 01–12`,
    );
  });

  it("an unknown key is a warning, kept in a comment; a non-empty folder needs --force, which replaces old sections", async () => {
    const file = write(
      "extra.json",
      '{\n  "basics": { "name": "Ana", "nickname": "Annie" },\n  "skills": [ { "name": "Go", "keywords": ["gRPC"] } ]\n}\n',
    );
    const out = join(base, "out-extra");
    mkdirSync(out);
    writeFileSync(join(out, "70-old.md"), "---\nkind: text\n---\n\n# Old\n\nOld text.\n");
    const refused = await runImport([file, "--to", out]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${out}: the folder is not empty (1 entry); nothing was written`);
    const forced = await runImport([file, "--to", out, "--force"]);
    expect(forced.status).toBe(0);
    expect(forced.stderr.trim()).toBe(
      `${file}:2:30: warning: basics.nickname: not a JSON Resume field; kept in a comment in 00-header.md`,
    );
    expect(forced.stdout).toContain(`removed ${join(out, "70-old.md")}`);
    expect(readdirSync(out).sort()).toEqual(["00-header.md", "10-skills.md", "vitae.yaml"]);
    expect(readFileSync(join(out, "00-header.md"), "utf8")).toContain('basics.nickname = "Annie" -->');
  });

  it("--help describes the command; a missing --to is named", async () => {
    const help = await runImport(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("usage: npm run import -- resume.json --to DIR [--force]");
    const missing = await runImport([SAMPLE]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("vitae: --to DIR is required");
  });
});

describe("npm run pdf -- --export", () => {
  const out = tempDir("vitae-export-");

  it("jsonresume: a document valid against the schema, of the tailored version with --variant", async () => {
    const file = join(out, "short.json");
    const r = await runPdfCli(["--export", "jsonresume", "--variant", "short", "--out", file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${file}: JSON Resume, valid against the schema`);
    const document = JSON.parse(readFileSync(file, "utf8")) as JsonResume;
    expect(schemaProblems(document, new JsonSource(file, "", undefined))).toEqual([]);
    // The short version leaves out the extracurricular section and keeps one bullet per entry.
    const { resume } = await loadResume(join(ROOT, "content"));
    const kept = resume.sections.map((s) => s.id).filter((id) => id !== "extracurricular");
    expect(document.meta?.vitae?.sections?.map((s) => s.id)).toEqual(kept);
    expect(document.work?.every((job) => (job.highlights?.length ?? 0) <= 1)).toBe(true);
  });

  it("markdown: one file with the name, sections and entries", async () => {
    const file = join(out, "designer.md");
    const r = await runPdfCli(["--export", "markdown", "--content", "examples/designer", "--out", file]);
    expect(r.status).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text.startsWith("# Maya Castellanos\n")).toBe(true);
    expect(text).toContain(
      "## Experience\n\n### Ledgerly\n\n*Senior Product Designer, Small Business Banking* · Austin, TX · Mar 2022 – Present",
    );
  });

  it("a format it does not write, or a PDF-only option, is one line with status 1", async () => {
    const bad = await runPdfCli(["--export", "jsonresum"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split("\n")).toEqual([
      'vitae: --export takes "jsonresume" or "markdown", not "jsonresum"',
      '  hint: did you mean "jsonresume"?',
    ]);
    const pdfOnly = await runPdfCli(["--export", "markdown", "--text"]);
    expect(pdfOnly.status).toBe(1);
    expect(pdfOnly.stderr.trim()).toBe("vitae: --export writes no PDF, so --text does not apply; drop it");
  });
});
