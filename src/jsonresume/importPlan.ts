/**
 * Which sections an import writes, in which order, with which titles and kinds: the ones `meta.vitae.sections`
 * names when a vitae export wrote them and the document still matches them, else one section per array in the
 * order people expect (summary, experience, education, projects, …).
 */

import type { ImportContext } from "./importContext.js";
import { isListable } from "./importLines.js";
import { hasContent, type Item } from "./items.js";
import { DEFAULT_SECTIONS, isEntrySource } from "./mapping.js";
import type { JsonResume, SectionSource, VitaeSectionPlan } from "./types.js";

export interface PlannedSection {
  id: string;
  title: string;
  kind: VitaeSectionPlan["kind"];
  from: SectionSource;
  /** The items (for "summary": its paragraphs as { text }) with their index in the array. */
  items: { item: Item; index: number }[];
}

/** The summary's paragraphs, split at blank lines. */
export function summaryParagraphs(document: JsonResume): string[] {
  return (document.basics?.summary ?? "")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function itemsOf(document: JsonResume, from: SectionSource): Item[] {
  if (from === "summary") return summaryParagraphs(document).map((text) => ({ text }));
  return (document[from] ?? []) as Item[];
}

export function planSections(document: JsonResume, ctx: ImportContext): PlannedSection[] {
  const recorded = document.meta?.vitae?.sections;
  if (recorded !== undefined) {
    const problem = planProblem(document, recorded);
    if (problem === undefined) return recorded.map((_, i) => recordedSection(document, recorded, i, ctx));
    ctx.note(["meta", "vitae", "sections"], `${problem}; the sections are laid out the usual way instead`);
  }
  const planned: PlannedSection[] = [];
  for (const { from, id, title } of DEFAULT_SECTIONS) {
    const items = nonEmpty(itemsOf(document, from), from, ctx);
    if (items.length === 0) continue;
    planned.push({
      id,
      title,
      from,
      items,
      kind: kindFor(
        from,
        items.map((i) => i.item),
      ),
    });
  }
  return planned;
}

function kindFor(from: SectionSource, items: readonly Item[]): VitaeSectionPlan["kind"] {
  if (from === "summary") return "text";
  if (from === "skills" || from === "languages" || from === "interests") return "skills";
  if (isEntrySource(from) && (from === "awards" || from === "certificates" || from === "publications"))
    return items.every((item) => isListable(item, from)) ? "list" : "entries";
  return "entries";
}

/** The items with something in them; an empty one ({}) is noted and left out. */
function nonEmpty(
  items: readonly Item[],
  from: SectionSource,
  ctx: ImportContext,
  offset = 0,
): { item: Item; index: number }[] {
  const kept: { item: Item; index: number }[] = [];
  items.forEach((item, i) => {
    const index = i + offset;
    if (hasContent(item)) kept.push({ item, index });
    else if (from !== "summary") ctx.note([from, index], "an empty item; nothing to import");
  });
  return kept;
}

/** Why the recorded sections no longer fit the document (edited since the export), if they do not. */
function planProblem(document: JsonResume, recorded: readonly VitaeSectionPlan[]): string | undefined {
  const ids = new Set<string>();
  const used = new Map<SectionSource, number>();
  for (const section of recorded) {
    if (ids.has(section.id)) return `the section id "${section.id}" is listed twice`;
    ids.add(section.id);
    used.set(section.from, (used.get(section.from) ?? 0) + section.count);
    const compatible =
      section.kind === kindFor(section.from, []) ||
      (section.kind === "entries" && isEntrySource(section.from));
    if (!compatible) return `a ${section.kind} section cannot hold ${section.from}`;
  }
  for (const { from } of DEFAULT_SECTIONS) {
    const have = itemsOf(document, from).length;
    const listed = used.get(from) ?? 0;
    if (have !== listed) return `they hold ${listed} of ${from} but the document has ${have}`;
  }
  return undefined;
}

function recordedSection(
  document: JsonResume,
  recorded: readonly VitaeSectionPlan[],
  index: number,
  ctx: ImportContext,
): PlannedSection {
  const section = recorded[index] as VitaeSectionPlan;
  const before = recorded.slice(0, index).filter((s) => s.from === section.from);
  const start = before.reduce((n, s) => n + s.count, 0);
  const all = itemsOf(document, section.from);
  const items = nonEmpty(all.slice(start, start + section.count), section.from, ctx, start);
  let { kind } = section;
  const from = section.from;
  if (kind === "list" && isEntrySource(from) && !items.every(({ item }) => isListable(item, from)))
    kind = "entries";
  return { id: section.id, title: section.title, kind, from, items };
}
