/** Link annotations: where a link run is clickable, and how a link is described to assistive technology. */
import type { TextItem } from "../layout/frame.js";
import { asciiUri } from "./uri.js";

type Doc = PDFKit.PDFDocument;

/** Layout gives a text run no height: a link's clickable box spans this many ems around the baseline. */
const LINK_BOX = { above: 0.85, below: 0.25 } as const;

/** What a link leads to, in words: the Link element's alternate text and the annotation's contents. */
export function linkDescription(href: string): string {
  if (href.startsWith("mailto:")) return `E-mail ${href.slice("mailto:".length)}`;
  if (href.startsWith("tel:")) return `Telephone ${href.slice("tel:".length)}`;
  return href;
}

/** Options @types/pdfkit 0.17 does not declare but PDFKit 0.20 reads. */
interface TaggedAnnotation {
  structParent: PDFKit.PDFStructureElement;
  Contents: string;
}

/** A URI link annotation over an area, in the Link element `element` (an OBJR next to its text). */
export function annotate(
  doc: Doc,
  area: { x: number; y: number; width: number; height: number },
  href: string,
  element: PDFKit.PDFStructureElement,
): void {
  // A String object, so PDFKit writes it as a text string (UTF-16 when it must) rather than a name.
  const options: TaggedAnnotation = {
    structParent: element,
    Contents: new String(linkDescription(href)) as string,
  };
  doc.link(
    area.x,
    area.y,
    area.width,
    area.height,
    asciiUri(href),
    options as PDFKit.Mixins.AnnotationOption,
  );
}

/** The clickable box of a link run: over its glyphs up to the last that is not a space. */
export function linkArea(run: TextItem): { x: number; y: number; width: number; height: number } {
  let width = run.width;
  for (let i = run.glyphs.length - 1; i > 0 && run.glyphs[i]?.text === " "; i--)
    width -= run.glyphs[i]?.advance ?? 0;
  return {
    x: run.x,
    y: run.baseline - LINK_BOX.above * run.size,
    width,
    height: (LINK_BOX.above + LINK_BOX.below) * run.size,
  };
}
