/**
 * Text from a JSON Resume document written into vitae's Markdown so that it reads back as written: plain text
 * (names, titles, contacts, skills) with every character Markdown would take as syntax escaped, running text
 * (summaries, highlights) as the inline Markdown JSON Resume themes render, with block syntax, stray HTML and
 * attribute-like braces neutralised and bare web addresses made links. Lines are wrapped as a person would.
 */
import { escapeText } from "./spansMarkdown.js";

/**
 * A word that would start a list, heading, quote or rule if a wrapped line began with it. (A `<` left in the text
 * starts an autolink or <sup>, which never open an HTML block; every other `<` is escaped.)
 */
const UNSAFE_LINE_START = /^(?:[-+*]$|#{1,6}$|>|=+$|-{2,}$|_{3,}$|\d{1,9}[.)]$|`{3,}|~{3,}|\|)/;

/** Plain text for one line of Markdown: printed exactly as given (whitespace runs become one space). */
export function plainInline(text: string): string {
  return escapeLineStart(escapeText(text.replace(/\s+/g, " ").trim()));
}

/**
 * Running text read as inline Markdown, made safe for one paragraph of vitae's Markdown: line breaks become
 * spaces, a leading `-`, `#`, `>` or `1.` is escaped, braces are escaped (a trailing `{…}` would read as
 * attributes), `<` is escaped unless it starts `<https://…>`, `<mailto:…>` or `<sup>`, and a bare web address
 * becomes `<https://…>`. Code spans are left alone.
 */
export function richInline(markdown: string): string {
  const flat = markdown
    .replace(/\\\r?\n/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const parts = flat.split(/(`+[^`]*?`+)/);
  const out = parts.map((part, i) => (i % 2 === 1 && /^(`+)[^`]*?\1$/.test(part) ? part : richPart(part)));
  return escapeLineStart(out.join(""));
}

function richPart(text: string): string {
  return text
    .replace(/(?<!\\)\{/g, "\\{")
    .replace(/<(?!(?:https?:\/\/|mailto:)[^\s<>]*>|[^\s<>@]+@[^\s<>@]+>|\/?sup>)/gi, "\\<")
    .replace(/(?<![<[]|\]\()\bhttps?:\/\/[^\s<>]+/gi, (url) => {
      const { address, rest } = trimUrl(url);
      return `<${address}>${rest}`;
    });
}

/** A bare address without the punctuation that ends the sentence around it (and an unmatched ")"). */
function trimUrl(url: string): { address: string; rest: string } {
  let address = url;
  let rest = "";
  for (;;) {
    const last = address.at(-1) ?? "";
    const unmatched = last === ")" && count(address, "(") < count(address, ")");
    if (!".,;:!?'\"".includes(last) && !unmatched) break;
    rest = last + rest;
    address = address.slice(0, -1);
  }
  return { address, rest };
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** Escapes what would make a line start a list, heading, quote, rule or HTML block. */
function escapeLineStart(text: string): string {
  const word = text.split(" ")[0] ?? "";
  if (!UNSAFE_LINE_START.test(word) && !/^(?:[-+*]|#{1,6}) /.test(text)) return text;
  const ordered = /^(\d{1,9})([.)])/.exec(text);
  if (ordered) return `${ordered[1]}\\${text.slice((ordered[1] ?? "").length)}`;
  return `\\${text}`;
}

/**
 * Wraps Markdown inline text at `width` columns: the first line after `first` (e.g. "- "), the others after
 * `rest` (e.g. "  "). A line never starts with a word that would change the block structure.
 */
export function wrap(text: string, first = "", rest = "", width = 110): string[] {
  const words = text.split(" ").filter((w) => w !== "");
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    const fits = line.length + 1 + word.length <= width;
    if (!empty && !fits && !UNSAFE_LINE_START.test(word)) {
      lines.push(line);
      line = rest + word;
    } else line = empty ? line + word : `${line} ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** Text for an HTML comment: it cannot end the comment early. */
export function commentText(text: string): string {
  return text.replace(/--/g, "- -");
}
