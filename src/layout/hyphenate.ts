import createHyphenator from "hyphen";
import enUs from "hyphen/patterns/en-us.js";

let cached: ((word: string) => string[]) | undefined;

/** en-US hyphenation (patterns compiled lazily: ~200 ms on first use). Returns the word's fragments. */
export function hyphenator(): (word: string) => string[] {
  if (!cached) {
    const hyphenate = createHyphenator(enUs, { async: false, hyphenChar: "\u00ad" });
    cached = (word) => hyphenate(word).split("\u00ad");
  }
  return cached;
}
