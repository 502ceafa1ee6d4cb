import path from "node:path";
import { userError } from "../diagnostics.js";
import { decodeText, readInputFile } from "../io/readInput.js";
import { SETTINGS_FILE } from "../model/settingsSchema.js";
import { displayPath } from "./readContent.js";
import type { ContentFile } from "./types.js";

/** A settings file is a few lines; anything larger is not one. */
const MAX_SETTINGS_BYTES = 64 * 1024;

/** The content folder's `vitae.yaml`, or undefined when there is none. */
export function readSettingsFile(dir: string): ContentFile | undefined {
  const file = displayPath(dir, SETTINGS_FILE);
  const read = readInputFile(path.join(dir, SETTINGS_FILE), MAX_SETTINGS_BYTES);
  if ("problem" in read) {
    if (read.code === "ENOENT") return undefined;
    if (read.code === "EISDIR") throw userError("the settings must be a file of key: value lines", file);
    if (read.tooLarge)
      throw userError(`${read.problem}; a settings file is a few lines, at most 64 KiB`, file);
    throw userError(`cannot read the settings (${read.problem})`, file);
  }
  try {
    return { path: file, text: decodeText(read.bytes) };
  } catch {
    throw userError("not UTF-8 text; save the file as UTF-8", file);
  }
}
