/** Display-list items for tests, shaped as layout shapes them (with a given measurer). */
import type { Block, FontId, Role, TextItem } from "../../src/layout/frame.js";
import type { Measurer } from "../../src/layout/measure.js";

export interface RunFields {
  text: string;
  font: FontId;
  size: number;
  x: number;
  baseline: number;
  role: Role;
  line: number;
  blocks?: Block[];
  href?: string;
  section?: string;
  joinsNext?: boolean;
}

/** A text item of `fields.text` shaped by `measurer`: its glyphs, width and space glyph as layout gives them. */
export function shapedRun(measurer: Measurer, fields: RunFields): TextItem {
  const glyphs = measurer.shape(fields.text, fields.font, fields.size);
  const [space] = measurer.shape(" ", fields.font, fields.size);
  if (space === undefined) throw new Error("no space glyph");
  return {
    kind: "text",
    ...fields,
    width: glyphs.reduce((sum, g) => sum + g.advance, 0),
    glyphs,
    space,
    blocks: fields.blocks ?? [],
  };
}
