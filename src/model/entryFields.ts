import type { Code } from "mdast";
import { isScalar, isSeq } from "yaml";
import { checkTag } from "./attributeRules.js";
import type { FileContext } from "./context.js";
import { parseDateRange } from "./dates.js";
import { fieldHint } from "./fieldHints.js";
import { checkId, type IdRequest } from "./ids.js";
import { readPriority } from "./priority.js";
import {
  type Entry,
  EntryFieldsSchema,
  EntryTextFieldsSchema,
  SELECTABLE_FIELDS,
  type Source,
} from "./schema.js";
import { smarten } from "./typography.js";
import { webUrlProblem } from "./urls.js";
import { describeYaml, readYamlMap, scalarText, type YamlField } from "./yamlMap.js";

type TextField = keyof typeof EntryTextFieldsSchema.shape;
const TEXT_FIELDS = Object.keys(EntryTextFieldsSchema.shape) as TextField[];
/** The keys an entry's yaml block may hold, from the model's schema. */
export const ENTRY_FIELDS: readonly string[] = [
  ...SELECTABLE_FIELDS,
  ...Object.keys(EntryFieldsSchema.shape),
];

/** The fields of an entry's ```yaml block, validated; only the ones given. */
export type EntryFields = Partial<
  Pick<Entry, keyof typeof EntryFieldsSchema.shape | Exclude<(typeof SELECTABLE_FIELDS)[number], "id">>
> & {
  id?: IdRequest;
};

/** Reads an entry's fenced yaml block, reporting unknown fields and invalid values at their own line and column. */
export function readEntryFields(code: Code, ctx: FileContext): EntryFields {
  const start = code.position?.start;
  // The block's text starts on the line after the opening fence, indented like the fence.
  const origin = { line: (start?.line ?? 1) + 1, column: start?.column ?? 1 };
  const fields = readYamlMap(code.value, origin, ctx, "entry fields");
  const result: EntryFields = {};
  for (const field of fields ?? []) {
    const { key } = field;
    if (!ENTRY_FIELDS.includes(key)) {
      ctx.error(
        field.keySource,
        `unknown field "${key}" in entry fields; expected one of: ${ENTRY_FIELDS.join(", ")}`,
        fieldHint(key, ENTRY_FIELDS),
      );
      continue;
    }
    if (field.value === null || (isScalar(field.value) && field.value.value === null)) {
      ctx.warn(field.keySource, `field "${key}" is empty and is ignored`);
      continue;
    }
    if (key === "keywords" || key === "tags") {
      const list = readList(field, ctx);
      result[key] =
        key === "tags"
          ? list.filter((t) => checkTag(t.text, t.source, ctx)).map((t) => t.text)
          : list.map((t) => smarten(t.text));
      continue;
    }
    const text = scalarText(field.value);
    if (text === undefined) {
      ctx.error(field.valueSource, `field "${key}" must be text; found ${describeYaml(field.value)}`);
    } else if (key === "id") {
      const id = checkId(text, field.valueSource, ctx);
      if (id) result.id = id;
    } else if (key === "priority") {
      const priority = readPriority(text, field.valueSource, ctx);
      if (priority !== undefined) result.priority = priority;
    } else if (key === "url") {
      const problem = webUrlProblem(text);
      if (problem) ctx.error(field.valueSource, problem);
      else result.url = text.trim();
    } else if (key === "dates") {
      const dates = parseDateRange(text);
      if (dates.ok) result.dates = dates.value;
      else ctx.error(field.inValue(dates.offset), dates.message);
    } else if (isTextField(key)) {
      result[key] = smarten(text.replace(/\s+/g, " ").trim());
    }
  }
  return result;
}

function isTextField(key: string): key is TextField {
  return (TEXT_FIELDS as readonly string[]).includes(key);
}

function readList(field: YamlField, ctx: FileContext): { text: string; source: Source }[] {
  const node = field.value;
  if (!isSeq(node)) {
    const example = field.key === "tags" ? "tags: [llm, systems]" : "keywords: [LLM Training, Checkpointing]";
    ctx.error(
      field.valueSource,
      `field "${field.key}" must be a list; found ${describeYaml(node)}`,
      `write ${example}`,
    );
    return [];
  }
  const items: { text: string; source: Source }[] = [];
  for (const item of node.items) {
    const source = field.sourceOf(item);
    const text = scalarText(item)?.trim();
    if (text === undefined || text === "")
      ctx.error(source, `an item of "${field.key}" is ${describeYaml(item)}; expected text`);
    else items.push({ text, source });
  }
  return items;
}
