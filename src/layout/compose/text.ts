import type { TextSection } from "../../model/schema.js";
import type { VItem } from "../vlist.js";
import { block, inSection } from "./blocks.js";
import { breakLines, type ComposeContext } from "./context.js";
import { joinBlocks, keepParagraph, keepWithPrevious } from "./keeps.js";
import { runsAt, vline } from "./lines.js";
import { richPieces } from "./pieces.js";

/** Plain paragraphs (a summary, say), justified to the full width. */
export function composeText(ctx: ComposeContext, section: TextSection): VItem[] {
  const blocks = section.paragraphs.map((paragraph, i) => {
    const lines = breakLines(
      ctx,
      richPieces(ctx, paragraph, {}, section.source),
      [ctx.width],
      section.source,
      `${section.id}-${i + 1}`,
    );
    return keepParagraph(
      lines.map((line) =>
        vline(
          ctx,
          runsAt(ctx, line, ctx.left, {
            role: "paragraph",
            blocks: inSection(section.id, block("paragraph", `${section.id}-${i + 1}`)),
            section: section.id,
            source: section.source,
          }),
          1,
          section.id,
        ),
      ),
    );
  });
  return keepWithPrevious(joinBlocks(blocks, () => ({ kind: "glue", glueClass: "item" })));
}
