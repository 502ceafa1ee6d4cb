import type { SkillsSection } from "../../model/schema.js";
import type { VItem } from "../vlist.js";
import { block, inSection } from "./blocks.js";
import { breakLines, type ComposeContext } from "./context.js";
import { joinBlocks, keepParagraph, keepWithPrevious } from "./keeps.js";
import { runsAt, vline } from "./lines.js";
import { plainPiece } from "./pieces.js";

/** "Label: values" lines, the label in bold. */
export function composeSkills(ctx: ComposeContext, section: SkillsSection): VItem[] {
  const blocks = section.groups.map((group) => {
    const pieces = [
      plainPiece(ctx, `${group.label}:`, { bold: true }, group.source),
      plainPiece(ctx, ` ${group.values.join(", ")}`, {}, group.source),
    ];
    const lines = breakLines(ctx, pieces, [ctx.width], group.source, group.id);
    return keepParagraph(
      lines.map((line) =>
        vline(
          ctx,
          runsAt(ctx, line, ctx.left, {
            role: "skillValues",
            blocks: inSection(section.id, block("paragraph", group.id)),
            section: section.id,
            source: group.source,
          }).map((run) => (run.font === "bold" ? { ...run, role: "skillLabel" as const } : run)),
          1,
          section.id,
        ),
      ),
    );
  });
  return keepWithPrevious(joinBlocks(blocks, () => ({ kind: "glue", glueClass: "item" })));
}
