/** Build options given on the command line, checked: shared by `npm run pdf` and `npm run dev`. */
import { userError } from "../diagnostics.js";
import { isPaper, PAPERS, type Paper } from "../layout/theme.js";
import { oneOf } from "../model/context.js";

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
