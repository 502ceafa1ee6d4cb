import type { Role } from "../layout/frame.js";

/** Standard structure type of a text run in the tagged PDF; "Artifact" means not part of the content. */
export type StructType = "H1" | "H2" | "P" | "Artifact";

export function structTypeOf(role: Role): StructType {
  switch (role) {
    case "name":
      return "H1";
    case "sectionHeading":
      return "H2";
    case "decoration":
      return "Artifact";
    default:
      return "P";
  }
}
