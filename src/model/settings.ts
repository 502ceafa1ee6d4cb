import { isScalar } from "yaml";
import type { Diagnostic } from "../diagnostics.js";
import { didYouMean, FileContext } from "./context.js";
import type { Source } from "./schema.js";
import { SETTINGS_KEYS, type Settings, SettingsSchema } from "./settingsSchema.js";
import { describeYaml, readYamlMap } from "./yamlMap.js";
import { zodIssueToDiagnostic } from "./zodIssues.js";

/** Settings as read, with where `bodySize` was written (the theme's range is checked where the theme is known). */
export interface ReadSettings {
  settings: Settings;
  file: string;
  bodySizeAt?: Source;
}

/**
 * Reads the text of a settings file (`vitae.yaml`): `key: value` lines checked against {@link SettingsSchema},
 * every problem reported at its line and column. Pure; `settings` is present only when there is no error.
 */
export function parseSettings(
  file: string,
  text: string,
): { read?: ReadSettings; diagnostics: Diagnostic[] } {
  const sink: Diagnostic[] = [];
  const ctx = new FileContext(file, text, sink);
  const fields = readYamlMap(text, { line: 1, column: 1 }, ctx, "the settings");
  const data: Record<string, unknown> = {};
  const positions: Record<string, Source> = {};
  for (const field of fields ?? []) {
    if (!SETTINGS_KEYS.includes(field.key)) {
      ctx.error(
        field.keySource,
        `unknown setting "${field.key}"; expected one of: ${SETTINGS_KEYS.join(", ")}`,
        didYouMean(field.key, SETTINGS_KEYS),
      );
      continue;
    }
    const value = field.value;
    if (value === null || (isScalar(value) && value.value === null)) {
      ctx.warn(field.keySource, `setting "${field.key}" is empty and is ignored`);
      continue;
    }
    if (!isScalar(value)) {
      ctx.error(field.valueSource, `setting "${field.key}" must be one value; found ${describeYaml(value)}`);
      continue;
    }
    data[field.key] = value.value;
    positions[field.key] = field.valueSource;
  }
  const parsed = SettingsSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const at = positions[String(issue.path[0])] ?? ctx.point(1, 1);
      const diagnostic = zodIssueToDiagnostic(issue, {}, at);
      sink.push({ ...diagnostic, message: diagnostic.message.replace(/^invalid /, "invalid setting ") });
    }
  }
  const errors = sink.some((d) => d.severity === "error");
  if (!parsed.success || errors) return { diagnostics: sink };
  const bodySizeAt = positions.bodySize;
  return { read: { settings: parsed.data, file, ...(bodySizeAt ? { bodySizeAt } : {}) }, diagnostics: sink };
}
