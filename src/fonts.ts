import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { userError } from "./diagnostics.js";
import { FontParseError, fontkitMeasurer } from "./layout/fontkitMeasurer.js";
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

/** Reads every font of the theme; a missing file is a clear error naming it. */
export function readFonts(paths: FontPaths): Record<FontId, Buffer> {
  const out: Partial<Record<FontId, Buffer>> = {};
  for (const [id, path] of Object.entries(paths) as [FontId, string][]) {
    try {
      out[id] = readFileSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
      throw userError(`cannot read font file (${code === "ENOENT" ? "it does not exist" : code})`, path);
    }
  }
  return out as Record<FontId, Buffer>;
}

/** Measurers are per process: parsed fonts and memoised widths are reused across builds. */
const measurers = new Map<string, Measurer>();

export function measurerFor(theme: Theme): Measurer {
  const paths = fontPaths(theme);
  const key = Object.values(paths).join("|");
  let measurer = measurers.get(key);
  if (!measurer) {
    try {
      measurer = fontkitMeasurer(readFonts(paths));
    } catch (error) {
      if (error instanceof FontParseError) throw userError(error.message, paths[error.fontId]);
      throw error;
    }
    measurers.set(key, measurer);
  }
  return measurer;
}
