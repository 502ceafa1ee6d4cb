/**
 * The display list: the one contract between layout and render. Everything is already measured and placed;
 * the renderer draws items at these positions and never measures. Units are PDF points, origin at the top-left
 * corner of the page, y growing downwards; text is positioned by its baseline.
 */
import type { Source } from "../model/schema.js";

/** A font of the theme, by role; the renderer maps each id to a font file. */
export type FontId = "regular" | "bold" | "italic" | "boldItalic" | "smallCaps";

/** Every font a layout uses, in the order the renderer embeds them. */
export const FONT_IDS: readonly FontId[] = ["regular", "bold", "italic", "boldItalic", "smallCaps"];

/** What an item means in the résumé: what it says, for tests, the plain text and the outline. */
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
  /** The mark of a bullet or sub-bullet: the label of its list item. */
  | "mark"
  /** Drawn for the eye only (a rule, an ornament): an artifact, outside the tagged PDF's structure. */
  | "decoration";

/**
 * One glyph as layout shaped it (kerning and ligatures applied): the renderer draws exactly these, in order, and
 * never shapes text itself. Lengths are points at the run's size.
 */
export interface Glyph {
  /** Glyph id in the font file. */
  id: number;
  /** The characters the glyph stands for: several for a ligature ("ffi"). The PDF maps the glyph back to them. */
  text: string;
  /** Advance width as the font defines it: what the PDF's font declares for this glyph. */
  width: number;
  /** Distance from this glyph's origin to the next one's as set: the width plus kerning, or a justified space. */
  advance: number;
  /** Offset of the glyph from its origin (mark positioning), when not zero. */
  dx?: number;
  dy?: number;
}

/**
 * A level of the document's structure that a text run belongs to (the tagged PDF's structure tree is built from
 * these). Runs list the blocks they are in, outermost first; consecutive runs that list a block with the same
 * kind and id are in the same block.
 */
export interface Block {
  kind: BlockKind;
  /** Tells apart neighbouring blocks of one kind (an entry's id, a bullet's id, a line number). */
  id: string;
}

/**
 * What a block is: the name; the headline and the contact lines; a section, its heading; an entry's heading
 * (title, organisation, dates); a paragraph (a subtitle line, a detail line, a skill group, a text paragraph);
 * a list, an item of it, the item's label (its mark) and body.
 */
export type BlockKind =
  | "name"
  | "headline"
  | "contacts"
  | "section"
  | "heading"
  | "entryHeading"
  | "paragraph"
  | "list"
  | "item"
  | "label"
  | "body";

/**
 * One run of glyphs in one font, drawn from (x, baseline). The runs of a printed line are listed in reading
 * order; a justified line's spaces are glyphs of their runs, set as wide as justification made them.
 */
export interface TextItem {
  kind: "text";
  /** The characters of `glyphs`, in order. */
  text: string;
  font: FontId;
  size: number;
  x: number;
  baseline: number;
  /** The sum of the glyphs' advances (points). */
  width: number;
  glyphs: Glyph[];
  /**
   * The space glyph of this run's font and size. Where the next run of its line starts further on (a date set
   * flush right, the next contact), the renderer draws it stretched across the gap, so that text extractors
   * read one space there.
   */
  space: Glyph;
  /** The blocks of the document this run belongs to, outermost first; none for a decoration. */
  blocks: Block[];
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
