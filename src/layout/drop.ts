import type { Resume, Section } from "../model/schema.js";

/** The résumé without the sections, entries, bullets, items and groups whose ids are listed. */
export function dropItems(resume: Resume, ids: readonly string[]): Resume {
  if (ids.length === 0) return resume;
  const drop = new Set(ids);
  const keep = <T extends { id: string }>(xs: T[]): T[] => xs.filter((x) => !drop.has(x.id));
  const sections = resume.sections.filter((s) => !drop.has(s.id)).map((section) => dropFrom(section, keep));
  return { ...resume, sections };
}

function dropFrom(section: Section, keep: <T extends { id: string }>(xs: T[]) => T[]): Section {
  switch (section.kind) {
    case "entries":
      return { ...section, entries: keep(section.entries).map((e) => ({ ...e, bullets: keep(e.bullets) })) };
    case "list":
      return { ...section, items: keep(section.items) };
    case "skills":
      return { ...section, groups: keep(section.groups) };
    case "text":
      return section;
  }
}
