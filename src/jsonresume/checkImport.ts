/**
 * Before anything is written, the generated folder is read as `npm run pdf` would read it and fitted to find
 * its page budget. A problem vitae finds in a generated file is reported at the JSON value that line came from,
 * so the user fixes the document they know rather than a file they have not seen.
 */
import path from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { UserError } from "../diagnostics.js";
import { fitResume } from "../fit/fit.js";
import { measurerFor } from "../fonts.js";
import { LayoutError } from "../layout/compose/errors.js";
import { knuthPlass } from "../layout/linebreak/index.js";
import { classicTheme, defaultParams } from "../layout/theme.js";
import { documentMeta } from "../meta.js";
import { idFromFileName, normalize } from "../model/normalize.js";
import type { Resume } from "../model/schema.js";
import type { DateFormat } from "../model/settingsSchema.js";
import { ContentLimits } from "../parse/limits.js";
import { parseFiles } from "../parse/parseMarkdown.js";
import type { GeneratedFile } from "./generatedFile.js";
import type { JsonSource } from "./jsonSource.js";

/** A budget beyond any résumé's: an import that needs more stops with the fitting error of this many pages. */
const MAX_PAGES = 10;

export interface CheckedImport {
  resume: Resume;
  warnings: Diagnostic[];
  pages: number;
  /** Why that budget, in words (for vitae.yaml and the summary line). */
  why: string;
}

/** Reads and fits the generated files (named as they will be in `dir`); throws a UserError placed in the JSON. */
export function checkImport(
  files: readonly GeneratedFile[],
  dir: string,
  dateFormat: DateFormat,
  source: JsonSource,
): CheckedImport {
  const named = files.map((file) => ({ file, path: path.join(dir, file.name) }));
  const place = (d: Diagnostic) => placeInJson(d, named, source);
  const limits = new ContentLimits();
  const refused = named.flatMap(({ file, path: p }) => limits.check(p, file.text));
  if (refused.length > 0) throw new UserError(refused.map(place));
  const read = () => normalize(parseFiles(named.map(({ file, path: p }) => ({ path: p, text: file.text }))));
  let { resume, diagnostics } = read();
  if (resume !== undefined && pinSectionIds(resume, named)) ({ resume, diagnostics } = read());
  if (resume === undefined) throw new UserError(diagnostics.map(place));
  const warnings = diagnostics.map(place);
  const theme = classicTheme;
  const measurer = measurerFor(theme);
  const meta = documentMeta(resume);
  try {
    let overflowLines = 0;
    for (let pages = 1; pages <= MAX_PAGES; pages++) {
      const params = { ...defaultParams(theme), dateFormat, fillLastPage: pages === 1 };
      const fit = fitResume(
        resume,
        theme,
        params,
        meta,
        { measurer, breaker: knuthPlass },
        { pages, allowDrop: false },
      );
      const body = `body ${Number(fit.layout.params.bodySize.toFixed(2))}pt`;
      if (fit.fits)
        return {
          resume,
          warnings,
          pages,
          why:
            pages === 1
              ? `it fits on one page, ${body}`
              : `on ${pages - 1} page${pages > 2 ? "s" : ""} it would be about ${overflowLines} lines too long even at the smallest size; on ${pages} it fits, ${body}`,
        };
      overflowLines = Math.ceil(fit.overflow / (fit.layout.params.bodySize * fit.layout.params.leading));
    }
  } catch (error) {
    if (error instanceof LayoutError) throw new UserError(error.diagnostics.map(place));
    throw error;
  }
  throw new UserError([
    source.diagnostic("error", [], `the résumé does not fit on ${MAX_PAGES} pages, vitae's largest budget`),
  ]);
}

/**
 * A section whose id from its file name another id took first (a skill line "Languages" derives the id
 * "languages" before the Languages section does) gets its id written in its front matter, which wins.
 * Returns whether any file changed.
 */
function pinSectionIds(resume: Resume, files: readonly { file: GeneratedFile; path: string }[]): boolean {
  let changed = false;
  for (const section of resume.sections) {
    const generated = files.find((f) => f.path === section.source.file);
    const wanted = generated && idFromFileName(generated.file.name);
    if (generated && wanted && wanted !== section.id) {
      generated.file.insert(3, `id: ${wanted}`);
      changed = true;
    }
  }
  return changed;
}

/** A diagnostic in a generated file, moved to the JSON value its line came from (the file named in a hint). */
function placeInJson(
  diagnostic: Diagnostic,
  files: readonly { file: GeneratedFile; path: string }[],
  source: JsonSource,
): Diagnostic {
  const generated = files.find((f) => f.path === diagnostic.file);
  const jsonPath =
    generated && diagnostic.line !== undefined ? generated.file.pathAt(diagnostic.line) : undefined;
  if (generated === undefined || jsonPath === undefined) return diagnostic;
  const where = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column ?? 1}`;
  const hint = [diagnostic.hint, `in the Markdown it would write: ${where}`].filter(Boolean).join("\n");
  return source.diagnostic(diagnostic.severity, jsonPath, diagnostic.message, { hint });
}
