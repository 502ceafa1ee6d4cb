import type { RootContent } from "mdast";
import type { FileContext } from "../context.js";
import type { IdRegistry } from "../ids.js";
import type { Source } from "../schema.js";

/** What a section reader gets: the file's blocks after its title, and where to report. */
export interface SectionInput {
  ctx: FileContext;
  ids: IdRegistry;
  blocks: readonly RootContent[];
  /** The section title as printed, for messages. */
  title: string;
  /** Where the section starts (its title heading), for problems about the section as a whole. */
  source: Source;
}
