import type { Section } from "../../model/schema.js";
import type { VItem } from "../vlist.js";
import { block, inSection } from "./blocks.js";
import { type ComposeContext, em } from "./context.js";
import { pieceAt, vline } from "./lines.js";
import { fitToWidth, plainPiece } from "./pieces.js";

/** A section heading in small caps with a thin rule under it, the outline anchor of its section. */
export function composeHeading(ctx: ComposeContext, section: Section): VItem[] {
  const t = ctx.theme;
  const piece = fitToWidth(
    ctx,
    plainPiece(ctx, section.title, { smallCaps: true, scale: t.headingSize }, section.source),
    ctx.width,
    "the section title",
    section.source,
  );
  const line = vline(
    ctx,
    [
      pieceAt(ctx, piece, ctx.left, {
        role: "sectionHeading",
        blocks: inSection(section.id, block("heading", section.id)),
        source: section.source,
      }),
      {
        kind: "rule",
        x1: ctx.left,
        x2: ctx.left + ctx.width,
        below: em(ctx, t.ruleGap),
        thickness: t.ruleThickness,
      },
    ],
    t.headingSize,
    section.id,
  );
  line.depth = em(ctx, t.ruleGap) + t.ruleThickness;
  line.anchor = { title: section.title, section: section.id };
  return [
    { kind: "glue", glueClass: "section" },
    line,
    { kind: "glue", glueClass: "fixed", size: em(ctx, t.afterHeading) },
  ];
}
