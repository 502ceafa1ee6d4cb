import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { onForgetFileMemos } from "../cache/fileMemos.js";
import { Generations } from "../cache/generations.js";
import type { FileContext } from "./context.js";
import type { Source } from "./schema.js";
import { yamlCharacterProblems } from "./yamlCharacters.js";
import { yamlPrecheck } from "./yamlPrecheck.js";

/** One `key: value` line of a YAML map, with source positions. */
export interface YamlField {
  key: string;
  keySource: Source;
  /** The value node; null when the key has no value. */
  value: YamlNode | null;
  /** Where the value starts (the key when there is no value). */
  valueSource: Source;
  /** The position `delta` characters into a text value (the value's start when escapes make it inexact). */
  inValue(delta: number): Source;
  /** The position of a node inside the value (an item of a list). */
  sourceOf(node: unknown): Source;
}

/** YAML parsed lately, by its text (see parsedTrees in parseMarkdown.ts); nothing changes a document once parsed. */
export const yamlDocuments = new Generations<{
  lineCounter: LineCounter;
  doc: ReturnType<typeof parseDocument>;
}>();
onForgetFileMemos(() => yamlDocuments.forget());

/**
 * Parses YAML text embedded in a content file (front matter or a ```yaml block) whose first character sits at
 * `origin`, reporting syntax errors at their real line and column. Returns the map's fields in order, [] for
 * an empty block, or undefined (after reporting) when the text is broken or not a `key: value` map.
 */

export function readYamlMap(
  text: string,
  origin: { line: number; column: number },
  ctx: FileContext,
  where: string,
): YamlField[] | undefined {
  const refused = yamlPrecheck(text, where);
  for (const problem of refused) {
    const before = text.slice(0, problem.offset).split(/\r\n|\r|\n/);
    const column = (before.at(-1)?.length ?? 0) + 1;
    const line = origin.line + before.length - 1;
    ctx.error(
      ctx.point(line, before.length === 1 ? origin.column + column - 1 : column),
      problem.message,
      problem.hint,
    );
  }
  if (refused.length > 0) return undefined;
  const { lineCounter, doc } = yamlDocuments.getOrMake(text, () => {
    const counter = new LineCounter();
    return {
      lineCounter: counter,
      doc: parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true }),
    };
  });
  const at = (offset: number): Source => {
    const { line, col } = lineCounter.linePos(offset);
    return ctx.point(origin.line + line - 1, col + origin.column - 1);
  };
  let syntaxReported = false;
  for (const error of doc.errors) {
    // Repeated keys are found from the map itself below, at the repeated key.
    if (error.code === "DUPLICATE_KEY" || syntaxReported) continue;
    // Only the first syntax error: the parser's later ones are mostly consequences of it.
    syntaxReported = true;
    ctx.error(
      at(error.pos[0]),
      `broken YAML in ${where}: ${lowerFirst(error.message)}`,
      hintFor(error.message),
    );
  }
  for (const warning of doc.warnings)
    ctx.warn(at(warning.pos[0]), `YAML in ${where}: ${lowerFirst(warning.message)}`);
  // A repeated key leaves the rest readable; after a syntax error the map may be garbled.
  if (doc.errors.some((e) => e.code !== "DUPLICATE_KEY")) return undefined;
  for (const problem of yamlCharacterProblems(doc, text))
    ctx.error(at(problem.offset), problem.message, problem.hint);
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return [];
  if (!isMap(contents)) {
    const start = contents.range?.[0] ?? 0;
    ctx.error(at(start), `${where} must be "key: value" lines; found ${describeYaml(contents)}`);
    return undefined;
  }
  const fields: YamlField[] = [];
  const seen = new Set<string>();
  for (const pair of contents.items) {
    const key = pair.key as YamlNode | null;
    const keyStart = key?.range?.[0] ?? 0;
    if (!isScalar(key) || typeof key.value !== "string" || key.value === "") {
      ctx.error(at(keyStart), `a field name in ${where} must be a plain word`);
      continue;
    }
    if (seen.has(key.value)) {
      ctx.error(at(keyStart), `field "${key.value}" appears twice in ${where}`);
      continue;
    }
    seen.add(key.value);
    const value = (pair.value ?? null) as YamlNode | null;
    const cut = commentCut(text, value);
    if (cut !== undefined) {
      const written = `${scalarText(value) ?? ""}${text.slice(cut.start, cut.end)}`.trim();
      ctx.error(
        at(cut.hash),
        `the value of "${key.value}" stops before "${text.slice(cut.hash, cut.end).trim()}": in YAML, " #" starts a comment`,
        `quote the value: ${key.value}: ${JSON.stringify(written)}`,
      );
    }
    const valueStart = value?.range?.[0];
    const valueSource = at(valueStart ?? keyStart);
    const textStart = (valueStart ?? keyStart) + (isQuoted(value) ? 1 : 0);
    // Offsets into the value are offsets into the source only when no escapes or folding changed it.
    const exact =
      isScalar(value) && typeof value.value === "string" && text.startsWith(value.value, textStart);
    fields.push({
      key: key.value,
      keySource: at(keyStart),
      value,
      valueSource,
      inValue: (delta) => (exact ? at(textStart + delta) : valueSource),
      sourceOf: (node) => {
        const range = (node as { range?: unknown }).range;
        return Array.isArray(range) && typeof range[0] === "number" ? at(range[0]) : valueSource;
      },
    });
  }
  return fields;
}

/**
 * Where a plain value is cut short by what YAML reads as a comment — " #" followed directly by text, as in
 * `status: Ranked #1 of 40` — rather than a deliberate comment (`dates: 2023  # approximate`, "# " and a space).
 */
function commentCut(
  text: string,
  value: YamlNode | null,
): { start: number; hash: number; end: number } | undefined {
  if (!isScalar(value) || value.type !== "PLAIN" || !value.range) return undefined;
  const start = value.range[1];
  const lineEnd = text.indexOf("\n", start);
  const rest = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
  const match = /^[ \t]+#(?=\S)/.exec(rest);
  if (match === null) return undefined;
  return { start, hash: start + match[0].length - 1, end: start + rest.trimEnd().length };
}

function isQuoted(node: YamlNode | null): boolean {
  return isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE");
}

/** The text of a scalar value as written ("2023" stays "2023"); undefined for an empty value. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  if (typeof node.value === "string") return node.value;
  return node.source ?? String(node.value);
}

/** "a list", "a map", "text" — what a YAML value is, for messages. */
export function describeYaml(node: unknown): string {
  if (node === null) return "nothing";
  if (isSeq(node)) return "a list";
  if (isMap(node)) return "a map";
  if (isScalar(node)) return node.value === null ? "nothing" : `"${scalarText(node)}"`;
  return "an alias";
}

function hintFor(message: string): string | undefined {
  if (/nested mappings/i.test(message))
    return 'quote a value that contains ": ", e.g. status: "Accepted: FAST\'25"';
  if (/implicit keys need to be on a single line/i.test(message))
    return 'each field is one "key: value" line';
  if (/tabs/i.test(message)) return "indent with spaces";
  return undefined;
}

function lowerFirst(text: string): string {
  const first = text.split("\n")[0] ?? "";
  return first.charAt(0).toLowerCase() + first.slice(1);
}
