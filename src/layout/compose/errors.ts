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

/**
 * The position of `text` in its source file: its first occurrence at or after `from` (the start of the item or
 * section that holds it), so an error points at the character or word itself rather than at the start of its
 * bullet. The file's text comes with the model (`sources`); falls back to `from` when the model has no text for
 * the file or the text is not there as written (typography may have changed it, e.g. made a quote typographic).
 */
export function locate(from: Source, text: string, sources: Readonly<Record<string, string>>): Source {
  const source = sources[from.file];
  if (text === "" || source === undefined) return from;
  const lines = source.split(/\r\n|\r|\n/);
  for (let index = from.line - 1; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const at = line.indexOf(text, index === from.line - 1 ? from.column - 1 : 0);
    if (at >= 0) return { file: from.file, line: index + 1, column: at + 1 };
  }
  return from;
}
