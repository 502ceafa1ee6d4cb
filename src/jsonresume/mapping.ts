/**
 * How a vitae entry and an item of each JSON Resume array correspond, field by field. The import and the export
 * both read this table, so the two directions cannot drift apart. A field an item type has no key for travels
 * in the item's `vitae` object (see types.ts).
 */
import type { SectionSource } from "./types.js";

export type EntrySource =
  | "work"
  | "volunteer"
  | "education"
  | "projects"
  | "awards"
  | "certificates"
  | "publications"
  | "references";

export interface EntryMapping {
  /** The key of the entry's title. */
  title: string;
  organization?: string;
  /** position: one text; roles: a list joined with ", "; degree: studyType and area joined with " in ". */
  role?: "position" | "roles" | "degree";
  /** The key vitae's status (printed in the italic line) stands for. */
  status?: string;
  location?: string;
  /** A range (startDate, endDate) or one date under the given key; absent: the item has no dates. */
  dates?: "range" | "date" | "releaseDate";
  url?: boolean;
  keywords?: boolean;
  /**
   * Where the detail lines go: work: an italic first line is the description, the rest the summary;
   * education: "GPA: …" or "Grade: …" lines are the score, "Courses: …" the courses; otherwise the key.
   */
  details?: "work" | "education" | "summary" | "description" | "reference";
  /** Whether bullets are the item's highlights. */
  bullets?: boolean;
}

export const ENTRY_MAPPINGS: Record<EntrySource, EntryMapping> = {
  work: {
    title: "name",
    role: "position",
    location: "location",
    dates: "range",
    url: true,
    details: "work",
    bullets: true,
  },
  volunteer: {
    title: "organization",
    role: "position",
    dates: "range",
    url: true,
    details: "summary",
    bullets: true,
  },
  education: { title: "institution", role: "degree", dates: "range", url: true, details: "education" },
  projects: {
    title: "name",
    organization: "entity",
    role: "roles",
    status: "type",
    dates: "range",
    url: true,
    keywords: true,
    details: "description",
    bullets: true,
  },
  awards: { title: "title", organization: "awarder", dates: "date", details: "summary" },
  certificates: { title: "name", organization: "issuer", dates: "date", url: true },
  publications: {
    title: "name",
    organization: "publisher",
    dates: "releaseDate",
    url: true,
    details: "summary",
  },
  references: { title: "name", details: "reference" },
};

export function isEntrySource(source: SectionSource): source is EntrySource {
  return source in ENTRY_MAPPINGS;
}

/** Arrays whose items may be one-line list items when they hold only a title and a date. */
export const LISTABLE: readonly SectionSource[] = ["awards", "certificates", "publications"];

/** The section each array becomes on import (when the document does not say), in the order people expect. */
export const DEFAULT_SECTIONS: readonly { from: SectionSource; id: string; title: string }[] = [
  { from: "summary", id: "summary", title: "Summary" },
  { from: "work", id: "experience", title: "Experience" },
  { from: "education", id: "education", title: "Education" },
  { from: "projects", id: "projects", title: "Projects" },
  { from: "volunteer", id: "volunteering", title: "Volunteering" },
  { from: "publications", id: "publications", title: "Publications" },
  { from: "awards", id: "awards", title: "Awards" },
  { from: "certificates", id: "certificates", title: "Certificates" },
  { from: "skills", id: "skills", title: "Skills" },
  { from: "languages", id: "languages", title: "Languages" },
  { from: "interests", id: "interests", title: "Interests" },
  { from: "references", id: "references", title: "References" },
];

/** A degree's kind (studyType) rather than its subject (area), for a role written without " in ". */
export function looksLikeDegree(text: string): boolean {
  return /\b(?:bachelor|master|doctor|doctorate|ph\.?\s?d|associate|diploma|degree|certificate|licen[cs]|laurea|mba|[bm]\.?\s?sc|[bm]\.?\s?[as]\b|[bm]\.?\s?eng|b\.?\s?s\.?\s?e|high school|abitur|baccalaur|bootcamp|minor|major|postgraduate|undergraduate|graduate|exchange|erasmus|visiting)/i.test(
    text,
  );
}

/** A detail line that is an education's score: "GPA: 3.9/4", "Grade: First Class Honours". */
export const SCORE_LINE = /^(?:gpa|grade|score)s?:\s*/i;

/** "GPA" for a number (3.67, 3.67/4.0), "Grade" for words (First Class Honours). */
export function scoreLabel(score: string): string {
  return /^\d+(?:[.,]\d+)?\s*(?:\/\s*\d+(?:[.,]\d+)?)?$/.test(score) ? "GPA" : "Grade";
}

const FLUENCY =
  /^(?:native|mother tongue|first language|bilingual|fluent|proficient|professional|full professional|working|conversational|intermediate|basic|beginner|elementary|advanced|limited|[abc][12])\b/i;

/** Whether a languages line's label is a level ("Native", "Fluent", "C1") rather than a language. */
export function isFluency(label: string): boolean {
  return FLUENCY.test(label);
}
