import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../src/diagnostics.js";
import { run } from "./fixtures/model/check.js";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The first ```markdown (or ````markdown) example after a README heading. */
function example(heading: string): string {
  const start = README.indexOf(heading);
  const match = /(`{3,4})markdown\n([\s\S]*?)\n\1\n/.exec(README.slice(start));
  if (start < 0 || match === null) throw new Error(`no example under ${heading}`);
  return `${match[2]}\n`;
}

const frontMatter = (kind: string, title: string) => `---\nkind: ${kind}\n---\n\n# ${title}\n\n`;

describe("the README's examples", () => {
  it("load without any diagnostic", () => {
    const files = {
      "00-header.md": example("### `header`"),
      "10-projects.md": frontMatter("entries", "Projects") + example("### `entries`"),
      "20-honors.md": frontMatter("list", "Honors") + example("### `list`"),
      "30-skills.md": frontMatter("skills", "Skills") + example("### `skills`"),
      "40-more.md": `${frontMatter("entries", "More")}## Something\n\n${example("### Attributes")}`,
    };
    const { resume, diagnostics } = run(files, { header: false });
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    const projects = resume?.sections[0];
    expect(projects?.kind === "entries" && projects.entries[0]?.bullets[1]?.alternatives).toEqual([
      {
        name: "short",
        text: [{ text: "Built a multi-level checkpoint cache that saves state by failure risk." }],
        source: { file: "content/10-projects.md", line: 29, column: 3 },
      },
    ]);
  });
});
