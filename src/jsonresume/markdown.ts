/**
 * The résumé (or a tailored version) as one clean Markdown file, for sites and forms that take Markdown: the
 * name as the title, contacts on one line, a `##` heading per section, entries as `###` headings with their
 * italic line, dates and links, bullets nested as in the PDF. Dates follow the résumé's date format.
 */
import { formatRange } from "../layout/compose/dates.js";
import { subtitle } from "../layout/compose/entries.js";
import type { Contact, Entry, Resume, Section } from "../model/schema.js";
import type { DateFormat } from "../model/settingsSchema.js";
import { escapeText, spansMarkdown } from "./spansMarkdown.js";

export function resumeMarkdown(resume: Resume, dateFormat: DateFormat): string {
  const { header } = resume;
  const out: string[] = [`# ${escapeText(header.name)}`, ""];
  if (header.headline) out.push(escapeText(header.headline), "");
  if (header.contacts.length > 0) out.push(header.contacts.map(contact).join(" · "), "");
  for (const section of resume.sections)
    out.push(`## ${escapeText(section.title)}`, "", ...sectionLines(section, dateFormat));
  while (out.at(-1) === "") out.pop();
  return `${out.join("\n")}\n`;
}

function contact(c: Contact): string {
  if (c.kind === "email" && c.href) return `<${c.href.replace(/^mailto:/i, "")}>`;
  if ((c.kind === "url" || c.kind === "profile") && c.href) return `[${escapeText(c.value)}](${c.href})`;
  return escapeText(c.value);
}

function sectionLines(section: Section, dateFormat: DateFormat): string[] {
  const text = (t: Parameters<typeof spansMarkdown>[0]) => spansMarkdown(t, { sup: false });
  switch (section.kind) {
    case "text":
      return section.paragraphs.flatMap((p) => [text(p), ""]);
    case "skills":
      return [
        ...section.groups.map((g) => `- **${escapeText(g.label)}:** ${g.values.map(escapeText).join(", ")}`),
        "",
      ];
    case "list":
      return [
        ...section.items.map(
          (i) => `- ${text(i.text)}${i.dates ? ` — ${formatRange(i.dates, dateFormat)}` : ""}`,
        ),
        "",
      ];
    case "entries":
      return section.entries.flatMap((e) => entryLines(e, dateFormat));
  }
}

function entryLines(entry: Entry, dateFormat: DateFormat): string[] {
  const title = escapeText(entry.organization ? `${entry.title}, ${entry.organization}` : entry.title);
  const linked = entry.url ? `[${title}](${entry.url})` : title;
  const sub = subtitle(entry);
  const facts = [
    sub ? `*${escapeText(sub)}*` : undefined,
    entry.location && escapeText(entry.location),
    entry.dates && formatRange(entry.dates, dateFormat),
    entry.keywords.length > 0 ? escapeText(entry.keywords.join(", ")) : undefined,
  ].filter((f): f is string => Boolean(f));
  const text = (t: Parameters<typeof spansMarkdown>[0]) => spansMarkdown(t, { sup: false });
  return [
    `### ${linked}`,
    "",
    ...(facts.length > 0 ? [facts.join(" · "), ""] : []),
    ...entry.details.flatMap((d) => [text(d), ""]),
    ...entry.bullets.flatMap((b) => [`- ${text(b.text)}`, ...b.children.map((c) => `  - ${text(c.text)}`)]),
    ...(entry.bullets.length > 0 ? [""] : []),
  ];
}
