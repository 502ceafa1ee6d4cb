/**
 * The résumé model (or a tailored version) -> a JSON Resume document that validates against the schema. Every
 * section goes to the array that fits it (classify.ts); `meta.vitae.sections` records how, so an import gives
 * back the same sections. What JSON Resume has no place for is listed in the notes.
 */
import type { Resume } from "../model/schema.js";
import { targetOf } from "./classify.js";
import { entryItem, type JsonItem, listItem } from "./exportEntries.js";
import { headerBasics } from "./exportHeader.js";
import { interestItems, languageItems, skillItems } from "./exportSkills.js";
import { JsonSource } from "./jsonSource.js";
import { isEntrySource } from "./mapping.js";
import { schemaProblems } from "./schemaCheck.js";
import { spansMarkdown } from "./spansMarkdown.js";
import type { JsonResume, SectionSource, VitaeSectionPlan } from "./types.js";

/** The published schema the document says it follows. */
export const SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

/** The arrays in the schema's own order. */
const ARRAYS = [
  "work",
  "volunteer",
  "education",
  "awards",
  "certificates",
  "publications",
  "skills",
  "languages",
  "interests",
  "references",
  "projects",
] as const;

export interface ExportedResume {
  document: JsonResume;
  /** What JSON Resume has no place for and where it went, one line each. */
  notes: string[];
}

export function exportResume(resume: Resume): ExportedResume {
  const arrays = new Map<SectionSource, unknown[]>();
  const summary: string[] = [];
  const plan: VitaeSectionPlan[] = [];
  for (const section of resume.sections) {
    const from = targetOf(section);
    let items: unknown[];
    if (section.kind === "text") {
      summary.push(...section.paragraphs.map((p) => spansMarkdown(p)));
      plan.push({
        id: section.id,
        title: section.title,
        kind: section.kind,
        from,
        count: section.paragraphs.length,
      });
      continue;
    }
    if (section.kind === "skills")
      items =
        from === "languages"
          ? languageItems(section)
          : from === "interests"
            ? interestItems(section)
            : skillItems(section);
    else if (!isEntrySource(from)) throw new Error(`no array for the ${section.kind} section ${section.id}`);
    else if (section.kind === "list") items = section.items.map((item) => listItem(item, from));
    else items = section.entries.map((entry) => entryItem(entry, from));
    arrays.set(from, [...(arrays.get(from) ?? []), ...items]);
    plan.push({ id: section.id, title: section.title, kind: section.kind, from, count: items.length });
  }
  const basics = headerBasics(resume.header);
  if (summary.length > 0) basics.summary = summary.join("\n\n");
  const document: JsonResume = { $schema: SCHEMA_URL, basics };
  for (const name of ARRAYS) {
    const items = arrays.get(name);
    if (items) Object.assign(document, { [name]: items });
  }
  document.meta = { vitae: { sections: plan } };
  // The export's own check: a document that breaks the schema is a bug here, not a problem of the content.
  const text = JSON.stringify(document, null, 2);
  const problems = schemaProblems(document, new JsonSource("export", text, undefined));
  if (problems.length > 0)
    throw new Error(`the export breaks the JSON Resume schema: ${problems[0]?.message}`);
  return { document, notes: exportNotes(resume, document) };
}

/** What a JSON Resume theme will not show: fields kept under `vitae`, and contacts' link texts left out. */
function exportNotes(resume: Resume, document: JsonResume): string[] {
  const notes: string[] = [];
  const kept = new Map<string, number>();
  for (const name of ARRAYS)
    for (const item of (document[name] ?? []) as JsonItem[])
      for (const key of Object.keys(item.vitae ?? {}))
        if (!["id", "tags", "priority", "bullets"].includes(key)) kept.set(key, (kept.get(key) ?? 0) + 1);
  if (kept.size > 0) {
    const list = [...kept].map(([key, n]) => `${key} ×${n}`).join(", ");
    notes.push(
      `fields JSON Resume has no key for (${list}) are under "vitae" on their items: vitae reads them back, themes do not print them`,
    );
  }
  const linkTexts = resume.header.contacts.filter(
    (c) => c.kind === "url" && c.href && c.value !== shortForm(c.href),
  );
  for (const c of linkTexts)
    notes.push(`the contact "${c.label}" is written as its address; its link text "${c.value}" is left out`);
  return notes;
}

function shortForm(href: string): string {
  return href
    .replace(/^https?:\/\//i, "")
    .replace(/^www\./i, "")
    .replace(/\/+$/, "");
}

/** The document as a file: two-space indent, a final newline. */
export function jsonResumeText(exported: ExportedResume): string {
  return `${JSON.stringify(exported.document, null, 2)}\n`;
}
