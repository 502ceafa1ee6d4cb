/** Build options given on the command line, checked: shared by `npm run pdf` and `npm run dev`. */
import { userError } from "../diagnostics.js";
import { isPaper, PAPERS, type Paper } from "../layout/theme.js";
import { oneOf } from "../model/context.js";
import type { CommonOptions } from "../tailor/all.js";

/** The build options both commands take, as parsed. */
export interface BuildValues {
  content?: string;
  paper?: string;
  pages?: string;
  frames?: boolean;
  text?: boolean;
  hyphenate?: boolean;
  svg?: boolean;
  png?: boolean;
}

/** The options every build of a command shares, from its command line (paper and pages checked). */
export function commonBuildOptions(values: BuildValues): CommonOptions {
  const paper = values.paper === undefined ? undefined : paperChoice(values.paper);
  const pages = values.pages === undefined ? undefined : pageBudget(values.pages);
  return {
    contentDir: values.content ?? "content",
    ...(paper === undefined ? {} : { paper }),
    ...(pages === undefined ? {} : { pages }),
    frames: values.frames ?? false,
    text: values.text ?? false,
    hyphenate: values.hyphenate ?? false,
    svg: values.svg ?? false,
    png: values.png ?? false,
  };
}

/** `--pages N`: a whole number of pages from 1 to 10. */
export function pageBudget(text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < 1 || n > 10)
    throw userError(`--pages must be a whole number from 1 to 10, not "${text}"`);
  return n;
}

/** `--paper SIZE`: one of the papers the themes know. */
export function paperChoice(text: string): Paper {
  if (!isPaper(text)) throw userError(`--paper must be ${oneOf(PAPERS.map((p) => `"${p}"`))}, not "${text}"`);
  return text;
}
