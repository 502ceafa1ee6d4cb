/**
 * Emphasis: sets words or phrases in bold wherever they occur, by splitting spans at the match boundaries.
 * The text is never changed — only bold flags — so emphasis cannot alter a fact.
 */
import type { RichText, Span } from "../model/schema.js";

/**
 * A case-insensitive matcher for a term: "LLM" matches "LLM" and "llm,"; whitespace inside a phrase matches any
 * whitespace. Whole words only ("LLMs" is no match) is checked apart (see {@link wholeWord}): lookarounds over
 * every letter and digit of Unicode make a pattern that takes V8 longer to compile than to run.
 */
export function termPattern(term: string): RegExp {
  const escaped = term
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  return new RegExp(escaped, "giu");
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether text[from, to) stands as a whole word: no letter or digit right before or after it. */
function wholeWord(text: string, from: number, to: number): boolean {
  const before = from > 0 ? String.fromCodePoint(codePointBefore(text, from)) : "";
  const after = to < text.length ? String.fromCodePoint(text.codePointAt(to) ?? 0) : "";
  return !LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after);
}

/** The code point that ends at `index` (a surrogate pair read whole). */
function codePointBefore(text: string, index: number): number {
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff)
    return text.codePointAt(index - 2) ?? 0;
  return low;
}

/**
 * The text with every match of the patterns in bold, and how many matches each pattern had. Matches may cross
 * span boundaries; code and superscript spans are left as they are.
 */
export function emphasize(text: RichText, patterns: readonly RegExp[]): { text: RichText; counts: number[] } {
  const whole = text.map((s) => s.text).join("");
  const ranges: [number, number][] = [];
  const counts = patterns.map((pattern) => {
    let count = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(whole); m !== null; m = pattern.exec(whole)) {
      const end = m.index + m[0].length;
      if (!wholeWord(whole, m.index, end)) {
        // Not a whole word here: look again from the next character, as a lookbehind would.
        pattern.lastIndex = m.index + 1;
        continue;
      }
      ranges.push([m.index, end]);
      count++;
      if (m[0].length === 0) pattern.lastIndex++;
    }
    return count;
  });
  if (ranges.length === 0) return { text, counts };
  const bold = new Uint8Array(whole.length);
  for (const [from, to] of ranges) bold.fill(1, from, to);
  const out: Span[] = [];
  let offset = 0;
  for (const span of text) {
    const start = offset;
    offset += span.text.length;
    if (span.bold || span.code || span.sup) {
      out.push(span);
      continue;
    }
    let from = start;
    for (let i = start + 1; i <= offset; i++) {
      if (i < offset && bold[i] === bold[from]) continue;
      const piece = span.text.slice(from - start, i - start);
      out.push(bold[from] ? { ...span, text: piece, bold: true } : { ...span, text: piece });
      from = i;
    }
  }
  return { text: out as RichText, counts };
}
