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
  const files = parseFiles(await readContent(dir));
  const { resume, diagnostics } = normalize(files);
  if (resume === undefined) throw new UserError(diagnostics);
  return { resume, warnings: diagnostics.filter((d) => d.severity === "warning") };
}
