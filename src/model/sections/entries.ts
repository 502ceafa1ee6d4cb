import type { Paragraph, RootContent } from "mdast";
import { headingText, rejectBlock, richText } from "../blocks.js";
import type { FileContext } from "../context.js";
import { ENTRY_FIELDS, readEntryFields } from "../entryFields.js";
import { isUnclosedFence } from "../fences.js";
import { shortSlug } from "../ids.js";
import { DEFAULT_PRIORITY } from "../priority.js";
import type { EntriesSection, Entry } from "../schema.js";
import { readBullets } from "./bullets.js";
import type { SectionInput } from "./input.js";
import { tableProblem } from "./tables.js";

const ENTRY_HINT = "an entry's id, tags and priority go in its yaml block";

/**
 * An entries section: each `## Title` starts an entry, followed by an optional ```yaml block of fields,
 * detail paragraphs and bullets, in that order.
 */
export function readEntries(input: SectionInput): EntriesSection["entries"] {
  const { ctx, ids } = input;
  const entries: Entry[] = [];
  let current: { entry: Entry; stage: "fields" | "details" | "bullets"; hasFields: boolean } | undefined;
  for (const block of input.blocks) {
    // A deeper heading where the first entry should start is reported, then read as that entry, so the yaml
    // block and bullets under it are checked as an entry's rather than each reported as out of place.
    const misplaced = current === undefined && block.type === "heading" && block.depth > 2;
    if (misplaced) rejectBeforeFirst(block, input);
    if (block.type === "heading" && (block.depth === 2 || misplaced)) {
      const entry: Entry = {
        id: "",
        tags: [],
        priority: DEFAULT_PRIORITY,
        source: ctx.at(block),
        title: headingText(block, ctx, "the entry title", ENTRY_HINT),
        keywords: [],
        details: [],
        bullets: [],
      };
      entries.push(entry);
      current = { entry, stage: "fields", hasFields: false };
      // Claimed now, named once its fields are read: the claim keeps document order for derived ids.
      ids.claim(entry, undefined, () => shortSlug(entry.title) || "entry");
      continue;
    }
    if (current === undefined) {
      rejectBeforeFirst(block, input);
      continue;
    }
    const { entry } = current;
    if (block.type === "code" && isYaml(block.lang)) {
      if (isUnclosedFence(block, ctx))
        ctx.error(
          ctx.at(block),
          `the \`\`\`yaml block of "${entry.title}" is never closed, so everything after it was read as its fields`,
          "add a line ``` after the fields",
        );
      else if (current.hasFields)
        ctx.error(
          ctx.at(block),
          `a second yaml block in the entry "${entry.title}"; give each field once in one block`,
        );
      else if (current.stage !== "fields") {
        ctx.error(
          ctx.at(block),
          `the yaml block of "${entry.title}" comes after its text; put it right under the ## heading`,
        );
      } else {
        const { id, ...fields } = readEntryFields(block, ctx);
        Object.assign(entry, fields);
        if (id) ids.setExplicit(entry, id);
      }
      current.hasFields = true;
    } else if (block.type === "paragraph") {
      if (current.stage === "bullets") {
        ctx.error(
          ctx.at(block),
          `a paragraph after the bullets of "${entry.title}"; detail lines go between the fields and the bullets`,
        );
      }
      const problem = tableProblem(block, ctx);
      if (problem) ctx.error(ctx.at(block), problem);
      else {
        warnIfFields(block, ctx, current.hasFields);
        const text = richText(block.children, ctx, "a detail line");
        if (text.length > 0) entry.details.push(text);
      }
      current.stage = current.stage === "bullets" ? "bullets" : "details";
    } else if (block.type === "list" && !block.ordered) {
      entry.bullets.push(...readBullets(block, entry, ctx, ids));
      current.stage = "bullets";
    } else if (block.type === "heading" && block.depth > 2) {
      ctx.error(
        ctx.at(block),
        `a level-${block.depth} heading in an entry; entries are level-2 headings (## Title) and hold a yaml block, detail paragraphs and bullets`,
      );
    } else if (block.type === "code") {
      ctx.error(
        ctx.at(block),
        `a code block is not allowed in an entry; fields go in a \`\`\`yaml block right under the ## heading`,
      );
    } else rejectBlock(block, ctx, "an entry holds a yaml block, detail paragraphs and bullets");
  }
  // Only for a section with nothing in it: otherwise each block there was reported already.
  if (input.blocks.length === 0)
    ctx.error(
      input.source,
      `the section "${input.title}" has no entries; start each entry with a "## Title" heading`,
    );
  return entries;
}

function rejectBeforeFirst(block: RootContent, input: SectionInput): void {
  const { ctx } = input;
  const at = ctx.at(block);
  if (block.type === "list" && !block.ordered) {
    ctx.error(
      at,
      'a bullet list before the first entry; bullets belong under an entry\'s "## Title" heading',
    );
  } else if (block.type === "paragraph") {
    ctx.error(
      at,
      'text before the first entry; an entries section holds "## Title" entries (use kind: text for paragraphs)',
    );
  } else if (block.type === "code") {
    ctx.error(
      at,
      'a code block before the first entry; fields go in a ```yaml block under an entry\'s "## Title" heading',
    );
  } else if (block.type === "heading" && block.depth > 2) {
    ctx.error(
      at,
      `a level-${block.depth} heading where an entry is expected; entries are level-2 headings (## Title)`,
    );
  } else rejectBlock(block, ctx, 'an entries section holds "## Title" entries');
}

/**
 * A detail paragraph whose lines start with entry field names (`role: …`, `dates: …`) is almost always a yaml
 * block whose fence was forgotten: it would be printed as one run-on line of text.
 */
function warnIfFields(block: Paragraph, ctx: FileContext, hasFields: boolean): void {
  const names = ctx
    .raw(block)
    .split(/\r?\n/)
    .map((line) => /^\s*([a-z]+):(?:\s|$)/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined && ENTRY_FIELDS.includes(name));
  if (names.length === 0 || (hasFields && names.length < 2)) return;
  ctx.warn(
    ctx.at(block),
    `this detail paragraph reads like entry fields (${names.map((n) => `${n}:`).join(" ")}) and would be printed as text`,
    "fields go in a fenced block: a line ```yaml before them and a line ``` after",
  );
}

function isYaml(lang: string | null | undefined): boolean {
  return lang === "yaml" || lang === "yml";
}
