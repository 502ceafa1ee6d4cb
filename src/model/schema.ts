import { z } from "zod";
import { ID_PATTERN, ID_RULE } from "./idPattern.js";

/** Where a model node came from: used in diagnostics and carried into the display list. */
export const SourceSchema = z.strictObject({
  file: z.string().describe("Path of the content file, relative to the working directory"),
  line: z.int().min(1),
  column: z.int().min(1),
});

/** A run of inline text with one style; a paragraph is a list of spans. */
export const SpanSchema = z.strictObject({
  text: z.string().min(1),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  code: z.boolean().optional(),
  /** Superscript, from `<sup>…</sup>` (e.g. the "th" of 5th). */
  sup: z.boolean().optional(),
  /** Link target: only https:, http:, mailto: and tel: are accepted. */
  href: z.string().optional(),
});

export const RichTextSchema = z.array(SpanSchema).min(1);

/** A calendar date as precise as written: month is absent for year-only dates, day for month-only ones. */
export const DateSchema = z.strictObject({
  year: z.int().min(1900).max(2100),
  month: z.int().min(1).max(12).optional(),
  day: z.int().min(1).max(31).optional(),
});

/** A date range as written; `end: "present"` for ongoing, no `end` for a single date. */
export const DateRangeSchema = z.strictObject({
  start: DateSchema,
  end: z.union([DateSchema, z.literal("present")]).optional(),
});

const IdSchema = z
  .string()
  .regex(ID_PATTERN, `ids are ${ID_RULE}`)
  .describe("Stable id used by variants to select or drop this node");
const TagsSchema = z.array(z.string().regex(ID_PATTERN)).describe("Tags for tailoring");
/** 1 is the most important; fitting and variants drop the highest numbers first. */
const PrioritySchema = z.int().min(1).max(9);

/** Fields every selectable node shares: those a variant selects by, and where the node was written. */
const selectable = {
  id: IdSchema,
  tags: TagsSchema,
  priority: PrioritySchema,
  source: SourceSchema,
};
/** The names of the selectable fields an author writes (id, tags, priority). */
export const SELECTABLE_FIELDS = [
  "id",
  "tags",
  "priority",
] as const satisfies readonly (keyof typeof selectable)[];

export const BulletSchema = z.strictObject({
  ...selectable,
  text: RichTextSchema,
  /** Alternative phrasings of the same facts, chosen by a variant by their `name`. */
  alternatives: z.array(z.strictObject({ name: z.string(), text: RichTextSchema, source: SourceSchema })),
  /** Sub-bullets (one level), kept, dropped and moved with their bullet. */
  children: z.array(z.strictObject({ text: RichTextSchema, source: SourceSchema })),
});

/** The fields of an entry written as text in its yaml block. */
export const EntryTextFieldsSchema = z.strictObject({
  organization: z.string().optional(),
  role: z.string().optional(),
  supervisor: z.string().optional(),
  /** Authorship, venue or publication status of a project. */
  status: z.string().optional(),
  location: z.string().optional(),
});

/** The fields of an entry its yaml block holds besides id, tags and priority. */
export const EntryFieldsSchema = z.strictObject({
  ...EntryTextFieldsSchema.shape,
  dates: DateRangeSchema.optional(),
  /** A web address for the entry: its title becomes a link. */
  url: z.string().optional(),
  keywords: z.array(z.string().min(1)),
});

export const EntrySchema = z.strictObject({
  ...selectable,
  title: z.string().min(1),
  ...EntryFieldsSchema.shape,
  /** Free detail lines between the header and the bullets (e.g. GPA and ranking). */
  details: z.array(RichTextSchema),
  bullets: z.array(BulletSchema),
});

export const ListItemSchema = z.strictObject({
  ...selectable,
  text: RichTextSchema,
  dates: DateRangeSchema.optional(),
});

export const SkillGroupSchema = z.strictObject({
  ...selectable,
  label: z.string().min(1),
  values: z.array(z.string().min(1)).min(1),
});

export const ContactSchema = z.strictObject({
  kind: z.enum(["email", "phone", "url", "profile", "text"]),
  /** As written before the colon; for a bare web address, the network's name or "Website". */
  label: z.string().min(1),
  /** What is printed. */
  value: z.string().min(1),
  /** Link target (mailto:, tel:, https:); absent for plain text. */
  href: z.string().optional(),
  /** Profiles: the network's name as usually written ("GitHub", "LinkedIn"). */
  network: z.string().optional(),
  /** Profiles: the username, when the address carries one. */
  username: z.string().optional(),
  source: SourceSchema,
});

const sectionBase = {
  id: IdSchema,
  title: z.string().min(1),
  source: SourceSchema,
};

export const EntriesSectionSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal("entries"),
  entries: z.array(EntrySchema).min(1),
});
export const ListSectionSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal("list"),
  items: z.array(ListItemSchema).min(1),
});
export const SkillsSectionSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal("skills"),
  groups: z.array(SkillGroupSchema).min(1),
});
export const TextSectionSchema = z.strictObject({
  ...sectionBase,
  kind: z.literal("text"),
  paragraphs: z.array(RichTextSchema).min(1),
});

export const SectionSchema = z.discriminatedUnion("kind", [
  EntriesSectionSchema,
  ListSectionSchema,
  SkillsSectionSchema,
  TextSectionSchema,
]);

export const HeaderSchema = z.strictObject({
  name: z.string().min(1),
  /** Optional one-line headline under the name. */
  headline: z.string().optional(),
  contacts: z.array(ContactSchema),
  source: SourceSchema,
});

export const ResumeSchema = z.strictObject({
  header: HeaderSchema,
  sections: z.array(SectionSchema).min(1),
  /** Where layout finds a word inside an item (from the item's line and column) to point an error at it. */
  sources: z
    .record(z.string(), z.string())
    .optional()
    .describe("The text of each content file as read (NFC), by its path"),
});

export type Source = z.infer<typeof SourceSchema>;
export type Span = z.infer<typeof SpanSchema>;
export type RichText = z.infer<typeof RichTextSchema>;
export type DateValue = z.infer<typeof DateSchema>;
export type DateRange = z.infer<typeof DateRangeSchema>;
export type Bullet = z.infer<typeof BulletSchema>;
export type Entry = z.infer<typeof EntrySchema>;
export type ListItem = z.infer<typeof ListItemSchema>;
export type SkillGroup = z.infer<typeof SkillGroupSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type EntriesSection = z.infer<typeof EntriesSectionSchema>;
export type ListSection = z.infer<typeof ListSectionSchema>;
export type SkillsSection = z.infer<typeof SkillsSectionSchema>;
export type TextSection = z.infer<typeof TextSectionSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Header = z.infer<typeof HeaderSchema>;
export type Resume = z.infer<typeof ResumeSchema>;
