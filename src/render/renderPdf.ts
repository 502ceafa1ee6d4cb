/** Draws the display list into a PDF with PDFKit: the only module that imports it. Never measures text. */
import PDFDocument from "pdfkit";
import { fontError } from "../fontErrors.js";
import type {
  AnchorItem,
  DocumentFrames,
  DocumentMeta,
  FontId,
  LinkItem,
  Page,
  RuleItem,
  TextItem,
} from "../layout/frame.js";
import { fontForDocument } from "./fontCache.js";
import { Tagger } from "./tagger.js";
import { asciiUri } from "./uri.js";
import { escapeXml } from "./xmp.js";

type Doc = PDFKit.PDFDocument;

const FONT_IDS: readonly FontId[] = ["regular", "bold", "italic", "boldItalic", "smallCaps"];

/** Layout gives a text run no height: a link's clickable box spans this many ems around the baseline. */
const LINK_BOX = { above: 0.85, below: 0.25 } as const;

/** Options @types/pdfkit 0.17 does not declare but PDFKit 0.20 reads. */
interface OutlineDestination {
  top: number;
  /** PDFKit writes `page width - left` as the XYZ left: pass the page width to get 0. */
  left: number;
  zoom: number;
}
interface TaggedAnnotation {
  structParent: PDFKit.PDFStructureElement;
}

export async function renderPdf(frames: DocumentFrames, fonts: Record<FontId, string>): Promise<Buffer> {
  const doc = openDocument(frames.meta, fonts);
  const bytes = collect(doc);
  const tagger = new Tagger(doc);
  for (const page of frames.pages) drawPage(doc, tagger, page);
  tagger.finish();
  doc.end();
  return bytes;
}

function openDocument(meta: DocumentMeta, fonts: Record<FontId, string>): Doc {
  let doc: Doc;
  try {
    // An embedded default font keeps PDFKit from loading (and possibly using) non-embedded Helvetica.
    doc = new PDFDocument({
      autoFirstPage: false,
      pdfVersion: "1.7",
      tagged: true,
      lang: meta.lang,
      displayTitle: true,
      font: fontForDocument(fonts.regular) as unknown as string,
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
  for (const id of FONT_IDS) {
    // Parsed once per process; fontForDocument resets what fontkit remembers between documents.
    doc.registerFont(id, fontForDocument(fonts[id]) as unknown as PDFKit.Mixins.PDFFontSource);
    try {
      useFont(doc, id); // opens the file now, so a bad font is reported by path rather than mid-drawing
    } catch (error) {
      throw fontError(fonts[id], error);
    }
  }
  escapeXmpInfo(doc);
  return doc;
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

function drawPage(doc: Doc, tagger: Tagger, page: Page): void {
  doc.addPage({ size: [page.width, page.height], margin: 0 });
  for (const item of page.items) {
    switch (item.kind) {
      case "text":
        drawText(doc, tagger, item);
        break;
      case "rule":
        tagger.artifact(() => drawRule(doc, item));
        break;
      case "link":
        drawLinkArea(doc, tagger, item);
        break;
      case "anchor":
        addAnchor(doc, tagger, item, page);
        break;
      default: {
        const unknown: never = item;
        throw new Error(`unknown frame item ${JSON.stringify(unknown)}`);
      }
    }
  }
  tagger.endPage();
}

/** The font each document was last set to: see {@link useFont}. */
const currentFont = new WeakMap<Doc, FontId>();

/**
 * Sets the font only when it changes. PDFKit does not cache a registered font whose face it already opened
 * (the constructor's font): every doc.font(id) would open it again and compare the two by serialising their
 * name tables, a third of the time it takes to draw a page of words.
 */
function useFont(doc: Doc, id: FontId): Doc {
  if (currentFont.get(doc) !== id) {
    doc.font(id);
    currentFont.set(doc, id);
  }
  return doc;
}

function drawText(doc: Doc, tagger: Tagger, item: TextItem): void {
  const linkElement = tagger.text(item, () => {
    useFont(doc, item.font).fontSize(item.size).text(item.text, item.x, item.baseline, {
      lineBreak: false,
      baseline: "alphabetic",
      wordSpacing: item.wordSpacing,
    });
  });
  if (item.href === undefined) return;
  // Not the `link` text option: PDFKit places that box below the baseline when baseline is 'alphabetic'.
  const top = item.baseline - LINK_BOX.above * item.size;
  const height = (LINK_BOX.above + LINK_BOX.below) * item.size;
  // A decoration run (say an icon) is an artifact: its link gets a Link element of its own.
  const element = linkElement ?? tagger.linkArea();
  annotate(doc, item.x, top, item.width, height, item.href, element);
  if (linkElement === undefined) element.end();
}

function drawRule(doc: Doc, item: RuleItem): void {
  doc.save().lineWidth(item.thickness).moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).stroke().restore();
}

function drawLinkArea(doc: Doc, tagger: Tagger, item: LinkItem): void {
  const element = tagger.linkArea();
  annotate(doc, item.x, item.y, item.width, item.height, item.href, element);
  element.end();
}

function annotate(
  doc: Doc,
  x: number,
  y: number,
  width: number,
  height: number,
  href: string,
  structParent: PDFKit.PDFStructureElement,
): void {
  // structParent puts the annotation into the Link structure element (an OBJR next to its text).
  const options: TaggedAnnotation = { structParent };
  doc.link(x, y, width, height, asciiUri(href), options as PDFKit.Mixins.AnnotationOption);
}

function addAnchor(doc: Doc, tagger: Tagger, item: AnchorItem, page: Page): void {
  tagger.startSection();
  const destination: OutlineDestination = { top: item.y, left: page.width, zoom: 0 };
  const outline = doc.outline as unknown as { addItem(title: string, options: OutlineDestination): unknown };
  outline.addItem(item.title, destination);
}
