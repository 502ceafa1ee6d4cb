/**
 * Reads a JSON Resume file: strict JSON (no comments, no trailing commas) parsed with positions, checked
 * against the JSON Resume schema and vitae's own `vitae` keys. Broken JSON and schema violations are errors at
 * their line and column; keys the schema does not know are returned for the import to keep and report.
 */
import { readFile, stat } from "node:fs/promises";
import { getNodeValue, type Node, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";
import { type Diagnostic, UserError, userError } from "../diagnostics.js";
import { didYouMean } from "../model/context.js";
import { extrasProblems } from "./extras.js";
import { type JsonPath, JsonSource } from "./jsonSource.js";
import { RESUME_SCHEMA, type SchemaNode, schemaProblems } from "./schemaCheck.js";
import { type JsonResume, SECTION_SOURCES } from "./types.js";

/** Far beyond any résumé (a long one is 30 KB), and small enough to parse at once. */
const MAX_BYTES = 4 * 1024 * 1024;

/** A key of the document that the JSON Resume schema does not define. */
export interface UnknownKey {
  path: JsonPath;
  value: unknown;
  /** "did you mean …" when the key is close to a known one. */
  hint?: string;
}

export interface ReadDocument {
  document: JsonResume;
  source: JsonSource;
  unknownKeys: UnknownKey[];
  warnings: Diagnostic[];
}

export async function readJsonResume(file: string): Promise<ReadDocument> {
  const size = await stat(file).then(
    (s) => (s.isFile() ? s.size : undefined),
    (error: NodeJS.ErrnoException) => {
      throw userError(
        error.code === "ENOENT" ? "file not found" : `cannot read the file (${error.code})`,
        file,
      );
    },
  );
  if (size === undefined) throw userError("not a file; expected a JSON Resume document (resume.json)", file);
  if (size > MAX_BYTES)
    throw userError(`the file is ${size} bytes; a JSON Resume document is a few KB`, file);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw userError(code ? `cannot read the file (${code})` : "the file is not UTF-8 text", file);
  }
  return parseJsonResume(file, text.replace(/^\uFEFF/, ""));
}

/** Parses and checks a document's text; throws a UserError listing every problem. */
export function parseJsonResume(file: string, text: string): ReadDocument {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const source = new JsonSource(file, text, tree);
  if (errors.length > 0 || tree === undefined) {
    const first = errors[0];
    const { line, column } = source.position(first?.offset ?? 0);
    const message = first ? parseMessage(first, text) : "the file holds no JSON value";
    throw new UserError([{ severity: "error", file, line, column, message: `invalid JSON: ${message}` }]);
  }
  if (tree.type !== "object")
    throw new UserError([
      source.diagnostic("error", [], 'a JSON Resume document is an object ({ "basics": …, "work": […] })'),
    ]);
  const document = getNodeValue(tree) as JsonResume;
  const problems = [...schemaProblems(document, source), ...extrasProblems(document, source)];
  if (problems.length > 0) throw new UserError(problems);
  const unknownKeys: UnknownKey[] = [];
  walkKeys(document, RESUME_SCHEMA, [], unknownKeys);
  return { document, source, unknownKeys, warnings: duplicateKeys(tree, source) };
}

/** What went wrong, in words, at the first parse error (one line). */
function parseMessage(error: ParseError, text: string): string {
  const found = text.slice(error.offset, error.offset + Math.max(1, Math.min(error.length, 12)));
  const at = found.trim() === "" ? "" : ` at "${found}"`;
  switch (printParseErrorCode(error.error)) {
    case "InvalidCommentToken":
      return "comments are not allowed in JSON";
    case "PropertyNameExpected":
      return `expected a property name in double quotes${at} (a comma after the last property is not allowed)`;
    case "ValueExpected":
      return `expected a value${at} (a comma after the last item is not allowed)`;
    case "ColonExpected":
      return `expected ":" after the property name${at}`;
    case "CommaExpected":
      return `expected a comma${at}`;
    case "CloseBraceExpected":
      return `expected "}" to close the object${at}`;
    case "CloseBracketExpected":
      return `expected "]" to close the list${at}`;
    case "EndOfFileExpected":
      return `text after the end of the document${at}`;
    case "UnexpectedEndOfString":
      return "a string is not closed with a double quote";
    case "InvalidEscapeCharacter":
      return `invalid escape in a string${at}`;
    case "InvalidCharacter":
      return "a control character (such as a raw line break or tab) inside a string; write it as \\n or \\t";
    case "InvalidUnicode":
      return `invalid \\u escape${at}`;
    default:
      return `unexpected${at || " end of file"}`;
  }
}

/** Keys the schema does not define, with the nearest known key; `vitae` keys are vitae's own (see extras.ts). */
function walkKeys(value: unknown, schema: SchemaNode | undefined, path: JsonPath, out: UnknownKey[]): void {
  const node = resolve(schema);
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      walkKeys(item, node?.items, [...path, i], out);
    });
    return;
  }
  if (value === null || typeof value !== "object" || node?.properties === undefined) return;
  const known = Object.keys(node.properties);
  for (const [key, child] of Object.entries(value)) {
    if (key in node.properties) walkKeys(child, node.properties[key], [...path, key], out);
    else if (key === "vitae" && isVitaeHome(path)) continue;
    else {
      const hint = didYouMean(key, known);
      out.push({ path: [...path, key], value: child, ...(hint ? { hint } : {}) });
    }
  }
}

/** Where a `vitae` key is vitae's own: on an item of a section array, and in `meta`. */
function isVitaeHome(path: JsonPath): boolean {
  if (path.length === 1) return path[0] === "meta";
  return (
    path.length === 2 &&
    typeof path[1] === "number" &&
    (SECTION_SOURCES as readonly unknown[]).includes(path[0])
  );
}

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  const ref = node?.$ref?.replace(/^#\/definitions\//, "");
  return ref === undefined ? node : RESUME_SCHEMA.definitions?.[ref];
}

/** A key written twice in one object: JSON keeps the later value, which is rarely what was meant. */
function duplicateKeys(tree: Node, source: JsonSource): Diagnostic[] {
  const found: Diagnostic[] = [];
  const visit = (node: Node) => {
    if (node.type === "object") {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        if (key === undefined) continue;
        const name = String(key.value);
        if (seen.has(name)) {
          const { line, column } = source.position(key.offset);
          found.push({
            severity: "warning",
            file: source.file,
            line,
            column,
            message: `the key "${name}" is written twice in one object; the later value is used`,
          });
        }
        seen.add(name);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}
