/**
 * Parts of a layout kept from one build to the next in a long-lived process: the vertical list a section (or the
 * header) composes to depends only on its content, the theme and the layout parameters, so a section that did
 * not change since the last build, laid out with the same parameters, is not composed again. What composing
 * records besides the list (tightened paragraphs, spacing) is kept with it and replayed.
 */
import { createHash } from "node:crypto";
import type { Memo } from "../cache/generations.js";
import type { ComposeContext, SpacingStats } from "./compose/context.js";
import type { VItem, VLine } from "./vlist.js";

export interface ComposedPart {
  items: readonly VItem[];
  tightened: readonly string[];
  spacing: SpacingStats;
}

/** A key for the content of an object of the model, made once per object. */
const contentKeys = new WeakMap<object, string>();

export function contentKey(part: object): string {
  let key = contentKeys.get(part);
  if (key === undefined) {
    key = JSON.stringify(part);
    contentKeys.set(part, key);
  }
  return key;
}

/** Digests of keys; a layout's passes ask for the same ones again. */
const digests = new Map<string, string>();

/** A short stand-in for a long key (a whole theme or part): a memo looking it up hashes a few bytes, not all. */
export function digest(key: string): string {
  let found = digests.get(key);
  if (found === undefined) {
    if (digests.size >= 1024) digests.clear();
    found = createHash("sha256").update(key).digest("base64");
    digests.set(key, found);
  }
  return found;
}

/** The digest of a part's content, made once per object (a part is not changed once read). */
const contentDigests = new WeakMap<object, string>();

function contentDigest(part: object): string {
  let found = contentDigests.get(part);
  if (found === undefined) {
    found = createHash("sha256").update(JSON.stringify(part)).digest("base64");
    contentDigests.set(part, found);
  }
  return found;
}

/**
 * Skeletons of parts kept from earlier runs (keptSkeletons.ts), and whether this pass may use them: a layout
 * made of skeletons has the measures fitting decides on, and no text to draw.
 */
export interface Skeletons {
  /** `distrust`: reads nothing of what was kept from now on (keptEntries.ts). */
  kept: Memo<ComposedPart> & { distrust(): void };
  use: boolean;
}

/**
 * The items `compose` makes in `ctx` for `part` (with `extra`, what else they depend on): kept under the part's
 * content and the pass's theme and parameters when the context keeps parts, its records added to the context as
 * composing would. When the pass may, a kept skeleton of the part stands in for it (and `ctx.sketched` is set).
 */
export function composeOnce(
  ctx: ComposeContext,
  part: object,
  compose: (ctx: ComposeContext) => VItem[],
  extra = "",
): readonly VItem[] {
  if (ctx.parts === undefined) return compose(ctx);
  // One key for both: the skeletons' file keeps what the memo holds, under the same names.
  const key = `${ctx.parts.passKey}|${extra}|${contentDigest(part)}`;
  let kept = ctx.parts.kept.get(key);
  if (kept !== undefined) return replayed(ctx, kept);
  if (ctx.skeletons?.use) {
    kept = ctx.skeletons.kept.get(key);
    if (kept !== undefined) ctx.sketched.value = true;
  }
  if (kept === undefined) {
    const own: ComposeContext = {
      ...ctx,
      tightened: [],
      spacing: { maxRatio: 0, raggedLines: 0 },
      sketched: { value: false },
    };
    kept = { items: compose(own), tightened: own.tightened, spacing: own.spacing };
    // A part holding a skeleton of a part inside it (an entry of a section) is no part to draw: not kept whole.
    if (own.sketched.value) ctx.sketched.value = true;
    else ctx.parts.kept.set(key, kept);
    ctx.skeletons?.kept.set(key, skeletonOf(kept));
  }
  return replayed(ctx, kept);
}

/** A part's items, its records added to the context as composing it would. */
function replayed(ctx: ComposeContext, part: ComposedPart): readonly VItem[] {
  for (const id of part.tightened) ctx.tightened.push(id);
  ctx.spacing.raggedLines += part.spacing.raggedLines;
  ctx.spacing.maxRatio = Math.max(ctx.spacing.maxRatio, part.spacing.maxRatio);
  return part.items;
}

/**
 * A part without the content of its lines: what pagination measures (each line's leading, height, depth, keep and
 * section, and the glue between lines), and what composing recorded. Enough to decide on a layout, not to draw it.
 */
export function skeletonOf(part: ComposedPart): ComposedPart {
  const items = part.items.map((item): VItem => {
    if (item.kind !== "line") return item;
    const { leadSize, height, depth, keepWithPrevious, section } = item;
    const line: VLine = { kind: "line", leadSize, height, depth, content: [], keepWithPrevious };
    if (section !== undefined) line.section = section;
    return line;
  });
  return { items, tightened: part.tightened, spacing: part.spacing };
}
