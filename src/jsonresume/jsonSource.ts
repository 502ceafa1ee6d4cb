/**
 * A JSON file's text with its syntax tree, so a value can be named by its path (`work[2].startDate`) and
 * placed at its line and column (`resume.json:12:5`).
 */
import { findNodeAtLocation, type Node } from "jsonc-parser";
import type { Diagnostic } from "../diagnostics.js";
import { LineIndex } from "../lineIndex.js";

export type JsonPath = readonly (string | number)[];

/** `["work", 2, "startDate"]` -> `work[2].startDate`; the empty path is the document itself. */
export function formatPath(path: JsonPath): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out === "" ? "(the document)" : out;
}

export class JsonSource {
  private readonly lines: LineIndex;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly tree: Node | undefined,
  ) {
    this.lines = new LineIndex(text);
  }

  /** 1-based line and column of a character offset. */
  position(offset: number): { line: number; column: number } {
    return this.lines.position(offset);
  }

  /** Where the value at `path` starts; the nearest enclosing value that exists when it does not. */
  at(path: JsonPath): { line: number; column: number } {
    for (let n = path.length; n >= 0; n--) {
      const node = this.tree && findNodeAtLocation(this.tree, [...path.slice(0, n)]);
      if (node) return this.position(node.offset);
    }
    return { line: 1, column: 1 };
  }

  /** Where the key of the property at `path` starts (for messages about the key itself). */
  keyAt(path: JsonPath): { line: number; column: number } {
    const value = this.tree && findNodeAtLocation(this.tree, [...path]);
    const key = value?.parent?.type === "property" ? value.parent.children?.[0] : undefined;
    return key ? this.position(key.offset) : this.at(path);
  }

  /** A diagnostic about the value at `path`: `file:line:col: path: message`. */
  diagnostic(
    severity: Diagnostic["severity"],
    path: JsonPath,
    message: string,
    options: { hint?: string | undefined; atKey?: boolean } = {},
  ): Diagnostic {
    const { line, column } = options.atKey ? this.keyAt(path) : this.at(path);
    return {
      severity,
      file: this.file,
      line,
      column,
      message: `${formatPath(path)}: ${message}`,
      ...(options.hint === undefined ? {} : { hint: options.hint }),
    };
  }
}
