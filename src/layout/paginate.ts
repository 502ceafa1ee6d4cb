/**
 * Pagination: the vertical list is cut into pages at allowed breaks (keeps, widows, orphans respected), then
 * each page is justified vertically by stretching its gaps up to the theme's ceilings, and drawn into frame
 * items at absolute positions.
 */
import type { FrameItem, Page } from "./frame.js";
import type { GapClass, GlueClass, VItem, VLine } from "./vlist.js";

export interface PageGeometry {
  width: number;
  height: number;
  top: number;
  bottom: number;
}

/** How far each glue class may stretch, in points per glue, when a page is justified vertically. */
export type Stretchability = Record<GlueClass, number>;

/** What this layout's parameters make of the list's relative spacing (see VGlue and VLine.leadSize). */
export interface Spacing {
  /** The natural size of each gap's glue (points). */
  gaps: Record<GapClass, number>;
  /** Baseline-to-baseline distance as a multiple of a line's type size. */
  leading: number;
}

/** A line with the glue that precedes it, and its natural distance from the previous baseline. */
interface Placed {
  line: VLine;
  advance: number;
  glue: { glueClass: GlueClass; size: number }[];
}

export interface PaginateResult {
  /** How many pages the list is cut into. */
  pageCount: number;
  /** Draws the pages' items (fitting needs only the numbers, so a pass that is not kept never draws). */
  draw(): Page[];
  /** Height the content needs on one endless page, from the top margin to the last line's depth. */
  naturalHeight: number;
  /** Share of the last page's text height used, after vertical justification (0–1). */
  fill: number;
  /** Lines per section id, in order of first appearance. */
  linesPerSection: Record<string, number>;
}

/** Cuts the list into pages, ready to draw; `fillLastPage` stretches the last page's gaps too. */
export function paginate(
  list: readonly VItem[],
  geometry: PageGeometry,
  spacing: Spacing,
  stretch: Stretchability,
  fillLastPage = true,
): PaginateResult {
  const placed = attachGlue(list, spacing);
  const available = geometry.bottom - geometry.top;
  const pageRanges = cutPages(placed, available);
  const natural: Stretchability = { section: 0, entry: 0, item: 0, fixed: 0 };
  const gapsOf = (i: number) => (i === pageRanges.length - 1 && !fillLastPage ? natural : stretch);
  const lastRange = pageRanges.at(-1);
  const fill = lastRange
    ? pageMeasures(placed.slice(...lastRange), available, gapsOf(pageRanges.length - 1)).used / available
    : 0;
  const draw = () =>
    pageRanges.map(([start, end], i) => drawPage(placed.slice(start, end), start, geometry, gapsOf(i)));
  const linesPerSection: Record<string, number> = {};
  for (const p of placed) {
    const id = p.line.section;
    if (id) linesPerSection[id] = (linesPerSection[id] ?? 0) + 1;
  }
  return { pageCount: pageRanges.length, draw, naturalHeight: naturalHeight(placed), fill, linesPerSection };
}

function attachGlue(list: readonly VItem[], { gaps, leading }: Spacing): Placed[] {
  const placed: Placed[] = [];
  let glue: Placed["glue"] = [];
  for (const item of list) {
    if (item.kind === "glue")
      glue.push({
        glueClass: item.glueClass,
        size: item.glueClass === "fixed" ? item.size : gaps[item.glueClass],
      });
    else {
      placed.push({ line: item, glue, advance: item.leadSize * leading });
      glue = [];
    }
  }
  return placed;
}

/** Baseline offsets of each line from the top of the text block, as if on one endless page. */
function offsets(placed: readonly Placed[], extra?: (g: Placed["glue"][number]) => number): number[] {
  const ys: number[] = [];
  let y = 0;
  placed.forEach((p, i) => {
    if (i === 0) y = p.line.height;
    else y += p.advance + p.glue.reduce((sum, g) => sum + g.size + (extra ? extra(g) : 0), 0);
    ys.push(y);
  });
  return ys;
}

function naturalHeight(placed: readonly Placed[]): number {
  const ys = offsets(placed);
  const last = placed[placed.length - 1];
  return last ? (ys[ys.length - 1] ?? 0) + last.line.depth : 0;
}

/** Greedy page cutting: fill a page, then break at the last allowed place on it. */
function cutPages(placed: readonly Placed[], available: number): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  while (start < placed.length) {
    let end = start + 1;
    let y = placed[start]?.line.height ?? 0;
    while (end < placed.length) {
      const p = placed[end];
      if (!p) break;
      const next = y + p.advance + p.glue.reduce((sum, g) => sum + g.size, 0);
      if (next + p.line.depth > available) break;
      y = next;
      end++;
    }
    if (end < placed.length) {
      // Move back to a line that may start a page; if the whole page is one keep, cut where it overflows.
      let cut = end;
      while (cut > start + 1 && placed[cut]?.line.keepWithPrevious) cut--;
      if (cut > start + 1 || !placed[cut]?.line.keepWithPrevious) end = cut;
    }
    ranges.push([start, end]);
    start = end;
  }
  return ranges;
}

/** How far a page's gaps stretch (0–1 of their range) to bring its last line near the bottom, and its height. */
function pageMeasures(
  lines: readonly Placed[],
  available: number,
  stretch: Stretchability,
): { ratio: number; ys: number[]; used: number } {
  const natural = naturalHeight(lines);
  let totalStretch = 0;
  lines.forEach((p, i) => {
    if (i > 0) for (const g of p.glue) totalStretch += stretch[g.glueClass];
  });
  const ratio = totalStretch > 0 ? Math.max(0, Math.min(1, (available - natural) / totalStretch)) : 0;
  const ys = offsets(lines, (g) => ratio * stretch[g.glueClass]);
  const last = lines[lines.length - 1];
  const used = last ? (ys[ys.length - 1] ?? 0) + last.line.depth : 0;
  return { ratio, ys, used };
}

/** Places one page's lines, stretching its gaps so the last line sits near the bottom margin. */
function drawPage(
  lines: readonly Placed[],
  firstLine: number,
  geometry: PageGeometry,
  stretch: Stretchability,
): Page {
  const { ys } = pageMeasures(lines, geometry.bottom - geometry.top, stretch);
  const items: FrameItem[] = [];
  lines.forEach((p, i) => {
    const baseline = geometry.top + (ys[i] ?? 0);
    if (p.line.anchor) items.push({ kind: "anchor", ...p.line.anchor, y: baseline - p.line.height });
    for (const c of p.line.content) {
      switch (c.kind) {
        case "text":
          items.push({
            kind: "text",
            text: c.text,
            font: c.font,
            size: c.size,
            x: c.x,
            baseline: baseline - c.rise,
            width: c.width,
            glyphs: c.glyphs,
            space: c.space,
            blocks: c.blocks,
            ...(c.href ? { href: c.href } : {}),
            role: c.role,
            line: firstLine + i,
            ...(p.line.section ? { section: p.line.section } : {}),
            ...(c.source ? { source: c.source } : {}),
            ...(c.joinsNext ? { joinsNext: true } : {}),
          });
          break;
        case "rule":
          items.push({
            kind: "rule",
            x1: c.x1,
            y1: baseline + c.below,
            x2: c.x2,
            y2: baseline + c.below,
            thickness: c.thickness,
            role: "decoration",
          });
          break;
        case "bar":
          items.push({
            kind: "rule",
            x1: c.x,
            y1: baseline - c.top,
            x2: c.x,
            y2: baseline + c.bottom,
            thickness: c.thickness,
            role: "decoration",
          });
          break;
        default: {
          const unreachable: never = c;
          throw new Error(`unknown line content ${JSON.stringify(unreachable)}`);
        }
      }
    }
  });
  return { width: geometry.width, height: geometry.height, items };
}
