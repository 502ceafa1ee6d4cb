import type { Resume } from "../model/schema.js";

export interface DropCandidate {
  id: string;
  priority: number;
  kind: "bullet" | "item";
  section: string;
}

/**
 * Bullets and list items in the order fitting may drop them: lowest priority (highest number) first, and among
 * equals the one nearest the end of the résumé. Entries and sections are never dropped by fitting.
 */
export function droppable(resume: Resume): DropCandidate[] {
  const out: DropCandidate[] = [];
  for (const section of resume.sections) {
    if (section.kind === "entries") {
      for (const entry of section.entries) {
        for (const b of entry.bullets)
          out.push({ id: b.id, priority: b.priority, kind: "bullet", section: section.id });
      }
    } else if (section.kind === "list") {
      for (const i of section.items)
        out.push({ id: i.id, priority: i.priority, kind: "item", section: section.id });
    }
  }
  return out
    .map((c, order) => ({ c, order }))
    .sort((a, b) => b.c.priority - a.c.priority || b.order - a.order)
    .map(({ c }) => c);
}
