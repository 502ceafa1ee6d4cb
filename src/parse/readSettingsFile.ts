import { stat } from "node:fs/promises";
import path from "node:path";
import { userError } from "../diagnostics.js";
import { SETTINGS_FILE } from "../model/settingsSchema.js";
import { decodeUtf8, displayPath, readAtMost, reason } from "./readContent.js";
import type { ContentFile } from "./types.js";

/** A settings file is a few lines; anything larger is not one. */
const MAX_SETTINGS_BYTES = 64 * 1024;

/** The content folder's `vitae.yaml`, or undefined when there is none. */
export async function readSettingsFile(dir: string): Promise<ContentFile | undefined> {
  const full = path.join(dir, SETTINGS_FILE);
  const file = displayPath(dir, SETTINGS_FILE);
  const info = await stat(full).catch((error: unknown) => {
    if ((error as { code?: string }).code === "ENOENT") return undefined;
    throw userError(`cannot read the settings (${reason(error)})`, file);
  });
  if (info === undefined) return undefined;
  if (!info.isFile()) throw userError("the settings must be a file of key: value lines", file);
  try {
    const bytes = await readAtMost(full, MAX_SETTINGS_BYTES);
    if (bytes === undefined)
      throw userError(`the settings file holds more than ${MAX_SETTINGS_BYTES / 1024} KiB`, file);
    return { path: file, text: decodeUtf8(bytes) };
  } catch (error) {
    if (error instanceof TypeError) throw userError("not UTF-8 text; save the file as UTF-8", file);
    if ((error as { name?: string }).name === "UserError") throw error;
    throw userError(`cannot read the settings (${reason(error)})`, file);
  }
}
