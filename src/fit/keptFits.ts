/**
 * Fitting's outcomes kept on disk from one build to the next: fitting the same résumé (model, theme, parameters,
 * page budget, fonts' bytes and the running code, src/cache/codeIdentity.ts) again takes the same decisions, so
 * a build of unchanged content lays out nothing: the layout fitting ends on is kept too (its outcome checked
 * against the one kept for its parameters).
 * A missing, damaged or foreign file (src/cache/checkedFile.ts), or one whose values do not add up, is ignored.
 */
import { deserialize, serialize } from "node:v8";
import { readCheckedBytes, writeCheckedBytes } from "../cache/checkedFile.js";
import { type KeptFile, keptFile } from "../cache/keptFile.js";
import { trimFolder } from "../cache/trimFolder.js";
import type { FrameItem, Page, TextItem } from "../layout/frame.js";
import { isFontId, packGlyphs, unpackGlyphs } from "../layout/packedLines.js";
import { type FitResult, type KeptFit, type KeptLayout, type Outcome, paramsKey } from "./fit.js";

/** Fits kept at most: one per version (default and variants) of the content folders built lately. */
const MAX_FITS = 64;

/** Where the outcomes of a fit of `input` are kept; undefined when the cache is off or the code has no identity. */
export function fitCacheFile(input: unknown): KeptFile | undefined {
  return keptFile("fit", "fits", input, "bin");
}

export function readKeptFit(at: KeptFile): KeptFit | undefined {
  const bytes = readCheckedBytes(at.file, at.key);
  let data: unknown;
  try {
    data = bytes && deserialize(bytes);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || !isRecord(data.outcomes)) return undefined;
  const outcomes = new Map<string, Outcome>();
  for (const [params, value] of Object.entries(data.outcomes)) {
    const outcome = outcomeFrom(value);
    if (outcome === undefined) return undefined;
    outcomes.set(params, outcome);
  }
  const final = finalFrom(data.final);
  return final === undefined ? { outcomes } : { outcomes, final };
}

export function keepFit(at: KeptFile, fit: FitResult): void {
  // V8's serialization: a kept layout is thousands of glyphs, read back faster than from JSON.
  writeCheckedBytes(at.file, at.key, () => serialize(keptForm(fit)));
  trimFolder(at.dir, MAX_FITS);
}

/** What is kept of a fit: each outcome's measures, and the final layout with its pages packed. */
function keptForm(fit: FitResult): unknown {
  const outcomes = Object.fromEntries(
    [...fit.outcomes].map(([params, o]) => [
      params,
      // JSON has no Infinity: a layout that could not be set is kept as null.
      [Number.isFinite(o.naturalHeight) ? o.naturalHeight : null, o.available, o.pages, o.tightened],
    ]),
  );
  const { layout } = fit;
  const final = {
    params: paramsKey(layout.params),
    layout: {
      // The document's metadata is an input of fitting, given again (and holds a date, which JSON has not).
      frames: { pages: layout.frames.pages.map(packPage) },
      pageCount: layout.pageCount,
      params: layout.params,
      available: layout.available,
      naturalHeight: layout.naturalHeight,
      fill: layout.fill,
      linesPerSection: layout.linesPerSection,
      tightened: layout.tightened,
      spacing: layout.spacing,
    },
  };
  return { outcomes, final };
}

/** A page as kept: the glyphs of its text packed (layout/packedLines.ts), which V8 reads back many times faster. */
function packPage(page: Page): unknown {
  return {
    ...page,
    items: page.items.map((item) =>
      item.kind === "text"
        ? { ...item, glyphs: packGlyphs(item.glyphs), space: packGlyphs([item.space]) }
        : item,
    ),
  };
}

function unpackPage(page: unknown): Page | undefined {
  if (!isRecord(page) || !Array.isArray(page.items) || !finite(page.width) || !finite(page.height))
    return undefined;
  const items: FrameItem[] = [];
  for (const item of page.items) {
    const unpacked = isRecord(item) ? unpackItem(item) : undefined;
    if (unpacked === undefined) return undefined;
    items.push(unpacked);
  }
  return { ...(page as unknown as Page), items };
}

/** An item of a kept page, its numbers checked (and a text item's glyphs unpacked); undefined when it is none. */
function unpackItem(item: Record<string, unknown>): FrameItem | undefined {
  const numbers = (...values: unknown[]) => values.every(finite);
  switch (item.kind) {
    case "text": {
      const glyphs = unpackGlyphs(item.glyphs);
      const [space] = unpackGlyphs(item.space) ?? [];
      if (glyphs === undefined || space === undefined || !isFontId(item.font)) return undefined;
      if (!numbers(item.size, item.x, item.baseline, item.width, item.line)) return undefined;
      return { ...(item as unknown as TextItem), glyphs, space };
    }
    case "rule":
      return numbers(item.x1, item.y1, item.x2, item.y2, item.thickness)
        ? (item as unknown as FrameItem)
        : undefined;
    case "link":
      return numbers(item.x, item.y, item.width, item.height) && typeof item.href === "string"
        ? (item as unknown as FrameItem)
        : undefined;
    case "anchor":
      return numbers(item.y) && typeof item.title === "string" && typeof item.section === "string"
        ? (item as unknown as FrameItem)
        : undefined;
    default:
      return undefined;
  }
}

function finite(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The kept layout fitting ended on, when it has the shape of one. Its content is trusted as the file is (whole,
 * under its key); a build that fails on kept data is made again without it (pipeline.ts).
 */
function finalFrom(value: unknown): KeptFit["final"] {
  if (!isRecord(value) || typeof value.params !== "string" || !isRecord(value.layout)) return undefined;
  const layout = value.layout;
  const frames = layout.frames;
  if (!isRecord(frames) || !Array.isArray(frames.pages)) return undefined;
  const pages: Page[] = [];
  for (const page of frames.pages) {
    const unpacked = unpackPage(page);
    if (unpacked === undefined) return undefined;
    pages.push(unpacked);
  }
  const numbers = [layout.pageCount, layout.available, layout.naturalHeight, layout.fill];
  if (!numbers.every((n) => typeof n === "number" && Number.isFinite(n))) return undefined;
  if (!isRecord(layout.params) || !isRecord(layout.linesPerSection) || !Array.isArray(layout.tightened))
    return undefined;
  if (!isRecord(layout.spacing)) return undefined;
  return { params: value.params, pages, layout: layout as unknown as KeptLayout };
}

function outcomeFrom(value: unknown): Outcome | undefined {
  if (!Array.isArray(value) || value.length !== 4) return undefined;
  const [height, available, pages, tightened] = value as unknown[];
  const finite = (n: unknown): n is number => typeof n === "number" && Number.isFinite(n);
  const count = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
  if (!(height === null || finite(height)) || !finite(available) || !count(pages) || !count(tightened))
    return undefined;
  return { naturalHeight: height ?? Number.POSITIVE_INFINITY, available, pages, tightened };
}
