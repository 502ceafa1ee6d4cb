import type { OptionTable } from "./help.js";

/** The options of `npm run pdf`. */
export const PDF_OPTIONS = {
  content: {
    type: "string",
    value: "DIR",
    description: "the content folder to build (default: content)",
    example: "npm run pdf -- --content examples/new-graduate",
  },
  out: {
    type: "string",
    value: "FILE",
    description: "where to write the PDF (default: output/resume.pdf; with --all, variants go beside it)",
    example: "npm run pdf -- --out ~/Desktop/resume.pdf",
  },
  pages: {
    type: "string",
    value: "N",
    description: "the page budget, 1 to 10 (default: pages in vitae.yaml or the variant, else 1)",
    example: "npm run pdf -- --pages 2",
  },
  paper: {
    type: "string",
    value: "SIZE",
    description: "letter or a4 (default: paper in vitae.yaml or the variant, else letter)",
    example: "npm run pdf -- --paper a4",
  },
  variant: {
    type: "string",
    value: "NAME",
    description: "build the tailored version content/variants/NAME.md into output/resume-NAME.pdf",
    example: "npm run pdf -- --variant ml-systems",
  },
  all: {
    type: "boolean",
    description: "build the default résumé and every variant",
    example: "npm run pdf -- --all",
  },
  diff: {
    type: "string",
    value: "NAME",
    description: "print what a variant keeps, drops, reorders, renames and emphasizes",
    example: "npm run pdf -- --diff short",
  },
  job: {
    type: "string",
    value: "FILE",
    description: "print which terms of a job posting the résumé (or --variant) contains and lacks",
    example: "npm run pdf -- --job posting.txt --variant ml-systems",
  },
  export: {
    type: "string",
    value: "FORMAT",
    description:
      "write the résumé (or --variant) as jsonresume (a JSON Resume document) or markdown instead of a PDF, to output/resume.json or .md",
    example: "npm run pdf -- --export jsonresume --variant short",
  },
  report: {
    type: "string",
    value: "FILE",
    description: "also write the fit report as JSON, also when the résumé does not fit",
    example: "npm run pdf -- --report output/fit.json",
  },
  text: {
    type: "boolean",
    description: "also write the printed text in reading order beside the PDF (.txt)",
    example: "npm run pdf -- --text   (writes output/resume.txt)",
  },
  frames: {
    type: "boolean",
    description: "also write the display list (every placed item) as JSON beside the PDF",
    example: "npm run pdf -- --frames   (writes output/resume.frames.json)",
  },
  svg: {
    type: "boolean",
    description: "also write each page as SVG beside the PDF (resume-1.svg, …), fonts embedded",
    example: "npm run pdf -- --svg   (writes output/resume-1.svg)",
  },
  png: {
    type: "boolean",
    description: "also write each page as PNG beside the PDF (resume-1.png, …), at 144 pixels per inch",
    example: "npm run pdf -- --png   (writes output/resume-1.png)",
  },
  watch: {
    type: "boolean",
    description:
      "keep running and build again after every save in the content folder (and its variants); Ctrl-C stops",
    example: "npm run pdf -- --watch --variant ml-systems",
  },
  hyphenate: {
    type: "boolean",
    description:
      "allow hyphenation in body text (off by default: applicant-tracking systems split the words)",
  },
  help: { type: "boolean", description: "print this help" },
  version: { type: "boolean", description: "print vitae's version" },
} as const satisfies OptionTable;

export const PDF_USAGE = "usage: npm run pdf -- [options]";
export const PDF_SUMMARY =
  "Typesets the résumé in a content folder (one Markdown file per section, and an optional vitae.yaml) into a\nPDF fitted to its page budget, and prints one line per PDF.";
export const PDF_FOOTER = [
  "Other commands:",
  "  npm run dev -- [options]           build, rebuild on every save, and preview the pages in a browser",
  "  npm run model -- [--content DIR]   print the validated résumé model as JSON",
  "  npm run import -- resume.json --to DIR   write a JSON Resume document as a content folder",
  "  npm test                           run the test suite",
  "  npm run bench                      run the benchmark",
  "",
  "Exit status: 0 built, 1 a problem in your input (listed as file:line:col: message), 3 a bug in vitae.",
  "The README says how to write each section, the settings and variants.",
].join("\n");
