/**
 * A vitae entry or list item -> an item of a JSON Resume array, field by field as mapping.ts says; what the item
 * type has no key for goes into its `vitae` object.
 */

import { DEFAULT_PRIORITY } from "../model/priority.js";
import type { Bullet, Entry, ListItem, RichText } from "../model/schema.js";
import { splitOutsideParentheses } from "../model/sections/skills.js";
import { isoRange } from "./dates.js";
import { ENTRY_MAPPINGS, type EntrySource, looksLikeDegree, SCORE_LINE, scoreLabel } from "./mapping.js";
import { spansMarkdown } from "./spansMarkdown.js";
import type { BulletExtras, VitaeExtras } from "./types.js";

export type JsonItem = Record<string, unknown> & { vitae?: VitaeExtras };

/** A courses line of an education entry ("Relevant courses: …"). */
const COURSES = /^(?:[\p{L} ]*\s)?courses?:\s*/iu;

export function entryItem(entry: Entry, target: EntrySource): JsonItem {
  const m = ENTRY_MAPPINGS[target];
  const item: JsonItem = { [m.title]: entry.title };
  const extras: VitaeExtras = { id: entry.id, ...selection(entry) };
  const put = (key: string | undefined, extra: keyof VitaeExtras, value: string | string[] | undefined) => {
    if (value === undefined || value.length === 0) return;
    if (key !== undefined) item[key] = value;
    else (extras as Record<string, unknown>)[extra] = value;
  };
  put(m.organization, "organization", entry.organization);
  if (entry.role !== undefined) {
    if (m.role === "position") item.position = entry.role;
    else if (m.role === "roles") item.roles = entry.role.split(/,\s+/);
    else if (m.role === "degree") Object.assign(item, degree(entry.role));
    else extras.role = entry.role;
  }
  put(undefined, "supervisor", entry.supervisor);
  put(m.status, "status", entry.status);
  put(m.location, "location", entry.location);
  if (entry.dates) {
    const { start, end, ongoing } = isoRange(entry.dates);
    if (m.dates === "range")
      Object.assign(item, { startDate: start, ...(end === undefined ? {} : { endDate: end }) });
    else if (m.dates !== undefined) {
      item[m.dates] = start;
      if (ongoing || (end !== undefined && end !== start))
        extras.endDate = ongoing ? "present" : (end ?? start);
    } else extras.dates = ongoing ? `${start} – present` : end === start ? start : `${start} – ${end}`;
  }
  put(m.url ? "url" : undefined, "url", entry.url);
  put(m.keywords ? "keywords" : undefined, "keywords", entry.keywords);
  details(entry, target, item, extras);
  put(m.bullets ? "highlights" : undefined, "highlights", highlights(entry.bullets));
  const bullets = entry.bullets.map(bulletExtras);
  if (bullets.some((b) => Object.keys(b).length > 1)) extras.bullets = bullets;
  item.vitae = extras;
  return item;
}

/** A list item (one line: text and dates) as an award, certificate or publication. */
export function listItem(item: ListItem, target: EntrySource): JsonItem {
  const m = ENTRY_MAPPINGS[target];
  const out: JsonItem = { [m.title]: spansMarkdown(item.text) };
  const extras: VitaeExtras = { id: item.id, ...selection(item) };
  if (item.dates) {
    const { start, end, ongoing } = isoRange(item.dates);
    if (m.dates === "range")
      Object.assign(out, { startDate: start, ...(end === undefined ? {} : { endDate: end }) });
    else {
      out[m.dates ?? "date"] = start;
      if (ongoing || (end !== undefined && end !== start))
        extras.endDate = ongoing ? "present" : (end ?? start);
    }
  }
  out.vitae = extras;
  return out;
}

/** Tags and a priority other than the default: what variants select by. */
export function selection(node: {
  tags: string[];
  priority: number;
}): Pick<VitaeExtras, "tags" | "priority"> {
  return {
    ...(node.tags.length > 0 ? { tags: node.tags } : {}),
    ...(node.priority === DEFAULT_PRIORITY ? {} : { priority: node.priority }),
  };
}

/** "B.S. in Computer Science" -> studyType and area; a role without " in " is one or the other. */
function degree(role: string): { studyType?: string; area?: string } {
  const at = role.indexOf(" in ");
  if (at > 0) return { studyType: role.slice(0, at), area: role.slice(at + 4) };
  return looksLikeDegree(role) ? { studyType: role } : { area: role };
}

function details(entry: Entry, target: EntrySource, item: JsonItem, extras: VitaeExtras): void {
  const lines = entry.details.map((d) => spansMarkdown(d));
  const rest: string[] = [];
  const { details: where } = ENTRY_MAPPINGS[target];
  if (where === "work") {
    const first = entry.details[0];
    if (first && isItalic(first)) {
      item.description = spansMarkdown(first.map(({ italic: _, ...span }) => span));
      lines.shift();
    }
    if (lines.length > 0) item.summary = lines.join("\n\n");
    return;
  }
  if (where === "education") {
    for (const line of lines) {
      if (SCORE_LINE.test(line) && item.score === undefined) item.score = scoreOf(line);
      else if (COURSES.test(line) && item.courses === undefined) {
        const rest = line.replace(COURSES, "");
        item.courses = courseList(rest);
        const label = line.slice(0, line.length - rest.length).replace(/:\s*$/, "");
        if (label !== "Courses") extras.coursesLabel = label;
      } else rest.push(line);
    }
  } else if (where !== undefined) {
    if (lines.length > 0) item[where] = lines.join("\n\n");
  } else rest.push(...lines);
  if (rest.length > 0) extras.details = rest;
}

/** The score of a score line: without its label when the import would write that label again, else whole. */
function scoreOf(line: string): string {
  const rest = line.replace(SCORE_LINE, "");
  const label = line.slice(0, line.length - rest.length).replace(/:\s*$/, "");
  return scoreLabel(rest).toLowerCase() === label.toLowerCase() ? rest : line;
}

/** Courses joined by semicolons when there are any, else by commas outside parentheses. */
function courseList(text: string): string[] {
  if (text.includes("; ")) return text.split(/;\s+/).filter(Boolean);
  return splitOutsideParentheses(text)
    .map((p) => p.trim())
    .filter(Boolean);
}

function isItalic(text: RichText): boolean {
  return text.every((span) => span.italic || span.text.trim() === "");
}

/** A bullet's id, tags, priority and alternative phrasings: what a highlight string cannot hold. */
function bulletExtras(bullet: Bullet): BulletExtras {
  const alternatives = bullet.alternatives.map((a) => ({ name: a.name, text: spansMarkdown(a.text) }));
  return { id: bullet.id, ...selection(bullet), ...(alternatives.length > 0 ? { alternatives } : {}) };
}

/** Bullets as highlights; a sub-bullet is a highlight after its bullet that starts with an en dash. */
function highlights(bullets: readonly Bullet[]): string[] {
  return bullets.flatMap((b) => [
    spansMarkdown(b.text),
    ...b.children.map((c) => `– ${spansMarkdown(c.text)}`),
  ]);
}
