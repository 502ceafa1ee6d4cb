import type { Node } from "unist";
import type { Diagnostic } from "../diagnostics.js";
import { LineIndex } from "../lineIndex.js";
import type { Source } from "./schema.js";

/**
 * One content file being normalized: turns mdast nodes and text offsets into source positions and collects
 * diagnostics into a sink shared by all files (so every problem is reported at once).
 */
export class FileContext {
  private readonly lines: LineIndex;

  constructor(
    readonly path: string,
    readonly text: string,
    private readonly sink: Diagnostic[],
  ) {
    this.lines = new LineIndex(text);
  }

  /** Where a node starts; the top of the file when the node has no position. */
  at(node: Node | undefined): Source {
    const start = node?.position?.start;
    return start ? this.point(start.line, start.column) : this.point(1, 1);
  }

  /** The position of a character offset into the file's text. */
  atOffset(offset: number): Source {
    const { line, column } = this.lines.position(offset);
    return this.point(line, column);
  }

  point(line: number, column: number): Source {
    return { file: this.path, line: Math.max(1, line), column: Math.max(1, column) };
  }

  /** The source text a node was parsed from. */
  raw(node: Node): string {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return start === undefined || end === undefined ? "" : this.text.slice(start, end);
  }

  error(at: Source, message: string, hint?: string): void {
    this.report("error", at, message, hint);
  }

  warn(at: Source, message: string, hint?: string): void {
    this.report("warning", at, message, hint);
  }

  private report(severity: Diagnostic["severity"], at: Source, message: string, hint?: string): void {
    this.sink.push({
      severity,
      file: at.file,
      line: at.line,
      column: at.column,
      // One line each: a message may quote a multi-line value the author wrote.
      message: oneLine(message),
      ...(hint === undefined ? {} : { hint: oneLine(hint) }),
    });
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}

/** Suggests the closest known word for a misspelt one (edit distance ≤ 2), for "did you mean" hints. */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === undefined ? undefined : `did you mean "${best}"?`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** "a, b or c" */
export function oneOf(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}
