import createHyphenator from "hyphen";
import enUs from "hyphen/patterns/en-us.js";

let cached: ((word: string) => string[]) | undefined;

/**
 * Words longer than this are not hyphenated: no English word comes near it, and the hyphen library's time grows
 * with the square of a word's length (a 34 000-letter word took 3 s). Such a word is then reported as too
 * wide for the line, as without --hyphenate.
 */
export const LONGEST_HYPHENATED_WORD = 64;

/** en-US hyphenation (patterns compiled lazily: ~200 ms on first use). Returns the word's fragments. */
export function hyphenator(): (word: string) => string[] {
  if (!cached) {
    const hyphenate = createHyphenator(enUs, { async: false, hyphenChar: "\u00ad" });
    cached = (word) => (word.length > LONGEST_HYPHENATED_WORD ? [word] : hyphenate(word).split("\u00ad"));
  }
  return cached;
}
