/**
 * What the import of one document shares across its files: where values sit in the JSON (for messages), the
 * problems found, the notes on fields that are kept but not printed, the ids given so far, and every date.
 */
import { basename } from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import { shortSlug } from "../model/ids.js";
import { dateProblem } from "./dates.js";
import { formatPath, type JsonPath, type JsonSource } from "./jsonSource.js";
import { commentText } from "./markdownText.js";
import type { UnknownKey } from "./readDocument.js";

export class ImportContext {
  readonly problems: Diagnostic[] = [];
  /** Warnings: a field kept in a comment, a key the schema does not know, a value carried another way. */
  readonly notes: Diagnostic[] = [];
  /** Every date string of the document, for choosing the date format. */
  readonly dates: string[] = [];
  private readonly ids = new Set<string>();
  private readonly keptKeys = new Set<UnknownKey>();

  constructor(
    readonly source: JsonSource,
    private readonly unknownKeys: readonly UnknownKey[],
  ) {}

  error(path: JsonPath, message: string, hint?: string): void {
    this.problems.push(this.source.diagnostic("error", path, message, { hint }));
  }

  note(path: JsonPath, message: string, atKey = false): void {
    this.notes.push(this.source.diagnostic("warning", path, message, { atKey }));
  }

  /** A JSON date, checked as vitae reads dates; undefined (and an error at the value) when vitae refuses it. */
  date(text: string | undefined, path: JsonPath): string | undefined {
    if (text === undefined || text.trim() === "") return undefined;
    const problem = dateProblem(text);
    if (problem) {
      this.error(path, problem);
      return undefined;
    }
    this.dates.push(text);
    return text;
  }

  /** A range of checked dates, which vitae also checks as a whole (it may not end before it starts). */
  range(text: string | undefined, path: JsonPath): string | undefined {
    const problem = text === undefined ? undefined : dateProblem(text);
    if (problem) this.error(path, problem);
    return problem ? undefined : text;
  }

  /** A unique id from `base` (and, when taken, `alternative`), else with -2, -3, …; taken for good. */
  uniqueId(base: string, alternative?: string): string {
    const slug = shortSlug(base) || "entry";
    const candidates = [slug, ...(alternative ? [shortSlug(`${slug} ${alternative}`)] : [])];
    let id = candidates.find((c) => !this.ids.has(c));
    for (let n = 2; id === undefined; n++) if (!this.ids.has(`${slug}-${n}`)) id = `${slug}-${n}`;
    this.ids.add(id);
    return id;
  }

  /** Claims an id the document gives (a section's, or an item's `vitae.id`); false when it is taken. */
  claimId(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    return true;
  }

  /**
   * Keeps a value vitae does not print as an HTML comment in `file`, and notes it. Returns the comment line.
   */
  keep(path: JsonPath, value: unknown, file: string, why: string, atKey = false): string {
    this.note(path, `${why}; kept in a comment in ${file}`, atKey);
    const from = `${basename(this.source.file)} ${formatPath(path)}`;
    return `<!-- ${commentText(`Not printed (${why}): ${from} = ${JSON.stringify(value)}`)} -->`;
  }

  /** Comments for the keys the schema does not define inside the value at `path`, each kept once and noted. */
  keepUnknown(path: JsonPath, file: string): string[] {
    const found = this.unknownKeys.filter(
      (k) => !this.keptKeys.has(k) && path.every((part, i) => k.path[i] === part),
    );
    for (const k of found) this.keptKeys.add(k);
    return found.map((k) =>
      this.keep(k.path, k.value, file, `not a JSON Resume field${k.hint ? ` (${k.hint})` : ""}`, true),
    );
  }
}
