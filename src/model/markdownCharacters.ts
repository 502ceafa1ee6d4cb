import type { Link, Text } from "mdast";
import { decodeString } from "micromark-util-decode-string";
import { codePoint, refusedCharacters, refusedMessage } from "../parse/characters.js";
import type { FileContext } from "./context.js";

/** An HTML character reference: named (`&shy;`), decimal (`&#0;`) or hexadecimal (`&#x202E;`). */
const REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * Reports the refused characters (src/parse/characters.ts) of a text node after Markdown decoded it: the file
 * was checked as typed, but a character reference (`&shy;`, `&#x202E;`, `&#0;`, which Markdown makes U+FFFD)
 * makes a character that was never typed. Each is reported at the reference that made it.
 */
export function checkDecodedText(node: Text, ctx: FileContext): void {
  const refused = [...refusedCharacters(node.value)];
  if (refused.length === 0) return;
  const start = node.position?.start.offset;
  const references = start === undefined ? [] : refusedReferences(ctx.raw(node));
  refused.forEach(({ char }, i) => {
    const made = references[i];
    const { message, hint } = refusedMessage(char);
    if (made === undefined || made.char !== char || start === undefined)
      ctx.error(ctx.at(node), message, hint);
    else ctx.error(ctx.atOffset(start + made.index), message, `remove ${made.text} (${codePoint(char)})`);
  });
}

/** Reports refused characters that character references put in a link's address. */
export function checkDecodedUrl(node: Link, ctx: FileContext): void {
  for (const { char } of refusedCharacters(node.url)) {
    const { message, hint } = refusedMessage(char);
    ctx.error(ctx.at(node), `the link address holds ${message}`, hint);
  }
}

/** The character references of a node's source that make refused characters, in order. */
function refusedReferences(source: string): { index: number; text: string; char: string }[] {
  const found: { index: number; text: string; char: string }[] = [];
  for (const m of source.matchAll(REFERENCE)) {
    if (source[m.index - 1] === "\\") continue; // \&shy; is text
    for (const { char } of refusedCharacters(decodeString(m[0])))
      found.push({ index: m.index, text: m[0], char });
  }
  return found;
}
