import type { OptionTable } from "./help.js";

/** The options of `npm run import`. */
export const IMPORT_OPTIONS = {
  to: {
    type: "string",
    value: "DIR",
    description: "the content folder to write (made when missing; must be empty unless --force)",
    example: "npm run import -- resume.json --to content",
  },
  force: {
    type: "boolean",
    description: "write into a folder that is not empty, replacing its section files and vitae.yaml",
  },
  help: { type: "boolean", description: "print this help" },
} as const satisfies OptionTable;

export const IMPORT_USAGE = "usage: npm run import -- resume.json --to DIR [--force]";
export const IMPORT_SUMMARY = [
  "Writes a JSON Resume document (jsonresume.org, schema v1) as a vitae content folder: one Markdown file per",
  "section and a vitae.yaml, ready for npm run pdf -- --content DIR. The document is checked against the JSON",
  "Resume schema first; what vitae does not print (a picture, a key the schema does not know) is kept in an",
  "HTML comment of the file it belongs to, and each such field is listed.",
].join("\n");
export const IMPORT_FOOTER = [
  "The other way: npm run pdf -- --export jsonresume [--variant NAME] [--out FILE].",
  "",
  "Exit status: 0 written, 1 a problem in the document (listed as resume.json:line:col: path: message) or the",
  'folder, 3 a bug in vitae. The README\'s "Coming from JSON Resume" says how each field maps.',
].join("\n");
