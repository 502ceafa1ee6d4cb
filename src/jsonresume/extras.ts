/**
 * vitae's own keys in a JSON Resume document, written by an export and read back by an import: `vitae` on an
 * item holds the entry fields JSON Resume has no place for, and `meta.vitae.sections` how the résumé's
 * sections were laid over the arrays. Both are checked here, each problem at its line and column.
 */
import { z } from "zod";
import type { Diagnostic } from "../diagnostics.js";
import type { JsonPath, JsonSource } from "./jsonSource.js";
import { type JsonResume, SECTION_SOURCES } from "./types.js";

const text = z.string().min(1);
const ID = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are lowercase letters, digits and hyphens");
const TAG = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "tags are lowercase letters, digits and hyphens");

export const VitaeExtrasSchema = z.strictObject({
  id: ID.optional(),
  tags: z.array(TAG).optional(),
  priority: z.int().min(1).max(9).optional(),
  organization: text.optional(),
  role: text.optional(),
  supervisor: text.optional(),
  status: text.optional(),
  location: text.optional(),
  keywords: z.array(text).optional(),
  url: text.optional(),
  details: z.array(text).optional(),
  highlights: z.array(text).optional(),
  bullets: z
    .array(
      z.strictObject({
        id: ID.optional(),
        tags: z.array(TAG).optional(),
        priority: z.int().min(1).max(9).optional(),
        alternatives: z.array(z.strictObject({ name: text, text })).optional(),
      }),
    )
    .optional(),
  coursesLabel: text.optional(),
  dates: text.optional(),
  endDate: text.optional(),
});

export const SectionPlanSchema = z.strictObject({
  id: ID,
  title: text,
  kind: z.enum(["entries", "list", "skills", "text"]),
  from: z.enum(SECTION_SOURCES),
  count: z.int().min(1),
});

const MetaVitaeSchema = z.strictObject({ sections: z.array(SectionPlanSchema).optional() });

/** Problems of every `vitae` key in the document. */
export function extrasProblems(document: JsonResume, source: JsonSource): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const check = (schema: z.ZodType, value: unknown, path: JsonPath) => {
    const result = schema.safeParse(value);
    if (result.success) return;
    for (const issue of result.error.issues) {
      const at = [...path, ...issue.path.map((p) => (typeof p === "number" ? p : String(p)))];
      const message =
        issue.code === "unrecognized_keys"
          ? `unknown key${issue.keys.length === 1 ? "" : "s"} ${issue.keys.map((k) => `"${k}"`).join(", ")} in vitae's own fields`
          : issue.message;
      problems.push(source.diagnostic("error", at, message));
    }
  };
  for (const name of SECTION_SOURCES) {
    if (name === "summary") continue;
    const items = document[name] as readonly unknown[] | undefined;
    items?.forEach((item, i) => {
      const extras = (item as { vitae?: unknown } | null)?.vitae;
      if (extras !== undefined) check(VitaeExtrasSchema, extras, [name, i, "vitae"]);
    });
  }
  const meta = document.meta?.vitae;
  if (meta !== undefined) check(MetaVitaeSchema, meta, ["meta", "vitae"]);
  return problems;
}
