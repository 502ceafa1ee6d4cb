/**
 * Accented names, typed composed (NFC) or decomposed (NFD: a letter then combining marks), in the name (small
 * caps) and in a bullet: they typeset without error, the two spellings give byte-identical PDFs, and pdf.js and
 * pdftotext extract each name exactly, composed. Names too long for the line are set smaller, never cut off.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuildResult, buildPdf } from "../src/pipeline.js";
import { extractText, pdftotext } from "./helpers/pdf.js";
import { lacks } from "./helpers/tools.js";

const BASE = join(import.meta.dirname, "fixtures", "errors", "_base");
const temp = mkdtempSync(join(tmpdir(), "vitae-accents-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const NAMES = ["José", "Müller", "Łukasiewicz", "Ñuñoa", "Dvořák"];
const NAME = "José Müller-Łukasiewicz";
const BULLET = "Worked with José Müller, Jan Łukasiewicz and Antonín Dvořák in Ñuñoa, Santiago.";

/** Builds the base résumé with NAME as the name and BULLET as a bullet, written in `form`. */
async function build(form: "NFC" | "NFD", name = NAME): Promise<BuildResult> {
  const dir = join(temp, `${form}-${name.length}`, "content");
  cpSync(BASE, dir, { recursive: true });
  const header = readFileSync(join(BASE, "00-header.md"), "utf8").replace("# Ada Lovelace", `# ${name}`);
  const work = readFileSync(join(BASE, "10-work.md"), "utf8").replace(
    "- Described how the engine could compose music.",
    `- ${BULLET}`,
  );
  writeFileSync(join(dir, "00-header.md"), header.normalize(form));
  writeFileSync(join(dir, "10-work.md"), work.normalize(form));
  return buildPdf({ contentDir: dir, outFile: join(dir, "..", "r.pdf") });
}

let nfc: BuildResult;
let nfd: BuildResult;
beforeAll(async () => {
  [nfc, nfd] = [await build("NFC"), await build("NFD")];
});

describe("accented names", () => {
  it("are decomposed in the NFD input and composed in the model", () => {
    expect(NAME.normalize("NFD")).not.toBe(NAME);
    expect(nfd.resume.header.name).toBe(NAME);
    expect(nfc.resume.header.name).toBe(NAME);
  });

  it("give byte-identical PDFs whichever form they are typed in", () => {
    expect(nfd.pdf.equals(nfc.pdf)).toBe(true);
  });

  it("extract exactly, composed, with pdf.js", async () => {
    const text = await extractText(nfd.pdf);
    expect(text).toContain(NAME);
    expect(text).toContain(BULLET);
    for (const name of NAMES) expect(text).toContain(name);
    expect(text).toBe(text.normalize("NFC"));
  });

  it.skipIf(lacks("pdftotext"))("extract exactly, composed, with pdftotext", () => {
    const text = pdftotext(nfd.pdf);
    expect(text).toContain(NAME);
    // pdftotext breaks lines where the PDF does: compare the bullet's words.
    expect(text.split(/\s+/).join(" ")).toContain(BULLET);
    expect(text).toBe(text.normalize("NFC"));
  });

  const LONG = "José María Łukasiewicz Ñuñoa Dvořák Øresund Þórsdóttir";

  it("a name too long for the line at the name's size is set smaller, not cut off at the page edges", async () => {
    const result = await build("NFD", LONG);
    expect(await extractText(result.pdf)).toContain(LONG);
    const page = result.layout.frames.pages[0];
    const name = page?.items.find((item) => item.kind === "text" && item.role === "name");
    if (name?.kind !== "text" || page === undefined) throw new Error("no name on the first page");
    expect(name.x).toBeGreaterThanOrEqual(0);
    expect(name.x + name.width).toBeLessThanOrEqual(page.width);
  });

  it.skipIf(lacks("pdftotext"))("a name set smaller extracts whole with pdftotext", async () => {
    expect(pdftotext((await build("NFD", LONG)).pdf)).toContain(LONG);
  });
});
