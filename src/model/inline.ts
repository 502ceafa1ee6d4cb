import type { PhrasingContent } from "mdast";
import type { FileContext } from "./context.js";
import { checkFootnotes, FOOTNOTE_MESSAGE } from "./footnotes.js";
import { htmlMessage, isComment } from "./html.js";
import { linkProblem } from "./links.js";
import { checkDecodedText, checkDecodedUrl } from "./markdownCharacters.js";
import type { Source, Span } from "./schema.js";
import { smarten } from "./typography.js";

interface Style {
  bold?: true;
  italic?: true;
  code?: true;
  sup?: true;
  href?: string;
  /** Printed exactly as written: code and autolinks (`<https://…>`) get no typographic quotes or dashes. */
  verbatim?: true;
}
type RawSpan = Style & { text: string };

/** Options of {@link toSpans}. */
export interface InlineOptions {
  /** Apply typographic quotes and dashes. @default true */
  typography?: boolean;
}

/**
 * Converts Markdown phrasing (text, emphasis, strong, code, links, `<sup>…</sup>`, hard breaks) to styled
 * spans with collapsed whitespace. Anything else (images, other HTML, reference links) is reported as an
 * error; HTML comments are dropped, as their author meant.
 */
export function toSpans(
  nodes: readonly PhrasingContent[],
  ctx: FileContext,
  options: InlineOptions = {},
): Span[] {
  const raw: RawSpan[] = [];
  walk(nodes, {}, raw, ctx);
  const spans = tidy(raw);
  if (options.typography !== false) smartenSpans(spans);
  return spans.map(({ verbatim: _, ...span }) => span);
}

/** The words of spans without their styles. */
export function spansText(spans: readonly Span[]): string {
  return spans.map((s) => s.text).join("");
}

/**
 * The plain text of spans for a field printed in its own style (a title, a name, a skill): links and
 * superscripts are errors there, bold/italic/code a warning since the style is not printed.
 */
export function plainText(spans: readonly Span[], ctx: FileContext, at: Source, what: string): string {
  if (spans.some((s) => s.href !== undefined)) ctx.error(at, `a link is not allowed in ${what}`);
  if (spans.some((s) => s.sup)) ctx.error(at, `a superscript (<sup>) is not allowed in ${what}`);
  if (spans.some((s) => s.bold || s.italic || s.code)) {
    ctx.warn(at, `bold, italic and code formatting is ignored in ${what}`);
  }
  return spansText(spans);
}

function walk(nodes: readonly PhrasingContent[], style: Style, out: RawSpan[], ctx: FileContext): void {
  // <sup> and </sup> arrive as separate html siblings around the superscript text.
  let supOpen: Source | undefined;
  for (const node of nodes) {
    const s: Style = supOpen ? { ...style, sup: true } : style;
    switch (node.type) {
      case "text":
        checkDecodedText(node, ctx);
        checkFootnotes(node, ctx);
        out.push({ ...s, text: node.value });
        break;
      case "inlineCode":
        out.push({ ...s, code: true, verbatim: true, text: node.value });
        break;
      case "break":
        out.push({ ...s, text: " " });
        break;
      case "emphasis":
        walk(node.children, { ...s, italic: true }, out, ctx);
        break;
      case "strong":
        walk(node.children, { ...s, bold: true }, out, ctx);
        break;
      case "link": {
        const problem = linkProblem(node.url);
        if (problem) ctx.error(ctx.at(node), problem);
        checkDecodedUrl(node, ctx);
        const autolink =
          node.children.length === 1 &&
          node.children[0]?.type === "text" &&
          isAutolinkText(node.url, node.children[0].value);
        const linkStyle: Style = {
          ...s,
          ...(problem ? {} : { href: node.url }),
          ...(autolink ? { verbatim: true } : {}),
        };
        const before = out.length;
        walk(node.children, linkStyle, out, ctx);
        if (out.slice(before).every((span) => span.text.trim() === ""))
          ctx.error(ctx.at(node), `a link with no text: "${node.url}"`);
        break;
      }
      case "html": {
        const tag = classifyHtml(node.value);
        if (tag === "comment") break;
        if (tag === "open") {
          if (supOpen || style.sup)
            ctx.error(ctx.at(node), "<sup> inside a superscript; close the first with </sup>");
          else supOpen = ctx.at(node);
        } else if (tag === "close") {
          if (supOpen) supOpen = undefined;
          else ctx.error(ctx.at(node), "</sup> without a <sup> before it (in the same bold, italic or link)");
        } else ctx.error(ctx.at(node), htmlMessage(node.value));
        break;
      }
      case "image":
      case "imageReference":
        ctx.error(
          ctx.at(node),
          `images are not supported ("${node.alt ?? ""}"); a résumé is typeset as text`,
        );
        break;
      case "linkReference":
        ctx.error(
          ctx.at(node),
          node.label?.startsWith("^")
            ? FOOTNOTE_MESSAGE
            : "reference links ([text][ref]) are not supported; write [text](https://…)",
        );
        break;
      default:
        ctx.error(ctx.at(node), `unsupported inline Markdown (${node.type})`);
    }
  }
  if (supOpen) ctx.error(supOpen, "<sup> is not closed; add </sup> after the superscript text");
}

function isAutolinkText(url: string, text: string): boolean {
  return text === url || `mailto:${text}` === url;
}

function classifyHtml(value: string): "comment" | "open" | "close" | "other" {
  if (isComment(value)) return "comment";
  if (/^<sup\s*>$/i.test(value)) return "open";
  if (/^<\/sup\s*>$/i.test(value)) return "close";
  return "other";
}

/** Collapses whitespace, merges neighbours of one style and trims the ends. */
function tidy(raw: readonly RawSpan[]): RawSpan[] {
  const spans: RawSpan[] = [];
  for (const span of raw) {
    let text = span.text.replace(/\s+/g, " ");
    const last = spans.at(-1);
    if ((last === undefined || last.text.endsWith(" ")) && text.startsWith(" ")) text = text.slice(1);
    if (text === "") continue;
    if (last && sameStyle(last, span)) last.text += text;
    else spans.push({ ...span, text });
  }
  const last = spans.at(-1);
  if (last) {
    last.text = last.text.trimEnd();
    if (last.text === "") spans.pop();
  }
  return spans;
}

function sameStyle(a: Style, b: Style): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.code === b.code &&
    a.sup === b.sup &&
    a.href === b.href &&
    a.verbatim === b.verbatim
  );
}

function smartenSpans(spans: RawSpan[]): void {
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    if (span === undefined || span.verbatim) continue;
    span.text = smarten(span.text, spans[i - 1]?.text.at(-1) ?? "", spans[i + 1]?.text[0] ?? "");
  }
}
