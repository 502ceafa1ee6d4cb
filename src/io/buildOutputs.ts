import type { Output } from "./outputPaths.js";

/** What decides the files a build writes. */
export interface OutputChoice {
  outFile: string;
  /** Also the display list as JSON. */
  frames?: boolean;
  /** Also the plain text. */
  text?: boolean;
  /** The variant built, for messages. */
  variant?: string;
}

/** The files written beside a PDF: `r.pdf` -> `r.frames.json` (--frames) and `r.txt` (--text). */
export function besideThePdf(outFile: string): { frames: string; text: string } {
  const stem = outFile.replace(/\.pdf$/i, "");
  return { frames: `${stem}.frames.json`, text: `${stem}.txt` };
}

/** Every file one build writes, named for messages. */
export function buildOutputs(build: OutputChoice): Output[] {
  const of = build.variant === undefined ? "" : ` of the ${build.variant} version`;
  const beside = besideThePdf(build.outFile);
  return [
    { path: build.outFile, what: `the PDF${of}` },
    ...(build.frames ? [{ path: beside.frames, what: `the display list${of} (--frames)` }] : []),
    ...(build.text ? [{ path: beside.text, what: `the text${of} (--text)` }] : []),
  ];
}
