/**
 * Checks YAML text (front matter, an entry's ```yaml block, a variant's declaration) before it is parsed, in one
 * linear pass, for what the parser would crash on or report in words that do not say what happened:
 *
 * - nesting deeper than {@link MAX_YAML_DEPTH} levels (indentation, `- `, `? ` and `key: ` on one line, `[` and
 *   `{`): the parser recurses once per level, and a few KB of `? ? ? …` or `- - - …` overflow its stack;
 * - a no-break or other Unicode space where YAML needs an ordinary one (after a colon or a dash, in the
 *   indentation): YAML reads `kind: entries` typed with a no-break space as one word;
 * - Markdown emphasis at the start of a value (`role: *Intern*`), which YAML reads as an alias.
 */

/** Levels of nesting read in YAML; a résumé's fields and a variant's declaration use at most four. */
export const MAX_YAML_DEPTH = 20;

export interface YamlProblem {
  /** Offset into the text of the character at fault. */
  offset: number;
  message: string;
  hint?: string;
}

/** The problems of the text, in order; empty when it may be parsed. Nesting ends the check. */
export function yamlPrecheck(text: string, where: string): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const indents: number[] = [];
  const scan: Scan = { flow: 0, quote: undefined };
  let lineStart = 0;
  for (;;) {
    const newline = text.indexOf("\n", lineStart);
    const line = text.slice(lineStart, newline < 0 ? text.length : newline);
    const problem = scan.quote === undefined ? checkLine(line) : undefined;
    if (problem !== undefined) problems.push({ ...problem, offset: lineStart + problem.offset });
    let indent = 0;
    while (line[indent] === " ") indent++;
    // Block nesting: one level per indentation deeper than the lines above that enclose it.
    if (scan.quote === undefined && scan.flow === 0 && !/^\s*(?:#.*)?$/.test(line)) {
      while ((indents.at(-1) ?? -1) >= indent) indents.pop();
      indents.push(indent);
    }
    const deep = scanLine(line, indent, indents.length, scan);
    if (deep !== undefined) {
      problems.push({
        offset: lineStart + deep,
        message: `YAML nested more than ${MAX_YAML_DEPTH} levels deep in ${where}`,
        hint: "field values are text or a list of text, e.g. keywords: [LLM Training, Checkpointing]",
      });
      return problems;
    }
    if (newline < 0) return problems;
    lineStart = newline + 1;
  }
}

/** What carries from one line to the next: open flow collections and an open quoted scalar. */
interface Scan {
  flow: number;
  quote: '"' | "'" | undefined;
}

/**
 * Counts the levels one line opens on top of its indentation (`- `, `? ` and `key: ` indicators, `[` and `{`);
 * returns the column of the first one past {@link MAX_YAML_DEPTH}. Quoted scalars and comments are skipped.
 */
function scanLine(line: string, indent: number, blockDepth: number, scan: Scan): number | undefined {
  let depth = blockDepth + scan.flow;
  // Only indicators seen so far on the line: `- ` and `? ` nest only there.
  let leading = true;
  // At the start of a scalar: only there does a quote open a quoted scalar.
  let scalarStart = true;
  for (let i = scan.quote === undefined ? indent : 0; i < line.length; i++) {
    const ch = line[i] ?? "";
    if (scan.quote !== undefined) {
      if (ch === "\\" && scan.quote === '"') i++;
      else if (ch === scan.quote) {
        if (scan.quote === "'" && line[i + 1] === "'") i++;
        else scan.quote = undefined;
      }
      continue;
    }
    if (ch === " " || ch === "\t") continue;
    const next = line[i + 1] ?? "";
    const spaceNext = next === "" || next === " " || next === "\t";
    if (ch === "#" && /^\s?$/.test(line[i - 1] ?? "")) return undefined;
    if (scalarStart && (ch === '"' || ch === "'")) {
      scan.quote = ch;
      scalarStart = leading = false;
      continue;
    }
    if (ch === "[" || ch === "{") scan.flow++;
    else if ((ch === "-" || ch === "?") && leading && spaceNext) scalarStart = true;
    else if (ch === ":" && (spaceNext || (scan.flow > 0 && /[,\]}]/.test(next)))) {
      scalarStart = true;
      leading = false;
    } else {
      if (ch === "," && scan.flow > 0) scalarStart = true;
      else if ((ch === "]" || ch === "}") && scan.flow > 0) scan.flow--;
      else scalarStart = false;
      leading = false;
      continue;
    }
    if (ch === "[" || ch === "{") {
      scalarStart = true;
      leading = false;
    }
    depth++;
    if (depth > MAX_YAML_DEPTH) return i;
  }
  return undefined;
}

const SPACE = "[\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]";
/**
 * The indentation and the `- ` and `? ` indicators that open a line; at most as many as the nesting bound, so a
 * line of thousands of them costs the patterns below linear time, not quadratic.
 */
const LEADING = `^[ \\t]*(?:[-?][ \\t]+){0,${MAX_YAML_DEPTH}}`;
/** A key: quoted, or plain up to its colon. */
const KEY = `(?:"[^"]*"|'[^']*'|[^\\s:#"'][^:#]*?)`;
/** Where YAML needs white space: in the indentation, after a leading `-` or `?`, after a key's colon. */
const SPACE_IN_STRUCTURE = [
  new RegExp(`^[ \\t]*(?=${SPACE})`),
  new RegExp(`${LEADING}[-?](?=${SPACE})`),
  new RegExp(`${LEADING}${KEY}:(?=${SPACE})`),
];
/** A value that is Markdown emphasis (`*Intern*`, `**Huawei**`), which YAML would read as an alias. */
const EMPHASIS_VALUE = new RegExp(
  `(${LEADING}(?:${KEY}:[ \\t]+)?)\\*{1,3}[^\\s*][^*]*\\*{1,3}[ \\t]*(?:#.*)?$`,
);

/** A Unicode space in the line's YAML structure, or emphasis at the start of a value. */
function checkLine(line: string): YamlProblem | undefined {
  for (const pattern of SPACE_IN_STRUCTURE) {
    const match = pattern.exec(line);
    if (match === null) continue;
    const offset = match[0].length;
    const ch = line[offset] ?? "";
    return {
      offset,
      message: `a ${spaceName(ch)} (U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}) where YAML needs an ordinary space; YAML reads the text around it as one word`,
      hint: "replace it with an ordinary space",
    };
  }
  const emphasis = EMPHASIS_VALUE.exec(line);
  if (emphasis !== null)
    return {
      offset: emphasis[1]?.length ?? 0,
      message:
        "Markdown emphasis is not read in YAML fields: a value starting with * is a YAML alias to an anchor",
      hint: "fields are printed as written; remove the asterisks, or quote the value to print them",
    };
  return undefined;
}

function spaceName(ch: string): string {
  return ch === "\u00a0" ? "no-break space" : ch === "\u202f" ? "narrow no-break space" : "Unicode space";
}
