import { type Diagnostic, UserError } from "../../diagnostics.js";
import { decodeText, readInputFile } from "../../io/readInput.js";
import type { Source } from "../../model/schema.js";
import { LIMITS } from "../../parse/limits.js";

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
 * bullet. The model keeps positions per item only; this reads the file again, on this error path alone,
 * bounded and decoded as src/parse/readContent.ts does. Falls back to `from` when the file cannot be read or the text
 * is not there as written (typography may have changed it, e.g. made a quote typographic).
 */
export function locate(from: Source, text: string): Source {
  if (text === "") return from;
  const read = readInputFile(from.file, LIMITS.fileBytes);
  let source: string;
  try {
    if ("problem" in read) return from;
    source = decodeText(read.bytes);
  } catch {
    return from;
  }
  const lines = source.split(/\r\n|\r|\n/);
  for (let index = from.line - 1; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const at = line.indexOf(text, index === from.line - 1 ? from.column - 1 : 0);
    if (at >= 0) return { file: from.file, line: index + 1, column: at + 1 };
  }
  return from;
}
