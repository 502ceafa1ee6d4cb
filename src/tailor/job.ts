/**
 * `--job posting.txt`: how well a version of the résumé covers a job posting, as a plain keyword match that
 * can be checked by hand — not a score. The posting's significant terms are its runs of up to three words
 * between punctuation and common words (src/tailor/stopwords.ts); a term is found when its words occur
 * next to each other on one line of the résumé's text, ignoring case and simple endings.
 */
import { STOPWORDS } from "./stopwords.js";

/** The most words a term has. */
const MAX_TERM_WORDS = 3;

/** A significant term of a posting. */
export interface Term {
  /** As first written in the posting. */
  text: string;
  /** Normalized words (lowercase, simple endings removed). */
  stems: string[];
  /** Occurrences in the posting. */
  count: number;
}

export interface Coverage {
  found: Term[];
  /** Multi-word terms only some of whose words occur, with those words. */
  partly: { term: Term; words: string[] }[];
  missing: Term[];
}

/** Words, with the punctuation between them: C++, C#, Node.js, Megatron-DeepSpeed and k8s stay whole. */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}+#]*(?:[.'’-][\p{L}\p{N}][\p{L}\p{N}+#]*)*/gu;

interface Token {
  text: string;
  stem: string;
  /** Punctuation (not just spaces) between this token and the previous one. */
  breakBefore: boolean;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let end = 0;
  for (const m of text.matchAll(TOKEN)) {
    const gap = text.slice(end, m.index);
    out.push({ text: m[0], stem: stem(m[0]), breakBefore: out.length === 0 || /\S/.test(gap) });
    end = m.index + m[0].length;
  }
  return out;
}

/** Lowercase, without a possessive and the endings -s, -es, -ies, -ed, -ing (on long enough words). */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, "");
  if (/[^\p{L}-]/u.test(w)) return w; // C++, C#, k8s, Node.js: as written
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  else if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  return w;
}

function significant(token: Token): boolean {
  const lower = token.text.toLowerCase();
  if (STOPWORDS.has(lower) || STOPWORDS.has(lower.replace(/['’]s$/, ""))) return false;
  if (/^\p{N}+$/u.test(lower)) return false; // bare numbers
  return lower.length > 1 || /[+#]/.test(lower);
}

/** The posting's significant terms, most frequent first, then in order of first appearance. */
export function postingTerms(posting: string): Term[] {
  const terms = new Map<string, Term & { first: number }>();
  const add = (run: Token[]) => {
    const key = run.map((t) => t.stem).join(" ");
    const existing = terms.get(key);
    if (existing) existing.count++;
    else
      terms.set(key, {
        text: run.map((t) => t.text).join(" "),
        stems: run.map((t) => t.stem),
        count: 1,
        first: terms.size,
      });
  };
  let run: Token[] = [];
  const flush = () => {
    // Runs longer than three words are rarely one term: each word counts on its own.
    if (run.length > MAX_TERM_WORDS) for (const t of run) add([t]);
    else if (run.length > 0) add(run);
    run = [];
  };
  for (const token of tokens(posting)) {
    if (token.breakBefore) flush();
    if (significant(token)) run.push(token);
    else flush();
  }
  flush();
  return [...terms.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .map(({ first: _, ...term }) => term);
}

/** Which terms the résumé's text contains (each line of `text` searched separately). */
export function coverage(terms: readonly Term[], text: string): Coverage {
  const lines = text.split("\n").map((line) => tokens(line).map((t) => t.stem));
  const words = new Set(lines.flat());
  // Every run of up to three words of a line, once: each term is then one lookup, so a long posting against a
  // long résumé stays linear in their sizes.
  const runs = new Set<string>();
  for (const line of lines)
    for (let i = 0; i < line.length; i++)
      for (let n = 1; n <= MAX_TERM_WORDS && i + n <= line.length; n++)
        runs.add(line.slice(i, i + n).join(" "));
  const contains = (stems: readonly string[]) => runs.has(stems.join(" "));
  const result: Coverage = { found: [], partly: [], missing: [] };
  for (const term of terms) {
    if (contains(term.stems)) result.found.push(term);
    else {
      const some = term.text.split(" ").filter((_, i) => words.has(term.stems[i] ?? ""));
      if (some.length > 0) result.partly.push({ term, words: some });
      else result.missing.push(term);
    }
  }
  return result;
}

/** The report `--job` prints. */
export function coverageReport(posting: string, version: string, result: Coverage): string {
  const total = result.found.length + result.partly.length + result.missing.length;
  const times = (t: Term) => (t.count > 1 ? `${t.text} ×${t.count}` : t.text);
  const out = [
    `${posting} against ${version}: ${result.found.length} of ${total} significant terms found`,
    ...block("found", result.found.map(times)),
    ...block(
      "not as a phrase (words found in brackets)",
      result.partly.map(({ term, words }) => `${times(term)} [${words.join(" ")}]`),
    ),
    ...block("missing", result.missing.map(times)),
  ];
  return `${out.join("\n")}\n`;
}

function block(title: string, items: string[]): string[] {
  if (items.length === 0) return [`${title} (0): none`];
  const lines: string[] = [];
  let line = `${title} (${items.length}):`;
  items.forEach((item, i) => {
    const piece = ` ${item}${i < items.length - 1 ? "," : ""}`;
    if (line.length + piece.length > 110) {
      lines.push(line);
      line = `  ${piece.trimStart()}`;
    } else line += piece;
  });
  lines.push(line);
  return lines;
}
