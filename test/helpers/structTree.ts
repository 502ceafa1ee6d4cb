/**
 * The tagged PDF's structure tree as pdf.js reads it (getStructTree, per page), with the text of each
 * marked-content sequence it points to (getTextContent with marked content), and the text marked as artifacts.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** A structure element: its standard type, alternate text and children in reading order. */
export interface StructElement {
  role: string;
  alt?: string;
  children: StructChild[];
}

/** A marked-content sequence (its text) or an annotation (a link's clickable area). */
export type StructChild = StructElement | { type: "content"; text: string } | { type: "annotation" };

export interface TaggedPage {
  /** The Document element and what is under it, as far as it has content on this page. */
  root: StructElement;
  /** Text drawn as artifacts (outside the structure), in content order. */
  artifacts: string[];
  /** Text drawn outside both the structure and artifacts. */
  untagged: string[];
}

export interface TaggedPdf {
  /** The catalog's language. */
  lang: string | undefined;
  pages: TaggedPage[];
}

interface RawNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: RawNode[];
}

interface RawTextItem {
  type?: string;
  id?: string | null;
  tag?: string;
  str?: string;
}

export async function readTagged(pdf: Buffer): Promise<TaggedPdf> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const { info } = await doc.getMetadata();
    const pages: TaggedPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const { texts, artifacts, untagged } = markedTexts(content.items as RawTextItem[]);
      const tree = (await page.getStructTree()) as RawNode | null;
      const root = convert(tree?.children?.[0] ?? { role: "none" }, texts);
      pages.push({ root: "role" in root ? root : { role: "none", children: [] }, artifacts, untagged });
    }
    return { lang: (info as { Language?: string }).Language, pages };
  } finally {
    await doc.destroy();
  }
}

/** The text of each marked-content id, the artifacts' text and text marked as neither. */
function markedTexts(items: readonly RawTextItem[]) {
  const texts = new Map<string, string>();
  const artifacts: string[] = [];
  const untagged: string[] = [];
  const stack: { id?: string; artifact: boolean }[] = [];
  for (const item of items) {
    if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") {
      const owner = item.id ?? undefined;
      stack.push({ ...(owner ? { id: owner } : {}), artifact: item.tag === "Artifact" });
    } else if (item.type === "endMarkedContent") stack.pop();
    else if (item.str !== undefined && item.str !== "") {
      const id = [...stack].reverse().find((m) => m.id !== undefined)?.id;
      if (stack.some((m) => m.artifact)) artifacts.push(item.str);
      else if (id !== undefined) texts.set(id, (texts.get(id) ?? "") + item.str);
      else untagged.push(item.str);
    }
  }
  return { texts, artifacts, untagged };
}

function convert(node: RawNode, texts: ReadonlyMap<string, string>): StructChild {
  if (node.type === "content") return { type: "content", text: texts.get(node.id ?? "") ?? "" };
  if (node.type === "annotation" || node.type === "object") return { type: "annotation" };
  return {
    role: node.role ?? "",
    ...(node.alt ? { alt: node.alt } : {}),
    children: (node.children ?? []).map((child) => convert(child, texts)),
  };
}

/** The elements under `node` (itself included), depth first. */
export function elements(node: StructElement): StructElement[] {
  return [node, ...node.children.flatMap((c) => ("role" in c ? elements(c) : []))];
}

/** The text of `node`'s content in the tree's order, without whitespace. */
export function treeText(node: StructChild): string {
  if ("role" in node) return node.children.map(treeText).join("");
  return node.type === "content" ? node.text.replace(/\s+/g, "") : "";
}
