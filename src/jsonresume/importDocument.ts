/**
 * A JSON Resume document -> the files of a vitae content folder, in memory: the header, one file per section
 * (numbered in order), and `vitae.yaml` with the date format that prints the dates as the document writes them.
 */
import { stringify } from "yaml";
import type { DateFormat } from "../model/settingsSchema.js";
import { chooseDateFormat } from "./dates.js";
import { GeneratedFile } from "./generatedFile.js";
import { ImportContext } from "./importContext.js";
import { addEntry } from "./importEntries.js";
import { headerFile } from "./importHeader.js";
import { addListItem, addSkillLines } from "./importLines.js";
import { type PlannedSection, planSections } from "./importPlan.js";
import type { Item } from "./items.js";
import { isEntrySource } from "./mapping.js";
import { richInline, wrap } from "./markdownText.js";
import type { ReadDocument } from "./readDocument.js";
import type { JsonMeta } from "./types.js";

export interface ImportedContent {
  /** The header first, then the sections in order. */
  files: GeneratedFile[];
  dateFormat: { format: DateFormat; why: string };
  ctx: ImportContext;
}

export function importDocument(read: ReadDocument): ImportedContent {
  const { document, source, unknownKeys } = read;
  const ctx = new ImportContext(source, unknownKeys);
  const header = headerFile(document.basics, ctx);
  const planned = planSections(document, ctx);
  for (const section of planned) ctx.claimId(section.id);
  const step = planned.length <= 9 ? 10 : planned.length <= 19 ? 5 : 1;
  const width = Math.max(2, String(planned.length * step).length);
  const files = planned.map((section, i) =>
    sectionFile(section, String((i + 1) * step).padStart(width, "0"), ctx),
  );
  // What no section took (keys at the top level, in meta, …) is kept in the header's file.
  for (const comment of ctx.keepUnknown([], header.name)) header.add(comment).blank();
  const meta = withoutVitae(document.meta);
  if (meta !== undefined)
    header.add(ctx.keep(["meta"], meta, header.name, "about the document, not the résumé")).blank();
  if (document.$schema !== undefined)
    ctx.note(["$schema"], "the schema the document follows; vitae's folder does not need it");
  return { files: [header, ...files], dateFormat: chooseDateFormat(ctx.dates), ctx };
}

function withoutVitae(meta: JsonMeta | undefined): Omit<JsonMeta, "vitae"> | undefined {
  if (meta === undefined) return undefined;
  const { vitae: _, ...rest } = meta;
  return Object.keys(rest).length === 0 ? undefined : rest;
}

function sectionFile(section: PlannedSection, number: string, ctx: ImportContext): GeneratedFile {
  const file = new GeneratedFile(`${number}-${section.id}.md`);
  file.add(["---", `kind: ${section.kind}`, "---", ""]);
  file.add(`# ${section.title}`).blank();
  const { from } = section;
  if (from === "summary") {
    for (const { item } of section.items)
      file.add(wrap(richInline(String(item.text))), ["basics", "summary"]).blank();
  } else if (from === "skills" || from === "languages" || from === "interests") {
    addSkillLines(section.items, from, section.title, file, ctx);
  } else if (isEntrySource(from)) {
    for (const { item, index } of section.items) {
      if (section.kind === "list") addListItem(item as Item, from, index, file, ctx);
      else addEntry(item as Item, from, index, file, ctx);
    }
  }
  return file;
}

/** The settings file: the page budget and the date format, each with why it was chosen. */
export function settingsText(
  dateFormat: ImportedContent["dateFormat"],
  pages: { pages: number; why: string },
  input: string,
): string {
  const comment = (text: string) => `# ${text.replace(/\s+/g, " ")}`;
  return [
    comment(`Imported from ${input} (JSON Resume).`),
    comment(`pages: ${pages.why}.`),
    stringify({ pages: pages.pages }).trimEnd(),
    comment(`dateFormat ${dateFormat.format}: ${dateFormat.why}.`),
    stringify({ dateFormat: dateFormat.format }).trimEnd(),
    "",
  ].join("\n");
}
