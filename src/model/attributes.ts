import type { PhrasingContent, Text } from "mdast";
import type { FileContext } from "./context.js";
import type { Source } from "./schema.js";

/** One token of an attribute block: `#id`, `.tag` or `key=value` (value possibly "quoted"). */
export type AttributeToken =
  | { kind: "id"; value: string; source: Source }
  | { kind: "tag"; value: string; source: Source }
  | { kind: "pair"; key: string; value: string; source: Source; valueSource: Source; quoted: boolean };

/** A trailing `{…}` block, split into tokens. */
export interface AttributeBlock {
  source: Source;
  tokens: AttributeToken[];
}

// What makes a trailing {…} an attribute block rather than text: it starts with #, . or key=.
const LOOKS_LIKE_ATTRIBUTES = /^\s*(?:[#.]|[A-Za-z][\w-]*=)/;

/**
 * Splits a trailing attribute block (`… {#id .tag key=value key="quoted value"}`) off a paragraph's phrasing.
 * The block must sit in the last text node (it may start on a continuation line); `\{` keeps braces as text.
 * Syntax errors inside the block are reported; the returned phrasing is the text without the block.
 */
export function takeAttributes(
  nodes: readonly PhrasingContent[],
  ctx: FileContext,
): { content: PhrasingContent[]; block?: AttributeBlock } {
  const last = nodes.at(-1);
  if (last?.type !== "text") return { content: [...nodes] };
  const value = last.value.trimEnd();
  const open = value.lastIndexOf("{");
  if (!value.endsWith("}")) return { content: [...nodes] };
  if (open < 0) {
    reportSplitBlock(nodes, ctx);
    return { content: [...nodes] };
  }
  const inner = value.slice(open + 1, -1);
  if (!LOOKS_LIKE_ATTRIBUTES.test(inner)) return { content: [...nodes] };
  const raw = ctx.raw(last);
  const rawOpen = raw.lastIndexOf("{");
  if (rawOpen > 0 && raw[rawOpen - 1] === "\\") return { content: [...nodes] };
  const base = (last.position?.start.offset ?? 0) + Math.max(rawOpen, 0);
  const block: AttributeBlock = {
    source: ctx.atOffset(base),
    tokens: tokenize(inner, ctx, raw.slice(Math.max(rawOpen, 0)), base),
  };
  const rest = value.slice(0, open).trimEnd();
  const content = nodes.slice(0, -1);
  if (rest !== "") content.push({ ...last, value: rest } satisfies Text);
  return { content, block };
}

/** An attribute block that Markdown split into several nodes (it holds `*`, `_`, backticks, `[` or `<`). */
function reportSplitBlock(nodes: readonly PhrasingContent[], ctx: FileContext): void {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  if (start === undefined || end === undefined) return;
  const raw = ctx.text.slice(start, end).trimEnd();
  const open = raw.lastIndexOf("{");
  if (open < 0 || raw[open - 1] === "\\" || !LOOKS_LIKE_ATTRIBUTES.test(raw.slice(open + 1))) return;
  ctx.error(
    ctx.atOffset(start + open),
    "cannot read the attribute block: it contains Markdown (*, _, `, [ or <)",
    "write \\{ to print the braces as text",
  );
}

function tokenize(inner: string, ctx: FileContext, raw: string, base: number): AttributeToken[] {
  const tokens: AttributeToken[] = [];
  let rawCursor = 0;
  // Finds a token's position in the raw source (escapes and entities may make it differ from the text).
  const locate = (text: string): Source => {
    const at = raw.indexOf(text, rawCursor);
    if (at < 0) return ctx.atOffset(base);
    rawCursor = at + text.length;
    return ctx.atOffset(base + at);
  };
  const pattern = /\s*(?:([#.])([^\s"]*)|([A-Za-z][\w-]*)=(?:"([^"]*)("?)|([^\s"]*))|(\S+))/gy;
  for (const m of inner.matchAll(pattern)) {
    const [whole, sigil, name, key, quotedValue, closing, bareValue, junk] = m;
    const text = whole.trim();
    if (text === "") continue;
    const source = locate(text);
    if (sigil !== undefined) {
      if (name === "")
        ctx.error(
          source,
          `"${sigil}" must be followed by ${sigil === "#" ? "an id" : "a tag"} (e.g. ${sigil === "#" ? "#my-id" : ".llm"})`,
        );
      else tokens.push({ kind: sigil === "#" ? "id" : "tag", value: name ?? "", source });
    } else if (key !== undefined) {
      const quoted = quotedValue !== undefined;
      if (quoted && closing !== '"') {
        ctx.error(source, `unclosed quote in attribute ${key}=; add the closing "`);
        continue;
      }
      const valueSource = { ...source, column: source.column + key.length + 1 + (quoted ? 1 : 0) };
      tokens.push({
        kind: "pair",
        key,
        value: (quoted ? quotedValue : bareValue) ?? "",
        source,
        valueSource,
        quoted,
      });
    } else {
      ctx.error(
        source,
        `cannot read "${junk ?? text}" in the attribute block; expected #id, .tag or key=value`,
      );
    }
  }
  return tokens;
}
