/**
 * One layout pass: the résumé model and typographic parameters in, pages of placed items out, with the numbers
 * fitting needs (natural height, fill, lines per section). Pure: measurer, breaker and hyphenator are given.
 */
import type { Memo } from "../cache/generations.js";
import type { Resume, Section } from "../model/schema.js";
import { type ComposeContext, em, type SpacingStats } from "./compose/context.js";
import { composeEntries } from "./compose/entries.js";
import { composeHeader } from "./compose/header.js";
import { composeHeading } from "./compose/heading.js";
import { composeList } from "./compose/list.js";
import { composeSkills } from "./compose/skills.js";
import { composeText } from "./compose/text.js";
import { type ComposedPart, composeOnce, contentKey, digest, type Skeletons } from "./composedParts.js";
import { dropItems } from "./drop.js";
import type { DocumentFrames, DocumentMeta } from "./frame.js";
import type { PassBreaks } from "./keptBreaks.js";
import type { LineBreaker } from "./linebreak/types.js";
import type { Measurer } from "./measure.js";
import { type PaginateResult, paginate } from "./paginate.js";
import type { Line } from "./paragraph.js";
import { type LayoutParams, paperSizes, type Theme } from "./theme.js";
import type { VItem } from "./vlist.js";

export interface LayoutDeps {
  measurer: Measurer;
  breaker: LineBreaker;
  hyphenate?: (word: string) => string[];
  /** Shared across passes so that unchanged paragraphs are not broken again. */
  cache?: Memo<Line[]>;
  /** Kept across builds of a long-lived process, so that unchanged sections are not composed again. */
  parts?: Memo<ComposedPart>;
  /** Line breaks kept from earlier runs, by the key of a pass's composing parameters (keptBreaks.ts). */
  keptBreaks?: (passKey: string) => PassBreaks;
  /** Skeletons of parts kept from earlier runs, and whether this layout may be made of them (composedParts.ts). */
  skeletons?: Skeletons;
}

export interface LayoutResult {
  readonly frames: DocumentFrames;
  pageCount: number;
  params: LayoutParams;
  /** Height of the text block on one page (points). */
  available: number;
  naturalHeight: number;
  fill: number;
  linesPerSection: Record<string, number>;
  /** Ids of paragraphs that looseness made one line shorter. */
  tightened: string[];
  spacing: SpacingStats;
  /** Made (in part) of kept skeletons: its measures are right, but it has no text and cannot be drawn. */
  sketched: boolean;
}

export function layoutResume(
  resume: Resume,
  theme: Theme,
  params: LayoutParams,
  meta: DocumentMeta,
  deps: LayoutDeps,
): LayoutResult {
  const paper = paperSizes[params.paper];
  const shared = deps.cache ?? new Map<string, Line[]>();
  const kept = deps.keptBreaks?.(composeKey(params));
  const ctx: ComposeContext = {
    theme,
    params,
    measurer: deps.measurer,
    breaker: deps.breaker,
    ...(deps.hyphenate ? { hyphenate: deps.hyphenate } : {}),
    protectedWords: protectedWords(resume),
    sources: resume.sources ?? {},
    left: params.margin,
    width: paper.width - 2 * params.margin,
    cache: kept ? throughKept(kept, shared) : shared,
    tightened: [],
    spacing: { maxRatio: 0, raggedLines: 0 },
    ...(deps.parts
      ? { parts: { kept: deps.parts, passKey: digest(`${contentKey(theme)}|${composeKey(params)}`) } }
      : {}),
    ...(deps.skeletons ? { skeletons: deps.skeletons } : {}),
    sketched: { value: false },
  };
  const list: VItem[] = [...composeOnce(ctx, resume.header, (c) => composeHeader(c, resume.header))];
  for (const section of dropItems(resume, params.dropped).sections) {
    const compose = (c: ComposeContext) => [...composeHeading(c, section), ...composeSection(c, section)];
    // A loop, not push(...): a long section would pass every item as an argument.
    for (const item of composeOnce(ctx, section, compose)) list.push(item);
  }
  if (kept && !ctx.sketched.value) kept.usedWhole();
  const geometry = {
    width: paper.width,
    height: paper.height,
    top: params.margin,
    bottom: paper.height - params.margin,
  };
  const body = em(ctx, 1);
  const stretch = {
    section: (theme.sectionGap.max - params.sectionGap) * body,
    entry: (theme.entryGap.max - params.entryGap) * body,
    item: (theme.itemGap.max - params.itemGap) * body,
    fixed: 0,
  };
  const gaps = {
    section: em(ctx, params.sectionGap),
    entry: em(ctx, params.entryGap),
    item: em(ctx, params.itemGap),
  };
  const spacing = { gaps, leading: params.leading };
  const result: PaginateResult = paginate(list, geometry, spacing, stretch, params.fillLastPage);
  let frames: DocumentFrames | undefined;
  return {
    // Drawn when first asked for: fitting decides on the numbers, and draws only the layout it keeps.
    get frames() {
      if (ctx.sketched.value) throw new Error("a layout made of skeletons has nothing to draw");
      frames ??= { pages: result.draw(), meta };
      return frames;
    },
    pageCount: result.pageCount,
    params,
    available: geometry.bottom - geometry.top,
    naturalHeight: result.naturalHeight,
    fill: result.fill,
    linesPerSection: result.linesPerSection,
    tightened: ctx.tightened,
    spacing: ctx.spacing,
    sketched: ctx.sketched.value,
  };
}

/** Breaks from `kept` (the file of this pass's parameters, which records what the pass uses), else `shared`. */
function throughKept(kept: Memo<Line[]>, shared: Memo<Line[]>): Memo<Line[]> {
  return {
    get(paragraph) {
      const lines = kept.get(paragraph);
      if (lines !== undefined) return lines;
      const earlier = shared.get(paragraph);
      if (earlier !== undefined) kept.set(paragraph, earlier);
      return earlier;
    },
    set(paragraph, lines) {
      shared.set(paragraph, lines);
      kept.set(paragraph, lines);
    },
  };
}

/**
 * The parameters composing depends on: all but the gaps and the leading, which pagination applies (see VGlue and
 * VLine.leadSize), and what decides what is composed or how pages end (dropped items are left out of the
 * sections before, and so in their keys).
 */
function composeKey(params: LayoutParams): string {
  const {
    sectionGap: _s,
    entryGap: _e,
    itemGap: _i,
    leading: _l,
    dropped: _d,
    fillLastPage: _f,
    ...composing
  } = params;
  return JSON.stringify(composing);
}

function composeSection(ctx: ComposeContext, section: Section): VItem[] {
  switch (section.kind) {
    case "entries":
      return composeEntries(ctx, section);
    case "list":
      return composeList(ctx, section);
    case "skills":
      return composeSkills(ctx, section);
    case "text":
      return composeText(ctx, section);
    default: {
      const unreachable: never = section;
      throw new Error(`unknown section kind ${JSON.stringify(unreachable)}`);
    }
  }
}

/** Skills and keywords, lowercased: hyphenation never splits them. */
export function protectedWords(resume: Resume): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const w of text.toLowerCase().split(/[^a-z0-9+#-]+/)) if (w) words.add(w);
  };
  for (const section of resume.sections) {
    if (section.kind === "skills") for (const g of section.groups) g.values.forEach(add);
    if (section.kind === "entries") for (const e of section.entries) e.keywords.forEach(add);
  }
  return words;
}
