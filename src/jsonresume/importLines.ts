/**
 * One-line items: awards, certificates and publications that hold only a title and a date become list items
 * (`- Title {dates=2014-11}`); skills, languages and interests become skill lines (`- Label: value, value`).
 */

import type { GeneratedFile } from "./generatedFile.js";
import type { ImportContext } from "./importContext.js";
import { hasContent, type Item, textOf } from "./items.js";
import type { JsonPath } from "./jsonSource.js";
import { ENTRY_MAPPINGS, type EntrySource, isFluency } from "./mapping.js";
import { plainInline, richInline, wrap } from "./markdownText.js";
import type { VitaeExtras } from "./types.js";

/** The keys of `vitae` a list item or skill line carries in its attribute block. */
const LINE_EXTRAS: readonly (keyof VitaeExtras)[] = ["id", "tags", "priority", "endDate"];

/** Whether an item is only a title and a date (and attributes), so that it reads as one line of a list. */
export function isListable(item: Item, from: EntrySource): boolean {
  const { title, dates } = ENTRY_MAPPINGS[from];
  const rest = Object.entries(item).filter(([key]) => key !== title && key !== dates && key !== "vitae");
  const extras = Object.keys(item.vitae ?? {}) as (keyof VitaeExtras)[];
  return (
    textOf(item, title) !== undefined &&
    !rest.some(([, v]) => hasContent(v)) &&
    extras.every((k) => LINE_EXTRAS.includes(k))
  );
}

/** A list item: the title as running text, the date (and the end of a range) as its dates attribute. */
export function addListItem(
  item: Item,
  from: EntrySource,
  index: number,
  file: GeneratedFile,
  ctx: ImportContext,
): void {
  const path: JsonPath = [from, index];
  const { title = "title", dates } = ENTRY_MAPPINGS[from];
  const extras = item.vitae ?? {};
  const date =
    dates === undefined || dates === "range" ? undefined : ctx.date(textOf(item, dates), [...path, dates]);
  const end = extras.endDate;
  const endChecked =
    end === undefined || /^present$/i.test(end) ? end : ctx.date(end, [...path, "vitae", "endDate"]);
  const range =
    date === undefined
      ? undefined
      : ctx.range(endChecked ? `${date} – ${endChecked}` : date, [...path, "vitae", "endDate"]);
  const attributes = attributeBlock(extras, range);
  file.add(wrap(`${richInline(textOf(item, title) ?? "")}${attributes}`, "- ", "  "), [...path, title]);
  for (const comment of ctx.keepUnknown(path, file.name)) file.blank().add(comment).blank();
}

/** ` {#id .tag priority=N dates="…"}`, or "" when there is nothing to say. */
export function attributeBlock(extras: VitaeExtras, dates?: string): string {
  const tokens = [
    ...(extras.id ? [`#${extras.id}`] : []),
    ...(extras.tags ?? []).map((t) => `.${t}`),
    ...(extras.priority === undefined ? [] : [`priority=${extras.priority}`]),
    ...(dates === undefined ? [] : [`dates=${/\s/.test(dates) ? `"${dates}"` : dates}`]),
  ];
  return tokens.length === 0 ? "" : ` {${tokens.join(" ")}}`;
}

/** How each kind of skill line reads: its label and values, from one item. */
const SKILL_SHAPES = {
  skills: { label: "name", values: "keywords", qualifier: "level" },
  languages: { label: "language", values: "fluency", qualifier: undefined },
  interests: { label: "name", values: "keywords", qualifier: undefined },
} as const;

export type SkillSource = keyof typeof SKILL_SHAPES;

/**
 * The skill lines of a section: one `- Label: values` per item (a skill's level in parentheses after its
 * name); items without values share one line labelled with the section's title.
 */
export function addSkillLines(
  items: readonly { item: Item; index: number }[],
  from: SkillSource,
  sectionTitle: string,
  file: GeneratedFile,
  ctx: ImportContext,
): void {
  const shape = SKILL_SHAPES[from];
  const bare: { text: string; path: JsonPath }[] = [];
  const comments: string[] = [];
  const byFluency = from === "languages" ? sharedFluencies(items) : new Map<string, Item[]>();
  for (const { item, index } of items) {
    const path: JsonPath = [from, index];
    const fluency = textOf(item, "fluency");
    const group = fluency === undefined ? undefined : byFluency.get(fluency);
    if (fluency !== undefined && group !== undefined) {
      // A level and its languages on one line, as people write them: "Native: French, Spanish".
      if (group[0] === item)
        file.add(
          wrap(
            `${plainInline(fluency)}: ${group.map((i) => plainInline(textOf(i, "language") ?? "")).join(", ")}`,
            "- ",
            "  ",
          ),
          path,
        );
      comments.push(...ctx.keepUnknown(path, file.name));
      continue;
    }
    const name = textOf(item, shape.label);
    const qualifier = shape.qualifier && textOf(item, shape.qualifier);
    const raw = item[shape.values];
    const values = (Array.isArray(raw) ? raw : [raw]).filter(
      (v): v is string => typeof v === "string" && v.trim() !== "",
    );
    values.forEach((value, i) => {
      const parts = commaParts(value);
      if (parts > 1 && Array.isArray(raw))
        ctx.note([...path, shape.values, i], `"${value}" holds a comma; vitae reads it as ${parts} values`);
    });
    comments.push(...ctx.keepUnknown(path, file.name));
    const label = name === undefined ? undefined : qualifier ? `${name} (${qualifier})` : name;
    if (label?.includes(":")) {
      ctx.error(
        [...path, shape.label],
        `a colon ends a skill line's label in vitae; "${label}" cannot be one`,
      );
      continue;
    }
    if (values.length === 0) {
      if (label !== undefined) bare.push({ text: plainInline(label), path });
      continue;
    }
    if (label === undefined)
      ctx.note(path, `no "${shape.label}"; its values are printed under the label "Other"`);
    const line = `${plainInline(label ?? "Other")}: ${values.map(plainInline).join(", ")}${attributeBlock(item.vitae ?? {})}`;
    file.add(wrap(line, "- ", "  "), path);
  }
  if (bare.length > 0)
    file.add(
      wrap(`${plainInline(sectionTitle)}: ${bare.map((b) => b.text).join(", ")}`, "- ", "  "),
      bare[0]?.path,
    );
  for (const comment of comments) file.blank().add(comment).blank();
}

/** How many values a skill line reads in `text`: commas inside parentheses or brackets do not separate. */
function commaParts(text: string): number {
  let depth = 0;
  let parts = 1;
  for (const ch of text) {
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    else if (ch === "," && depth === 0) parts++;
  }
  return parts;
}

/** The languages of each level that reads as one (Native, Fluent, C1), in order: a line per level. */
function sharedFluencies(items: readonly { item: Item }[]): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const { item } of items) {
    const fluency = textOf(item, "fluency");
    if (fluency === undefined || textOf(item, "language") === undefined || !isFluency(fluency)) continue;
    groups.set(fluency, [...(groups.get(fluency) ?? []), item]);
  }
  return groups;
}
