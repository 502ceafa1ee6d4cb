import { type Diagnostic, UserError } from "../diagnostics.js";
import { parsedTrees, parseFiles } from "../parse/parseMarkdown.js";
import { readContent } from "../parse/readContent.js";
import { readSettingsFile } from "../parse/readSettingsFile.js";
import { cachedModel } from "./modelCache.js";
import { normalize } from "./normalize.js";
import type { Resume } from "./schema.js";
import { parseSettings, type ReadSettings } from "./settings.js";
import { yamlDocuments } from "./yamlMap.js";

/** A loaded résumé and the warnings found while reading it (the caller prints them, e.g. to stderr). */
export interface LoadedResume {
  resume: Resume;
  /** The content folder's `vitae.yaml`; empty settings when it has none. */
  settings: ReadSettings;
  /** Minor problems that did not stop loading; empty for clean content. */
  warnings: Diagnostic[];
}

/**
 * Reads, parses and normalizes a content folder into the validated résumé model.
 * Throws a UserError carrying every diagnostic (errors and warnings, in file order) when there is any error.
 * `useKept` false: the model is made from the files even when one was kept for them (and kept in its place).
 * @example const { resume, warnings } = await loadResume("content");
 */
export async function loadResume(dir: string, useKept = true): Promise<LoadedResume> {
  // What the previous load parsed is kept for this one; what this one does not use is let go after the next.
  parsedTrees.age();
  yamlDocuments.age();
  const skipped: Diagnostic[] = [];
  const content = await readContent(dir, skipped);
  const settingsFile = readSettingsFile(dir);
  const { resume, settings, diagnostics } = cachedModel(content, settingsFile, useKept, () => {
    const parsed = settingsFile && parseSettings(settingsFile.path, settingsFile.text);
    const model = normalize(parseFiles(content, useKept));
    const read = parsed ? parsed.read : { settings: {}, file: "" };
    return {
      ...(model.resume === undefined ? {} : { resume: model.resume }),
      ...(read === undefined ? {} : { settings: read }),
      diagnostics: [...(parsed?.diagnostics ?? []), ...model.diagnostics],
    };
  });
  const all = [...skipped, ...diagnostics];
  if (resume === undefined || settings === undefined) throw new UserError(capped(all));
  return { resume, settings, warnings: all.filter((d) => d.severity === "warning") };
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
