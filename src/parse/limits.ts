import type { Diagnostic } from "../diagnostics.js";
import { refusedCharacters, refusedMessage } from "./characters.js";

/**
 * The bounds on content, each far beyond what a résumé needs (a one-page résumé is ~10 KB in ~50 blocks, with
 * two levels of bullets, paragraphs of a few lines and a few dozen markup characters). Within them a build of
 * any content folder ends, fitted or with an error, in under 5 s on a 2-core machine (test/errors.time.test.ts
 * builds the worst cases: a 256 KiB paragraph of distinct words, 2 000 bullets fitted to ten pages, …). Beyond
 * them the CommonMark parser is quadratic or worse (deep nesting, long paragraphs, long runs of emphasis and
 * link delimiters: minutes for a few KB), and layout and fitting grow with every word and block.
 */
export const LIMITS = {
  /** Section files in the content folder, and variant files in its variants/ folder. */
  sectionFiles: 100,
  variants: 50,
  /** Bytes in one section file, and in all of them together. */
  fileBytes: 128 * 1024,
  totalBytes: 128 * 1024,
  /** Blocks (list items, block quotes, paragraphs, headings) in all section files together. */
  blocks: 2_000,
  /** Columns of indentation and list or block-quote markers before a line's text. */
  nestingColumns: 40,
  /** Lines in one paragraph, counted from a blank line, a bullet or a heading to the next. */
  paragraphLines: 100,
  /** Emphasis, link and HTML delimiters (`*`, `_`, `[`, `]`, `<`) in one paragraph and in all files together. */
  paragraphMarkup: 200,
  totalMarkup: 10_000,
} as const;

/**
 * Texts of files found fine, with the blocks and markup each counts: a long-lived process reads the same files
 * again on every build. What makes a text fine depends only on the text, but for the folder's totals.
 */
const fineTexts = new Map<string, { blocks: number; markup: number }>();

/** Problems reported per file before the rest are summed up in one line. */
const MAX_REPORTED = 10;
const MARKUP = new Set(["*", "_", "[", "]", "<"]);
const MARKUP_NAMES = "* _ [ ] <";
const ESCAPE_HINT = "write characters meant as text with a backslash (\\* \\_ \\[ \\] \\<)";

/**
 * Checks the text of each content file before it is parsed, in one linear pass, with counts kept across the
 * files of a folder. Reports, with line and column:
 *
 * 1. Characters that would print as nothing or as a blank box, or change how the text around them reads
 *    (src/parse/characters.ts). Text decoded later (YAML escapes, HTML character references) is checked again
 *    with the same rules where it is decoded.
 * 2. Content beyond {@link LIMITS}: nesting, paragraph length, markup and the number of blocks.
 */
export class ContentLimits {
  private blocks = 0;
  private markup = 0;

  /** Every problem of one file's text; empty when it is fine. */
  check(file: string, text: string): Diagnostic[] {
    // A text found fine before is fine again, unless the counts so far take the folder's totals past a bound.
    const counted = fineTexts.get(text);
    if (
      counted !== undefined &&
      this.blocks + counted.blocks <= LIMITS.blocks &&
      this.markup + counted.markup <= LIMITS.totalMarkup
    ) {
      this.blocks += counted.blocks;
      this.markup += counted.markup;
      return [];
    }
    const before = { blocks: this.blocks, markup: this.markup };
    const problems = this.checkLines(file, text);
    if (problems.length === 0) {
      if (fineTexts.size >= 256) fineTexts.clear();
      fineTexts.set(text, { blocks: this.blocks - before.blocks, markup: this.markup - before.markup });
    }
    return problems;
  }

  private checkLines(file: string, text: string): Diagnostic[] {
    const problems: Diagnostic[] = [];
    const report = (line: number, column: number, message: string, hint?: string) =>
      problems.push({ severity: "error", file, line, column, message, ...(hint ? { hint } : {}) });
    let markupReported = false;
    let run: { line: number; lines: number; markup: number } | undefined;
    const lines = text.split(/\r\n|\r|\n/);
    for (let index = 0; index < lines.length && problems.length <= MAX_REPORTED; index++) {
      const line = lines[index] ?? "";
      const number = index + 1;
      for (const { index, char } of refusedCharacters(line)) {
        if (problems.length > MAX_REPORTED) break;
        const { message, hint } = refusedMessage(char);
        report(number, index + 1, message, hint);
      }
      const prefix = containerPrefix(line);
      if (prefix.width > LIMITS.nestingColumns) {
        report(
          number,
          prefix.overColumn,
          `nested too deep: ${prefix.width} columns of indentation and list or quote markers before the text; at most ${LIMITS.nestingColumns} are read`,
          "bullets nest one level (sub-bullets and {alt=NAME} alternatives); remove the extra indentation or markers",
        );
      }
      const blank = line.trim() === "";
      if (blank || startsBlock(line)) run = undefined;
      if (blank) continue;
      const starts = run === undefined;
      run ??= { line: number, lines: 0, markup: 0 };
      // A line nested too deep is reported as such; its markers past the bound are not also counted as blocks.
      const markers = Math.min(prefix.markers, LIMITS.nestingColumns / 2);
      const blocks = markers + (starts && markers === 0 ? 1 : 0);
      if (this.blocks <= LIMITS.blocks && this.blocks + blocks > LIMITS.blocks) {
        report(
          number,
          1,
          `more than ${LIMITS.blocks} blocks (bullets, paragraphs and headings) in the content; at most ${LIMITS.blocks} are read (a one-page résumé has about 50)`,
        );
      }
      this.blocks += blocks;
      run.lines++;
      if (run.lines === LIMITS.paragraphLines + 1) {
        report(
          run.line,
          1,
          `a paragraph of more than ${LIMITS.paragraphLines} lines; a paragraph or list item is at most ${LIMITS.paragraphLines} lines`,
          "split it with blank lines, or into bullets",
        );
      }
      for (const column of markupColumns(line)) {
        run.markup++;
        this.markup++;
        if (run.markup === LIMITS.paragraphMarkup + 1 && !markupReported) {
          markupReported = true;
          report(
            number,
            column,
            `more than ${LIMITS.paragraphMarkup} of the markup characters ${MARKUP_NAMES} in one paragraph; that much markup is not read`,
            `split the paragraph, or ${ESCAPE_HINT}`,
          );
        }
        if (this.markup === LIMITS.totalMarkup + 1 && !markupReported) {
          markupReported = true;
          report(
            number,
            column,
            `more than ${LIMITS.totalMarkup} of the markup characters ${MARKUP_NAMES} in the content; that much markup is not read`,
            ESCAPE_HINT,
          );
        }
      }
    }
    const first = problems[MAX_REPORTED];
    if (first !== undefined) {
      problems.splice(MAX_REPORTED);
      problems.push({
        severity: "error",
        file,
        line: first.line ?? 1,
        column: first.column ?? 1,
        message: "more problems of these kinds from here on; fix the ones above first",
      });
    }
    return problems;
  }
}

/** Columns (1-based) of unescaped markup characters in a line. */
function* markupColumns(line: string): Generator<number> {
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? "";
    if (ch === "\\") i++;
    else if (MARKUP.has(ch)) yield i + 1;
  }
}

/**
 * Whether a line surely ends the paragraph before it: a bullet with text or an ATX heading, indented at most
 * three spaces. Only such lines (and blank lines) restart the count of a paragraph's lines and markup, so a
 * paragraph as the parser sees it is never longer than one as counted here.
 */
function startsBlock(line: string): boolean {
  return /^ {0,3}(?:[-*+][ \t]+\S|#{1,6}(?:[ \t]|$))/.test(line);
}

/**
 * The line's indentation and container markers (`>`, `-`, `*`, `+`, `1.`, `1)`): their width in columns (a tab
 * to the next multiple of 4), how many markers, and the column of the first character past the nesting bound.
 */
function containerPrefix(line: string): { width: number; markers: number; overColumn: number } {
  const prefix = /^(?:[ \t]|>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))*/.exec(line)?.[0] ?? "";
  const markers = prefix.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
  let width = 0;
  let overColumn = 1;
  for (let i = 0; i < prefix.length; i++) {
    width = prefix[i] === "\t" ? width + 4 - (width % 4) : width + 1;
    if (width <= LIMITS.nestingColumns) overColumn = i + 2;
  }
  return { width, markers, overColumn };
}
