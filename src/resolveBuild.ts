/**
 * What one build uses — theme, body size, paper, page budget, date format — from, in this order of precedence:
 * the command line, the variant being built, the content folder's `vitae.yaml`, the theme's defaults.
 */
import { UserError } from "./diagnostics.js";
import { type Paper, THEMES, type Theme, type ThemeName } from "./layout/theme.js";
import type { ReadSettings } from "./model/settings.js";
import { type DateFormat, DEFAULT_DATE_FORMAT } from "./model/settingsSchema.js";

/** The choices a build was given (command line and variant); each absent one falls back to the settings. */
export interface BuildChoices {
  /** A whole theme object (tests); wins over `themeName` and `bodySize`. */
  theme?: Theme;
  themeName?: ThemeName;
  bodySize?: number;
  paper?: Paper;
  pages?: number;
}

export interface ResolvedBuild {
  theme: Theme;
  paper: Paper;
  pages: number;
  dateFormat: DateFormat;
}

export function resolveBuild(choices: BuildChoices, read: ReadSettings): ResolvedBuild {
  const { settings } = read;
  const theme = choices.theme ?? withBodySize(THEMES[choices.themeName ?? settings.theme ?? "classic"]);
  return {
    theme,
    paper: choices.paper ?? settings.paper ?? "letter",
    pages: choices.pages ?? settings.pages ?? theme.pages,
    dateFormat: settings.dateFormat ?? DEFAULT_DATE_FORMAT,
  };

  function withBodySize(base: Theme): Theme {
    const size = choices.bodySize ?? settings.bodySize;
    if (size === undefined) return base;
    const { min, max } = base.bodySize;
    // A variant's size is checked when the variant is read; the settings' is checked here, against the theme.
    if (choices.bodySize === undefined && (size < min || size > max)) {
      const at = read.bodySizeAt;
      throw new UserError([
        {
          severity: "error",
          file: read.file,
          ...(at ? { line: at.line, column: at.column } : {}),
          message: `bodySize ${size} is outside the ${base.name} theme's range ${min}–${max}pt`,
        },
      ]);
    }
    return { ...base, bodySize: { ...base.bodySize, value: size } };
  }
}
