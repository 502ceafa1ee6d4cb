import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatDiagnostic, UserError } from "../src/diagnostics.js";
import { parseMarkdown } from "../src/parse/parseMarkdown.js";
import { readContent } from "../src/parse/readContent.js";

const root = await mkdtemp(path.join(tmpdir(), "vitae-read-"));
afterAll(() => rm(root, { recursive: true, force: true }));

async function folder(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = path.join(root, name);
  await mkdir(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(path.join(dir, file), text);
  return dir;
}

async function failure(dir: string): Promise<string[]> {
  const error = await readContent(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UserError)) throw new Error(`expected a UserError, got ${String(error)}`);
  return error.diagnostics.map(formatDiagnostic);
}

describe("readContent", () => {
  it("reads .md files in name order, skipping _drafts, dot files, other files and folders", async () => {
    const dir = await folder("mixed", {
      "20-b.md": "b",
      "10-a.md": "a",
      "_draft.md": "x",
      ".#lock.md": "x",
      "notes.txt": "x",
    });
    await mkdir(path.join(dir, "variants.md"));
    const files = await readContent(dir);
    expect(files.map((f) => [path.basename(f.path), f.text])).toEqual([
      ["10-a.md", "a"],
      ["20-b.md", "b"],
    ]);
  });

  it("shows paths relative to the working directory when inside it", async () => {
    const files = await readContent(path.resolve("content"));
    expect(files[0]?.path).toBe(path.join("content", "00-header.md"));
    expect((await readContent("./content"))[0]?.path).toBe(path.join("content", "00-header.md"));
  });

  it("strips a byte-order mark", async () => {
    const dir = await folder("bom", { "a.md": "\uFEFF---\n" });
    expect((await readContent(dir))[0]?.text).toBe("---\n");
  });

  it("reports a missing folder, a file given as folder and an empty folder", async () => {
    const missing = path.join(root, "nope");
    expect(await failure(missing)).toEqual([`${missing}: folder not found`]);
    const dir = await folder("file", { "a.md": "x" });
    expect(await failure(path.join(dir, "a.md"))).toEqual([
      `${dir}/a.md: not a folder; expected a folder of Markdown section files`,
    ]);
    const empty = await folder("empty", { "_only-draft.md": "x", "readme.txt": "x" });
    expect(await failure(empty)).toEqual([
      `${empty}: no sections: the folder has no .md files (names starting with "_" are skipped)\n` +
        "  hint: add a file per section, e.g. 00-header.md with kind: header",
    ]);
  });

  it("reports every unreadable file at once", async () => {
    const dir = await folder("unreadable", {
      "10-ok.md": "fine",
      "20-latin1.md": new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
    });
    await symlink(path.join(dir, "gone.md"), path.join(dir, "30-dangling.md"));
    expect(await failure(dir)).toEqual([
      `${dir}/20-latin1.md: not UTF-8 text; save the file as UTF-8`,
      `${dir}/30-dangling.md: cannot read the file (no such file)`,
    ]);
  });
});

describe("parseMarkdown", () => {
  it("reads front matter as yaml and keeps positions", () => {
    const tree = parseMarkdown({ path: "x.md", text: "---\nkind: text\n---\n\n# T\n\n5<sup>th</sup>\n" });
    expect(tree.children.map((n) => [n.type, n.position?.start.line])).toEqual([
      ["yaml", 1],
      ["heading", 5],
      ["paragraph", 7],
    ]);
    const paragraph = tree.children[2];
    expect(paragraph?.type === "paragraph" && paragraph.children.map((c) => c.type)).toEqual([
      "text",
      "html",
      "text",
      "html",
    ]);
  });
});
