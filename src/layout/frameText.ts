/**
 * The text of a laid-out document in reading order, one printed line per line: the words the PDF's text layer
 * holds, for pasting into application forms and for checking what extractors read back. Words hyphenated at a
 * line end are joined again, and a real hyphen set as U+2010 at a line end is written as "-".
 */
import type { DocumentFrames, TextItem } from "./frame.js";

export function frameText(frames: DocumentFrames): string {
  const out: PrintedLine[] = [];
  for (const line of printedLines(frames)) {
    // A blank line before each section heading, as on the page.
    if (line.heading && out.length > 0) out.push({ text: "", joinsNext: false, heading: false });
    out.push(line);
  }
  return `${rejoinWords(out)
    .join("\n")
    .replace(/\u2010/g, "-")}\n`;
}

export interface PrintedLine {
  /** The line's runs left to right, a space between runs set apart. */
  text: string;
  /** Ends inside a word that goes on (an address broken without a hyphen). */
  joinsNext: boolean;
  /** A section heading's line. */
  heading: boolean;
}

/** The printed lines, page by page, top to bottom, as they are set (words broken at a line end stay broken). */
export function printedLines(frames: DocumentFrames): PrintedLine[] {
  const out: PrintedLine[] = [];
  for (const page of frames.pages) {
    const lines = new Map<number, TextItem[]>();
    for (const item of page.items) {
      if (item.kind !== "text") continue;
      const line = lines.get(item.line) ?? [];
      line.push(item);
      lines.set(item.line, line);
    }
    for (const [, runs] of [...lines.entries()].sort((a, b) => a[0] - b[0])) {
      runs.sort((a, b) => a.x - b.x);
      out.push({
        text: joinRuns(runs),
        joinsNext: runs.at(-1)?.joinsNext === true,
        heading: runs[0]?.role === "sectionHeading",
      });
    }
  }
  return out;
}

/**
 * Joins the words split at line ends: a line ending in U+002D was broken by hyphenation (real line-final
 * hyphens are U+2010), so its hyphen goes; an address broken after "/" is joined as it is.
 */
function rejoinWords(printed: readonly PrintedLine[]): string[] {
  const out = printed.map((p) => p.text);
  for (let i = 0; i + 1 < out.length; i++) {
    const line = out[i] ?? "";
    const next = out[i + 1] ?? "";
    const joins = printed[i]?.joinsNext === true;
    if ((!joins && !line.endsWith("-")) || next === "") continue;
    const [rest, ...others] = next.split(" ");
    out[i] = `${joins ? line : line.slice(0, -1)}${rest}`;
    out[i + 1] = others.join(" ");
  }
  return out.filter((line, i) => line !== "" || printed[i]?.text === "");
}

/** Runs that touch are one word ("5" + "th"); runs apart get one space. */
function joinRuns(runs: readonly TextItem[]): string {
  let text = "";
  let end = Number.NEGATIVE_INFINITY;
  for (const run of runs) {
    const apart = run.x - end > run.size * 0.1;
    if (text && apart && !text.endsWith(" ")) text += " ";
    text += run.text;
    end = run.x + run.width;
  }
  return text.trim().replace(/ {2,}/g, " ");
}
