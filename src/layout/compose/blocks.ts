import type { Block, BlockKind } from "../frame.js";

/** A block of the document (see Block). */
export function block(kind: BlockKind, id: string): Block {
  return { kind, id };
}

/** The blocks of text in section `section`: the section, then `inner`, outermost first. */
export function inSection(section: string, ...inner: Block[]): Block[] {
  return [block("section", section), ...inner];
}
