import type { FileContext } from "./context.js";
import type { Source } from "./schema.js";

/** The priority of a node that states none: the middle of 1 (most important) … 9. */
export const DEFAULT_PRIORITY = 5;

/** Reads a priority (1 most important … 9), reporting anything else; undefined when invalid. */
export function readPriority(written: string, at: Source, ctx: FileContext): number | undefined {
  if (/^[1-9]$/.test(written.trim())) return Number(written.trim());
  ctx.error(at, `invalid priority "${written}": expected a whole number from 1 (most important) to 9`);
  return undefined;
}
