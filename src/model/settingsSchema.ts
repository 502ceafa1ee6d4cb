/**
 * Résumé-wide settings: the page budget, paper, date format, theme and body size that hold for every version of
 * the résumé, written in `vitae.yaml` beside the section files. A variant or a command-line option may override
 * the budget, paper, theme and size for one build.
 */
import { z } from "zod";

/** How dates are printed. The day is printed only by YYYY-MM-DD, and only for dates written with one. */
export const DATE_FORMATS = ["MM/YYYY", "Mon YYYY", "Month YYYY", "YYYY-MM", "YYYY-MM-DD"] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];
export const DEFAULT_DATE_FORMAT: DateFormat = "MM/YYYY";

export const PagesSchema = z.int().min(1).max(10).describe("Page budget; 1 when absent");
export const PaperSchema = z.enum(["letter", "a4"]).describe("Paper size; letter when absent");
export const ThemeNameSchema = z.enum(["classic"]).describe("Theme; classic when absent");
export const BodySizeSchema = z
  .number()
  .describe("Preferred body size in points, within the theme's range; fitting may still lower it");

export const SettingsSchema = z.strictObject({
  pages: PagesSchema.optional(),
  paper: PaperSchema.optional(),
  dateFormat: z
    .enum(DATE_FORMATS)
    .optional()
    .describe(
      "How dates are printed: MM/YYYY (09/2022), Mon YYYY (Sep 2022), Month YYYY, YYYY-MM, YYYY-MM-DD",
    ),
  theme: ThemeNameSchema.optional(),
  bodySize: BodySizeSchema.optional(),
});

export type Settings = z.infer<typeof SettingsSchema>;
export const SETTINGS_KEYS = Object.keys(SettingsSchema.shape);
/** The settings file's name, in the content folder. */
export const SETTINGS_FILE = "vitae.yaml";

/** Where the committed JSON Schema of `vitae.yaml` lives (for editors). */
export const SETTINGS_SCHEMA_FILE = new URL("./settings.schema.json", import.meta.url);

/** The JSON Schema of `vitae.yaml`, generated from the zod schema. */
export function settingsJsonSchemaText(): string {
  return `${JSON.stringify(z.toJSONSchema(SettingsSchema), null, 2)}\n`;
}
