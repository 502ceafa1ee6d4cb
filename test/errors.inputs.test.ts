/**
 * Every file vitae reads is a regular file read up to a size bound: section files, variants, job postings and
 * fonts. A device, a pipe or an endless stream ends in one clear line, never a hang or running out of memory;
 * Markdown files that are not read are named in a warning; old Mac line endings read like any others.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatDiagnostic, UserError } from "../src/diagnostics.js";
import { sizeText } from "../src/io/readInput.js";
import { classicTheme } from "../src/layout/theme.js";
import { loadResume } from "../src/model/load.js";
import { LIMITS } from "../src/parse/limits.js";
import { buildPdf } from "../src/pipeline.js";
import { jobCommand } from "../src/tailor/commands.js";
import { listVariants, loadVariant } from "../src/tailor/readVariant.js";
import { baseContentWith } from "./helpers/e2e.js";
import { makeFifo } from "./helpers/tools.js";

const temp = mkdtempSync(join(tmpdir(), "vitae-inputs-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of the minimal résumé with `files` added or replaced; returns the content folder. */
const content = (files: Record<string, string | Buffer> = {}): string => baseContentWith(temp, files);

/** The diagnostics of a failed call, with the temp folder left out of paths. */
async function failure(run: () => Promise<unknown>, dir: string): Promise<string[]> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UserError)) throw error instanceof Error ? error : new Error(String(error));
  return error.diagnostics.map((d) => formatDiagnostic(d).split(`${dir}/`).join(""));
}

const VARIANT = "---\nsections: [work]\n---\n\nThe work only.\n";

describe("section files", () => {
  it("a pipe or a link to a device named like a section: one line each, no hang", async () => {
    const dir = content();
    makeFifo(join(dir, "50-pipe.md"));
    symlinkSync("/dev/zero", join(dir, "60-zero.md"));
    expect(await failure(() => loadResume(dir), dir)).toEqual([
      "50-pipe.md: cannot read the file (not a regular file but a device, pipe or socket)",
      "60-zero.md: cannot read the file (not a regular file but a device, pipe or socket)",
    ]);
  });

  it("a Markdown file not named .md: a warning naming it, and the rest is built", async () => {
    const dir = content({
      "50-more.MD": "---\nkind: text\n---\n\n# More\n\nText.\n",
      "60-notes.markdown": "---\nkind: text\n---\n\n# Notes\n\nText.\n",
    });
    const { resume, warnings } = await loadResume(dir);
    expect(resume.sections.map((s) => s.id)).toEqual(["work", "honors", "skills", "summary"]);
    expect(warnings.map((w) => formatDiagnostic(w).split(`${dir}/`).join(""))).toEqual([
      '50-more.MD: warning: not read: section files end in ".md" (lowercase)\n' +
        '  hint: rename it, or start its name with "_" to keep it out of the résumé',
      '60-notes.markdown: warning: not read: section files end in ".md" (lowercase)\n' +
        '  hint: rename it, or start its name with "_" to keep it out of the résumé',
    ]);
  });

  it("old Mac line endings (CR only): read exactly as the same file with LF", async () => {
    const lf = content();
    const cr = content();
    for (const name of ["00-header.md", "10-work.md", "40-summary.md"]) {
      const text = readFileSync(join(lf, name), "utf8");
      writeFileSync(join(cr, name), text.replace(/\n/g, "\r"));
    }
    const relative = (dir: string, resume: unknown) => JSON.stringify(resume).split(dir).join("content");
    const a = await loadResume(lf);
    const b = await loadResume(cr);
    expect(relative(cr, b.resume)).toBe(relative(lf, a.resume));
    expect(b.warnings).toEqual([]);
  });

  it(`more than ${LIMITS.sectionFiles} section files: refused before reading them`, async () => {
    const files = Object.fromEntries(
      Array.from({ length: LIMITS.sectionFiles }, (_, i) => [
        `5${String(i).padStart(3, "0")}-s.md`,
        `---\nkind: text\nid: s${i}\n---\n\n# S${i}\n\nWord.\n`,
      ]),
    );
    const dir = content(files);
    expect(await failure(() => loadResume(dir), join(dir, ".."))).toEqual([
      `content: ${LIMITS.sectionFiles + 5} section files; at most ${LIMITS.sectionFiles} are read (a résumé has about 8)\n` +
        '  hint: merge sections, or start the names of files to leave out with "_"',
    ]);
  });
});

describe("variants", () => {
  it(`larger than ${sizeText(LIMITS.fileBytes)}, or a pipe: refused unread`, async () => {
    const dir = content({
      "variants/big.md": `${VARIANT}\n${"More words to say. ".repeat(60_000)}\n`,
    });
    makeFifo(join(dir, "variants", "pipe.md"));
    expect(await failure(() => loadVariant(dir, "big"), dir)).toEqual([
      "variants/big.md: cannot read the variant (the file is 1.1 MiB); a variant is at most 128 KiB",
    ]);
    expect(await failure(() => loadVariant(dir, "pipe"), dir)).toEqual([
      "variants/pipe.md: cannot read the variant (not a regular file but a device, pipe or socket)",
    ]);
  });

  it(`more than ${LIMITS.variants}: --all builds none of them and says why`, async () => {
    const files = Object.fromEntries(
      Array.from({ length: LIMITS.variants + 1 }, (_, i) => [`variants/v${i}.md`, VARIANT]),
    );
    const dir = content(files);
    const { names, problems } = await listVariants(dir);
    expect(names).toHaveLength(LIMITS.variants);
    expect(problems.map((p) => formatDiagnostic(p).split(`${dir}/`).join(""))).toEqual([
      `variants: ${LIMITS.variants + 1} variants; at most ${LIMITS.variants} are built (a version per kind of role is plenty)\n` +
        '  hint: start the names of drafts with "_"',
    ]);
  });
});

describe("job postings", () => {
  it("an endless device, a pipe, a folder or an oversized file: refused unread, in one line", async () => {
    const dir = content();
    makeFifo(join(temp, "posting-pipe"));
    writeFileSync(join(temp, "posting-big.txt"), "Distributed training with PyTorch. ".repeat(40_000));
    const lines = async (posting: string) => failure(() => jobCommand(dir, posting, undefined), temp);
    expect(await lines("/dev/zero")).toEqual([
      "/dev/zero: cannot read the job posting (not a regular file but a device, pipe or socket)",
    ]);
    expect(await lines(join(temp, "posting-pipe"))).toEqual([
      "posting-pipe: cannot read the job posting (not a regular file but a device, pipe or socket)",
    ]);
    expect(await lines(temp)).toEqual([`${temp}: cannot read the job posting (it is a folder)`]);
    expect(await lines(join(temp, "posting-big.txt"))).toEqual([
      "posting-big.txt: cannot read the job posting (the file is 1.3 MiB); a posting is at most 128 KiB",
    ]);
  });
});

describe("fonts", () => {
  it("a font path that is a pipe: an error naming it, no hang", async () => {
    const pipe = join(temp, "font-pipe.otf");
    makeFifo(pipe);
    const theme = { ...classicTheme, fonts: { ...classicTheme.fonts, bold: pipe } };
    const dir = content();
    expect(
      await failure(() => buildPdf({ contentDir: dir, outFile: join(temp, "f.pdf"), theme }), temp),
    ).toEqual([
      "font-pipe.otf: cannot use font file: not a regular file but a device, pipe or socket\n" +
        "  hint: use an .otf or .ttf file",
    ]);
  });
});
