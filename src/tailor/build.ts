/** What a variant asks of a build besides tailoring: page budget, paper, theme and size, PDF metadata. */
import type { DocumentMeta } from "../layout/frame.js";
import type { Paper, Theme } from "../layout/theme.js";
import type { BuildOptions } from "../pipeline.js";
import { THEMES, type Variant } from "./readVariant.js";

/** Where a variant is written: next to the default résumé, `output/resume.pdf` -> `output/resume-NAME.pdf`. */
export function variantOutFile(name: string, defaultOut = "output/resume.pdf"): string {
  return /\.pdf$/i.test(defaultOut)
    ? defaultOut.replace(/\.pdf$/i, `-${name}.pdf`)
    : `${defaultOut}-${name}.pdf`;
}

/** The variant's theme, starting at its preferred body size (fitting may still lower it to the floor). */
export function variantTheme(variant: Variant): Theme {
  const theme = THEMES[variant.spec.theme ?? "classic"];
  const size = variant.spec.bodySize;
  return size === undefined ? theme : { ...theme, bodySize: { ...theme.bodySize, value: size } };
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
    theme: base.theme ?? variantTheme(variant),
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
