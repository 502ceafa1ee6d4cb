/**
 * Dates between JSON Resume (ISO 8601 strings, a range as startDate and endDate, no endDate for "ongoing") and
 * vitae (a date or range written in the content, printed in the résumé's date format).
 */
import { parseDateRange } from "../model/dates.js";
import type { DateRange, DateValue } from "../model/schema.js";
import type { DateFormat } from "../model/settingsSchema.js";

/** The JSON Resume date of a model date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the date. */
export function isoDate(date: DateValue): string {
  const two = (n: number) => String(n).padStart(2, "0");
  if (date.month === undefined) return String(date.year);
  return date.day === undefined
    ? `${date.year}-${two(date.month)}`
    : `${date.year}-${two(date.month)}-${two(date.day)}`;
}

/** A model range as JSON Resume's start and end; an end of "present" is no end (ongoing). */
export function isoRange(range: DateRange): { start: string; end?: string; ongoing: boolean } {
  const start = isoDate(range.start);
  if (range.end === undefined) return { start, end: start, ongoing: false };
  if (range.end === "present") return { start, ongoing: true };
  return { start, end: isoDate(range.end), ongoing: false };
}

/**
 * How vitae writes a JSON Resume range: one date when start and end are the same, "start – present" when the
 * item is ongoing (a start and no end), "start – end" otherwise.
 */
export function rangeText(start: string | undefined, end: string | undefined): string | undefined {
  if (start === undefined) return end;
  if (end === undefined) return `${start} – present`;
  return start === end ? start : `${start} – ${end}`;
}

/** The problem with a date or range in vitae's terms (a month 13, a year before 1900, an end before the start). */
export function dateProblem(text: string): string | undefined {
  const parsed = parseDateRange(text);
  return parsed.ok ? undefined : parsed.message;
}

/**
 * The date format that prints the document's dates as it writes them: with the day when some date has a day
 * other than the 1st; by month otherwise. Exporters (LinkedIn's among them) write a month as its 1st day, so a
 * document whose days are all the 1st means months, and printing "2013-12-01" would claim days nobody chose.
 * The days stay in the content either way: `dateFormat: YYYY-MM-DD` prints them.
 */
export function chooseDateFormat(dates: readonly string[]): { format: DateFormat; why: string } {
  const days = dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  if (days.some((d) => !d.endsWith("-01")))
    return { format: "YYYY-MM-DD", why: "its dates have days, printed as written" };
  if (days.length > 0)
    return {
      format: "YYYY-MM",
      why: "every day in it is the 1st, which exporters write for a month; the days stay in the content",
    };
  return { format: "YYYY-MM", why: "its dates are written YYYY-MM and YYYY" };
}
