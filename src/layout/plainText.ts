/**
 * The words of the résumé model in document order, formatted as printed (dates, subtitles), without layout: what
 * `--job` matches a posting against, and the reference for "no word lost" checks. The printed lines in
 * reading order, as `--text` writes them, come from the laid-out frames instead (frameText.ts).
 */
import type { Entry, Resume, RichText, Section } from "../model/schema.js";
import { type DateFormat, DEFAULT_DATE_FORMAT } from "../model/settingsSchema.js";
import { shortUrl } from "../model/urls.js";
import { formatRange } from "./compose/dates.js";
import { subtitle } from "./compose/entries.js";

const rich = (text: RichText): string => text.map((s) => s.text).join("");

export function plainText(
  resume: Resume,
  dateFormat: DateFormat = DEFAULT_DATE_FORMAT,
  bullet = "•",
): string {
  const out: string[] = [resume.header.name];
  if (resume.header.headline) out.push(resume.header.headline);
  if (resume.header.contacts.length > 0) out.push(resume.header.contacts.map((c) => c.value).join(" | "));
  for (const section of resume.sections)
    out.push("", section.title, ...sectionLines(section, dateFormat, bullet));
  return `${out.join("\n")}\n`;
}

function sectionLines(section: Section, dateFormat: DateFormat, bullet: string): string[] {
  switch (section.kind) {
    case "entries":
      return section.entries.flatMap((e) => entryLines(e, dateFormat, bullet));
    case "list":
      return section.items.map((i) => join(rich(i.text), i.dates && formatRange(i.dates, dateFormat)));
    case "skills":
      return section.groups.map((g) => `${g.label}: ${g.values.join(", ")}`);
    case "text":
      return section.paragraphs.map(rich);
  }
}

function entryLines(entry: Entry, dateFormat: DateFormat, bullet: string): string[] {
  const named = entry.organization ? `${entry.title}, ${entry.organization}` : entry.title;
  // The classic theme prints an entry's address in its short form after the title.
  const title = entry.url ? `${named} · ${shortUrl(entry.url)}` : named;
  const keywords = entry.keywords.join(", ");
  const lines = [join(title, entry.dates && formatRange(entry.dates, dateFormat))];
  const sub = join(subtitle(entry), entry.location ?? keywords);
  if (sub) lines.push(sub);
  if (entry.location && keywords) lines.push(`Keywords: ${keywords}`);
  return lines.concat(
    entry.details.map(rich),
    entry.bullets.flatMap((b) => [
      `${bullet} ${rich(b.text)}`,
      ...b.children.map((c) => `  – ${rich(c.text)}`),
    ]),
  );
}

function join(left: string, right: string | undefined): string {
  return [left, right].filter(Boolean).join(" ");
}
