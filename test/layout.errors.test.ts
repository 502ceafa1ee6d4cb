/**
 * Layout reads no files: an error it finds (a character the font lacks, a word wider than the line) points at
 * the character or word itself from the text the model keeps of each content file, even when the files are gone.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UserError } from "../src/diagnostics.js";
import { loadResume } from "../src/model/load.js";
import { layoutWith } from "./helpers/build.js";

const BASE = join(import.meta.dirname, "fixtures", "errors", "_base");

/** The base résumé with `line` appended to its skills file, loaded, then its folder deleted. */
async function loadedThenDeleted(line: string) {
  const dir = join(mkdtempSync(join(tmpdir(), "vitae-no-io-")), "content");
  cpSync(BASE, dir, { recursive: true });
  const skills = join(dir, "30-skills.md");
  writeFileSync(skills, `${readFileSync(skills, "utf8").trimEnd()}\n${line}\n`);
  const { resume } = await loadResume(dir);
  rmSync(dir, { recursive: true, force: true });
  return { resume };
}

function layoutError(resume: Parameters<typeof layoutWith>[0]): UserError {
  try {
    layoutWith(resume);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("no error");
}

describe("layout errors, with the content files gone", () => {
  it("point at a character the font lacks", async () => {
    const line = "- Symbols: Calculus ∯ of variations";
    const { resume } = await loadedThenDeleted(line);
    const [diagnostic] = layoutError(resume).diagnostics;
    expect(diagnostic).toMatchObject({ line: 8, column: line.indexOf("∯") + 1 });
    expect(diagnostic?.message).toContain('the character "∯" (U+222F) has no glyph');
  });

  it("point at a word wider than the line", async () => {
    const word = "x".repeat(200);
    const line = `- Symbols: Calculus and ${word}`;
    const { resume } = await loadedThenDeleted(line);
    const [diagnostic] = layoutError(resume).diagnostics;
    expect(diagnostic).toMatchObject({ line: 8, column: line.indexOf(word) + 1 });
    expect(diagnostic?.message).toMatch(/^"x+…" is .*wider than the line/);
  });
});
