import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import { type AttributeBlock, takeAttributes } from "./attributes.js";
import type { FileContext } from "./context.js";
import { FOOTNOTE_MESSAGE } from "./footnotes.js";
import { htmlMessage, isComment } from "./html.js";
import { plainText, toSpans } from "./inline.js";
import type { RichText, Source } from "./schema.js";

/** "a paragraph", "a level-3 heading", … — a block named for messages. */
export function describeBlock(node: RootContent): string {
  switch (node.type) {
    case "heading":
      return `a level-${node.depth} heading`;
    case "paragraph":
      return "a paragraph";
    case "list":
      return node.ordered ? "a numbered list" : "a bullet list";
    case "code":
      return "a code block";
    default:
      return node.type;
  }
}

/**
 * Reports a block that has no place where it stands. Constructs vitae never supports get their own message;
 * others say what was found and `expected` says what belongs there. HTML comments are not reported.
 */
export function rejectBlock(node: RootContent, ctx: FileContext, expected: string): void {
  const message = rejection(node, expected);
  if (message !== undefined) ctx.error(ctx.at(node), message);
}

function rejection(node: RootContent, expected: string): string | undefined {
  switch (node.type) {
    case "html":
      return isComment(node.value) ? undefined : htmlMessage(node.value);
    case "blockquote":
      return "block quotes (>) are not supported";
    case "thematicBreak":
      return "horizontal rules (---, ***) are not supported; sections are separate files";
    case "definition":
      if (node.label?.startsWith("^")) return FOOTNOTE_MESSAGE;
      return "link reference definitions ([ref]: url) are not supported; write links as [text](https://…)";
    case "list":
      if (node.ordered) return 'numbered lists are not supported; use "-" bullets';
      break;
    case "heading":
      if (node.depth === 1)
        return "a second level-1 heading; a file holds one section, so move this one to a file of its own";
      break;
  }
  return `${describeBlock(node)} is not allowed here; ${expected}`;
}

/** Reports an attribute block where none is allowed (titles, detail lines, contacts, text paragraphs). */
export function rejectAttributes(
  block: AttributeBlock | undefined,
  ctx: FileContext,
  what: string,
  hint?: string,
): void {
  if (block) ctx.error(block.source, `an attribute block is not allowed on ${what}`, hint);
}

/** Styled text of phrasing that may not carry attributes. */
export function richText(
  nodes: readonly PhrasingContent[],
  ctx: FileContext,
  what: string,
  hint?: string,
): RichText {
  const { content, block } = takeAttributes(nodes, ctx);
  rejectAttributes(block, ctx, what, hint);
  return toSpans(content, ctx);
}

/** The plain text of a heading (a section title, an entry title, the name); reports an empty one. */
export function headingText(heading: Heading, ctx: FileContext, what: string, hint?: string): string {
  const text = plainText(richText(heading.children, ctx, what, hint), ctx, ctx.at(heading), what);
  if (text === "")
    ctx.error(ctx.at(heading), `${what} is empty; write it after the "${"#".repeat(heading.depth)}"`);
  return text;
}

/** A list item's first paragraph and nested lists; anything else inside it is reported. */
export function itemParts(
  item: ListItem,
  ctx: FileContext,
  what: string,
): { paragraph?: Paragraph; nested: List[] } {
  const nested: List[] = [];
  let paragraph: Paragraph | undefined;
  const [first, ...rest] = item.children;
  if (first === undefined) ctx.error(ctx.at(item), `${what} with no text`);
  else if (first.type === "paragraph") paragraph = first;
  else rejectBlock(first, ctx, `${what} starts with its text`);
  for (const child of rest) {
    if (child.type === "list" && !child.ordered) nested.push(child);
    else if (child.type === "paragraph") {
      ctx.error(
        ctx.at(child),
        `a second paragraph in ${what}; ${what} is one paragraph (remove the blank line)`,
      );
    } else rejectBlock(child, ctx, `${what} holds one paragraph`);
  }
  return paragraph ? { paragraph, nested } : { nested };
}

/** Reports nested lists where they have no meaning. */
export function rejectNested(nested: readonly List[], ctx: FileContext, what: string): void {
  for (const list of nested)
    ctx.error(
      ctx.at(list),
      `a nested list in ${what}; only entry bullets hold nested items (sub-bullets and alternatives), one level deep`,
    );
}

/** The position of the end of a block, for problems about something missing after it. */
export function after(node: RootContent | undefined, ctx: FileContext): Source {
  const end = node?.position?.end;
  return end ? ctx.point(end.line, end.column) : ctx.point(1, 1);
}
