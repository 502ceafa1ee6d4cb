import { type Diagnostic, UserError } from "../../diagnostics.js";
import type { Source } from "../../model/schema.js";

/** A problem with the content that only shows when typesetting it (a word too wide, a missing glyph). */
export class LayoutError extends UserError {
  constructor(message: string, source: Source | undefined, hint?: string) {
    const diagnostic: Diagnostic = {
      severity: "error",
      file: source?.file ?? "content",
      ...(source ? { line: source.line, column: source.column } : {}),
      message,
      ...(hint ? { hint } : {}),
    };
    super([diagnostic]);
    this.name = "LayoutError";
  }
}
