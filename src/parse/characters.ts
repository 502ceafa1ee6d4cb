/**
 * The characters refused in anything that reaches the PDF, wherever it comes from (a content file as typed, a
 * YAML escape such as "\0" or "\e", an HTML character reference such as &shy; or &#x202E;, a variant's title or
 * Subject): characters that print as nothing or as a blank box, or change how the text around them reads.
 * The fonts' missing-glyph check does not catch them all (the fonts draw a soft hyphen; a control character is
 * skipped), PDF metadata has no glyph check at all, and text extractors would read them as text.
 */

/** Invisible characters, with their names. */
const INVISIBLE: ReadonlyMap<number, string> = new Map([
  [0x00ad, "soft hyphen"],
  [0x061c, "Arabic letter mark"],
  [0x180e, "Mongolian vowel separator"],
  [0x200b, "zero width space"],
  [0x200c, "zero width non-joiner"],
  [0x200d, "zero width joiner"],
  [0x200e, "left-to-right mark"],
  [0x200f, "right-to-left mark"],
  [0x2028, "line separator"],
  [0x2029, "paragraph separator"],
  [0x202a, "left-to-right embedding"],
  [0x202b, "right-to-left embedding"],
  [0x202c, "pop directional formatting"],
  [0x202d, "left-to-right override"],
  [0x202e, "right-to-left override"],
  [0x2060, "word joiner"],
  [0x2061, "function application"],
  [0x2062, "invisible times"],
  [0x2063, "invisible separator"],
  [0x2064, "invisible plus"],
  [0x2066, "left-to-right isolate"],
  [0x2067, "right-to-left isolate"],
  [0x2068, "first strong isolate"],
  [0x2069, "pop directional isolate"],
  [0xfeff, "zero width no-break space (byte-order mark)"],
]);

/** Tab, line feed and carriage return: white space, which every text field collapses. */
const WHITE_SPACE_CONTROLS = new Set([0x09, 0x0a, 0x0d]);

/** Whether vitae refuses the UTF-16 code unit at `index` of `text`. */
export function refusedAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if ((code < 0x20 || (code >= 0x7f && code <= 0x9f)) && !WHITE_SPACE_CONTROLS.has(code)) return true;
  if (INVISIBLE.has(code) || code === 0xfffd || code === 0xfffe || code === 0xffff) return true;
  // Half of a surrogate pair without the other half: no character at all (a YAML "\uD800" makes one).
  if (code >= 0xd800 && code <= 0xdbff) return !isLowSurrogate(text.charCodeAt(index + 1));
  if (isLowSurrogate(code))
    return !(text.charCodeAt(index - 1) >= 0xd800 && text.charCodeAt(index - 1) <= 0xdbff);
  return false;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Every UTF-16 unit that may be refused (surrogates are refused only when unpaired): a text with none of them
 * holds no refused character, found in one pass of the regular expression engine.
 */
const MAYBE_REFUSED = new RegExp(
  `[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\ud800-\\udfff\\ufffd-\\uffff${[
    ...INVISIBLE.keys(),
  ]
    .map((code) => `\\u${code.toString(16).padStart(4, "0")}`)
    .join("")}]`,
);

/** The refused characters of a text, with their UTF-16 index, in order. */
export function* refusedCharacters(text: string): Generator<{ index: number; char: string }> {
  if (!MAYBE_REFUSED.test(text)) return;
  for (let i = 0; i < text.length; i++) if (refusedAt(text, i)) yield { index: i, char: text[i] ?? "" };
}

/** Whether a text holds no refused character. */
export function printable(text: string): boolean {
  return refusedCharacters(text).next().done === true;
}

/** "U+202E" */
export function codePoint(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** What is wrong with a refused character, and what to do. */
export function refusedMessage(char: string): { message: string; hint: string } {
  const code = char.charCodeAt(0);
  const point = codePoint(char);
  if (code === 0xad)
    return {
      message: `a soft hyphen (${point}); it prints as a hyphen or as nothing, and splits the word for text extractors`,
      hint: "remove it; with --hyphenate vitae breaks words itself",
    };
  const name = INVISIBLE.get(code);
  if (name !== undefined)
    return {
      message: `an invisible character (${point}, ${name}); it would be hidden in the PDF yet change how its text is read`,
      hint: "remove it",
    };
  if (code === 0xfffd)
    return {
      message: `a replacement character (${point}), the mark of text that could not be decoded; it prints as a box`,
      hint: "type the character that was meant",
    };
  if (code >= 0xd800 && code <= 0xdfff)
    return {
      message: `half of a character (${point}, a lone surrogate); it cannot be printed`,
      hint: "write the whole character, or its code point above U+FFFF (\\U0001F600 in YAML)",
    };
  if (code === 0xfffe || code === 0xffff)
    return { message: `a noncharacter (${point}); it cannot be printed`, hint: "remove it" };
  return {
    message: `a control character (${point}); it cannot be printed`,
    hint: "remove it (the file may have been saved in a binary or other format)",
  };
}

/**
 * A text safe to print on a terminal, in a one-line diagnostic: refused characters and line breaks are shown
 * as ⟨U+XXXX⟩, so a message quoting a bad value neither breaks the line nor reorders it.
 */
export function visibleText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    out += refusedAt(text, i) || char === "\n" || char === "\r" ? `⟨${codePoint(char)}⟩` : char;
  }
  return out;
}
