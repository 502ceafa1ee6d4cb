import type { OptionHelp, OptionTable } from "./help.js";
import { PDF_OPTIONS } from "./pdfOptions.js";

/** A build option as `npm run dev` takes it: the same, its example run with dev. */
function forDev<T extends OptionHelp>(option: T): T {
  return option.example === undefined
    ? option
    : { ...option, example: option.example.replace("npm run pdf", "npm run dev") };
}

const { content, out, pages, paper, variant, all, report, text, frames, svg, png, hyphenate } = PDF_OPTIONS;

/** The options of `npm run dev`: a build's, and where the preview is served and which editor it opens. */
export const DEV_OPTIONS = {
  content: forDev(content),
  out: forDev(out),
  pages: forDev(pages),
  paper: forDev(paper),
  variant: { ...forDev(variant), description: "start with the tailored version content/variants/NAME.md" },
  all: { ...forDev(all), description: "build the default résumé and every variant after each save" },
  report: forDev(report),
  text: forDev(text),
  frames: forDev(frames),
  svg: forDev(svg),
  png: forDev(png),
  hyphenate: forDev(hyphenate),
  port: {
    type: "string",
    value: "N",
    description: "serve the preview on this port of 127.0.0.1 (default: a free one, printed)",
    example: "npm run dev -- --port 8123",
  },
  editor: {
    type: "string",
    value: "URL",
    description:
      "the URL a click on a line opens, with {path}, {line} and {column} (default: vscode://file/{path}:{line}:{column})",
    example: 'npm run dev -- --editor "idea://open?file={path}&line={line}"',
  },
  help: { type: "boolean", description: "print this help" },
  version: { type: "boolean", description: "print vitae's version" },
} as const satisfies OptionTable;

export const DEV_USAGE = "usage: npm run dev -- [options]";
export const DEV_SUMMARY = [
  "Builds the résumé, builds it again after every save in the content folder (and its variants), and serves a",
  "preview page on http://127.0.0.1:PORT: the pages, updated after each build, the fit, the problems of a",
  "broken build (the last good pages stay), and, for a clicked line, the Markdown it comes from. Ctrl-C stops.",
].join("\n");
export const DEV_FOOTER =
  'The README\'s section "The authoring loop" says more. `npm run pdf -- --watch` rebuilds without the preview.';
