/**
 * The text extractors that applicant-tracking systems are built on, each run as such a system runs it: poppler's
 * pdftotext (default and -layout), pdf.js (through pdf-parse), pdfminer.six with its default layout analysis,
 * Apache PDFBox's ExtractText (what Apache Tika runs; without and with -sort), MuPDF's text device and pypdf.
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { extractText } from "./pdf.js";
import { DEBIAN_PYTHON, PDFBOX_CLASSPATH, type Tool } from "./tools.js";

const exec = promisify(execFile);

export interface Extractor {
  /** The extractor and mode, as the README's table names it. */
  name: string;
  /** The command-line tool it needs; pdf.js comes with the dev dependencies. */
  tool?: Tool;
  /** The text of each PDF file, in order. */
  extract(files: readonly string[]): Promise<string[]>;
}

const MAX_BUFFER = 64 * 1024 * 1024;

async function output(command: string, args: string[]): Promise<string> {
  return (await exec(command, args, { encoding: "utf8", maxBuffer: MAX_BUFFER })).stdout;
}

/** One process per file, two at a time (the machine may be shared). */
async function perFile(files: readonly string[], run: (file: string) => Promise<string>): Promise<string[]> {
  const texts: string[] = new Array(files.length).fill("");
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) texts[i] = await run(files[i] as string);
  };
  await Promise.all([worker(), worker()]);
  return texts;
}

/** One Debian Python process for all files: `body` turns the path `f` into text. */
async function python(files: readonly string[], imports: string, body: string): Promise<string[]> {
  const script = `import sys, json\n${imports}\nprint(json.dumps([${body} for f in sys.argv[1:]]))`;
  return JSON.parse(await output(DEBIAN_PYTHON, ["-c", script, ...files])) as string[];
}

const pdfbox = (options: string[]) => (files: readonly string[]) =>
  perFile(files, (file) =>
    output("java", [
      "-cp",
      PDFBOX_CLASSPATH,
      "org.apache.pdfbox.tools.ExtractText",
      ...options,
      "-encoding",
      "UTF-8",
      "-console",
      file,
    ]),
  );

export const EXTRACTORS: readonly Extractor[] = [
  {
    name: "pdftotext",
    tool: "pdftotext",
    extract: (files) => perFile(files, (f) => output("pdftotext", ["-enc", "UTF-8", f, "-"])),
  },
  {
    name: "pdftotext -layout",
    tool: "pdftotext",
    extract: (files) => perFile(files, (f) => output("pdftotext", ["-layout", "-enc", "UTF-8", f, "-"])),
  },
  {
    name: "pdf.js",
    extract: (files) => perFile(files, (f) => extractText(readFileSync(f))),
  },
  {
    name: "pdfminer",
    tool: "pdfminer",
    extract: (files) => python(files, "from pdfminer.high_level import extract_text", "extract_text(f)"),
  },
  { name: "PDFBox", tool: "pdfbox", extract: pdfbox([]) },
  { name: "PDFBox -sort", tool: "pdfbox", extract: pdfbox(["-sort"]) },
  {
    name: "MuPDF",
    tool: "mutool",
    extract: (files) => perFile(files, (f) => output("mutool", ["draw", "-q", "-F", "txt", "-o", "-", f])),
  },
  {
    name: "pypdf",
    tool: "pypdf",
    extract: (files) =>
      python(files, "import pypdf", `"\\n".join(p.extract_text() for p in pypdf.PdfReader(f).pages)`),
  },
];
