/**
 * The vertical list: what composing the résumé produces and pagination consumes. Lines carry items placed
 * horizontally (absolute x) and relative to their own baseline; glue between lines may stretch when a page is
 * justified vertically.
 */
import type { Source } from "../model/schema.js";
import type { Block, FontId, Glyph, Role } from "./frame.js";

/** A text run on a line; `rise` lifts it above the line's baseline (superscripts). See TextItem. */
export interface LineText {
  kind: "text";
  text: string;
  font: FontId;
  size: number;
  x: number;
  rise: number;
  width: number;
  glyphs: Glyph[];
  space: Glyph;
  blocks: Block[];
  href?: string;
  role: Role;
  source?: Source;
  /** The line ends inside this run's last word (an address broken after "/"): the word goes on the next line. */
  joinsNext?: boolean;
}

/** A horizontal rule `below` points under the line's baseline. */
export interface LineRule {
  kind: "rule";
  x1: number;
  x2: number;
  below: number;
  thickness: number;
}

/** A vertical rule used as a separator (between contacts). */
export interface LineBar {
  kind: "bar";
  x: number;
  top: number;
  bottom: number;
  thickness: number;
}

export type LineContent = LineText | LineRule | LineBar;

export interface VLine {
  kind: "line";
  /**
   * The type size whose leading sets the natural distance from the previous baseline, without glue (0: none).
   * The distance is this times the pass's leading, set when the list is paginated, so one composed list serves
   * every leading fitting tries.
   */
  leadSize: number;
  /** Height above the baseline (for the first line of a page) and depth below it (for the last). */
  height: number;
  depth: number;
  content: LineContent[];
  /** A page may not break before this line (keeps, widows and orphans). */
  keepWithPrevious: boolean;
  section?: string;
  /** Starts a section: an outline entry points here. */
  anchor?: { title: string; section: string };
}

/** The gaps fitting moves: their glue has no size of its own but the pass's gap (see PageGaps in paginate.ts). */
export type GapClass = "section" | "entry" | "item";

/** Which theme parameter a glue belongs to: vertical justification stretches each class within its range. */
export type GlueClass = GapClass | "fixed";

/**
 * Space between lines. A gap's size is set when the list is paginated, so one composed list serves every set of
 * gaps fitting tries; fixed glue has its size here.
 */
export type VGlue =
  | { kind: "glue"; glueClass: "fixed"; size: number }
  | { kind: "glue"; glueClass: GapClass };

export type VItem = VLine | VGlue;
