import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as fontkit from "fontkit";
import { fontError } from "./fontErrors.js";
import { fontkitMeasurer } from "./layout/fontkitMeasurer.js";
import type { FontId } from "./layout/frame.js";
import type { Measurer } from "./layout/measure.js";
import type { Theme } from "./layout/theme.js";

/** The fonts folder shipped with vitae (next to src/). */
export const fontsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "fonts");

export type FontPaths = Record<FontId, string>;

export function fontPaths(theme: Theme, dir = fontsDir): FontPaths {
  const entries = Object.entries(theme.fonts).map(([id, file]) => [id, join(dir, file)]);
  return Object.fromEntries(entries) as FontPaths;
}

/** Parsed fonts, once per process and path: parsing a CFF font's tables costs ~100 ms a face. */
const parsed = new Map<string, fontkit.Font>();

/** Opens a font file; a missing, unreadable or corrupt file is a user error naming the path. */
export function openFont(path: string): fontkit.Font {
  let font = parsed.get(path);
  if (!font) {
    let created: ReturnType<typeof fontkit.create>;
    try {
      created = fontkit.create(readFileSync(path));
    } catch (error) {
      throw fontError(path, error);
    }
    if (!("layout" in created)) throw fontError(path, new Error("a font collection, not a single font"));
    font = created;
    parsed.set(path, font);
  }
  return font;
}

/** Measurers are per process: memoised widths are reused across builds. */
const measurers = new Map<string, Measurer>();

export function measurerFor(theme: Theme): Measurer {
  const paths = fontPaths(theme);
  const key = Object.values(paths).join("|");
  let measurer = measurers.get(key);
  if (!measurer) {
    const fonts = Object.fromEntries(Object.entries(paths).map(([id, path]) => [id, openFont(path)]));
    measurer = fontkitMeasurer(fonts as Record<FontId, fontkit.Font>);
    measurers.set(key, measurer);
  }
  return measurer;
}
