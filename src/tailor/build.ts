/** What a variant asks of a build besides tailoring: page budget, paper, theme and size, PDF metadata. */
import type { DocumentMeta } from "../layout/frame.js";
import type { Paper } from "../layout/theme.js";
import type { BuildOptions } from "../pipeline.js";
import type { BuildChoices } from "../resolveBuild.js";
import type { Variant } from "./readVariant.js";

/** Where a variant is written: next to the default résumé, `output/resume.pdf` -> `output/resume-NAME.pdf`. */
export function variantOutFile(name: string, defaultOut = "output/resume.pdf"): string {
  return /\.pdf$/i.test(defaultOut)
    ? defaultOut.replace(/\.pdf$/i, `-${name}.pdf`)
    : `${defaultOut}-${name}.pdf`;
}

/** What the variant chooses of theme, size, paper and page budget (the settings give the rest). */
export function variantChoices(variant: Variant): BuildChoices {
  const { spec } = variant;
  return {
    ...(spec.theme === undefined ? {} : { themeName: spec.theme }),
    ...(spec.bodySize === undefined ? {} : { bodySize: spec.bodySize }),
    ...(spec.paper === undefined ? {} : { paper: spec.paper }),
    ...(spec.pages === undefined ? {} : { pages: spec.pages }),
  };
}

/** The options that build this variant; `base` (content folder, output, command-line choices) wins. */
export function variantBuildOptions(
  variant: Variant,
  base: Omit<BuildOptions, "outFile"> & { outFile?: string },
): BuildOptions {
  const { spec } = variant;
  const paper: Paper | undefined = base.paper ?? spec.paper;
  const pages = base.pages ?? spec.pages;
  const allowDrop = base.allowDrop ?? spec.allowDrop;
  return {
    ...base,
    outFile: base.outFile ?? variantOutFile(variant.name),
    variant: variant.name,
    tailoring: variant,
    ...(spec.theme === undefined ? {} : { themeName: spec.theme }),
    ...(spec.bodySize === undefined ? {} : { bodySize: spec.bodySize }),
    ...(paper === undefined ? {} : { paper }),
    ...(pages === undefined ? {} : { pages }),
    ...(allowDrop === undefined ? {} : { allowDrop }),
  };
}

/** The document metadata with the variant's Subject and Keywords, when it sets them. */
export function variantMeta(meta: DocumentMeta, variant: Variant): DocumentMeta {
  const { subject, keywords } = variant.spec;
  return {
    ...meta,
    ...(subject === undefined ? {} : { subject }),
    ...(keywords === undefined ? {} : { keywords }),
  };
}
