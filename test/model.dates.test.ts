/**
 * Dates with a day, the words that end a range at the present, dates refused as ambiguous or impossible, and how
 * each display format of `dateFormat` prints a date and a range.
 */
import { describe, expect, it } from "vitest";
import { formatDate, formatRange } from "../src/layout/compose/dates.js";
import { parseDateRange } from "../src/model/dates.js";
import type { DateRange, DateValue } from "../src/model/schema.js";
import type { DateFormat } from "../src/model/settingsSchema.js";
import { check, entries, run, section } from "./fixtures/model/check.js";

/** An entry "Job" in content/20-a.md whose yaml block (its first field on line 10) holds `yaml`. */
const fields = (yaml: string) => ({ "20-a.md": entries(`## Job\n\n\`\`\`yaml\n${yaml}\n\`\`\`\n`) });

/** The dates of the entry "Job" whose yaml block holds `dates: <written>`; fails on any diagnostic. */
function entryDates(written: string): DateRange | undefined {
  const { resume, diagnostics } = run(fields(`dates: ${written}`));
  expect(diagnostics).toEqual([]);
  const s = resume?.sections[0];
  return s?.kind === "entries" ? s.entries[0]?.dates : undefined;
}

const AMBIGUOUS = "a day and month in this order are ambiguous; write the date as YYYY-MM-DD";

describe("dates with a day", () => {
  it("reads YYYY-MM-DD with its day, into the model", () => {
    expect(parseDateRange("2024-08-01")).toEqual({
      ok: true,
      value: { start: { year: 2024, month: 8, day: 1 } },
    });
    expect(entryDates("2024-08-01")).toEqual({ start: { year: 2024, month: 8, day: 1 } });
  });

  it("reads a range of days, and a range from a day to a month", () => {
    expect(parseDateRange("2024-08-01 – 2024-08-15")).toEqual({
      ok: true,
      value: { start: { year: 2024, month: 8, day: 1 }, end: { year: 2024, month: 8, day: 15 } },
    });
    expect(entryDates("2023-03-15 – 2024-02")).toEqual({
      start: { year: 2023, month: 3, day: 15 },
      end: { year: 2024, month: 2 },
    });
  });

  it("accepts February 29 in a leap year only", () => {
    expect(parseDateRange("2024-02-29")).toEqual({
      ok: true,
      value: { start: { year: 2024, month: 2, day: 29 } },
    });
    expect(parseDateRange("2000-02-29").ok).toBe(true);
    expect(parseDateRange("2023-02-29")).toEqual({
      ok: false,
      message: 'invalid date "2023-02-29": day must be 01–28',
      offset: 0,
    });
    expect(parseDateRange("1900-02-29")).toEqual({
      ok: false,
      message: 'invalid date "1900-02-29": day must be 01–28',
      offset: 0,
    });
  });

  it("rejects a day the month does not have, naming the month's last day", () => {
    expect(parseDateRange("2024-02-30")).toEqual({
      ok: false,
      message: 'invalid date "2024-02-30": day must be 01–29',
      offset: 0,
    });
    expect(parseDateRange("2024-04-31")).toMatchObject({
      ok: false,
      message: 'invalid date "2024-04-31": day must be 01–30',
    });
    expect(parseDateRange("2024-08-00")).toMatchObject({
      ok: false,
      message: 'invalid date "2024-08-00": day must be 01–31',
    });
    expect(parseDateRange("2024-13-01")).toMatchObject({
      ok: false,
      message: 'invalid date "2024-13-01": month must be 01–12',
    });
  });

  it("reports an impossible day at the date in the entry's yaml block", () => {
    expect(check(fields("dates: 2024-02-30"))).toEqual([
      'content/20-a.md:10:8: invalid date "2024-02-30": day must be 01–29',
    ]);
    expect(check(fields("dates: 2022-01-10 – 2023-02-29"))).toEqual([
      'content/20-a.md:10:21: invalid date "2023-02-29": day must be 01–28',
    ]);
  });

  it("rejects a range of days in one month that ends before it starts", () => {
    expect(parseDateRange("2024-08-15 – 2024-08-01")).toEqual({
      ok: false,
      message: 'invalid date range "2024-08-15 – 2024-08-01": it ends before it starts',
      offset: 0,
    });
    expect(check(fields("dates: 2024-08-15 – 2024-08-01"))).toEqual([
      'content/20-a.md:10:8: invalid date range "2024-08-15 – 2024-08-01": it ends before it starts',
    ]);
  });

  it("accepts a range within one day, and one whose end has no day", () => {
    expect(parseDateRange("2024-08-15 – 2024-08-15").ok).toBe(true);
    expect(parseDateRange("2024-08-15 – 2024-08").ok).toBe(true);
  });
});

describe("day and month in either order", () => {
  it("rejects 04/03/2018 as ambiguous, advising YYYY-MM-DD", () => {
    expect(parseDateRange("04/03/2018")).toEqual({
      ok: false,
      message: `invalid date "04/03/2018": ${AMBIGUOUS}`,
      offset: 0,
    });
    expect(parseDateRange("04.03.2018")).toEqual({
      ok: false,
      message: `invalid date "04.03.2018": ${AMBIGUOUS}`,
      offset: 0,
    });
  });

  it("points at the ambiguous end of a range", () => {
    expect(parseDateRange("2018 – 04/03/2019")).toEqual({
      ok: false,
      message: `invalid date "04/03/2019": ${AMBIGUOUS}`,
      offset: 7,
    });
    expect(check(fields("dates: 2018 – 04/03/2019"))).toEqual([
      `content/20-a.md:10:15: invalid date "04/03/2019": ${AMBIGUOUS}`,
    ]);
  });

  it("reports it in a list item's dates at the date", () => {
    expect(check({ "20-a.md": section("list", "- Prize {dates=04/03/2018}\n") })).toEqual([
      `content/20-a.md:7:16: invalid date "04/03/2018": ${AMBIGUOUS}`,
    ]);
  });
});

describe("the present", () => {
  it.each(["Present", "present", "CURRENT", "Current", "now", "Now"])("%s ends a range", (word) => {
    expect(parseDateRange(`09/2022 – ${word}`)).toEqual({
      ok: true,
      value: { start: { year: 2022, month: 9 }, end: "present" },
    });
  });

  it("ends a range after a day, with any separator", () => {
    expect(entryDates("2024-08-01 to now")).toEqual({
      start: { year: 2024, month: 8, day: 1 },
      end: "present",
    });
    expect(entryDates("Sep 2022 - CURRENT")).toEqual({ start: { year: 2022, month: 9 }, end: "present" });
  });

  it("is an error alone, quoted as written", () => {
    expect(parseDateRange("now")).toEqual({
      ok: false,
      message: 'invalid date "now": "now" can only end a range (e.g. 09/2022 – present)',
      offset: 0,
    });
    expect(check(fields("dates: Current"))).toEqual([
      'content/20-a.md:10:8: invalid date "Current": "Current" can only end a range (e.g. 09/2022 – present)',
    ]);
  });

  it("cannot start a range", () => {
    expect(parseDateRange("now – 2024")).toEqual({
      ok: false,
      message: 'invalid date range "now – 2024": "present" can only end a range',
      offset: 0,
    });
  });
});

describe("display formats", () => {
  const month: DateValue = { year: 2022, month: 9 };
  const year: DateValue = { year: 2022 };
  const day: DateValue = { year: 2024, month: 8, day: 1 };
  const ongoing: DateRange = { start: { year: 2022, month: 9 }, end: "present" };
  const closed: DateRange = { start: { year: 2020, month: 1, day: 5 }, end: { year: 2021, month: 12 } };

  it.each<[DateFormat, string, string, string, string, string]>([
    ["MM/YYYY", "09/2022", "2022", "08/2024", "09/2022 – Present", "01/2020 – 12/2021"],
    ["Mon YYYY", "Sep 2022", "2022", "Aug 2024", "Sep 2022 – Present", "Jan 2020 – Dec 2021"],
    [
      "Month YYYY",
      "September 2022",
      "2022",
      "August 2024",
      "September 2022 – Present",
      "January 2020 – December 2021",
    ],
    ["YYYY-MM", "2022-09", "2022", "2024-08", "2022-09 – Present", "2020-01 – 2021-12"],
    ["YYYY-MM-DD", "2022-09", "2022", "2024-08-01", "2022-09 – Present", "2020-01-05 – 2021-12"],
  ])("%s: %s, %s, %s, %s, %s", (format, m, y, d, range, both) => {
    expect(formatDate(month, format)).toBe(m);
    expect(formatDate(year, format)).toBe(y);
    expect(formatDate(day, format)).toBe(d);
    expect(formatRange(ongoing, format)).toBe(range);
    expect(formatRange(closed, format)).toBe(both);
    expect(formatRange({ start: day }, format)).toBe(d);
  });

  it("prints MM/YYYY when no format is given", () => {
    expect(formatDate(day)).toBe("08/2024");
    expect(formatRange(ongoing)).toBe("09/2022 – Present");
  });
});
