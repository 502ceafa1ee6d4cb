/**
 * The résumé model kept on disk by the text it was made from: parsing the Markdown and YAML and checking the
 * model is the same work for the same files, so a build of content that did not change since the last one reads
 * the model back. The key is every section file's path and text, the settings file's, and the running code
 * (src/cache/codeIdentity.ts); the file is trusted only whole (src/cache/checkedFile.ts). Only models that
 * loaded without errors are kept.
 */
import { z } from "zod";
import { keptByInput } from "../cache/keptByInput.js";
import type { Diagnostic } from "../diagnostics.js";
import type { ContentFile } from "../parse/types.js";
import { type Resume, ResumeSchema, SourceSchema } from "./schema.js";
import type { ReadSettings } from "./settings.js";
import { SettingsSchema } from "./settingsSchema.js";

/** What loading makes of the files: the model, the settings, and the warnings of both. */
export interface LoadedModel {
  resume: Resume;
  settings: ReadSettings;
  diagnostics: Diagnostic[];
}

/** Diagnostics as kept with what they were found in. */
export const DiagnosticsSchema = z.array(
  z.object({
    severity: z.enum(["error", "warning"]),
    file: z.string(),
    line: z.number().optional(),
    column: z.number().optional(),
    message: z.string(),
    hint: z.string().optional(),
    path: z.string().optional(),
  }),
);

/**
 * What a kept file must hold to be used: a file that checks whole but holds something else (written by other
 * code, or by hand) is ignored like a damaged one, never trusted into a build.
 */
const KeptModelSchema = z.object({
  resume: ResumeSchema,
  settings: z.object({ settings: SettingsSchema, file: z.string(), bodySizeAt: SourceSchema.optional() }),
  diagnostics: DiagnosticsSchema,
});

/** The model of these files: read back when kept, else made by `load` (and kept when it has no errors). */
export function cachedModel(
  files: readonly ContentFile[],
  settings: ContentFile | undefined,
  useKept: boolean,
  load: () => Partial<LoadedModel> & { diagnostics: Diagnostic[] },
): Partial<LoadedModel> & { diagnostics: Diagnostic[] } {
  return keptByInput<Partial<LoadedModel> & { diagnostics: Diagnostic[] }>({
    folder: "models",
    input: [files.map((f) => [f.path, f.text]), settings?.path, settings?.text],
    schema: KeptModelSchema as z.ZodType<Partial<LoadedModel> & { diagnostics: Diagnostic[] }>,
    useKept,
    make: load,
    keep: (made) => made.resume !== undefined && made.settings !== undefined,
  });
}
