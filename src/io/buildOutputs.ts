import type { Output } from "./outputPaths.js";

/** What decides the files a build writes. */
export interface OutputChoice {
  outFile: string;
  /** Also the display list as JSON. */
  frames?: boolean;
  /** Also the plain text. */
  text?: boolean;
  /** Also each page as SVG (--svg) and as PNG (--png). */
  svg?: boolean;
  png?: boolean;
  /** The variant built, for messages. */
  variant?: string;
}

/** The files written beside a PDF: `r.pdf` -> `r.frames.json` (--frames), `r.txt` (--text), `r-1.svg`, `r-1.png`. */
export function besideThePdf(outFile: string): {
  frames: string;
  text: string;
  page: (n: number, ext: "svg" | "png") => string;
} {
  const stem = outFile.replace(/\.pdf$/i, "");
  return { frames: `${stem}.frames.json`, text: `${stem}.txt`, page: (n, ext) => `${stem}-${n}.${ext}` };
}

/** Every file one build writes, named for messages. */
export function buildOutputs(build: OutputChoice): Output[] {
  const of = build.variant === undefined ? "" : ` of the ${build.variant} version`;
  const beside = besideThePdf(build.outFile);
  return [
    { path: build.outFile, what: `the PDF${of}` },
    ...(build.frames ? [{ path: beside.frames, what: `the display list${of} (--frames)` }] : []),
    ...(build.text ? [{ path: beside.text, what: `the text${of} (--text)` }] : []),
    // The first page stands for all: they are written to the same folder, numbered.
    ...(build.svg ? [{ path: beside.page(1, "svg"), what: `the SVG pages${of} (--svg)` }] : []),
    ...(build.png ? [{ path: beside.page(1, "png"), what: `the PNG pages${of} (--png)` }] : []),
  ];
}
