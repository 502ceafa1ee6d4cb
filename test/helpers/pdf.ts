/**
 * PDF inspection for tests: pdf-parse (always available) and poppler and qpdf, whose helpers throw when the
 * tool is missing (guard such tests with `it.skipIf(lacks(tool))`, see tools.ts).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type InfoResult, PDFParse } from "pdf-parse";
import { requireTool, type Tool } from "./tools.js";

/** Text as pdf.js extracts it, pages joined without pdf-parse's "-- 1 of 1 --" markers. */
export async function extractText(buf: Buffer): Promise<string> {
  // A copy: pdf.js may transfer (detach) the buffer it is given.
  const parser = new PDFParse({ data: new Uint8Array(buf) });
  try {
    return (await parser.getText({ pageJoiner: "" })).text;
  } finally {
    await parser.destroy();
  }
}

/** Info dictionary, XMP metadata and outline as pdf.js reads them. */
export async function parseInfo(buf: Buffer): Promise<InfoResult> {
  const parser = new PDFParse({ data: new Uint8Array(buf) });
  try {
    return await parser.getInfo();
  } finally {
    await parser.destroy();
  }
}

/** pdftotext's text (reading order by layout analysis), with extra options (say `-layout`). */
export function pdftotext(buf: Buffer, options: string[] = []): string {
  return withTool("pdftotext", buf, (file) => run("pdftotext", [...options, "-enc", "UTF-8", file, "-"]));
}

/** pdfinfo's "Key: value" lines as a record. */
export function pdfInfo(buf: Buffer): Record<string, string> {
  return withTool("pdfinfo", buf, (file) => {
    const info: Record<string, string> = {};
    for (const line of run("pdfinfo", ["-enc", "UTF-8", file]).split("\n")) {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      if (match?.[1] !== undefined && match[2] !== undefined) info[match[1]] = match[2];
    }
    return info;
  });
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** pdffonts' table. */
export function pdfFonts(buf: Buffer): FontRow[] {
  return withTool("pdffonts", buf, (file) =>
    run("pdffonts", [file])
      .split("\n")
      .slice(2) // header and dashes
      .filter((line) => line.trim() !== "")
      .map((line) => {
        // name type… encoding emb sub uni object-id: the last five columns never contain spaces.
        const cols = line.trim().split(/\s+/);
        const [emb, sub, uni] = cols.slice(-5, -2);
        return {
          name: cols[0] ?? "",
          type: cols.slice(1, -6).join(" "),
          embedded: emb === "yes",
          subset: sub === "yes",
          unicode: uni === "yes",
        };
      }),
  );
}

/** `qpdf --check`: status and output. */
export function qpdfCheck(buf: Buffer): { ok: boolean; output: string } {
  return withTool("qpdf", buf, (file) => {
    const result = spawnSync("qpdf", ["--check", file], { encoding: "utf8" });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  });
}

/** poppler's structure tree with the text of each element. */
export function pdfStructText(buf: Buffer): string {
  return withTool("pdfinfo", buf, (file) => run("pdfinfo", ["-struct-text", file]));
}

/** The file's bytes as text: PDFKit leaves object dictionaries (annotations, outline) uncompressed. */
export function rawPdf(buf: Buffer): string {
  return buf.toString("latin1");
}

/** Uncompressed object dictionaries by object number (streams are left out). */
export function pdfObjects(buf: Buffer): Map<number, string> {
  const objects = new Map<number, string>();
  for (const m of rawPdf(buf).matchAll(/^(\d+) 0 obj\n(<<[\s\S]*?>>)\n(?:stream|endobj)/gm)) {
    if (m[1] !== undefined && m[2] !== undefined) objects.set(Number(m[1]), m[2]);
  }
  return objects;
}

export interface LinkAnnotation {
  uri: string;
  /** [x1, y1, x2, y2] in PDF space (origin bottom-left). */
  rect: number[];
}

/** URI link annotations, read from the raw dictionaries. */
export function pdfLinks(buf: Buffer): LinkAnnotation[] {
  const objects = pdfObjects(buf);
  const links: LinkAnnotation[] = [];
  for (const body of objects.values()) {
    if (!body.includes("/Subtype /Link")) continue;
    const action = objects.get(Number(/\/A (\d+) 0 R/.exec(body)?.[1]));
    const uri = action === undefined ? undefined : /\/URI \((.*)\)/.exec(action)?.[1];
    const rect = /\/Rect \[([^\]]+)\]/.exec(body)?.[1]?.split(" ").map(Number);
    if (uri !== undefined && rect !== undefined) links.push({ uri, rect });
  }
  return links;
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function withTool<T>(name: Tool, buf: Buffer, use: (file: string) => T): T {
  requireTool(name);
  const dir = mkdtempSync(join(tmpdir(), "vitae-pdf-"));
  try {
    const file = join(dir, "doc.pdf");
    writeFileSync(file, buf);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
