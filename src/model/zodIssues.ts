import type { z } from "zod";
import type { Diagnostic } from "../diagnostics.js";
import type { Source } from "./schema.js";

/**
 * Turns a schema violation of the built model into a diagnostic at the source position of the deepest node
 * on its path that has one (a bullet, an entry, a section), in words rather than raw zod output.
 */
export function zodIssueToDiagnostic(issue: z.core.$ZodIssue, model: unknown, fallback: Source): Diagnostic {
  const source = sourceAlong(model, issue.path) ?? fallback;
  const path = issue.path.map(String).join(".");
  return {
    severity: "error",
    file: source.file,
    line: source.line,
    column: source.column,
    message: `invalid ${path === "" ? "résumé" : path}: ${describe(issue)}`,
    ...(path === "" ? {} : { path }),
  };
}

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") return "must not be empty";
      if (issue.origin === "array")
        return `needs at least ${issue.minimum} item${issue.minimum === 1 ? "" : "s"}`;
      return `must be at least ${issue.minimum}`;
    case "too_big":
      if (issue.origin === "array") return `may have at most ${issue.maximum} items`;
      return `must be at most ${issue.maximum}`;
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_value":
      return `expected one of: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length === 1 ? "" : "s"} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    case "invalid_union":
      return "does not match any allowed form";
    default:
      return issue.message;
  }
}

function sourceAlong(model: unknown, path: readonly PropertyKey[]): Source | undefined {
  let node = model;
  let found = asSource(node);
  for (const key of path) {
    if (typeof node !== "object" || node === null) break;
    node = (node as Record<PropertyKey, unknown>)[key];
    found = asSource(node) ?? found;
  }
  return found;
}

function asSource(node: unknown): Source | undefined {
  if (typeof node !== "object" || node === null || !("source" in node)) return undefined;
  const source = node.source as Partial<Source> | undefined;
  return typeof source?.file === "string" &&
    typeof source.line === "number" &&
    typeof source.column === "number"
    ? { file: source.file, line: source.line, column: source.column }
    : undefined;
}
