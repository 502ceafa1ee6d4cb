/**
 * How well an extractor's text reproduces the printed lines: words are whitespace-separated tokens (see
 * `words`), compared with the printed lines in reading order.
 */
import { gluedWords, indexOfRun, words } from "./e2e.js";

export interface TextLayerScore {
  /** Printed words. */
  words: number;
  /** Printed words the text holds in the printed order: their longest common subsequence. */
  inOrder: number;
  /** Printed lines (lines without words left out). */
  lines: number;
  /** Printed lines whose words the text holds as one contiguous run, anywhere. */
  intact: number;
  /** Printed lines not found whole after the one before them: where the reading order breaks. */
  outOfOrder: string[];
  /** Printed words the text lacks (as many times as they are missing). */
  missing: string[];
  /** Extracted words that are two printed words run together. */
  glued: string[];
  /** Extracted words that are not printed words: pieces of split words, or words glued past recognition. */
  unknown: string[];
}

export function scoreTextLayer(printedLines: readonly string[], text: string): TextLayerScore {
  const lines = printedLines.map(words).filter((line) => line.length > 0);
  const expected = lines.flat();
  const actual = words(text);
  const outOfOrder: string[] = [];
  let at = 0;
  for (const line of lines) {
    const found = indexOfRun(actual, line, at);
    if (found < 0) outOfOrder.push(line.join(" "));
    else at = found + line.length;
  }
  const got = counts(actual);
  const missing: string[] = [];
  for (const [word, n] of counts(expected)) {
    for (let k = got.get(word) ?? 0; k < n; k++) missing.push(word);
  }
  const known = new Set(expected);
  return {
    words: expected.length,
    inOrder: commonSubsequence(expected, actual),
    lines: lines.length,
    intact: lines.filter((line) => indexOfRun(actual, line) >= 0).length,
    outOfOrder,
    missing,
    glued: gluedWords(expected, actual),
    unknown: [...new Set(actual)].filter((w) => !known.has(w)),
  };
}

/** Whether the text reads every printed line whole, in order, with every word and nothing else. */
export function isPerfect(score: TextLayerScore): boolean {
  return (
    score.inOrder === score.words &&
    score.intact === score.lines &&
    score.outOfOrder.length === 0 &&
    score.missing.length === 0 &&
    score.glued.length === 0 &&
    score.unknown.length === 0
  );
}

/** "97.8% in order, 52/63 lines intact" */
export function describeScore(score: TextLayerScore): string {
  const percent = (100 * score.inOrder) / Math.max(1, score.words);
  return `${percent.toFixed(1)}% in order, ${score.intact}/${score.lines} lines intact`;
}

function counts(ws: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of ws) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Length of the longest common subsequence (two rows of the dynamic programme). */
function commonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (const word of a) {
    for (let j = 1; j <= b.length; j++) {
      current[j] =
        b[j - 1] === word
          ? (previous[j - 1] as number) + 1
          : Math.max(previous[j] as number, current[j - 1] as number);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}
