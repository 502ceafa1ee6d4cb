import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SETTINGS_SCHEMA_FILE, settingsJsonSchemaText } from "../src/model/settingsSchema.js";

describe("the vitae.yaml JSON Schema", () => {
  // Regenerate with: UPDATE_GOLDEN=1 npx vitest run test/settings.schema. Compared as JSON: the formatter lays it out.
  it("is committed and up to date", () => {
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(SETTINGS_SCHEMA_FILE, settingsJsonSchemaText());
    expect(JSON.parse(readFileSync(SETTINGS_SCHEMA_FILE, "utf8"))).toEqual(
      JSON.parse(settingsJsonSchemaText()),
    );
  });
});
