/** The text commands of `npm run pdf` for variants: `--diff NAME` and `--job FILE [--variant NAME]`. */
import { type Diagnostic, userError } from "../diagnostics.js";
import { decodeText, readInputFile, sizeText } from "../io/readInput.js";
import { plainText } from "../layout/plainText.js";
import { loadResume } from "../model/load.js";
import type { Resume } from "../model/schema.js";
import type { ReadSettings } from "../model/settings.js";
import { LIMITS } from "../parse/limits.js";
import { resolveBuild } from "../resolveBuild.js";
import { variantChoices } from "./build.js";
import { variantDiff } from "./diff.js";
import { coverage, coverageReport, postingTerms } from "./job.js";
import { loadVariant, type Variant } from "./readVariant.js";
import { tailor } from "./tailor.js";

/** The résumé and, when a name is given, the variant and its tailored résumé; all warnings. */
async function load(
  contentDir: string,
  name: string | undefined,
): Promise<{
  resume: Resume;
  settings: ReadSettings;
  variant?: Variant;
  tailored: Resume;
  warnings: Diagnostic[];
}> {
  const { resume, settings, warnings } = await loadResume(contentDir);
  if (name === undefined) return { resume, settings, tailored: resume, warnings };
  const loaded = await loadVariant(contentDir, name);
  const tailored = tailor(resume, loaded.variant);
  const all = [...warnings, ...loaded.warnings];
  return { resume, settings, variant: loaded.variant, tailored, warnings: all };
}

/** `--diff NAME`: what the variant keeps, drops, reorders and emphasizes, relative to the default. */
export async function diffCommand(
  contentDir: string,
  name: string,
): Promise<{ text: string; warnings: Diagnostic[] }> {
  const { resume, settings, variant, warnings } = await load(contentDir, name);
  if (variant === undefined) throw new Error("diff without a variant");
  return { text: variantDiff(resume, variant, resolveBuild(variantChoices(variant), settings)), warnings };
}

/** `--job FILE [--variant NAME]`: which of the posting's significant terms the version's text contains. */
export async function jobCommand(
  contentDir: string,
  postingFile: string,
  name: string | undefined,
): Promise<{ text: string; warnings: Diagnostic[] }> {
  const read = readInputFile(postingFile, LIMITS.fileBytes);
  if ("problem" in read) {
    const bound = read.tooLarge ? `; a posting is at most ${sizeText(LIMITS.fileBytes)}` : "";
    throw userError(`cannot read the job posting (${read.problem})${bound}`, postingFile);
  }
  let posting: string;
  try {
    posting = decodeText(read.bytes);
  } catch {
    throw userError(
      "the job posting is not UTF-8 text (a PDF or a word-processor file?)",
      postingFile,
      "copy the posting's text into a plain .txt file and give that",
    );
  }
  const terms = postingTerms(posting);
  if (terms.length === 0)
    throw userError("the job posting has no significant terms (is it empty?)", postingFile);
  const { tailored, settings, warnings } = await load(contentDir, name);
  const version = name === undefined ? "the default résumé" : `the ${name} version`;
  const text = plainText(tailored, settings.settings.dateFormat);
  return { text: coverageReport(postingFile, version, coverage(terms, text)), warnings };
}
