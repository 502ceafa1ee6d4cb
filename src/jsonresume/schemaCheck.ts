/**
 * The JSON Resume schema check: the schema that `@jsonresume/schema` ships, compiled once with Ajv (and the
 * formats it uses), its errors turned into one line each at the value's line and column.
 */
import { createRequire } from "node:module";
import { Ajv, type ErrorObject } from "ajv";
import addFormatsModule from "ajv-formats";
import type { Diagnostic } from "../diagnostics.js";
import type { JsonPath, JsonSource } from "./jsonSource.js";

const require = createRequire(import.meta.url);

/** A node of the schema, as far as the walk over known keys needs it. */
export interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
  definitions?: Record<string, SchemaNode>;
}

/** The JSON Resume schema, as the package ships it. */
export const RESUME_SCHEMA: SchemaNode = require("@jsonresume/schema/schema.json");

// ajv-formats is CommonJS: its function is the module itself at run time, its `default` in the types.
const addFormats = addFormatsModule.default;

let compiled: ReturnType<Ajv["compile"]> | undefined;

/** Every place where `value` breaks the schema, in file order. */
export function schemaProblems(value: unknown, source: JsonSource): Diagnostic[] {
  if (compiled === undefined) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(RESUME_SCHEMA);
  }
  if (compiled(value)) return [];
  return (compiled.errors ?? [])
    .map((error) => source.diagnostic("error", pointerPath(error.instancePath), describe(error, value)))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** `/work/2/startDate` -> `["work", 2, "startDate"]`. */
function pointerPath(pointer: string): JsonPath {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const TYPE_NAMES: Record<string, string> = {
  string: "text (a string in double quotes)",
  array: "a list ([…])",
  object: "an object ({…})",
  number: "a number",
};

function describe(error: ErrorObject, document: unknown): string {
  const found = valueAt(document, pointerPath(error.instancePath));
  const shown = typeof found === "string" ? ` "${found}"` : "";
  switch (error.keyword) {
    case "type": {
      const expected = String((error.params as { type?: string }).type);
      return `must be ${TYPE_NAMES[expected] ?? expected}, not ${kindOf(found)}`;
    }
    case "pattern":
      return `invalid date${shown}: JSON Resume dates are YYYY-MM-DD, YYYY-MM or YYYY`;
    case "format": {
      const format = (error.params as { format?: string }).format;
      if (format === "email") return `invalid e-mail address${shown}: expected name@example.com`;
      if (format === "uri")
        return `invalid web address${shown}: expected a full address such as https://example.com`;
      return `${error.message ?? "invalid value"}${shown}`;
    }
    default:
      return error.message ?? "does not match the JSON Resume schema";
  }
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the text "${value}"`;
  return `${typeof value === "number" ? "the number" : typeof value} ${String(value)}`;
}

function valueAt(value: unknown, path: JsonPath): unknown {
  let at = value;
  for (const part of path) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<string | number, unknown>)[part];
  }
  return at;
}
