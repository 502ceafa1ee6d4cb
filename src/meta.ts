import type { DocumentMeta } from "./layout/frame.js";
import type { DateRange, Resume } from "./model/schema.js";

/** Title, author, keywords from the model; the date from SOURCE_DATE_EPOCH or the content, never the clock. */
export function documentMeta(resume: Resume): DocumentMeta {
  const keywords = resume.sections.flatMap((s) =>
    s.kind === "skills" ? s.groups.flatMap((g) => g.values) : [],
  );
  return {
    title: `${resume.header.name} — Résumé`,
    author: resume.header.name,
    subject: "Résumé",
    keywords,
    lang: "en-US",
    created: creationDate(resume),
  };
}

function creationDate(resume: Resume): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  // The first day of the latest month the résumé mentions: stable for the same content.
  let latest = Date.UTC(2000, 0, 1);
  const consider = (d: DateRange["start"] | "present" | undefined) => {
    if (d && d !== "present") latest = Math.max(latest, Date.UTC(d.year, (d.month ?? 1) - 1, 1));
  };
  for (const s of resume.sections) {
    const ranges =
      s.kind === "entries"
        ? s.entries.map((e) => e.dates)
        : s.kind === "list"
          ? s.items.map((i) => i.dates)
          : [];
    for (const r of ranges) {
      consider(r?.start);
      consider(r?.end);
    }
  }
  return new Date(latest);
}
