import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../src/diagnostics.js";
import {
  printable,
  refusedAt,
  refusedCharacters,
  refusedMessage,
  visibleText,
} from "../src/parse/characters.js";
import { VariantSpecSchema } from "../src/tailor/variantSchema.js";

const refused = (text: string) => [...refusedCharacters(text)].map(({ index }) => index);

describe("the character rules", () => {
  it("finds, through its quick test of a whole text first, every unit the rules refuse, and no other", () => {
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      const found = [...refusedCharacters(text)].map((r) => r.index);
      expect(found, `U+${code.toString(16)}`).toEqual(refusedAt(text, 1) ? [1] : []);
    }
    // A surrogate pair is one character, refused as neither half.
    expect([...refusedCharacters("a\u{1F600}b")]).toEqual([]);
  });

  it("refuse control, invisible, bidi, replacement and noncharacters, and lone surrogates", () => {
    for (const char of [
      "\0",
      "\x07",
      "\x1b",
      "\x7f",
      "\u0085",
      "\u00ad",
      "\u200b",
      "\u202e",
      "\u2066",
      "\ufeff",
    ])
      expect(printable(`a${char}b`), JSON.stringify(char)).toBe(false);
    for (const char of ["\ufffd", "\ufffe", "\uffff", "\ud800", "\udfff"])
      expect(refused(`a${char}b`), JSON.stringify(char)).toEqual([1]);
  });

  it("take letters of every script, emoji pairs, typographic marks and white space", () => {
    for (const text of [
      "José Müller",
      "山田太郎",
      "😀 🎓",
      "09/2022 – present",
      "“FAST’25”",
      "a\tb\nc\r\n",
      "a\u00a0b",
    ])
      expect(refused(text), text).toEqual([]);
  });

  it("name each character and say what to do", () => {
    expect(refusedMessage("\u202e")).toEqual({
      message:
        "an invisible character (U+202E, right-to-left override); it would be hidden in the PDF yet change how its text is read",
      hint: "remove it",
    });
    expect(refusedMessage("\ud800").message).toBe(
      "half of a character (U+D800, a lone surrogate); it cannot be printed",
    );
    expect(refusedMessage("\ufffd").message).toMatch(/^a replacement character \(U\+FFFD\)/);
  });
});

describe("diagnostics on a terminal", () => {
  it("show refused characters and line breaks of a file name or a quoted value as code points", () => {
    const line = formatDiagnostic({
      severity: "error",
      file: "content/a\nb.md",
      line: 2,
      column: 3,
      message: 'unknown field "ro\u0000le\u202e"',
      hint: "did you mean\u001b[31m?",
    });
    expect(line).toBe(
      'content/a⟨U+000A⟩b.md:2:3: unknown field "ro⟨U+0000⟩le⟨U+202E⟩"\n  hint: did you mean⟨U+001B⟩[31m?',
    );
    expect(visibleText("plain – text")).toBe("plain – text");
  });
});

describe("a variant's printed strings", () => {
  it("follow the content's rules even when given as data (titles, Subject, keywords)", () => {
    const bad = "Application\u202efor";
    for (const spec of [{ subject: bad }, { keywords: ["ok", bad] }, { titles: { work: bad } }]) {
      const parsed = VariantSpecSchema.safeParse(spec);
      expect(parsed.success, JSON.stringify(spec)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe(
        "holds a control, invisible or undecodable character, which cannot be printed",
      );
    }
    expect(VariantSpecSchema.safeParse({ subject: "Application: ML Systems, Acme" }).success).toBe(true);
  });
});
