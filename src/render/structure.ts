import type { BlockKind } from "../layout/frame.js";

/** Standard structure types of the tagged PDF (ISO 32000-1, 14.8.4) that vitae writes. */
export type StructType = "H1" | "H2" | "H3" | "P" | "Sect" | "L" | "LI" | "Lbl" | "LBody";

/** The structure type of a block of the document. */
export function structTypeOf(kind: BlockKind): StructType {
  switch (kind) {
    case "name":
      return "H1";
    case "heading":
      return "H2";
    case "entryHeading":
      return "H3";
    case "headline":
    case "contacts":
    case "paragraph":
      return "P";
    case "section":
      return "Sect";
    case "list":
      return "L";
    case "item":
      return "LI";
    case "label":
      return "Lbl";
    case "body":
      return "LBody";
    default: {
      const unknown: never = kind;
      throw new Error(`unknown block kind ${JSON.stringify(unknown)}`);
    }
  }
}
