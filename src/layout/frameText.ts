/**
 * The text of a laid-out document in reading order, one printed line per line: exactly the words the PDF's
 * text layer holds, for pasting into application forms and for checking what extractors read back.
 */
import type { DocumentFrames, TextItem } from "./frame.js";

export function frameText(frames: DocumentFrames): string {
  const out: string[] = [];
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
      const first = runs[0];
      // A blank line before each section heading, as on the page.
      if (first?.role === "sectionHeading" && out.length > 0) out.push("");
      out.push(joinRuns(runs));
    }
  }
  return `${out.join("\n")}\n`;
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
