import { readAttributes } from "../attributeRules.js";
import { takeAttributes } from "../attributes.js";
import { itemParts, rejectBlock, rejectNested } from "../blocks.js";
import type { FileContext } from "../context.js";
import { shortSlug } from "../ids.js";
import { plainText, toSpans } from "../inline.js";
import { DEFAULT_PRIORITY } from "../priority.js";
import type { SkillGroup, Source } from "../schema.js";
import type { SectionInput } from "./input.js";

/** A skills section: `- Label: value, value, …` per line, with optional `{#id .tag priority=N}`. */
export function readSkillGroups(input: SectionInput): SkillGroup[] {
  const { ctx, ids } = input;
  const groups: SkillGroup[] = [];
  for (const block of input.blocks) {
    if (block.type !== "list" || block.ordered) {
      const expected =
        block.type === "paragraph"
          ? 'write each skill line as "- Label: value, value"'
          : 'a skills section holds "- Label: value, value" bullets';
      rejectBlock(block, ctx, expected);
      continue;
    }
    for (const node of block.children) {
      const { paragraph, nested } = itemParts(node, ctx, "a skill line");
      rejectNested(nested, ctx, "a skill line");
      if (paragraph === undefined) continue;
      const source = ctx.at(node);
      const { content, block: attributeBlock } = takeAttributes(paragraph.children, ctx);
      const attributes = readAttributes(attributeBlock, { what: "a skill line", selectable: true }, ctx);
      const line = splitSkillLine(plainText(toSpans(content, ctx), ctx, source, "a skill line"), source, ctx);
      if (line === undefined) continue;
      const group: SkillGroup = {
        id: "",
        tags: attributes.tags,
        priority: attributes.priority ?? DEFAULT_PRIORITY,
        source,
        ...line,
      };
      ids.claim(group, attributes.id, () => shortSlug(line.label) || "skills");
      groups.push(group);
    }
  }
  if (input.blocks.length === 0)
    ctx.error(
      input.source,
      `the section "${input.title}" has no skill lines; write each as "- Label: value, value"`,
    );
  return groups;
}

/** "Label: a, b (c, d)" -> label and values; commas inside parentheses do not split. */
function splitSkillLine(
  text: string,
  at: Source,
  ctx: FileContext,
): { label: string; values: string[] } | undefined {
  const colon = text.indexOf(":");
  if (colon < 0) {
    ctx.error(at, `a skill line is "Label: value, value"; found no colon in "${text}"`);
    return undefined;
  }
  const label = text.slice(0, colon).trim();
  const values = splitOutsideParentheses(text.slice(colon + 1)).map((v) => v.trim());
  if (label === "") ctx.error(at, "a skill line with no label before its colon");
  if (values.every((v) => v === "")) ctx.error(at, `the skill line "${label}" has no values after its colon`);
  else if (values.some((v) => v === ""))
    ctx.error(at, `an empty value in the skill line "${label}" (two commas in a row, or a comma at the end)`);
  return { label, values: values.filter((v) => v !== "") };
}

/** Splits at commas that are not inside parentheses or brackets: `Chinese (native, fluent), English`. */
export function splitOutsideParentheses(text: string): string[] {
  const parts = [""];
  let depth = 0;
  for (const ch of text) {
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    if (ch === "," && depth === 0) parts.push("");
    else parts[parts.length - 1] += ch;
  }
  return parts;
}
