/** Problems a user can cause and fix, reported as `file:line:col: message` — never as a stack trace. */
import { visibleText } from "./parse/characters.js";

export interface Diagnostic {
  severity: "error" | "warning";
  /** The file at fault (a content file, a font, an output path); `vitae` for command-line options. */
  file: string;
  /** 1-based; absent when the problem is about the whole file. */
  line?: number;
  column?: number;
  /** In human words, naming what was expected. */
  message: string;
  /** Optional: how to fix it, one line (or a few, separated by "\n"). */
  hint?: string;
  /** Dotted path into the résumé model, when the problem is about a model field. */
  path?: string;
}

/** A failure caused by the input (exit status 1); carries every diagnostic found, not just the first. */
export class UserError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
    this.name = "UserError";
  }
}

/** A problem without a source position (a bad command-line option, an unreadable folder). */
export function userError(message: string, file = "vitae", hint?: string): UserError {
  return new UserError([{ severity: "error", file, message, ...(hint ? { hint } : {}) }]);
}

/**
 * `file:line:col: message`, then `  hint: …` when there is a hint. Characters that would break the line or
 * reorder it on a terminal (a file name or quoted value holding a newline or a bidi override) are shown as
 * ⟨U+XXXX⟩.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const file = visibleText(d.file);
  const place = d.line === undefined ? file : `${file}:${d.line}:${d.column ?? 1}`;
  const head = `${place}: ${d.severity === "warning" ? "warning: " : ""}${visibleText(d.message)}`;
  // A hint of several lines (the fitting error's) prints each as a hint line of its own.
  const hints = d.hint?.split("\n").map((h) => `  hint: ${visibleText(h)}`) ?? [];
  return [head, ...hints].join("\n");
}
