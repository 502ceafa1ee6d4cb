/**
 * Skill lines -> skills, languages or interests. A skill's level is the parenthesis that ends its label
 * ("Web Development (Master)"); a line labelled with the section's title lists items without keywords; a
 * languages line labelled with a level ("Native: French, Spanish") gives each language that fluency.
 */

import { shortSlug } from "../model/ids.js";
import type { SkillGroup, SkillsSection } from "../model/schema.js";
import { selection } from "./exportEntries.js";
import { isFluency } from "./mapping.js";
import type { JsonInterest, JsonLanguage, JsonSkill, VitaeExtras } from "./types.js";

/** "Web Development (Master)" -> name and level. */
function nameAndLevel(text: string): { name: string; level?: string } {
  const match = /^(.*\S)\s+\(([^()]+)\)$/.exec(text);
  return match ? { name: match[1] ?? text, level: match[2] ?? "" } : { name: text };
}

function isTitleLine(group: SkillGroup, section: SkillsSection): boolean {
  const label = group.label.toLowerCase();
  return label === section.title.toLowerCase() || label === section.id;
}

/** Tags, priority, and the id when it is not the one an import derives from the label again. */
function extras(group: SkillGroup): { vitae?: VitaeExtras } {
  const chosen: VitaeExtras = {
    ...(group.id === shortSlug(group.label) ? {} : { id: group.id }),
    ...selection(group),
  };
  return Object.keys(chosen).length === 0 ? {} : { vitae: chosen };
}

export function skillItems(section: SkillsSection): JsonSkill[] {
  return section.groups.flatMap((group): JsonSkill[] => {
    if (isTitleLine(group, section)) return group.values.map((value) => nameAndLevel(value));
    return [{ ...nameAndLevel(group.label), keywords: group.values, ...extras(group) }];
  });
}

export function languageItems(section: SkillsSection): JsonLanguage[] {
  return section.groups.flatMap((group): JsonLanguage[] => {
    if (isTitleLine(group, section) || /^languages?$/i.test(group.label))
      return group.values.map((language) => ({ language }));
    if (isFluency(group.label)) return group.values.map((language) => ({ language, fluency: group.label }));
    return [{ language: group.label, fluency: group.values.join(", "), ...extras(group) }];
  });
}

export function interestItems(section: SkillsSection): JsonInterest[] {
  return section.groups.flatMap((group): JsonInterest[] => {
    if (isTitleLine(group, section)) return group.values.map((name) => ({ name }));
    return [{ name: group.label, keywords: group.values, ...extras(group) }];
  });
}
