/**
 * The declaration of a tailored version: the YAML front matter of `content/variants/NAME.md`. A variant may
 * select, order, rename sections and emphasize; it has no key that could change a fact.
 */
import { z } from "zod";
import { PAPERS } from "../layout/theme.js";
import { ID_PATTERN, ID_RULE } from "../model/idPattern.js";
import { printable } from "../parse/characters.js";

const IdSchema = z.string().regex(ID_PATTERN, `ids are ${ID_RULE}`);
/** Text that reaches the PDF (a title, the Subject, a keyword): the content's character rules apply. */
const PrintedSchema = z
  .string()
  .min(1)
  .refine(printable, "holds a control, invisible or undecodable character, which cannot be printed");

/** Nodes named by tag (entries, bullets, list items, skill groups) or by id (any node, sections included). */
export const SelectorSchema = z.strictObject({
  tags: z.array(IdSchema).min(1).optional().describe("Tags, written without the dot: [llm, systems]"),
  ids: z
    .array(IdSchema)
    .min(1)
    .optional()
    .describe("Ids of sections, entries, bullets, list items, skill groups"),
});

export const VariantSpecSchema = z.strictObject({
  sections: z
    .array(IdSchema)
    .min(1)
    .optional()
    .describe("Section ids to keep, in the order printed; all sections in content order when absent"),
  titles: z
    .record(IdSchema, PrintedSchema)
    .optional()
    .describe("New section titles by section id, e.g. academic: Research Experience"),
  include: SelectorSchema.optional().describe(
    "Keep only what matches (and what lies inside it); an entry is also kept, with just the matching bullets, when some of its bullets match",
  ),
  exclude: SelectorSchema.optional().describe(
    "Leave out what matches, and everything inside it; wins over include",
  ),
  order: z
    .array(IdSchema)
    .min(1)
    .optional()
    .describe(
      "Entries, bullets, list items or skill groups moved to the front of their section or entry, in this order",
    ),
  maxBullets: z
    .int()
    .min(0)
    .max(50)
    .optional()
    .describe("At most this many bullets per entry: the highest priority first, ties in content order"),
  priorityAtMost: z
    .int()
    .min(1)
    .max(9)
    .optional()
    .describe(
      "Keep only bullets and list items of this priority or a more important one (1 = most important)",
    ),
  alternatives: z
    .string()
    .min(1)
    .optional()
    .describe("Name of the alternative phrasing ({alt=NAME}) to print wherever a bullet has one"),
  emphasize: z
    .array(z.string().trim().min(1))
    .min(1)
    .optional()
    .describe(
      "Words or phrases set in bold wherever they occur in bullets, details, list items and paragraphs",
    ),
  pages: z.int().min(1).max(10).optional().describe("Page budget; the theme's (1) when absent"),
  paper: z.enum(PAPERS).optional().describe("Paper size; letter when absent"),
  theme: z.enum(["classic"]).optional().describe("Theme; classic when absent"),
  bodySize: z
    .number()
    .optional()
    .describe("Preferred body size in points, within the theme's range; fitting may still lower it"),
  subject: PrintedSchema.optional().describe('PDF Subject, e.g. "Application: ML Systems Intern, Acme"'),
  keywords: z.array(PrintedSchema).optional().describe("PDF Keywords; the skills when absent"),
  allowDrop: z
    .boolean()
    .optional()
    .describe("Whether fitting may drop low-priority bullets and items to fit"),
});

export type Selector = z.infer<typeof SelectorSchema>;
export type VariantSpec = z.infer<typeof VariantSpecSchema>;
export const VARIANT_KEYS = Object.keys(VariantSpecSchema.shape);

/** Where the committed JSON Schema of the variant front matter lives (for editors). */
export const VARIANT_SCHEMA_FILE = new URL("./variant.schema.json", import.meta.url);

/** The JSON Schema of a variant's front matter, generated from the zod schema. */
export function variantJsonSchemaText(): string {
  return `${JSON.stringify(z.toJSONSchema(VariantSpecSchema), null, 2)}\n`;
}
