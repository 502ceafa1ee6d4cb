import type { DateRange, DateValue } from "./schema.js";

/** The outcome of reading a date or range; `offset` is where in the text the problem starts. */
export type DateResult = { ok: true; value: DateRange } | { ok: false; message: string; offset: number };

const FORMATS = 'MM/YYYY, YYYY-MM, YYYY-MM-DD, YYYY, a month name and year (Sep 2022) or "present"';
/** Words that end a range at the present; any case. */
const PRESENT = /^(?:present|current|now)$/i;
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
// Separators between two dates; "—" (em dash) is recognised only to say it is not accepted.
const SEPARATOR = /\s*(?:–|—|--|-|\bto\b)\s*/g;

type Part = DateValue | "present";
type PartResult = { ok: true; value: Part } | { ok: false; message: string };

/**
 * Reads a date or a date range as written in the content: `MM/YYYY`, `YYYY-MM`, `YYYY`, `Sep 2022`,
 * `2024-08-01`, `present` (or `current`, `now`), and two of them joined by `–`, `-`, `--` or `to`.
 * @example parseDateRange("09/2022 – present") // { ok: true, value: { start: { year: 2022, month: 9 }, end: "present" } }
 */
export function parseDateRange(written: string): DateResult {
  const lead = written.length - written.trimStart().length;
  const text = written.trim();
  if (text === "") return { ok: false, message: `missing date; expected ${FORMATS}`, offset: 0 };
  // A day first or in the middle (04/03/2022) reads as March 4 in one country and April 3 in another.
  const day = /(?<![\d/-])\d{1,2}[/.]\d{1,2}[/.]\d{4}(?![\d/-])/.exec(text);
  if (day)
    return failure(
      `invalid date "${day[0]}": a day and month in this order are ambiguous; write the date as YYYY-MM-DD`,
      lead + day.index,
    );
  const single = parsePart(text);
  if (single.ok) {
    if (single.value === "present")
      return failure(`invalid date "${text}": "${text}" can only end a range (e.g. 09/2022 – present)`, lead);
    return { ok: true, value: { start: single.value } };
  }
  let firstStrong: { left: string; right: string; rightAt: number; sep: string } | undefined;
  for (const match of text.matchAll(SEPARATOR)) {
    const left = text.slice(0, match.index);
    const rightAt = match.index + match[0].length;
    const right = text.slice(rightAt);
    if (left === "" || right === "") continue;
    const sep = match[0].trim();
    // A bare hyphen after a bare number may be the one in YYYY-MM(-DD); any other separator is surely meant as one.
    const strong = !(match[0] === "-" && /^\d+(?:-\d+)?$/.test(left));
    const start = parsePart(left);
    const end = parsePart(right);
    if (start.ok && end.ok) {
      if (sep === "—")
        return failure(
          `invalid date range "${text}": join two dates with "–", "-", "--" or "to", not "—"`,
          lead + match.index,
        );
      return range(text, start.value, end.value, lead);
    }
    if (strong && firstStrong === undefined) firstStrong = { left, right, rightAt, sep };
  }
  if (firstStrong === undefined) return failure(single.message, lead);
  const start = parsePart(firstStrong.left);
  if (!start.ok) return failure(start.message, lead);
  const end = parsePart(firstStrong.right);
  if (!end.ok && parseDateRange(firstStrong.right).ok) {
    return failure(`invalid date range "${text}": a range joins exactly two dates`, lead);
  }
  return failure(end.ok ? `invalid date range "${text}"` : end.message, lead + firstStrong.rightAt);
}

function range(text: string, start: Part, end: Part, offset: number): DateResult {
  if (start === "present")
    return failure(`invalid date range "${text}": "present" can only end a range`, offset);
  if (end !== "present" && before(end, start))
    return failure(`invalid date range "${text}": it ends before it starts`, offset);
  return { ok: true, value: { start, end } };
}

function before(a: DateValue, b: DateValue): boolean {
  if (a.year !== b.year) return a.year < b.year;
  if (a.month === undefined || b.month === undefined || a.month !== b.month)
    return a.month !== undefined && b.month !== undefined && a.month < b.month;
  return a.day !== undefined && b.day !== undefined && a.day < b.day;
}

function parsePart(text: string): PartResult {
  if (PRESENT.test(text)) return { ok: true, value: "present" };
  const iso = /^(\d+)-(\d+)-(\d+)$/.exec(text);
  if (iso) return withDay(text, iso[1] ?? "", iso[2] ?? "", iso[3] ?? "");
  const numeric = /^(\d+)\/(\d+)$/.exec(text) ?? swap(/^(\d+)-(\d+)$/.exec(text));
  if (numeric) return monthYear(text, numeric[1] ?? "", numeric[2] ?? "");
  if (/^\d+$/.test(text)) return year(text, text);
  const named = /^(\p{L}+)\.?\s+(\d+)$/u.exec(text);
  if (named) {
    const word = named[1] ?? "";
    const month = monthNumber(word);
    if (month === undefined) {
      return bad(text, `unknown month "${word}"; expected a month name (Jan to Dec, or in full) or MM/YYYY`);
    }
    return monthYear(text, String(month), named[2] ?? "");
  }
  return { ok: false, message: `invalid date "${text}": expected ${FORMATS}` };
}

/** YYYY-MM matched as [whole, year, month]: reorder to [whole, month, year]. */
function swap(match: RegExpExecArray | null): string[] | null {
  return match ? [match[0], match[2] ?? "", match[1] ?? ""] : null;
}

function monthYear(text: string, monthText: string, yearText: string): PartResult {
  const y = year(text, yearText);
  if (!y.ok || y.value === "present") return y;
  const month = Number(monthText);
  if (monthText.length > 2 || month < 1 || month > 12) return bad(text, "month must be 01–12");
  return { ok: true, value: { year: y.value.year, month } };
}

function withDay(text: string, yearText: string, monthText: string, dayText: string): PartResult {
  const date = monthYear(text, monthText, yearText);
  if (!date.ok || date.value === "present" || date.value.month === undefined) return date;
  const day = Number(dayText);
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(date.value.year, date.value.month, 0)).getUTCDate();
  if (dayText.length > 2 || day < 1 || day > last) return bad(text, `day must be 01–${last}`);
  return { ok: true, value: { ...date.value, day } };
}

function year(text: string, yearText: string): PartResult {
  if (yearText.length !== 4) return bad(text, "the year needs four digits");
  const value = Number(yearText);
  if (value < 1900 || value > 2100) return bad(text, "year must be 1900–2100");
  return { ok: true, value: { year: value } };
}

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w === "sept") return 9;
  const index = MONTHS.findIndex((m) => m === w || (w.length === 3 && m.startsWith(w)));
  return index < 0 ? undefined : index + 1;
}

function bad(text: string, why: string): PartResult {
  return { ok: false, message: `invalid date "${text}": ${why}` };
}

function failure(message: string, offset: number): DateResult {
  return { ok: false, message, offset };
}
