/**
 * Which JSON Resume array a vitae section is written to. Sections have free titles, so the choice reads the
 * section's id and title ("Academic Appointments" is work, "Selected Case Studies" projects), then its kind.
 * `meta.vitae.sections` records the choice, so an import gives back the section as it was.
 */
import type { Section } from "../model/schema.js";
import type { SectionSource } from "./types.js";

const ENTRY_RULES: readonly [RegExp, SectionSource][] = [
  [/volunt/, "volunteer"],
  [/educat|degree|qualification|schooling/, "education"],
  [/project|case.?stud|open.?source|software|portfolio|hackathon/, "projects"],
  [/publica|paper|article|journal|book|preprint/, "publications"],
  [/award|honou?r|recogni|prize|grant|scholarship|fellowship|funding/, "awards"],
  [/certif|licen[cs]/, "certificates"],
  [/referen/, "references"],
];

const LIST_RULES: readonly [RegExp, SectionSource][] = [
  [/certif|licen[cs]|course/, "certificates"],
  [/publica|paper|article|journal|book|preprint|talk|present|lecture/, "publications"],
];

export function targetOf(section: Section): SectionSource {
  const words = `${section.id} ${section.title}`.toLowerCase();
  const match = (rules: readonly [RegExp, SectionSource][]) => rules.find(([re]) => re.test(words))?.[1];
  switch (section.kind) {
    case "text":
      return "summary";
    case "skills":
      return /language/.test(words) ? "languages" : /interest|hobb/.test(words) ? "interests" : "skills";
    case "list":
      return match(LIST_RULES) ?? "awards";
    case "entries":
      return match(ENTRY_RULES) ?? "work";
  }
}
