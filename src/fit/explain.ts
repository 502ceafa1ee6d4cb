import { type Diagnostic, UserError } from "../diagnostics.js";
import { spansText } from "../model/inline.js";
import type { Resume, RichText } from "../model/schema.js";
import { droppable } from "./droppable.js";
import type { FitResult } from "./fit.js";
import type { FitReport } from "./report.js";

/** Another way to build the résumé, and whether it was found to fit (fitting was run for it). */
export interface WayOut {
  /** What the user would do, e.g. "a second page: --pages 2, or pages: 2 in vitae.yaml". */
  how: string;
  /** The body size it fits at, or undefined when it does not fit either. */
  fitsAt?: number;
}

/** The fitting error: it carries the fit report, which `--report` writes on failure too. */
export class OverflowError extends UserError {
  constructor(
    diagnostics: readonly Diagnostic[],
    readonly report: FitReport,
  ) {
    super(diagnostics);
    this.name = "OverflowError";
  }
}

/**
 * The error for content that cannot fit even at the floors: by how much (points and body lines), the ways out
 * that were tried and whether each fits (a page more, other paper, a variant), which sections are longest, and
 * which items go first if a variant drops by priority — named by their words, as the reader sees them.
 */
export function overflowError(
  file: string,
  resume: Resume,
  budget: number,
  fit: FitResult,
  waysOut: readonly WayOut[],
  report: FitReport,
): OverflowError {
  const p = fit.layout.params;
  const lineHeight = p.bodySize * p.leading;
  const over = Math.max(fit.overflow, 0);
  const lines = Math.ceil(over / lineHeight);
  const longest = Object.entries(fit.layout.linesPerSection)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([id, n]) => `${id} (${n} lines)`)
    .join(", ");
  const texts = itemTexts(resume);
  const candidates = droppable(resume)
    .slice(0, 3)
    .map((c) => `"${excerpt(texts.get(c.id) ?? c.id)}" (${c.section}, priority ${c.priority}, id ${c.id})`)
    .join(", ");
  const pages = `${budget} page${budget === 1 ? "" : "s"}`;
  const ways = waysOut.map((w) =>
    w.fitsAt === undefined ? `${w.how} (does not fit either)` : `${w.how} (fits, body ${w.fitsAt}pt)`,
  );
  ways.push(
    'a variant that leaves items out or keeps fewer bullets (exclude, maxBullets, priorityAtMost: see "Tailored versions" in the README)',
  );
  const diagnostic: Diagnostic = {
    severity: "error",
    file,
    message:
      `does not fit on ${pages} even at the theme's floors (body ${p.bodySize}pt, leading ${round(p.leading)}, ` +
      `margins ${round(p.margin / 72)}in): ${over.toFixed(1)}pt too long, about ${lines} line${lines === 1 ? "" : "s"} ` +
      `at ${p.bodySize}pt`,
    hint: [
      `ways out: ${ways.join("; ")}`,
      `longest sections: ${longest}`,
      `lowest priority first, what a variant could leave out: ${candidates || "nothing"}`,
    ].join("\n"),
  };
  return new OverflowError([diagnostic], report);
}

/** The visible words of each bullet and list item, by id. */
function itemTexts(resume: Resume): Map<string, string> {
  const texts = new Map<string, string>();
  const add = (id: string, text: RichText) => texts.set(id, spansText(text));
  for (const section of resume.sections) {
    if (section.kind === "entries")
      for (const entry of section.entries) for (const b of entry.bullets) add(b.id, b.text);
    if (section.kind === "list") for (const item of section.items) add(item.id, item.text);
  }
  return texts;
}

/** The first words of a text, up to about 40 characters. */
function excerpt(text: string): string {
  if (text.length <= 40) return text;
  const cut = text.slice(0, 40);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 20))}…`;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
