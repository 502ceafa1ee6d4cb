import type { DateRange, DateValue } from "../../model/schema.js";

function formatDate(date: DateValue): string {
  return date.month === undefined ? String(date.year) : `${String(date.month).padStart(2, "0")}/${date.year}`;
}

/** "09/2022 – 03/2025", "12/2023", "09/2022 – Present": en dash between the ends, as typographers set it. */
export function formatRange(range: DateRange): string {
  const start = formatDate(range.start);
  if (range.end === undefined) return start;
  return `${start} – ${range.end === "present" ? "Present" : formatDate(range.end)}`;
}
