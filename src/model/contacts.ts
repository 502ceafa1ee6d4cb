import type { ListItem } from "mdast";
import { takeAttributes } from "./attributes.js";
import { itemParts, rejectAttributes, rejectNested } from "./blocks.js";
import type { FileContext } from "./context.js";
import { spansText, toSpans } from "./inline.js";
import { EMAIL, linkProblem } from "./links.js";
import { type Network, networkByAddress, networkByLabel } from "./profiles.js";
import type { Contact, Source, Span } from "./schema.js";
import { smarten } from "./typography.js";
import { shortUrl } from "./urls.js";

const PHONE = /^\+?[\d\s().-]+$/;

/**
 * One line of the header's contact list: `Label: value`, or a bare web address. `Email` (or `E-mail`) must hold an
 * e-mail address and `Phone` a phone number; a known network (`GitHub`, `LinkedIn`, `ORCID`, …) a username or a
 * profile address; any other label a web address or plain text. Labels are matched ignoring case. Web
 * addresses are printed in their short form (`github.com/ana`), linked; link text written as `[text](…)` is
 * printed as written.
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
  const whole = spansText(spans).trim();
  const bare = bareAddress(spans, whole);
  if (bare !== undefined) return webContact(undefined, bare.href, bare.text, source, ctx);
  // "https://ana.dev and more", "ftp://x": the colon is an address's, not a label's.
  const linked = content.some((node) => node.type === "link");
  if (!linked && /^[a-z][a-z0-9+.-]*:\/\//i.test(whole)) {
    ctx.error(
      source,
      `a contact is "Label: value" or a web address alone; found "${whole}"`,
      "write the address alone (https://…), or give it a label: Website: https://…",
    );
    return undefined;
  }
  const split = splitLabel(spans);
  if (split === undefined) {
    ctx.error(
      source,
      `a contact is "Label: value" (e.g. "Email: you@example.com") or a web address; found no colon in "${whole}"`,
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
  const text = spansText(value).trim();
  if (hrefs.size > 1) {
    ctx.error(source, `the contact "${label}" mixes a link with other text; give one link or plain text`);
    return undefined;
  }
  const href = value.find((s) => s.href)?.href;
  if (/^e-?mail$/i.test(label)) return email(label, text, href, source, ctx);
  if (/^(phone|tel|telephone|mobile|cell)$/i.test(label)) return phone(label, text, href, source, ctx);
  const network = networkByLabel(label);
  if (href === undefined && !WEB.test(text)) {
    if (network === undefined) return { kind: "text", label, value: smarten(text), source };
    return profileByUsername(label, network, text, source, ctx);
  }
  const target = href ?? text;
  if (!/^https?:/i.test(target)) {
    ctx.error(
      source,
      `the contact "${label}" links to "${target}"; use an https: or http: link, or the label Email or Phone`,
    );
    return undefined;
  }
  return webContact(
    label,
    target,
    href !== undefined && !sameAddress(text, target) ? text : undefined,
    source,
    ctx,
  );
}

/** A web address written out in full. */
const WEB = /^https?:\/\/\S+$/i;

/** A contact that is only a web address: `https://ana.dev`, `<https://ana.dev>` or `[ana.dev](https://ana.dev)`. */
function bareAddress(spans: readonly Span[], whole: string): { href: string; text?: string } | undefined {
  const linked = spans.filter((s) => s.text.trim() !== "");
  const href = linked[0]?.href;
  if (href !== undefined && /^https?:/i.test(href) && linked.every((s) => s.href === href)) {
    return sameAddress(whole, href) ? { href } : { href, text: whole };
  }
  return WEB.test(whole) && spans.every((s) => s.href === undefined) ? { href: whole } : undefined;
}

function sameAddress(text: string, href: string): boolean {
  return text === href || shortUrl(text) === shortUrl(href);
}

/**
 * A contact that links to a web address: a profile when the label or the address names a known network, a
 * plain link otherwise. `text` is link text the author wrote, printed instead of the short address.
 */
function webContact(
  label: string | undefined,
  href: string,
  text: string | undefined,
  source: Source,
  ctx: FileContext,
): Contact | undefined {
  const problem = linkProblem(href);
  if (problem) {
    ctx.error(source, problem);
    return undefined;
  }
  const byLabel = label === undefined ? undefined : networkByLabel(label);
  const found = networkByAddress(href);
  const network = byLabel ?? found?.network;
  const username = found && found.network === network ? found.username : undefined;
  if (network === undefined) {
    return { kind: "url", label: label ?? "Website", value: text ?? shortUrl(href), href, source };
  }
  // A network whose addresses carry no username (Google Scholar) is printed by name: its address is no name.
  const printed = text ?? (network.address === undefined ? network.name : shortUrl(href));
  return {
    kind: "profile",
    label: label ?? network.name,
    value: printed,
    href,
    network: network.name,
    ...(username ? { username } : {}),
    source,
  };
}

function profileByUsername(
  label: string,
  network: Network,
  text: string,
  source: Source,
  ctx: FileContext,
): Contact | undefined {
  const username = network.name === "Mastodon" ? text : text.replace(/^@/, "");
  if (network.address === undefined) {
    ctx.error(
      source,
      `a ${network.name} profile is given by its address; write "${label}: https://…" with your profile's address`,
    );
    return undefined;
  }
  if (!network.pattern.test(username)) {
    ctx.error(
      source,
      `"${text}" is not ${/^[AEIOU]/.test(network.name) ? "an" : "a"} ${network.name} username`,
      `write the username alone (e.g. "${label}: ${network.name === "ORCID" ? "0000-0002-1825-0097" : network.name === "Mastodon" ? "@ana@mastodon.social" : "ana-silva"}") or the profile's address`,
    );
    return undefined;
  }
  const href = network.address(username);
  return {
    kind: "profile",
    label,
    value: shortUrl(href),
    href,
    network: network.name,
    username,
    source,
  };
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
  // An autolink <mailto:…> shows its scheme: the address alone is printed.
  return { kind: "email", label, value: text.replace(/^mailto:/i, ""), href: `mailto:${address}`, source };
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
    value: text.replace(/^tel:/i, ""),
    href: `tel:${number.trimStart().startsWith("+") ? "+" : ""}${digits}`,
    source,
  };
}
