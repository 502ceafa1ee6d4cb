import { z } from "zod";
import { ResumeSchema } from "./schema.js";

/** Where the committed JSON Schema of the model lives (for editors; what `npm run model` prints). */
export const RESUME_SCHEMA_FILE = new URL("./resume.schema.json", import.meta.url);

/** The JSON Schema of the validated résumé model, generated from the zod schema (the single source of truth). */
export function resumeJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ResumeSchema) as Record<string, unknown>;
}

/** The schema as the committed file's text: 2-space JSON with a final newline. */
export function resumeJsonSchemaText(): string {
  return `${JSON.stringify(resumeJsonSchema(), null, 2)}\n`;
}
