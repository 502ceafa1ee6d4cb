import { type Diagnostic, UserError } from "../diagnostics.js";
import type { Resume } from "../model/schema.js";
import { droppable } from "./droppable.js";
import type { FitResult } from "./fit.js";

/**
 * The error for content that cannot fit even at the floors: by how much (points and body lines), which
 * sections are longest, and which items a variant could drop first.
 */
export function overflowError(contentDir: string, resume: Resume, budget: number, fit: FitResult): UserError {
  const p = fit.layout.params;
  const lineHeight = p.bodySize * p.leading;
  const over = Math.max(fit.overflow, 0);
  const lines = Math.ceil(over / lineHeight);
  const longest = Object.entries(fit.layout.linesPerSection)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([id, n]) => `${id} (${n} lines)`)
    .join(", ");
  const candidates = droppable(resume)
    .slice(0, 5)
    .map((c) => `${c.id} (priority ${c.priority})`)
    .join(", ");
  const pages = `${budget} page${budget === 1 ? "" : "s"}`;
  const diagnostic: Diagnostic = {
    severity: "error",
    file: contentDir,
    message:
      `does not fit on ${pages} even at the theme's floors (body ${p.bodySize}pt, leading ${round(p.leading)}, ` +
      `margins ${round(p.margin / 72)}in): ${over.toFixed(1)}pt too long, about ${lines} line${lines === 1 ? "" : "s"} ` +
      `at ${p.bodySize}pt`,
    hint: `longest sections: ${longest}; a variant could drop first: ${candidates || "nothing"}`,
  };
  return new UserError([diagnostic]);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
