import type { Block, TextItem } from "../layout/frame.js";
import { linkDescription } from "./links.js";
import { type StructType, structTypeOf } from "./structure.js";

type Doc = PDFKit.PDFDocument;
type Element = PDFKit.PDFStructureElement;

interface OpenBlock {
  block: Block;
  element: Element;
  type: StructType;
}

/** What the marked content being written belongs to: an element (by identity), or layout (an artifact). */
type Owner = { element: Element; type: StructType | "Link" } | "artifact";

/**
 * Builds the tagged PDF's structure tree while the runs are drawn, in reading order: Document, then for each run
 * the elements of its blocks (opened and closed as consecutive runs enter and leave them), a Link element for a
 * link's runs, and artifacts for decoration. Content is written as marked-content sequences, each owned by one
 * element (or marked as an artifact); a new sequence starts where the owner changes.
 */
export class Tagger {
  private readonly root: Element;
  private readonly open: OpenBlock[] = [];
  private link: { element: Element; href: string; parent: Element } | undefined;
  /** The owner of the marked-content sequence being written, if one is open. */
  private marking: Owner | undefined;

  constructor(private readonly doc: Doc) {
    this.root = doc.struct("Document");
    doc.addStructure(this.root); // attached from the start, so content is marked as it is added
  }

  /**
   * Marks what follows as content of `run`: opens the elements of its blocks (a Link in the innermost for a
   * link) or, for decoration, an artifact. Returns the Link element of a link's run, for its annotation.
   */
  enter(run: TextItem): Element | undefined {
    if (run.role === "decoration" || run.blocks.length === 0) {
      this.mark("artifact");
      return undefined;
    }
    const parent = this.openBlocks(run.blocks);
    if (run.href === undefined) {
      this.closeLink();
      this.mark({ element: parent.element, type: parent.type });
      return undefined;
    }
    if (this.link?.href !== run.href || this.link.parent !== parent.element) {
      this.closeLink();
      const element = this.doc.struct("Link", { alt: linkDescription(run.href) });
      parent.element.add(element);
      this.link = { element, href: run.href, parent: parent.element };
    }
    this.mark({ element: this.link.element, type: "Link" });
    return this.link.element;
  }

  /** Marks what follows as an artifact (layout: a rule, a gap's stretched space). */
  artifact(): void {
    this.mark("artifact");
  }

  /** Ends the marked-content sequence being written (before the end of a text object). */
  endContent(): void {
    if (this.marking !== undefined) this.doc.endMarkedContent();
    this.marking = undefined;
  }

  /** A Link element for a clickable area without text, in the innermost open element; the caller ends it. */
  linkArea(href: string): Element {
    const element = this.doc.struct("Link", { alt: linkDescription(href) });
    (this.open.at(-1)?.element ?? this.root).add(element);
    return element;
  }

  /** Links end on their page: PDFKit takes an annotation's page from the current page when the element ends. */
  endPage(): void {
    this.endContent();
    this.closeLink();
  }

  finish(): void {
    this.endPage();
    this.closeTo(0);
    this.root.end();
  }

  /** Opens the elements of `blocks` not open yet, after closing those the run is not in; the innermost. */
  private openBlocks(blocks: readonly Block[]): OpenBlock {
    let common = 0;
    while (
      common < blocks.length &&
      common < this.open.length &&
      same(this.open[common]?.block, blocks[common])
    )
      common++;
    this.closeTo(common);
    for (const block of blocks.slice(common)) {
      const type = structTypeOf(block.kind);
      const element = this.doc.struct(type);
      (this.open.at(-1)?.element ?? this.root).add(element);
      this.open.push({ block, element, type });
    }
    return this.open.at(-1) as OpenBlock;
  }

  private closeTo(depth: number): void {
    if (this.open.length > depth) this.closeLink();
    while (this.open.length > depth) this.open.pop()?.element.end();
  }

  private closeLink(): void {
    if (this.link === undefined) return;
    if (typeof this.marking === "object" && this.marking.element === this.link.element) this.endContent();
    this.link.element.end();
    this.link = undefined;
  }

  private mark(owner: Owner | OpenBlock): void {
    const next: Owner = owner === "artifact" ? owner : { element: owner.element, type: owner.type };
    const current = this.marking;
    if (
      current === "artifact" ? next === "artifact" : next !== "artifact" && current?.element === next.element
    )
      return;
    this.endContent();
    if (next === "artifact") this.doc.markContent("Artifact");
    else next.element.add(this.doc.markStructureContent(next.type));
    this.marking = next;
  }
}

function same(a: Block | undefined, b: Block | undefined): boolean {
  return a !== undefined && b !== undefined && a.kind === b.kind && a.id === b.id;
}
