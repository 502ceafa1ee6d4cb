/**
 * A theme: every size, space and font of the look in one place, plus the floors and ceilings that fitting
 * may move each parameter between. Lengths in points; sizes relative to the body size are "em" multipliers.
 */
import { type DateFormat, DEFAULT_DATE_FORMAT } from "../model/settingsSchema.js";
import type { FontId } from "./frame.js";

export const POINTS_PER_INCH = 72;

export const paperSizes = {
  letter: { width: 612, height: 792 },
  a4: { width: 595.28, height: 841.89 },
} as const;
export type Paper = keyof typeof paperSizes;
/** The paper names, for option checks and the variant schema. */
export const PAPERS = Object.keys(paperSizes) as [Paper, ...Paper[]];
export const isPaper = (name: string): name is Paper => Object.hasOwn(paperSizes, name);

/** A parameter that fitting may move: `value` is the theme's natural choice, `min`/`max` its limits. */
export interface Range {
  value: number;
  min: number;
  max: number;
}

/** The typographic parameters one layout pass uses; fitting chooses them, the theme gives defaults. */
export interface LayoutParams {
  paper: Paper;
  /** Body font size (points). */
  bodySize: number;
  /** Baseline-to-baseline distance as a multiple of the font size. */
  leading: number;
  /** Page margin on all four sides (points). */
  margin: number;
  /** Space above a section heading, in body ems. */
  sectionGap: number;
  /** Space between entries of a section, in body ems. */
  entryGap: number;
  /** Space between bullets, list items and paragraphs, in body ems. */
  itemGap: number;
  /** Paragraph looseness (TeX's \looseness) for paragraphs whose last line is short: 0 or -1. */
  looseness: number;
  /** Hyphenate body text (never words with digits, capitals, URLs, e-mails or keywords). */
  hyphenate: boolean;
  /** Item ids that must be left out (fitting's last resort, when the variant allows it). */
  dropped: readonly string[];
  /** How dates are printed (the résumé's setting). */
  dateFormat: DateFormat;
  /**
   * Stretch the last page's gaps so its last line sits at the bottom margin: for a one-page budget. Over
   * several pages only the pages before the last are filled; the last may end part way down.
   */
  fillLastPage: boolean;
}

export interface Theme {
  name: string;
  fonts: Record<FontId, string>;
  /** Relative sizes, multiples of the body size. */
  nameSize: number;
  headingSize: number;
  supSize: number;
  /** Superscript raise, in ems of the surrounding text. */
  supRise: number;
  /** Thickness of the rule under section headings (points). */
  ruleThickness: number;
  /** Space between a section heading's baseline and its rule, in body ems. */
  ruleGap: number;
  /** Space after the rule before the first entry, in body ems. */
  afterHeading: number;
  /** Space between the name and the contact line, in body ems. */
  afterName: number;
  /** Indent of bullet text from the left margin, in body ems; the bullet sits in this indent. */
  bulletIndent: number;
  bullet: string;
  /** The mark of a sub-bullet, which sits one indent further in. */
  subBullet: string;
  /** Print an entry's web address (in its short form, github.com/ana/raft) after its title, as well as linking the title. */
  showEntryUrls: boolean;
  /** Gap kept between left text and right-aligned text (dates, locations), in body ems. */
  rightGap: number;
  /** Gap between the two columns of a two-column list, in body ems. */
  columnGap: number;
  /** Space around the separator between contacts, in body ems (each side). */
  contactSpace: number;
  justify: boolean;
  /** Ranges for fitting; `value` is the default used when nothing needs fitting. */
  bodySize: Range;
  leading: Range;
  margin: Range;
  sectionGap: Range;
  entryGap: Range;
  itemGap: Range;
  /** Page budget. */
  pages: number;
}

export const classicTheme: Theme = {
  name: "classic",
  fonts: {
    regular: "lmroman10-regular.otf",
    bold: "lmroman10-bold.otf",
    italic: "lmroman10-italic.otf",
    boldItalic: "lmroman10-bolditalic.otf",
    smallCaps: "lmromancaps10-regular.otf",
  },
  nameSize: 2.4,
  headingSize: 1.2,
  supSize: 0.7,
  supRise: 0.36,
  ruleThickness: 0.4,
  ruleGap: 0.3,
  afterHeading: 0.45,
  afterName: 0.5,
  bulletIndent: 1.2,
  bullet: "•",
  subBullet: "–",
  showEntryUrls: true,
  rightGap: 1.5,
  columnGap: 2,
  contactSpace: 0.45,
  justify: true,
  bodySize: { value: 10, min: 9, max: 11 },
  leading: { value: 1.2, min: 1.1, max: 1.25 },
  margin: { value: 0.6 * POINTS_PER_INCH, min: 0.5 * POINTS_PER_INCH, max: 0.75 * POINTS_PER_INCH },
  sectionGap: { value: 0.8, min: 0.45, max: 1.3 },
  entryGap: { value: 0.5, min: 0.25, max: 0.9 },
  itemGap: { value: 0.1, min: 0, max: 0.3 },
  pages: 1,
};

/** The parameters a theme asks for when nothing needs fitting. */
export function defaultParams(theme: Theme, paper: Paper = "letter"): LayoutParams {
  return {
    paper,
    bodySize: theme.bodySize.value,
    leading: theme.leading.value,
    margin: theme.margin.value,
    sectionGap: theme.sectionGap.value,
    entryGap: theme.entryGap.value,
    itemGap: theme.itemGap.value,
    looseness: 0,
    hyphenate: false,
    dropped: [],
    dateFormat: DEFAULT_DATE_FORMAT,
    fillLastPage: true,
  };
}

/** The themes a résumé may name (in `vitae.yaml` or a variant), by name. */
export const THEMES = { classic: classicTheme } as const satisfies Record<string, Theme>;
export type ThemeName = keyof typeof THEMES;
