import type { Diagnostic } from "../diagnostics.js";

/**
 * Checks a content file's text before it is parsed, in one linear pass, and returns every problem found (with
 * its line and column; empty when the text is fine).
 *
 * 1. Characters that would print as nothing, as a blank box, or that change how the text around them reads:
 *    control characters (other than tab and line endings), soft hyphens, zero-width and bidirectional marks.
 *    The fonts' missing-glyph check cannot be relied on for these (some fonts draw a soft hyphen; control
 *    characters have no glyph but no visible effect either), and an extractor would read them as text.
 * 2. Bounds on structure that a résumé never comes near but that make the CommonMark parser slow (quadratic
 *    or worse) when exceeded: deep nesting of lists and block quotes, paragraphs of thousands of lines, and
 *    long runs of emphasis and link delimiters. With them, parsing a file stays linear in its size.
 */
export function checkText(file: string, text: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const report = (line: number, column: number, message: string, hint?: string) =>
    problems.push({ severity: "error", file, line, column, message, ...(hint ? { hint } : {}) });
  let fileMarkup = 0;
  let markupReported = false;
  let run: { line: number; lines: number; markup: number } | undefined;
  const lines = text.split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length && problems.length <= MAX_REPORTED; index++) {
    const line = lines[index] ?? "";
    const number = index + 1;
    for (const { column, char } of strangeCharacters(line)) {
      const [message, hint] = strangeMessage(char);
      report(number, column, message, hint);
    }
    const depth = nestingWidth(line);
    if (depth.width > LIMITS.nestingColumns) {
      report(
        number,
        depth.column,
        `nested too deep: ${depth.width} columns of indentation and list or quote markers before the text; at most ${LIMITS.nestingColumns} are read`,
        "bullets nest one level, for alternatives ({alt=NAME}); remove the extra indentation or markers",
      );
    }
    if (line.trim() === "" || startsBlock(line)) run = undefined;
    if (line.trim() === "") continue;
    if (run === undefined) run = { line: number, lines: 0, markup: 0 };
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
      fileMarkup++;
      if (run.markup === LIMITS.paragraphMarkup + 1) {
        markupReported = true;
        report(
          number,
          column,
          `more than ${LIMITS.paragraphMarkup} of the markup characters ${MARKUP_NAMES} in one paragraph; that much markup is not read`,
          "split the paragraph, or write characters meant as text with a backslash (\\* \\_ \\[ \\] \\<)",
        );
      }
      if (fileMarkup === LIMITS.fileMarkup + 1 && !markupReported) {
        report(
          number,
          column,
          `more than ${LIMITS.fileMarkup} of the markup characters ${MARKUP_NAMES} in one file; that much markup is not read`,
          "split the section, or write characters meant as text with a backslash (\\* \\_ \\[ \\] \\<)",
        );
      }
    }
  }
  if (problems.length > MAX_REPORTED) {
    problems.splice(MAX_REPORTED);
    problems.push({
      severity: "error",
      file,
      message: `more problems of these kinds after line ${problems.at(-1)?.line ?? 1}; fix the ones above first`,
    });
  }
  return problems;
}

/** Problems reported per file before the rest are summed up in one line. */
const MAX_REPORTED = 10;

/**
 * The bounds, each far beyond what a résumé needs (two levels of bullets, paragraphs of a few lines, a few
 * dozen markup characters in a file). Within them, the parser's time on any file up to the 1 MiB size limit
 * stays within a few seconds (see test/errors.sizes.test.ts).
 */
export const LIMITS = {
  /** Columns of indentation and list or block-quote markers before a line's text. */
  nestingColumns: 40,
  /** Lines in one paragraph, counted from a blank line, a bullet or a heading to the next. */
  paragraphLines: 100,
  /** Emphasis, link and HTML delimiters (`*`, `_`, `[`, `]`, `<`) in one paragraph and in one file. */
  paragraphMarkup: 200,
  fileMarkup: 2000,
} as const;

const MARKUP = new Set(["*", "_", "[", "]", "<"]);
const MARKUP_NAMES = "* _ [ ] <";

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
 * three spaces. Only such lines (and blank lines) split the count of a paragraph's lines and markup, so a
 * paragraph as the parser sees it is never longer than one as counted here.
 */
function startsBlock(line: string): boolean {
  return /^ {0,3}(?:[-*+][ \t]+\S|#{1,6}(?:[ \t]|$))/.test(line);
}

/** Width in columns (tabs to the next multiple of 4) of the line's indentation and container markers. */
function nestingWidth(line: string): { width: number; column: number } {
  const prefix = /^(?:[ \t]|>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))*/.exec(line)?.[0] ?? "";
  let width = 0;
  let column = 1;
  for (let i = 0; i < prefix.length; i++) {
    width = prefix[i] === "\t" ? width + 4 - (width % 4) : width + 1;
    if (width <= LIMITS.nestingColumns) column = i + 2;
  }
  return { width, column };
}

/** Invisible characters refused in content, with their names. */
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

function* strangeCharacters(line: string): Generator<{ column: number; char: string }> {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const control = (code < 0x20 && code !== 0x09) || (code >= 0x7f && code <= 0x9f);
    if (control || INVISIBLE.has(code)) yield { column: i + 1, char: line[i] ?? "" };
  }
}

function strangeMessage(char: string): [string, string] {
  const code = char.charCodeAt(0);
  const point = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  if (code === 0xad)
    return [
      `a soft hyphen (${point}); it prints as a hyphen or as nothing, and splits the word for text extractors`,
      "remove it; with --hyphenate vitae breaks words itself",
    ];
  const name = INVISIBLE.get(code);
  if (name !== undefined)
    return [
      `an invisible character (${point}, ${name}); it would be hidden in the PDF yet change how its text is read`,
      "remove it",
    ];
  return [
    `a control character (${point}); it cannot be printed`,
    "remove it (the file may have been saved in a binary or other format)",
  ];
}
