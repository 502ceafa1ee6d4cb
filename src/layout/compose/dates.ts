import type { DateRange, DateValue } from "../../model/schema.js";
import { type DateFormat, DEFAULT_DATE_FORMAT } from "../../model/settingsSchema.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const two = (n: number) => String(n).padStart(2, "0");

/** One date in the résumé's format; a year-only date is its year in every format. */
export function formatDate(date: DateValue, format: DateFormat = DEFAULT_DATE_FORMAT): string {
  const { year, month, day } = date;
  if (month === undefined) return String(year);
  const name = MONTHS[month - 1] ?? "";
  switch (format) {
    case "MM/YYYY":
      return `${two(month)}/${year}`;
    case "Mon YYYY":
      return `${name.slice(0, 3)} ${year}`;
    case "Month YYYY":
      return `${name} ${year}`;
    case "YYYY-MM":
      return `${year}-${two(month)}`;
    case "YYYY-MM-DD":
      return day === undefined ? `${year}-${two(month)}` : `${year}-${two(month)}-${two(day)}`;
  }
}

/** "09/2022 – 03/2025", "Sep 2022 – Present": an en dash between the ends, as typographers set it. */
export function formatRange(range: DateRange, format: DateFormat = DEFAULT_DATE_FORMAT): string {
  const start = formatDate(range.start, format);
  if (range.end === undefined) return start;
  return `${start} – ${range.end === "present" ? "Present" : formatDate(range.end, format)}`;
}
