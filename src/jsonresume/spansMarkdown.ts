/**
 * The model's styled text as inline Markdown: **bold**, *italic*, `code`, <sup>…</sup> and links, with the
 * characters Markdown would read as syntax escaped, so vitae (and a JSON Resume theme that renders Markdown)
 * reads back the same text and styles.
 */
import type { RichText, Span } from "../model/schema.js";

export interface MarkdownOptions {
  /** Superscripts as <sup>…</sup> (vitae reads them); false writes their text plainly, for Markdown elsewhere. */
  sup?: boolean;
}

export function spansMarkdown(text: RichText, options: MarkdownOptions = {}): string {
  let out = "";
  for (let i = 0; i < text.length; ) {
    const href = text[i]?.href;
    let j = i;
    while (j < text.length && text[j]?.href === href) j++;
    const group = text.slice(i, j);
    const inner = group.map((span) => styled(span, options)).join("");
    const words = group.map((s) => s.text).join("");
    if (href === undefined) out += inner;
    else if (words === href) out += `<${href}>`;
    else if (`mailto:${words}` === href) out += `<${words}>`;
    else out += `[${inner}](${href.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
    i = j;
  }
  return out;
}

function styled(span: Span, options: MarkdownOptions): string {
  if (span.code) return code(span.text);
  const lead = /^\s*/.exec(span.text)?.[0] ?? "";
  const trail = /\s*$/.exec(span.text)?.[0] ?? "";
  const core = span.text.slice(lead.length, span.text.length - trail.length);
  if (core === "") return span.text;
  let marked = escapeText(core);
  if (span.sup && options.sup !== false) marked = `<sup>${marked}</sup>`;
  if (span.italic) marked = `*${marked}*`;
  if (span.bold) marked = `**${marked}**`;
  return `${lead}${marked}${trail}`;
}

/** A code span whose backtick fence is longer than any run of backticks inside it. */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** Text with the characters inline Markdown would take as syntax escaped. */
export function escapeText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if ("\\`*[]<{".includes(ch)) out += `\\${ch}`;
    else if (ch === "_" && !(isWordChar(text[i - 1]) && isWordChar(text[i + 1]))) out += "\\_";
    else if (ch === "&" && /^&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(text.slice(i))) out += "\\&";
    else out += ch;
  }
  return out;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
