/**
 * A tree made from the tree before an edit (src/parse/wordEdit.ts) is the tree parsing gives, or nothing: checked
 * on every section file shipped (the default résumé, its variants, the examples) and on texts built to trap it
 * (list markers, entities, HTML, references, emphasis), under random edits; and a word changed in a bullet, the
 * usual edit, is made without parsing.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { treeAfterWordEdit } from "../src/parse/wordEdit.js";

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);
const parse = (text: string) => processor.parse(text);
const ROOT = join(import.meta.dirname, "..");

function sectionFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => readFileSync(join(dir, name), "utf8"));
}

const SHIPPED = [
  ...sectionFiles(join(ROOT, "content")),
  ...sectionFiles(join(ROOT, "content", "variants")),
  ...readdirSync(join(ROOT, "examples"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => sectionFiles(join(ROOT, "examples", entry.name))),
];

const TRAPS = [
  "19ab0. a list only once the letters go\n\nab1c) another\n",
  "- 2ab0. nested marker\n- > 1ab. quoted marker\n",
  "&amq; &ampx; and &copy; entities\n",
  "<aé> <a1b> <ab cd=éf> <http://exa.mple> <mailto:aé@b.c>\n",
  "[foo] [fop][] [fo]\n\n[fop]: /url\n",
  "[text](http://exa.mple/path) and ![alt text](pic.png)\n",
  "*ab*cd*ef* __gh__ij_kl_ foo_bar_baz ***em strong***\n",
  "`code spans` and ``more code`` here\n",
  "# Heading text #\n\nSetext heading\n===\n\nAnother\n---\n",
  "> quoted text\nlazy continuation\n\n    indented code\n",
  '---\nkind: entries\ntitle: "Front matter"\n---\n\n# Title\n',
  "```yaml\nid: some-thing\ndates: 10/2022\n```\n\n~~~\nfenced words\n~~~\n",
  "Text with a hard break  \nand a soft\nbreak, café naïve straße Ωμέγα 中文\n",
  "<div>\nhtml block words\n</div>\n\nafter words\n",
  '<span a="*x*"\ntéitle=1> and <span\ntéitle=x> tags across lines\n',
  "[ ]: /url and [ ] text\n\n#\n\n- \n- a\n",
  "a *b*\rc *d*\r\ne _f_\n",
  `[${"a".repeat(1000)}]: b\n`,
];

const LETTERS = ["a", "z", "Q", "é", "ß", "Ω", "й", "中", "1", "0", " ", "*", "_", "<", "&", "\n", "."];

/** An edit: at a position of the text, some units replaced by a string of the pieces above. */
const edits = (text: string) =>
  fc.record({
    at: fc.nat({ max: text.length }),
    removed: fc.nat({ max: 3 }),
    added: fc.array(fc.constantFrom(...LETTERS), { maxLength: 4 }).map((units) => units.join("")),
  });

function edited(text: string, edit: { at: number; removed: number; added: string }): string {
  return text.slice(0, edit.at) + edit.added + text.slice(edit.at + edit.removed);
}

describe("a tree made after an edit", () => {
  it("is the tree parsing gives, or none, under random edits of every shipped file and of the traps", () => {
    let made = 0;
    for (const text of [...SHIPPED, ...TRAPS]) {
      const tree = parse(text);
      fc.assert(
        fc.property(edits(text), (edit) => {
          const after = edited(text, edit);
          const quick = treeAfterWordEdit(text, tree, after);
          if (quick === undefined) return;
          made++;
          expect(quick).toEqual(parse(after));
        }),
        { numRuns: 150 },
      );
    }
    expect(made).toBeGreaterThan(100);
  });

  it("is the tree parsing gives under random changes of letters, the edits it makes, in every file", () => {
    let made = 0;
    let tried = 0;
    for (const text of [...SHIPPED, ...TRAPS]) {
      const tree = parse(text);
      const letters = [...text.matchAll(/\p{L}/gu)].map((m) => m.index);
      if (letters.length === 0) continue;
      const letterEdits = fc.record({
        at: fc.constantFrom(...letters),
        removed: fc.nat({ max: 2 }),
        added: fc
          .array(fc.constantFrom("a", "e", "Z", "é", "ß", "Ω", "й", "中"), { maxLength: 3 })
          .map((units) => units.join("")),
      });
      fc.assert(
        fc.property(letterEdits, (edit) => {
          const after = edited(text, edit);
          const quick = treeAfterWordEdit(text, tree, after);
          tried++;
          if (quick === undefined) return;
          made++;
          expect(quick).toEqual(parse(after));
        }),
        { numRuns: 100 },
      );
    }
    // Most such edits are made without parsing (those touching a link, an entity, a tag or a word's end are not).
    expect(made).toBeGreaterThan(tried / 3);
  });

  it("is the tree parsing gives for letters changed inside the words of the traps, or none", () => {
    for (const text of TRAPS) {
      const tree = parse(text);
      for (let at = 1; at < text.length - 1; at++) {
        for (const letter of ["x", "é", ""]) {
          const after = edited(text, { at, removed: 1, added: letter });
          const quick = treeAfterWordEdit(text, tree, after);
          if (quick !== undefined) expect(quick).toEqual(parse(after));
        }
      }
    }
  });

  it("leaves the tree it was made from as it was", () => {
    const text = SHIPPED[0] as string;
    const tree = parse(text);
    const copy = structuredClone(tree);
    const word = /[a-z]{5,}/.exec(text.slice(text.indexOf("\n#")));
    expect(word).not.toBeNull();
    const at = text.indexOf(word?.[0] as string, text.indexOf("\n#")) + 2;
    expect(treeAfterWordEdit(text, tree, edited(text, { at, removed: 1, added: "qq" }))).toBeDefined();
    expect(tree).toEqual(copy);
  });

  it("is made for a word of a bullet changed, a word lengthened and shortened, and letters in a code block", () => {
    const text = readFileSync(join(ROOT, "content", "20-academic.md"), "utf8");
    const tree = parse(text);
    const cases = [
      text.replace("Developed a novel pluggable", "Developed a novel pluggablest"),
      text.replace("lightweight module", "light module"),
      text.replace("supervisor: Prof. Zhenzhe Zheng", "supervisor: Prof. Zhenzhe Zhang"),
    ];
    for (const after of cases) {
      expect(after).not.toBe(text);
      const quick = treeAfterWordEdit(text, tree, after);
      expect(quick).toBeDefined();
      expect(quick).toEqual(parse(after));
    }
  });

  it("is none for a word that becomes a list marker, an entity, a tag, a reference or a definition", () => {
    const cases: [string, string][] = [
      ["19ab0. text\n", "190. text\n"],
      ["&amq; text\n", "&amp; text\n"],
      ["<aéb> text\n", "<abb> text\n"],
      ["[fox] text\n\n[fop]: /url\n", "[fop] text\n\n[fop]: /url\n"],
      ['<span a="*x*"\ntéitle=1> text\n', '<span a="*x*"\ntaitle=1> text\n'],
      ["[ ]: /url\n", "[a ]: /url\n"],
      ["ab\rcd", "abx\rcd"],
      [`[${"a".repeat(1000)}]: b\n`, `[${"a".repeat(999)}]: b\n`],
    ];
    for (const [before, after] of cases)
      expect(treeAfterWordEdit(before, parse(before), after)).toBeUndefined();
  });
});
