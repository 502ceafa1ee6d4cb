/**
 * Parts of a layout kept from one build to the next in a long-lived process: the vertical list a section (or the
 * header) composes to depends only on its content, the theme and the layout parameters, so a section that did
 * not change since the last build, laid out with the same parameters, is not composed again. What composing
 * records besides the list (tightened paragraphs, spacing) is kept with it and replayed.
 */
import type { ComposeContext, SpacingStats } from "./compose/context.js";
import type { VItem } from "./vlist.js";

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

/**
 * The items `compose` makes in `ctx` for `part` (with `extra`, what else they depend on): kept under the part's
 * content and the pass's theme and parameters when the context keeps parts, its records added to the context as
 * composing would.
 */
export function composeOnce(
  ctx: ComposeContext,
  part: object,
  compose: (ctx: ComposeContext) => VItem[],
  extra = "",
): readonly VItem[] {
  if (ctx.parts === undefined) return compose(ctx);
  const key = `${ctx.parts.passKey}|${extra}|${contentKey(part)}`;
  let kept = ctx.parts.kept.get(key);
  if (kept === undefined) {
    const own: ComposeContext = { ...ctx, tightened: [], spacing: { maxRatio: 0, raggedLines: 0 } };
    kept = { items: compose(own), tightened: own.tightened, spacing: own.spacing };
    ctx.parts.kept.set(key, kept);
  }
  for (const id of kept.tightened) ctx.tightened.push(id);
  ctx.spacing.raggedLines += kept.spacing.raggedLines;
  ctx.spacing.maxRatio = Math.max(ctx.spacing.maxRatio, kept.spacing.maxRatio);
  return kept.items;
}
