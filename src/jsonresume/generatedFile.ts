/**
 * A content file being generated from a JSON Resume document, line by line, each line remembering the JSON
 * value it came from: a problem vitae finds in the file is reported at that value in the document.
 */
import type { JsonPath } from "./jsonSource.js";

export class GeneratedFile {
  private readonly lines: { text: string; path: JsonPath | undefined }[] = [];

  constructor(
    /** The file's name in the content folder, e.g. 20-experience.md. */
    readonly name: string,
  ) {}

  add(text: string | readonly string[], path?: JsonPath): this {
    for (const line of typeof text === "string" ? text.split("\n") : text)
      this.lines.push({ text: line, path });
    return this;
  }

  /** Inserts a line before line `line` (1-based), e.g. an `id:` into the front matter. */
  insert(line: number, text: string): this {
    this.lines.splice(line - 1, 0, { text, path: undefined });
    return this;
  }

  /** One empty line, never two in a row. */
  blank(): this {
    if (this.lines.length > 0 && this.lines.at(-1)?.text !== "")
      this.lines.push({ text: "", path: undefined });
    return this;
  }

  get text(): string {
    const lines = this.lines.map((l) => l.text);
    while (lines.at(-1) === "") lines.pop();
    return `${lines.join("\n")}\n`;
  }

  /** The JSON value that line `line` (1-based) came from: its own, else that of the nearest line above. */
  pathAt(line: number): JsonPath | undefined {
    for (let i = Math.min(line, this.lines.length) - 1; i >= 0; i--) {
      const path = this.lines[i]?.path;
      if (path !== undefined) return path;
    }
    return undefined;
  }
}
