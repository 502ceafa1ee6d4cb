/**
 * `npm run pdf -- --export jsonresume|markdown [--variant NAME] [--out FILE]`: the résumé, or a tailored
 * version, written as a JSON Resume document (checked against the schema) or as one Markdown file, instead of
 * a PDF. Like a build, it never writes into the content folder.
 */
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { type Diagnostic, userError } from "../diagnostics.js";
import { writeFileAtomic } from "../io/atomicWrite.js";
import { checkOutputFolders, checkOutputPaths } from "../io/outputPaths.js";
import { didYouMean } from "../model/context.js";
import { loadResume } from "../model/load.js";
import { DEFAULT_DATE_FORMAT } from "../model/settingsSchema.js";
import { loadVariant } from "../tailor/readVariant.js";
import { tailor } from "../tailor/tailor.js";
import { exportResume, jsonResumeText } from "./exportDocument.js";
import { resumeMarkdown } from "./markdown.js";

export const EXPORT_FORMATS = { jsonresume: "resume.json", markdown: "resume.md" } as const;
type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Options of a PDF build that mean nothing for an export: naming one is a mistake, not something to ignore. */
const PDF_ONLY = ["pages", "paper", "frames", "text", "hyphenate", "report"] as const;

/** The export's options: the variant and output, and the others given, to refuse those only a PDF build takes. */
export type ExportOptions = { variant?: string | undefined; out?: string | undefined } & Record<
  string,
  unknown
>;

export async function exportCommand(
  content: string,
  formatName: string,
  options: ExportOptions,
): Promise<{ text: string; warnings: Diagnostic[] }> {
  const format = checkFormat(formatName);
  const pdfOnly = PDF_ONLY.find((o) => options[o] !== undefined);
  if (pdfOnly) throw userError(`--export writes no PDF, so --${pdfOnly} does not apply; drop it`);
  const { variant } = options;
  const out = options.out ?? defaultOut(format, variant);
  checkOutputPaths(content, [out]);
  if (options.out === undefined) await mkdir(dirname(out), { recursive: true });
  checkOutputFolders([out]);
  const { resume, settings, warnings } = await loadResume(content);
  const all = [...warnings];
  let chosen = resume;
  if (variant !== undefined) {
    const loaded = await loadVariant(content, variant);
    all.push(...loaded.warnings);
    chosen = tailor(resume, loaded.variant);
  }
  if (format === "markdown") {
    await writeFileAtomic(out, resumeMarkdown(chosen, settings.settings.dateFormat ?? DEFAULT_DATE_FORMAT));
    return { text: `${out}: Markdown, ${chosen.sections.length} sections\n`, warnings: all };
  }
  const exported = exportResume(chosen);
  await writeFileAtomic(out, jsonResumeText(exported));
  const arrays = Object.entries(exported.document)
    .filter(([, v]) => Array.isArray(v))
    .map(([k, v]) => `${k} (${(v as unknown[]).length})`);
  const lines = [
    `${out}: JSON Resume, valid against the schema: basics, ${arrays.join(", ")}`,
    ...exported.notes.map((n) => `  note: ${n}`),
  ];
  return { text: `${lines.join("\n")}\n`, warnings: all };
}

function checkFormat(format: string): ExportFormat {
  if (format in EXPORT_FORMATS) return format as ExportFormat;
  const known = Object.keys(EXPORT_FORMATS);
  throw userError(
    `--export takes ${known.map((k) => `"${k}"`).join(" or ")}, not "${format}"`,
    "vitae",
    didYouMean(format, known),
  );
}

/** output/resume.json, or output/resume-NAME.json for a variant (.md for Markdown). */
function defaultOut(format: ExportFormat, variant: string | undefined): string {
  const base = `output/${EXPORT_FORMATS[format]}`;
  return variant === undefined ? base : base.replace(/(\.\w+)$/, `-${variant}$1`);
}
