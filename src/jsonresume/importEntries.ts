/**
 * An item of work, volunteer, education, projects, awards, certificates, publications or references -> one
 * entry: `## Title`, a yaml block of fields, detail lines and bullets, field by field as mapping.ts says.
 */
import { Document, visit } from "yaml";
import { rangeText } from "./dates.js";
import type { GeneratedFile } from "./generatedFile.js";
import type { ImportContext } from "./importContext.js";
import { attributeBlock } from "./importLines.js";
import { type Item, listOf, textOf } from "./items.js";
import type { JsonPath } from "./jsonSource.js";
import { ENTRY_MAPPINGS, type EntrySource, SCORE_LINE, scoreLabel } from "./mapping.js";
import { plainInline, richInline, wrap } from "./markdownText.js";
import type { BulletExtras, VitaeExtras } from "./types.js";

/** A sub-bullet in a list of highlights: a highlight that starts with an en dash and a space. */
const SUB_BULLET = /^–\s+/;

/** The entry of one item, appended to `file`. */
export function addEntry(
  item: Item,
  from: EntrySource,
  index: number,
  file: GeneratedFile,
  ctx: ImportContext,
): void {
  const path: JsonPath = [from, index];
  const m = ENTRY_MAPPINGS[from];
  const extras = item.vitae ?? {};
  const role = roleOf(item, from, path);
  let title = textOf(item, m.title);
  let titlePath: JsonPath = [...path, m.title];
  let roleText = role?.text ?? extras.role;
  if (title === undefined && role !== undefined) {
    // A job or degree without its organisation's name: the position is what there is to print as the title.
    title = role.text;
    titlePath = role.path;
    roleText = extras.role;
    ctx.note(path, `no "${m.title}"; its ${role.key} is the entry's title`);
  }
  if (title === undefined) {
    ctx.error(path, `an entry needs a title: give "${m.title}"`);
    return;
  }
  file.add(`## ${plainInline(title)}`, titlePath).blank();

  const fields: [string, unknown, JsonPath][] = [];
  const field = (key: string, value: unknown, at: JsonPath) => {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) fields.push([key, value, at]);
  };
  field("id", entryId(extras, title, roleText ?? textOf(item, m.organization), path, ctx), [
    ...path,
    "vitae",
    "id",
  ]);
  field("organization", textOf(item, m.organization) ?? extras.organization, [
    ...path,
    m.organization ?? "vitae",
  ]);
  field("role", roleText, role?.path ?? [...path, "vitae", "role"]);
  field("supervisor", extras.supervisor, [...path, "vitae", "supervisor"]);
  field("status", textOf(item, m.status) ?? extras.status, [...path, m.status ?? "vitae"]);
  field("location", textOf(item, m.location) ?? extras.location, [...path, m.location ?? "vitae"]);
  const dates = datesOf(item, from, path, extras, ctx);
  field("dates", dates?.text, dates?.path ?? path);
  field("url", (m.url ? textOf(item, "url") : undefined) ?? extras.url, [...path, m.url ? "url" : "vitae"]);
  field("keywords", m.keywords ? listOf(item, "keywords") : extras.keywords, [
    ...path,
    m.keywords ? "keywords" : "vitae",
  ]);
  field("tags", extras.tags, [...path, "vitae", "tags"]);
  field("priority", extras.priority, [...path, "vitae", "priority"]);
  file.add("```yaml");
  for (const [key, value, at] of fields) file.add(yamlLine(key, value), at);
  file.add("```").blank();
  for (const comment of ctx.keepUnknown(path, file.name)) file.add(comment).blank();

  for (const detail of detailsOf(item, from, path, extras))
    file.add(wrap(detail.markdown), detail.path).blank();
  const bullets = m.bullets ? listOf(item, "highlights") : (extras.highlights ?? []);
  const bulletsKey = m.bullets ? "highlights" : "vitae";
  const bulletExtras = matchingBulletExtras(bullets, extras, path, ctx);
  let top = -1;
  bullets.forEach((text, i) => {
    const at: JsonPath = [...path, bulletsKey, ...(m.bullets ? [i] : ["highlights", i])];
    if (i > 0 && SUB_BULLET.test(text)) {
      file.add(wrap(richInline(text.replace(SUB_BULLET, "")), "  - ", "    "), at);
      return;
    }
    top++;
    const more = bulletExtras?.[top] ?? {};
    file.add(wrap(`${richInline(text)}${attributeBlock(more)}`, "- ", "  "), at);
    for (const alternative of more.alternatives ?? [])
      file.add(wrap(`${richInline(alternative.text)} {alt=${alternative.name}}`, "  - ", "    "), [
        ...path,
        "vitae",
        "bullets",
        top,
      ]);
  });
  file.blank();
}

/** `vitae.bullets` when it has one record per bullet; otherwise (the highlights were edited) noted and unused. */
function matchingBulletExtras(
  highlights: readonly string[],
  extras: VitaeExtras,
  path: JsonPath,
  ctx: ImportContext,
): BulletExtras[] | undefined {
  if (extras.bullets === undefined) return undefined;
  const count = highlights.filter((h, i) => i === 0 || !SUB_BULLET.test(h)).length;
  if (extras.bullets.length === count) return extras.bullets;
  ctx.note(
    [...path, "vitae", "bullets"],
    `${extras.bullets.length} records for ${count} bullets; their ids, tags and phrasings are not used`,
  );
  return undefined;
}

/** One field as yaml, quoted where yaml needs it (a value with ": " or " #"), lists in flow style. */
function yamlLine(key: string, value: unknown): string {
  const doc = new Document({ [key]: value });
  visit(doc, {
    Seq(_, node) {
      node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

function entryId(
  extras: VitaeExtras,
  title: string,
  second: string | undefined,
  path: JsonPath,
  ctx: ImportContext,
): string {
  if (extras.id !== undefined) {
    if (ctx.claimId(extras.id)) return extras.id;
    ctx.note([...path, "vitae", "id"], `the id "${extras.id}" is taken; a new one is derived from the title`);
  }
  return ctx.uniqueId(title, second);
}

/** The role line of an item and where it comes from: position, roles, or degree (studyType in area). */
function roleOf(
  item: Item,
  from: EntrySource,
  path: JsonPath,
): { text: string; path: JsonPath; key: string } | undefined {
  const { role } = ENTRY_MAPPINGS[from];
  let text: string | undefined;
  let key = "";
  if (role === "position") {
    key = "position";
    text = textOf(item, key);
  } else if (role === "roles") {
    key = "roles";
    const roles = listOf(item, key);
    text = roles.length === 0 ? undefined : roles.join(", ");
  } else if (role === "degree") {
    const studyType = textOf(item, "studyType");
    const area = textOf(item, "area");
    key = studyType ? "studyType" : "area";
    text = studyType && area ? `${studyType} in ${area}` : (studyType ?? area);
  }
  return text === undefined ? undefined : { text, path: [...path, key], key };
}

/**
 * The dates field: a range from startDate and endDate (no endDate: ongoing, "– present"), one date (with the
 * end of a range kept in `vitae.endDate`), or `vitae.dates` for an item type without dates. Each date is
 * checked as vitae reads it, and reported at its own key.
 */
function datesOf(
  item: Item,
  from: EntrySource,
  path: JsonPath,
  extras: VitaeExtras,
  ctx: ImportContext,
): { text: string; path: JsonPath } | undefined {
  const { dates } = ENTRY_MAPPINGS[from];
  if (dates === undefined) {
    const text = ctx.range(extras.dates, [...path, "vitae", "dates"]);
    return text === undefined ? undefined : { text, path: [...path, "vitae", "dates"] };
  }
  if (dates === "range") {
    const start = ctx.date(textOf(item, "startDate"), [...path, "startDate"]);
    const end = ctx.date(textOf(item, "endDate"), [...path, "endDate"]);
    if (start === undefined && textOf(item, "startDate") !== undefined) return undefined;
    if (end === undefined && textOf(item, "endDate") !== undefined) return undefined;
    if (start === undefined && end !== undefined)
      ctx.note([...path, "endDate"], "an end date without a start date; printed as the one date");
    const text = ctx.range(rangeText(start, end), [...path, "endDate"]);
    return text === undefined ? undefined : { text, path: [...path, start ? "startDate" : "endDate"] };
  }
  const date = ctx.date(textOf(item, dates), [...path, dates]);
  const endText = extras.endDate;
  const end =
    endText === undefined || /^present$/i.test(endText)
      ? endText
      : ctx.date(endText, [...path, "vitae", "endDate"]);
  if (date === undefined) return undefined;
  const text = ctx.range(end === undefined ? date : `${date} – ${end}`, [...path, "vitae", "endDate"]);
  return text === undefined ? undefined : { text, path: [...path, dates] };
}

/** Detail lines as Markdown paragraphs, each with the key it came from. */
function detailsOf(item: Item, from: EntrySource, path: JsonPath, extras: VitaeExtras): Detail[] {
  const out: Detail[] = [];
  const paragraphs = (key: string) => {
    for (const paragraph of (textOf(item, key) ?? "").split(/\n\s*\n/))
      if (paragraph.trim() !== "") out.push({ markdown: richInline(paragraph), path: [...path, key] });
  };
  const { details } = ENTRY_MAPPINGS[from];
  if (details === "work") {
    const description = textOf(item, "description");
    // The company's description, in italics, so an export can tell it from the summary.
    if (description) out.push({ markdown: `*${richInline(description)}*`, path: [...path, "description"] });
    paragraphs("summary");
  } else if (details === "education") {
    const score = textOf(item, "score");
    // A score that names itself ("GPA: 3.9; Dean's List", from an export) is written as it is.
    const line = SCORE_LINE.test(score ?? "") ? score : score && `${scoreLabel(score)}: ${score}`;
    if (line) out.push({ markdown: richInline(line), path: [...path, "score"] });
    const courses = listOf(item, "courses");
    // Courses are joined with commas, or semicolons when a course name has a comma of its own.
    const separator = courses.some((c) => c.includes(",")) ? "; " : ", ";
    if (courses.length > 0)
      out.push({
        markdown: `${extras.coursesLabel ?? "Courses"}: ${courses.map(richInline).join(separator)}`,
        path: [...path, "courses"],
      });
  } else if (details !== undefined) paragraphs(details);
  extras.details?.forEach((text, i) => {
    out.push({ markdown: richInline(text), path: [...path, "vitae", "details", i] });
  });
  return out;
}

interface Detail {
  markdown: string;
  path: JsonPath;
}
