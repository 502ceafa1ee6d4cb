import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { UserError } from "../src/diagnostics.js";
import { checkOutputPaths } from "../src/io/outputPaths.js";

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
