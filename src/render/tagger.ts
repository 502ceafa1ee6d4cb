import type { Role, TextItem } from "../layout/frame.js";
import { structTypeOf } from "./structure.js";

type Doc = PDFKit.PDFDocument;
type Element = PDFKit.PDFStructureElement;

interface Block {
  element: Element;
  role: Role;
  baseline: number;
}

/**
 * Builds the tagged-PDF structure tree while items are drawn, in reading order:
 * Document > H1, P… (header), then Sect > H2, P… per anchor; href runs are Link elements (text + annotation);
 * decoration is an Artifact. Consecutive runs with one role on one baseline (e.g. the words of a line) form
 * one element.
 */
export class Tagger {
  private readonly root: Element;
  private section: Element | undefined;
  private block: Block | undefined;
  private link: { element: Element; href: string } | undefined;

  constructor(private readonly doc: Doc) {
    this.root = doc.struct("Document");
    doc.addStructure(this.root); // attached from the start, so content closures are marked as they are added
  }

  startSection(): void {
    this.closeBlock();
    this.section?.end();
    this.section = this.doc.struct("Sect");
    this.root.add(this.section);
  }

  /** Draws a text run as marked content; returns the Link element its annotation belongs to, if any. */
  text(item: TextItem, draw: () => void): Element | undefined {
    const type = structTypeOf(item.role);
    if (type === "Artifact") {
      this.artifact(draw);
      return undefined;
    }
    const block = this.blockFor(item.role, item.baseline);
    if (item.href === undefined) {
      this.closeLink();
      block.add(draw);
      return undefined;
    }
    if (this.link?.href !== item.href) {
      this.closeLink();
      this.link = { element: this.doc.struct("Link"), href: item.href };
      block.add(this.link.element);
    }
    this.link.element.add(draw);
    return this.link.element;
  }

  /** A Link element for a clickable area without text; the caller ends it once annotated. */
  linkArea(): Element {
    const element = this.doc.struct("Link");
    (this.block?.element ?? this.container()).add(element);
    return element;
  }

  artifact(draw: () => void): void {
    this.doc.markContent("Artifact", { type: "Layout" });
    draw();
    this.doc.endMarkedContent();
  }

  /** Elements are ended on their page: PDFKit takes an annotation's page from the current page when flushing. */
  endPage(): void {
    this.closeBlock();
  }

  finish(): void {
    this.closeBlock();
    this.section?.end();
    this.root.end();
  }

  private container(): Element {
    return this.section ?? this.root;
  }

  private blockFor(role: Role, baseline: number): Element {
    if (this.block?.role !== role || this.block.baseline !== baseline) {
      this.closeBlock();
      this.block = { element: this.doc.struct(structTypeOf(role)), role, baseline };
      this.container().add(this.block.element);
    }
    return this.block.element;
  }

  private closeLink(): void {
    this.link?.element.end();
    this.link = undefined;
  }

  private closeBlock(): void {
    this.closeLink();
    this.block?.element.end();
    this.block = undefined;
  }
}
