/**
 * Greedy first-fit line breaking: each line takes as much material as fits at shrink ratio ≥ -1, breaking
 * at the last legal breakpoint that fits. Shares measurement and error reporting with total-fit.
 */
import { Paragraph, reportedRatio } from "./knuthPlass.js";
import type { Break, LineBreaker } from "./types.js";

export const firstFit: LineBreaker = (items, options) => {
  const paragraph = new Paragraph(items, options.lineWidths);
  const breaks: Break[] = [];
  let start = 0;
  let fitting: Break | undefined; // the furthest legal break of the current line that still fits
  for (let b = 0; b < items.length; b++) {
    if (!paragraph.isLegal(b)) continue;
    const width = paragraph.lineWidth(breaks.length);
    const ratio = paragraph.ratio(start, b, width);
    if (ratio >= -1) {
      fitting = { position: b, ratio: reportedRatio(ratio) };
      if (!paragraph.isForced(b)) continue;
    } else if (!fitting) {
      throw paragraph.overflowError(start, b, width);
    } else {
      b = fitting.position; // overfull: break at the last fit and look at what follows again on the next line
    }
    breaks.push(fitting);
    start = paragraph.startAfter(fitting.position);
    fitting = undefined;
  }
  return breaks;
};
