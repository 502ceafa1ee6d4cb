/**
 * The display list: the one contract between layout and render. Everything is already measured and placed;
 * the renderer draws items at these positions and never measures. Units are PDF points, origin at the top-left
 * corner of the page, y growing downwards; text is positioned by its baseline.
 */
import type { Source } from "../model/schema.js";

/** A font of the theme, by role; the renderer maps each id to a font file. */
export type FontId = "regular" | "bold" | "italic" | "boldItalic" | "smallCaps";

/** What an item means in the résumé: drives the tagged-PDF structure and the outline. */
export type Role =
  | "name"
  | "headline"
  | "contact"
  | "sectionHeading"
  | "entryTitle"
  | "entrySubtitle"
  | "date"
  | "location"
  | "detail"
  | "bullet"
  | "listItem"
  | "skillLabel"
  | "skillValues"
  | "paragraph"
  | "decoration";

/** One run of glyphs in one font, drawn from (x, baseline). */
export interface TextItem {
  kind: "text";
  text: string;
  font: FontId;
  size: number;
  x: number;
  baseline: number;
  /** Advance width as measured by layout (points): the renderer uses it only for link areas. */
  width: number;
  /** Extra space added to every U+0020 in `text`, for justified lines (points). */
  wordSpacing: number;
  /** Link target of this run, if it is (part of) a link. */
  href?: string;
  role: Role;
  /** Id of the section this run belongs to (absent for the header). */
  section?: string;
  /** Index of the printed line this run is on, counted through the document: runs of a line share it. */
  line: number;
  /** The line ends inside this run's last word (an address broken after "/"): the word goes on the next line. */
  joinsNext?: boolean;
  source?: Source;
}

/** A horizontal or vertical stroke, e.g. the rule under a section heading. */
export interface RuleItem {
  kind: "rule";
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  thickness: number;
  role: "decoration";
}

/** A clickable area without text of its own. */
export interface LinkItem {
  kind: "link";
  x: number;
  y: number;
  width: number;
  height: number;
  href: string;
  role: Role;
}

/** Starts a section: the renderer adds an outline entry (bookmark) pointing at `y`. */
export interface AnchorItem {
  kind: "anchor";
  title: string;
  section: string;
  y: number;
}

export type FrameItem = TextItem | RuleItem | LinkItem | AnchorItem;

export interface Page {
  width: number;
  height: number;
  items: FrameItem[];
}

/** Document metadata, written to the PDF info dictionary and XMP. */
export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47 language tag, e.g. "en-US". */
  lang: string;
  /** Creation date; derived from SOURCE_DATE_EPOCH or the content, never the clock. */
  created: Date;
}

export interface DocumentFrames {
  pages: Page[];
  meta: DocumentMeta;
}
