import { type Diagnostic, UserError } from "../diagnostics.js";
import { parseFiles } from "../parse/parseMarkdown.js";
import { readContent } from "../parse/readContent.js";
import { normalize } from "./normalize.js";
import type { Resume } from "./schema.js";

/** A loaded résumé and the warnings found while reading it (the caller prints them, e.g. to stderr). */
export interface LoadedResume {
  resume: Resume;
  /** Minor problems that did not stop loading; empty for clean content. */
  warnings: Diagnostic[];
}

/**
 * Reads, parses and normalizes a content folder into the validated résumé model.
 * Throws a UserError carrying every diagnostic (errors and warnings, in file order) when there is any error.
 * @example const { resume, warnings } = await loadResume("content");
 */
export async function loadResume(dir: string): Promise<LoadedResume> {
  const skipped: Diagnostic[] = [];
  const files = parseFiles(await readContent(dir, skipped));
  const { resume, diagnostics } = normalize(files);
  if (resume === undefined) throw new UserError(capped([...skipped, ...diagnostics]));
  return { resume, warnings: [...skipped, ...diagnostics.filter((d) => d.severity === "warning")] };
}

/** Diagnostics shown for one build: a file of broken content could otherwise fill the terminal. */
export const MAX_DIAGNOSTICS = 100;

/** The first {@link MAX_DIAGNOSTICS}, then one line, placed at the next, counting the rest. */
function capped(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const next = diagnostics[MAX_DIAGNOSTICS];
  if (next === undefined) return [...diagnostics];
  const rest = diagnostics.length - MAX_DIAGNOSTICS;
  return [
    ...diagnostics.slice(0, MAX_DIAGNOSTICS),
    {
      severity: "error",
      file: next.file,
      ...(next.line === undefined ? {} : { line: next.line, column: next.column ?? 1 }),
      message: `${rest} more problem${rest === 1 ? "" : "s"} not shown, from here on; fix the ones above first`,
    },
  ];
}
