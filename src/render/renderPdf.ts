/** Draws the display list into a PDF with PDFKit: the only module that imports it. Never measures text. */
import PDFDocument from "pdfkit";
import { fontError } from "../fontErrors.js";
import { fontFileHash, openFont } from "../fonts.js";
import {
  type AnchorItem,
  type DocumentFrames,
  type DocumentMeta,
  FONT_IDS,
  type FontId,
  type FrameItem,
  type LinkItem,
  type Page,
  type RuleItem,
  type TextItem,
} from "../layout/frame.js";
import { embeddableFont } from "./embeddableFont.js";
import { keepFontProgram, startFontPrograms } from "./fontPrograms.js";
import { type EmbeddedFont, GlyphCodes } from "./glyphCodes.js";
import { writeStringsAsLatin1 } from "./latin1Writes.js";
import { annotate } from "./links.js";
import { Tagger } from "./tagger.js";
import { drawLine, type LineTarget, num } from "./textLine.js";
import { keepUnicodeMap, startUnicodeMaps } from "./unicodeMaps.js";
import { escapeXml } from "./xmp.js";

type Doc = PDFKit.PDFDocument;

/** Options @types/pdfkit 0.17 does not declare but PDFKit 0.20 reads. */
interface OutlineDestination {
  top: number;
  /** PDFKit writes `page width - left` as the XYZ left: pass the page width to get 0. */
  left: number;
  zoom: number;
}

export async function renderPdf(frames: DocumentFrames, fonts: Record<FontId, string>): Promise<Buffer> {
  startFontPrograms();
  startUnicodeMaps();
  const { doc, embedded } = openDocument(frames.meta, fonts);
  const bytes = collect(doc);
  const tagger = new Tagger(doc);
  const faces = Object.fromEntries(
    FONT_IDS.map((id) => [id, { font: embedded[id], codes: new GlyphCodes(embedded[id]) }]),
  ) as LineTarget["fonts"];
  const byFont = itemsByFont(frames);
  for (const id of FONT_IDS) {
    keepFontProgram(embedded[id], fontFileHash(fonts[id]));
    keepUnicodeMap(embedded[id]);
    faces[id].codes.registerAll(byFont.get(id) ?? []);
  }
  for (const page of frames.pages) {
    const state = { font: "", size: 0, rise: 0 };
    drawPage({ doc, tagger, fonts: faces, pageHeight: page.height, state }, page);
  }
  tagger.finish();
  doc.end();
  return bytes;
}

/** The text items of the document by font, each list in the order of the document. */
function itemsByFont(frames: DocumentFrames): Map<FontId, TextItem[]> {
  const byFont = new Map<FontId, TextItem[]>();
  for (const page of frames.pages)
    for (const item of page.items) {
      if (item.kind !== "text") continue;
      const items = byFont.get(item.font);
      if (items === undefined) byFont.set(item.font, [item]);
      else items.push(item);
    }
  return byFont;
}

function openDocument(
  meta: DocumentMeta,
  fonts: Record<FontId, string>,
): { doc: Doc; embedded: Record<FontId, EmbeddedFont> } {
  let doc: Doc;
  try {
    // An embedded default font keeps PDFKit from loading (and possibly using) non-embedded Helvetica.
    doc = new PDFDocument({
      autoFirstPage: false,
      pdfVersion: "1.7",
      tagged: true,
      lang: meta.lang,
      displayTitle: true,
      font: embeddableFont(openFont(fonts.regular)) as unknown as string,
      info: {
        Title: meta.title,
        Author: meta.author,
        Subject: meta.subject,
        Keywords: meta.keywords.join(", "),
        Creator: "vitae",
        Producer: "vitae (PDFKit)",
        // Fixed dates make the output byte-identical for the same input: the file /ID hashes the info.
        CreationDate: meta.created,
        ModDate: meta.created,
      },
    });
  } catch (error) {
    throw fontError(fonts.regular, error);
  }
  const embedded: Partial<Record<FontId, EmbeddedFont>> = {};
  for (const id of FONT_IDS) {
    try {
      doc.registerFont(id, embeddableFont(openFont(fonts[id])) as unknown as PDFKit.Mixins.PDFFontSource);
      doc.font(id); // opens the file now, so a bad font is reported by path rather than mid-drawing
    } catch (error) {
      throw fontError(fonts[id], error);
    }
    embedded[id] = (doc as unknown as { _font: EmbeddedFont })._font;
  }
  escapeXmpInfo(doc);
  writeStringsAsLatin1(doc);
  return { doc, embedded: embedded as Record<FontId, EmbeddedFont> };
}

/** PDFKit writes the info strings into XMP unescaped, after the info dictionary: escape them just for XMP. */
function escapeXmpInfo(doc: Doc): void {
  const endMetadata = doc.endMetadata.bind(doc);
  doc.endMetadata = () => {
    const info = doc.info;
    const escaped: PDFKit.DocumentInfo = { ...info };
    for (const key of ["Title", "Author", "Subject", "Keywords", "Creator", "Producer"] as const) {
      const value = info[key];
      if (value !== undefined) escaped[key] = escapeXml(value);
    }
    doc.info = escaped;
    try {
      endMetadata();
    } finally {
      doc.info = info;
    }
  };
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

/**
 * Draws a page's items in their order; the runs of a printed line as one text object, where its first run is.
 * PDFKit starts a page's content by turning y downwards; it is turned back once for the page, so that text and
 * rules are written in the PDF's own space (annotations still go through PDFKit, which counts y downwards).
 */
function drawPage(target: LineTarget, page: Page): void {
  const { doc, tagger } = target;
  doc.addPage({ size: [page.width, page.height], margin: 0 });
  doc.addContent(`q\n1 0 0 -1 0 ${num(page.height)} cm`);
  const lines = linesOf(page.items);
  for (const item of page.items) {
    switch (item.kind) {
      case "text": {
        const line = lines.get(item.line);
        if (line?.[0] === item) drawLine(target, line);
        break;
      }
      case "rule":
        tagger.artifact();
        drawRule(doc, item, page.height);
        tagger.endContent();
        break;
      case "link":
        drawLinkArea(doc, tagger, item);
        break;
      case "anchor":
        addAnchor(doc, item, page);
        break;
      default: {
        const unknown: never = item;
        throw new Error(`unknown frame item ${JSON.stringify(unknown)}`);
      }
    }
  }
  tagger.endPage();
  doc.addContent("Q");
}

/** The runs of each printed line, in the order the display list gives them (reading order). */
function linesOf(items: readonly FrameItem[]): Map<number, TextItem[]> {
  const lines = new Map<number, TextItem[]>();
  for (const item of items) {
    if (item.kind !== "text") continue;
    const line = lines.get(item.line);
    if (line) line.push(item);
    else lines.set(item.line, [item]);
  }
  return lines;
}

function drawRule(doc: Doc, item: RuleItem, height: number): void {
  const from = `${num(item.x1)} ${num(height - item.y1)} m`;
  doc.addContent(`q\n${num(item.thickness)} w\n${from}\n${num(item.x2)} ${num(height - item.y2)} l\nS\nQ`);
}

function drawLinkArea(doc: Doc, tagger: Tagger, item: LinkItem): void {
  const element = tagger.linkArea(item.href);
  annotate(doc, item, item.href, element);
  element.end();
}

function addAnchor(doc: Doc, item: AnchorItem, page: Page): void {
  const destination: OutlineDestination = { top: item.y, left: page.width, zoom: 0 };
  const outline = doc.outline as unknown as { addItem(title: string, options: OutlineDestination): unknown };
  outline.addItem(item.title, destination);
}
