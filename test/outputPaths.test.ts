import { spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../src/diagnostics.js";
import { tempName, writeFileAtomic } from "../src/io/atomicWrite.js";
import { checkDistinctOutputs, checkOutputPaths, realOutputPath } from "../src/io/outputPaths.js";
import { makeFifo } from "./helpers/tools.js";

const temp = mkdtempSync(join(tmpdir(), "vitae-outputs-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** content/ with a source, a folder beside it, and links: out/sources -> content, link-to-content -> content. */
function layout(name: string): string {
  const root = join(temp, name);
  mkdirSync(join(root, "content"), { recursive: true });
  writeFileSync(join(root, "content", "00-header.md"), "source\n");
  mkdirSync(join(root, "out"));
  symlinkSync(join(root, "content"), join(root, "out", "sources"));
  symlinkSync(join(root, "content"), join(root, "link-to-content"));
  return root;
}

describe("output paths", () => {
  it("refuses any path inside the content folder, however it is spelled", () => {
    for (const path of [
      "content/x.pdf",
      "content/variants/../00-header.md",
      "./content/sub/r.pdf",
      "content",
    ]) {
      expect(() => checkOutputPaths("content", [path]), path).toThrow(UserError);
    }
  });

  it("allows paths beside or outside the content folder", () => {
    for (const path of ["output/resume.pdf", "content-old/x.pdf", "../elsewhere/r.pdf", "/tmp/r.pdf"]) {
      expect(() => checkOutputPaths("content", [path]), path).not.toThrow();
    }
  });

  it("follows symbolic links on the way, of the output and of the content folder", () => {
    const root = layout("links");
    const content = join(root, "content");
    for (const path of [
      join(root, "out", "sources", "00-header.md"),
      join(root, "out", "sources", "new.pdf"),
      join(root, "link-to-content", "r.pdf"),
      `${root}/out/sources/../../links/content/x.pdf`,
    ]) {
      expect(() => checkOutputPaths(content, [path]), path).toThrow(UserError);
    }
    expect(() => checkOutputPaths(join(root, "link-to-content"), [join(content, "r.pdf")])).toThrow(
      /refusing to write inside the content folder/,
    );
    // out/sources/.. is the folder holding content/, as the file system takes it (join() would say out/).
    expect(realOutputPath(`${root}/out/sources/../r.pdf`)).toBe(join(root, "r.pdf"));
    expect(() => checkOutputPaths(content, [`${root}/out/sources/../r.pdf`])).not.toThrow();
    expect(readFileSync(join(content, "00-header.md"), "utf8")).toBe("source\n");
  });

  it("does not follow a link that is the output itself: the rename replaces the link", () => {
    const root = layout("last-link");
    symlinkSync(join(root, "content", "00-header.md"), join(root, "out", "r.pdf"));
    expect(realOutputPath(join(root, "out", "r.pdf"))).toBe(join(root, "out", "r.pdf"));
    expect(() => checkOutputPaths(join(root, "content"), [join(root, "out", "r.pdf")])).not.toThrow();
  });

  it("refuses two outputs that are the same file, however they are spelled", () => {
    const root = layout("same");
    const pdf = { path: join(root, "out", "r.pdf"), what: "the PDF" };
    const report = { path: `${root}/out/sources/../out/./r.pdf`, what: "the fit report" };
    expect(() => checkDistinctOutputs([pdf, report])).toThrow(
      "the fit report and the PDF are the same file; one would replace the other",
    );
    expect(() => checkDistinctOutputs([pdf, { ...report, path: join(root, "out", "r.json") }])).not.toThrow();
  });

  it("stops the command before anything is read or written, in one line with a hint", () => {
    const header = readFileSync("content/00-header.md");
    const result = spawnSync(process.execPath, [
      "--import",
      "tsx",
      "src/cli/pdf.ts",
      "--out",
      "content/00-header.md",
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr.toString()).toBe(
      "content/00-header.md: refusing to write inside the content folder content: it holds your sources\n" +
        "  hint: write to output/ (the default) or name a path outside the content folder with --out\n",
    );
    expect(readFileSync("content/00-header.md").equals(header)).toBe(true);
  });
});

describe("atomic writes", () => {
  it("write any file name the file system takes: a 255-byte name gets a short temp file", async () => {
    const dir = join(temp, "long");
    mkdirSync(dir);
    for (const name of [`${"a".repeat(251)}.pdf`, `${"é".repeat(125)}.pdf`]) {
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
      expect(Buffer.byteLength(tempName(join(dir, name), 4_194_304, "0123456789ab"))).toBeLessThanOrEqual(
        255,
      );
      await writeFileAtomic(join(dir, name), "pdf");
      expect(readFileSync(join(dir, name), "utf8")).toBe("pdf");
    }
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it("keep ordinary names readable in their temp files", () => {
    expect(tempName("/x/resume.pdf", 42, "0123456789ab")).toBe(".resume.pdf.42.0123456789ab.tmp");
  });

  it("refuse to replace a folder or a special file, before writing anything", async () => {
    const dir = join(temp, "special");
    mkdirSync(join(dir, "folder"), { recursive: true });
    makeFifo(join(dir, "pipe"));
    await expect(writeFileAtomic(join(dir, "folder"), "x")).rejects.toThrow("it is a folder");
    await expect(writeFileAtomic(join(dir, "pipe"), "x")).rejects.toThrow(
      "it is not a regular file (a device, pipe or socket)",
    );
    expect(readdirSync(dir).sort()).toEqual(["folder", "pipe"]);
  });
});
