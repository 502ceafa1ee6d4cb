/**
 * Emphasis: sets words or phrases in bold wherever they occur, by splitting spans at the match boundaries.
 * The text is never changed — only bold flags — so emphasis cannot alter a fact.
 */
import type { RichText, Span } from "../model/schema.js";

/**
 * A case-insensitive, whole-word matcher for a term: "LLM" matches "LLM" and "llm," but not "LLMs";
 * whitespace inside a phrase matches any whitespace.
 */
export function termPattern(term: string): RegExp {
  const escaped = term
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu");
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
    for (const m of whole.matchAll(pattern)) {
      ranges.push([m.index, m.index + m[0].length]);
      count++;
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
