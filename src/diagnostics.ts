/** Problems a user can cause and fix, reported as `file:line:col: message` — never as a stack trace. */

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

export function formatDiagnostic(d: Diagnostic): string {
  const place = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  const head = `${place}: ${d.severity === "warning" ? "warning: " : ""}${d.message}`;
  // A hint of several lines (the fitting error's) prints each as a hint line of its own.
  return d.hint ? [head, ...d.hint.split("\n").map((h) => `  hint: ${h}`)].join("\n") : head;
}
