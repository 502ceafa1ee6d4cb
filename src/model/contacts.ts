import type { ListItem } from "mdast";
import { takeAttributes } from "./attributes.js";
import { itemParts, rejectAttributes, rejectNested } from "./blocks.js";
import type { FileContext } from "./context.js";
import { spansText, toSpans } from "./inline.js";
import { EMAIL } from "./links.js";
import type { Contact, Source, Span } from "./schema.js";
import { smarten } from "./typography.js";

const PHONE = /^\+?[\d\s().-]+$/;

/**
 * One `- Label: value` line of the header. `Email` (or `E-mail`) must hold an e-mail address and `Phone` a
 * phone number; any other label a single https:/http: link or plain text. Labels are matched ignoring case.
 */
export function readContact(item: ListItem, ctx: FileContext): Contact | undefined {
  const { paragraph, nested } = itemParts(item, ctx, "a contact");
  rejectNested(nested, ctx, "a contact");
  if (paragraph === undefined) return undefined;
  const source = ctx.at(item);
  const { content, block } = takeAttributes(paragraph.children, ctx);
  rejectAttributes(block, ctx, "a contact");
  // No typography yet: e-mail addresses, phone numbers and URLs are printed exactly as written.
  const spans = toSpans(content, ctx, { typography: false });
  const split = splitLabel(spans);
  if (split === undefined) {
    ctx.error(
      source,
      `a contact is "Label: value" (e.g. "Email: you@example.com"); found no colon in "${spansText(spans)}"`,
    );
    return undefined;
  }
  const { label, value } = split;
  if (label === "") ctx.error(source, "a contact with no label before its colon");
  if (value.length === 0) {
    ctx.error(source, `the contact "${label}" has no value after its colon`);
    return undefined;
  }
  if (value.some((s) => s.bold || s.italic || s.code || s.sup))
    ctx.warn(source, `formatting in the contact "${label}" is ignored`);
  const hrefs = new Set(value.filter((s) => s.text.trim() !== "").map((s) => s.href));
  const text = spansText(value);
  if (hrefs.size > 1) {
    ctx.error(source, `the contact "${label}" mixes a link with other text; give one link or plain text`);
    return undefined;
  }
  const href = value.find((s) => s.href)?.href;
  const kind = /^e-?mail$/i.test(label) ? "email" : /^phone$/i.test(label) ? "phone" : "other";
  if (kind === "email") return email(label, text, href, source, ctx);
  if (kind === "phone") return phone(label, text, href, source, ctx);
  if (href === undefined) return { kind: "text", label, value: smarten(text), source };
  if (!/^https?:/i.test(href)) {
    ctx.error(
      source,
      `the contact "${label}" links to "${href}"; use an https: or http: link, or the label Email or Phone`,
    );
    return undefined;
  }
  return { kind: "url", label, value: text, href, source };
}

function splitLabel(spans: readonly Span[]): { label: string; value: Span[] } | undefined {
  let label = "";
  for (const [i, span] of spans.entries()) {
    const colon = span.href === undefined ? span.text.indexOf(":") : -1;
    if (colon < 0) {
      label += span.text;
      continue;
    }
    const rest = { ...span, text: span.text.slice(colon + 1).trimStart() };
    const value = [rest, ...spans.slice(i + 1)].filter((s) => s.text !== "");
    return { label: (label + span.text.slice(0, colon)).trim(), value };
  }
  return undefined;
}

function email(
  label: string,
  text: string,
  href: string | undefined,
  source: Source,
  ctx: FileContext,
): Contact | undefined {
  const address = href === undefined ? text : href.replace(/^mailto:/i, "");
  if (href !== undefined && !/^mailto:/i.test(href)) {
    ctx.error(source, `the "${label}" contact links to "${href}"; an e-mail link starts with mailto:`);
    return undefined;
  }
  if (!EMAIL.test(address)) {
    ctx.error(source, `invalid e-mail address "${address}": expected name@example.com`);
    return undefined;
  }
  return { kind: "email", label, value: text, href: `mailto:${address}`, source };
}

function phone(
  label: string,
  text: string,
  href: string | undefined,
  source: Source,
  ctx: FileContext,
): Contact | undefined {
  const number = href === undefined ? text : href.replace(/^tel:/i, "");
  const digits = number.replace(/\D/g, "");
  if (href !== undefined && !/^tel:/i.test(href)) {
    ctx.error(source, `the "${label}" contact links to "${href}"; a phone link starts with tel:`);
    return undefined;
  }
  if (!PHONE.test(number) || digits.length < 3) {
    ctx.error(source, `invalid phone number "${number}": use digits, spaces, +, -, parentheses and dots`);
    return undefined;
  }
  return {
    kind: "phone",
    label,
    value: text,
    href: `tel:${number.trimStart().startsWith("+") ? "+" : ""}${digits}`,
    source,
  };
}
