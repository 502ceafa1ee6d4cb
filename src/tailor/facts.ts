/**
 * The fact guard: what a tailored résumé may differ in from the content it came from. Sections, entries,
 * bullets, items and groups may be left out or reordered, section titles renamed (as the variant says), a
 * bullet's text replaced by one of its own alternatives, and spans set in bold; nothing else — no date, title,
 * organisation, number or word that is not the content's.
 */
import { isDeepStrictEqual } from "node:util";
import type { Resume, RichText, Section, Span } from "../model/schema.js";

/** Every difference that is not allowed, one line each ("section/entry/bullet: what"); [] when faithful. */
export function factProblems(original: Resume, tailored: Resume, titles: Record<string, string>): string[] {
  const problems: string[] = [];
  if (!isDeepStrictEqual(original.header, tailored.header)) problems.push("header: differs from the content");
  const seen = new Set<string>();
  const once = (path: string, id: string) => {
    if (seen.has(id)) problems.push(`${path}: "${id}" appears twice`);
    seen.add(id);
  };
  for (const section of tailored.sections) {
    once(section.id, section.id);
    const source = original.sections.find((s) => s.id === section.id);
    if (source === undefined || source.kind !== section.kind) {
      problems.push(`${section.id}: not a ${section.kind} section of the content`);
      continue;
    }
    if (section.title !== source.title && section.title !== titles[section.id])
      problems.push(`${section.id}: title "${section.title}" is neither the content's nor the variant's`);
    problems.push(...sectionProblems(source, section, (path, id) => once(`${section.id}/${path}`, id)));
  }
  return problems;
}

function sectionProblems(
  source: Section,
  section: Section,
  once: (path: string, id: string) => void,
): string[] {
  const problems: string[] = [];
  const at = (id: string) => `${section.id}/${id}`;
  if (!isDeepStrictEqual(section.source, source.source)) problems.push(`${section.id}: source differs`);
  if (section.kind === "entries" && source.kind === "entries") {
    for (const entry of section.entries) {
      once(entry.id, entry.id);
      const from = source.entries.find((e) => e.id === entry.id);
      if (from === undefined) {
        problems.push(`${at(entry.id)}: not an entry of this section in the content`);
        continue;
      }
      const { bullets, details, ...fields } = entry;
      const { bullets: fromBullets, details: fromDetails, ...fromFields } = from;
      if (!isDeepStrictEqual(fields, fromFields))
        problems.push(`${at(entry.id)}: entry fields differ from the content`);
      if (!isDeepStrictEqual(details.map(unbold), fromDetails.map(unbold)))
        problems.push(`${at(entry.id)}: detail lines differ from the content`);
      for (const bullet of bullets) {
        once(`${entry.id}/${bullet.id}`, bullet.id);
        const b = fromBullets.find((x) => x.id === bullet.id);
        const path = `${at(entry.id)}/${bullet.id}`;
        if (b === undefined) {
          problems.push(`${path}: not a bullet of this entry in the content`);
          continue;
        }
        const unboldChildren = (cs: typeof b.children) => cs.map((c) => ({ ...c, text: unbold(c.text) }));
        const { text, children, ...bFields } = bullet;
        const { text: fromText, children: fromChildren, ...fromBFields } = b;
        if (!isDeepStrictEqual(unboldChildren(children), unboldChildren(fromChildren)))
          problems.push(`${path}: sub-bullets differ from the content`);
        if (!isDeepStrictEqual(bFields, fromBFields))
          problems.push(`${path}: bullet fields differ from the content`);
        const allowed = [fromText, ...b.alternatives.map((a) => a.text)].map(unbold);
        if (!allowed.some((t) => isDeepStrictEqual(t, unbold(text))))
          problems.push(
            `${path}: text "${text.map((s) => s.text).join("")}" is not the content's text or one of its alternatives`,
          );
      }
    }
  } else if (section.kind === "list" && source.kind === "list") {
    for (const item of section.items) {
      once(item.id, item.id);
      const from = source.items.find((i) => i.id === item.id);
      if (
        from === undefined ||
        !isDeepStrictEqual({ ...item, text: unbold(item.text) }, { ...from, text: unbold(from.text) })
      )
        problems.push(`${at(item.id)}: list item differs from the content`);
    }
  } else if (section.kind === "skills" && source.kind === "skills") {
    for (const group of section.groups) {
      once(group.id, group.id);
      const from = source.groups.find((g) => g.id === group.id);
      if (!isDeepStrictEqual(group, from))
        problems.push(`${at(group.id)}: skill group differs from the content`);
    }
  } else if (section.kind === "text" && source.kind === "text") {
    if (!isDeepStrictEqual(section.paragraphs.map(unbold), source.paragraphs.map(unbold)))
      problems.push(`${section.id}: paragraphs differ from the content`);
  }
  return problems;
}

/** Spans without bold flags, neighbours of the same style merged: text and every other style compared. */
function unbold(text: RichText): Span[] {
  const out: Span[] = [];
  for (const { bold: _, ...span } of text) {
    const last = out.at(-1);
    if (last && isDeepStrictEqual({ ...last, text: "" }, { ...span, text: "" })) last.text += span.text;
    else out.push({ ...span });
  }
  return out;
}
