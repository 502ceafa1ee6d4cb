import type { AttributeBlock } from "./attributes.js";
import { didYouMean, type FileContext, oneOf } from "./context.js";
import { parseDateRange } from "./dates.js";
import { ID_PATTERN, ID_RULE } from "./idPattern.js";
import { checkId, type IdRequest } from "./ids.js";
import { readPriority } from "./priority.js";
import type { DateRange, Source } from "./schema.js";

/** Which attributes a kind of item takes. */
export interface AttributeRules {
  /** Names the item in messages, e.g. "a bullet". */
  what: string;
  /** Accepts `#id`, `.tag` and `priority=N`. */
  selectable: boolean;
  /** Accepts `dates=…` (list items). */
  dates?: boolean;
  /** Accepts `alt=NAME` (alternative phrasings). */
  alt?: boolean;
}

/** The attributes of one item, validated. */
export interface Attributes {
  id?: IdRequest;
  tags: string[];
  priority?: number;
  dates?: DateRange;
  alt?: { name: string; source: Source };
}

/** Checks an attribute block against what the item takes, reporting every unknown, repeated or invalid one. */
export function readAttributes(
  block: AttributeBlock | undefined,
  rules: AttributeRules,
  ctx: FileContext,
): Attributes {
  const result: Attributes = { tags: [] };
  if (block === undefined) return result;
  const keys = [
    ...(rules.selectable ? ["priority"] : []),
    ...(rules.dates ? ["dates"] : []),
    ...(rules.alt ? ["alt"] : []),
  ];
  const expected = [
    ...(rules.selectable ? ["#id", ".tag"] : []),
    ...keys.map((k) => `${k}=${k === "alt" ? "NAME" : k === "priority" ? "N" : "…"}`),
  ];
  const seen = new Set<string>();
  for (const token of block.tokens) {
    const name = token.kind === "pair" ? token.key : token.kind === "id" ? "#id" : ".tag";
    if (token.kind !== "tag" && seen.has(name)) {
      ctx.error(
        token.source,
        `${token.kind === "id" ? "a second #id" : `"${name}" is given twice`} in the attribute block of ${rules.what}`,
      );
      continue;
    }
    seen.add(name);
    if (token.kind === "id" || token.kind === "tag") {
      if (!rules.selectable) {
        ctx.error(
          token.source,
          `${rules.what} takes only ${oneOf(expected)}; its id and tags are those of the bullet above`,
        );
      } else if (token.kind === "id") {
        const id = checkId(token.value, token.source, ctx);
        if (id) result.id = id;
      } else if (checkTag(token.value, token.source, ctx)) result.tags.push(token.value);
      continue;
    }
    if (!keys.includes(token.key)) {
      const hint =
        token.key === "alt"
          ? "an alternative phrasing is a nested bullet, indented under the bullet it rephrases"
          : didYouMean(token.key, keys);
      ctx.error(
        token.source,
        `unknown attribute "${token.key}" on ${rules.what}; expected ${oneOf(expected)}`,
        hint,
      );
    } else if (token.key === "priority") {
      const priority = readPriority(token.value, token.valueSource, ctx);
      if (priority !== undefined) result.priority = priority;
    } else if (token.key === "dates") {
      const dates = parseDateRange(token.value);
      if (dates.ok) result.dates = dates.value;
      else
        ctx.error({ ...token.valueSource, column: token.valueSource.column + dates.offset }, dates.message);
    } else if (token.value === "") ctx.error(token.source, "alt= needs a name, e.g. {alt=short}");
    else result.alt = { name: token.value, source: token.source };
  }
  return result;
}

/** Reports a tag that is not lowercase letters, digits and hyphens; true when the tag is fine. */
export function checkTag(tag: string, at: Source, ctx: FileContext): boolean {
  if (ID_PATTERN.test(tag)) return true;
  ctx.error(at, `invalid tag "${tag}": tags are ${ID_RULE}`);
  return false;
}
