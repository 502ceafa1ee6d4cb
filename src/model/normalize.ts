import path from "node:path";
import type { Diagnostic } from "../diagnostics.js";
import type { ParsedFile } from "../parse/types.js";
import { after, headingText } from "./blocks.js";
import { FileContext } from "./context.js";
import { bodyOf, readFrontMatter } from "./frontMatter.js";
import { IdRegistry, shortSlug, slugify } from "./ids.js";
import { type Header, type Resume, ResumeSchema, type Section, type Source } from "./schema.js";
import { readEntries } from "./sections/entries.js";
import { readHeader } from "./sections/header.js";
import type { SectionInput } from "./sections/input.js";
import { readListItems } from "./sections/list.js";
import { readSkillGroups } from "./sections/skills.js";
import { readParagraphs } from "./sections/text.js";
import { zodIssueToDiagnostic } from "./zodIssues.js";

/** The model of a résumé and every problem found; `resume` is present only when there is no error. */
export interface NormalizeResult {
  resume?: Resume;
  /** Errors and warnings, in file order, then by line and column. */
  diagnostics: Diagnostic[];
}

/**
 * Maps the Markdown of every section file to the validated résumé model. Pure: never throws for any input,
 * reports every problem at once with its file, line and column, and drops nothing the author wrote silently.
 */
export function normalize(files: readonly Pick<ParsedFile, "path" | "text" | "root">[]): NormalizeResult {
  const sink: Diagnostic[] = [];
  const ids = new IdRegistry();
  const sections: Section[] = [];
  let header: { header: Header; file: string } | undefined;
  let unreadable = false;
  for (const file of files) {
    const ctx = new FileContext(file.path, file.text, sink);
    const frontMatter = readFrontMatter(file.root, ctx);
    if (frontMatter === undefined) {
      unreadable = true;
      continue;
    }
    const body = bodyOf(file.root);
    const titleNode = body[0]?.type === "heading" && body[0].depth === 1 ? body[0] : undefined;
    const isHeader = frontMatter.kind === "header";
    if (titleNode === undefined) {
      const what = isHeader
        ? 'your name as a level-1 heading ("# Your Name")'
        : 'the section title as a level-1 heading ("# Title")';
      const where = body[0] ? ctx.at(body[0]) : after(file.root.children[0], ctx);
      ctx.error(where, `expected ${what} after the front matter`);
    }
    const source = titleNode ? ctx.at(titleNode) : ctx.point(1, 1);
    const input: SectionInput = { ctx, ids, blocks: titleNode ? body.slice(1) : body, title: "", source };
    if (frontMatter.kind === "header") {
      if (frontMatter.id)
        ctx.error(frontMatter.id.source, 'the header has no id; remove "id" from its front matter');
      if (header === undefined) header = { header: readHeader(input, titleNode), file: file.path };
      else {
        const message = `a second header; ${header.file} is already the header, and only one file may have kind: header`;
        ctx.error(frontMatter.kindSource, message);
      }
      continue;
    }
    input.title = titleNode
      ? headingText(titleNode, ctx, "the section title", "a section's id goes in its front matter")
      : "";
    sections.push(readSection(frontMatter.kind, input, file.path, frontMatter.id));
  }
  const firstFile = files[0];
  if (firstFile === undefined) {
    return { diagnostics: [{ severity: "error", file: "vitae", message: "no content files" }] };
  }
  // Problems of the résumé as a whole are placed at the top of its first file; skipped when a file's front
  // matter could not be read, since that file may be the missing header or section.
  const top: Source = { file: firstFile.path, line: 1, column: 1 };
  if (header === undefined && !unreadable) {
    sink.push(at(top, 'no header: one file must have "kind: header" and your name as its heading'));
  }
  if (sections.length === 0 && !unreadable) {
    sink.push(at(top, "no sections besides the header; add a file per section"));
  }
  ids.resolve(sink);
  const diagnostics = sortDiagnostics(sink, files);
  if (header === undefined || diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  const sources = Object.fromEntries(files.map((f) => [f.path, f.text]));
  const model = { header: header.header, sections, sources };
  const parsed = ResumeSchema.safeParse(model);
  if (parsed.success) return { resume: parsed.data, diagnostics };
  const issues = parsed.error.issues.map((issue) => zodIssueToDiagnostic(issue, model, header.header.source));
  return { diagnostics: sortDiagnostics([...diagnostics, ...issues], files) };
}

function readSection(
  kind: "entries" | "list" | "skills" | "text",
  input: SectionInput,
  file: string,
  explicitId: Parameters<IdRegistry["claim"]>[1],
): Section {
  const base = { id: "", title: input.title, source: input.source };
  // The section claims its id before its items claim theirs: derived ids follow document order.
  const claim = (section: Section): Section => {
    input.ids.claim(section, explicitId, () => idFromFileName(file) || shortSlug(input.title) || "section");
    return section;
  };
  switch (kind) {
    case "entries": {
      const section = claim({ ...base, kind, entries: [] });
      if (section.kind === "entries") section.entries = readEntries(input);
      return section;
    }
    case "list": {
      const section = claim({ ...base, kind, items: [] });
      if (section.kind === "list") section.items = readListItems(input);
      return section;
    }
    case "skills": {
      const section = claim({ ...base, kind, groups: [] });
      if (section.kind === "skills") section.groups = readSkillGroups(input);
      return section;
    }
    case "text": {
      const section = claim({ ...base, kind, paragraphs: [] });
      if (section.kind === "text") section.paragraphs = readParagraphs(input);
      return section;
    }
  }
}

/** `20-academic.md` -> `academic`: the file name without its numeric ordering prefix. */
export function idFromFileName(file: string): string {
  return slugify(path.basename(file, ".md").replace(/^\d+[-_.\s]*/, ""));
}

function at(source: Source, message: string): Diagnostic {
  return { severity: "error", file: source.file, line: source.line, column: source.column, message };
}

function sortDiagnostics(
  diagnostics: readonly Diagnostic[],
  files: readonly { path: string }[],
): Diagnostic[] {
  const order = new Map(files.map((f, i) => [f.path, i]));
  const rank = (d: Diagnostic): number => order.get(d.file) ?? files.length;
  return [...diagnostics].sort(
    (a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}
