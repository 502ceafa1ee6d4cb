/**
 * A one-word edit of a résumé, as an author makes between builds: one word of the first bullet of an entries
 * section is replaced by a word never used before, so each edit is new to every cache (model, fit, line breaks,
 * and the shapes of that one word) while the rest of the résumé stays as it was.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A word of letters only, different for every n (edita, editb, …, editz, editba, …): nothing to escape. */
export function freshWord(n: number): string {
  let letters = "";
  let rest = n;
  do {
    letters = String.fromCharCode(97 + (rest % 26)) + letters;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return `edit${letters}`;
}

/** `text` with the first plain word (letters only, three or more) after a bullet's first word replaced. */
export function replaceBulletWord(text: string, word: string): string | undefined {
  const bullet = /^- \S+ (?:\S+ )*?([A-Za-z]{3,})(?= |$)/m.exec(text);
  if (bullet === null) return undefined;
  const at = bullet.index + bullet[0].length - (bullet[1] as string).length;
  return `${text.slice(0, at)}${word}${text.slice(at + (bullet[1] as string).length)}`;
}

/** The first section file of `dir`, by name, of kind entries with a bullet that has a word to replace. */
function editableFile(dir: string): string {
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(".md")) continue;
    const text = readFileSync(join(dir, name), "utf8");
    if (/^kind: entries$/m.test(text) && replaceBulletWord(text, "x") !== undefined) return join(dir, name);
  }
  throw new Error(`no bullet to edit in ${dir}`);
}

export class WordEdit {
  private readonly file: string;
  private readonly original: string;
  private count = 0;

  /** Edits the content folder `dir` (a copy: {@link restore} puts the file back). */
  constructor(dir: string) {
    this.file = editableFile(dir);
    this.original = readFileSync(this.file, "utf8");
  }

  /** Writes the next edit: the original text with one word replaced by a fresh one. */
  next(): void {
    writeFileSync(this.file, replaceBulletWord(this.original, freshWord(this.count++)) as string);
  }

  restore(): void {
    writeFileSync(this.file, this.original);
  }
}
