import { type Document, isScalar, visit } from "yaml";
import { codePoint, refusedCharacters, refusedMessage } from "../parse/characters.js";

/** A refused character in a YAML value, at the offset that produced it. */
export interface YamlCharacterProblem {
  offset: number;
  message: string;
  hint: string;
}

/** The characters each double-quoted YAML escape stands for (`\x..`, `\u....` and `\U........` aside). */
const ESCAPES: Readonly<Record<string, string>> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1b",
  f: "\f",
  v: "\v",
  N: "\u0085",
  L: "\u2028",
  P: "\u2029",
};
const ESCAPE = /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0abefvNLP\\]))/g;

/**
 * The refused characters (src/parse/characters.ts) of every key and value of a parsed YAML document, after
 * decoding: the file's text was checked as typed, but a double-quoted escape ("\0", "\e", "\u202E") makes a
 * character that was never typed. Each is placed at the escape that made it (the value's start otherwise).
 */
export function yamlCharacterProblems(doc: Document, text: string): YamlCharacterProblem[] {
  const problems: YamlCharacterProblem[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== "string" || !isScalar(node)) return;
      const refused = [...refusedCharacters(node.value)];
      if (refused.length === 0) return;
      const start = node.range?.[0] ?? 0;
      const escapes = node.type === "QUOTE_DOUBLE" ? refusedEscapes(text.slice(start, node.range?.[1])) : [];
      refused.forEach(({ char }, i) => {
        const made = escapes[i];
        const { message, hint } = refusedMessage(char);
        problems.push(
          made === undefined || made.char !== char
            ? { offset: start, message, hint }
            : {
                offset: start + made.index,
                message,
                hint: `remove the escape ${made.text} (${codePoint(char)})`,
              },
        );
      });
    },
  });
  return problems;
}

/** The escapes of a double-quoted scalar's source that make refused characters, in order. */
function refusedEscapes(source: string): { index: number; text: string; char: string }[] {
  const found: { index: number; text: string; char: string }[] = [];
  for (const m of source.matchAll(ESCAPE)) {
    const [text, hex2, hex4, hex8, letter] = m;
    const hex = hex2 ?? hex4 ?? hex8;
    let chars: string;
    if (hex !== undefined) {
      const code = Number.parseInt(hex, 16);
      // A code point past U+10FFFF is an error of the YAML parser; a lone surrogate is a UTF-16 unit.
      chars =
        code > 0x10ffff
          ? ""
          : code >= 0xd800 && code <= 0xdfff
            ? String.fromCharCode(code)
            : String.fromCodePoint(code);
    } else chars = ESCAPES[letter ?? ""] ?? "";
    for (const { char } of refusedCharacters(chars)) found.push({ index: m.index, text, char });
  }
  return found;
}
