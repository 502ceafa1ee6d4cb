/** The other ways to fit a résumé that does not fit its budget — a page more, A4 paper — each fitted to know. */
import type { DocumentMeta } from "../layout/frame.js";
import type { LayoutDeps } from "../layout/layout.js";
import { defaultParams, type LayoutParams, type Paper, paperSizes, type Theme } from "../layout/theme.js";
import type { Resume } from "../model/schema.js";
import type { WayOut } from "./explain.js";
import { type FitResult, fitResume } from "./fit.js";

export interface FailedFit {
  resume: Resume;
  theme: Theme;
  params: LayoutParams;
  meta: DocumentMeta;
  deps: LayoutDeps;
  budget: number;
  allowDrop: boolean;
  /** Where the user would write a setting: "in content/vitae.yaml", "in content/variants/x.md". */
  where: string;
  fit: FitResult;
}

export function waysOut(failed: FailedFit): WayOut[] {
  const { budget, params, where, fit } = failed;
  const a4Gain = (paperSizes.a4.height - paperSizes.letter.height) * budget;
  const tries = [
    {
      how: `a page more: --pages ${budget + 1}, or pages: ${budget + 1} ${where}`,
      pages: budget + 1,
      paper: params.paper,
      gain: fit.layout.available,
    },
    ...(params.paper === "letter"
      ? [
          {
            how: `A4 paper, ${Math.round(a4Gain / budget)}pt taller: --paper a4, or paper: a4 ${where}`,
            pages: budget,
            paper: "a4" as Paper,
            gain: a4Gain,
          },
        ]
      : []),
  ];
  return tries.map(({ how, pages, paper, gain }) => {
    // At the floors the content is longer than the way out adds: no need to lay it out to know.
    if (fit.overflow > gain) return { how };
    const start: LayoutParams = {
      ...defaultParams(failed.theme, paper),
      hyphenate: params.hyphenate,
      dateFormat: params.dateFormat,
      fillLastPage: pages === 1,
    };
    const tried = fitResume(failed.resume, failed.theme, start, failed.meta, failed.deps, {
      pages,
      allowDrop: failed.allowDrop,
    });
    return tried.fits ? { how, fitsAt: tried.layout.params.bodySize } : { how };
  });
}
