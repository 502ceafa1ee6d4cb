/**
 * The Markdown tree of a text made from the tree of the text before it, when the two differ only inside one word
 * of plain text or of a code block's content (the edit an author makes most): the changed node's value and the
 * positions after the change are what CommonMark parsing gives, without parsing. Any other edit, or a word whose
 * change could touch markup, returns nothing, and the text is parsed.
 *
 * Why this is what the parser gives:
 * - letters are replaced by letters (not digits: a word of digits alone may be an ordered list's marker), on one
 *   line, inside one text node or code block; a word that loses or gains letters has some before and after;
 * - an emphasis delimiter next to the change keeps a neighbour of the same kind (whether it opens or closes
 *   depends only on whether its neighbours are white space, punctuation or anything else);
 * - a changed text node is in a paragraph or heading without `<` and on a line without `&` (HTML, autolinks and
 *   character references are the constructs whose recognition depends on which letters a run holds), in no
 *   link, in a document with no link reference definitions a changed word could come to match, and in no
 *   paragraph that starts with `[` (a definition's label has a length limit);
 * - lines end at a line feed (a text with a lone carriage return is declined).
 * So no block starts or ends differently, and no inline construct is made or unmade.
 */
import type { Node, Parents, Root } from "mdast";

/** Letters of one UTF-16 unit each (the changed range never splits a character). */
const LETTER = /^\p{L}$/u;

export function treeAfterWordEdit(before: string, tree: Root, text: string): Root | undefined {
  if (before === text) return tree;
  // A carriage return alone ends a line too: columns would be counted from the wrong line start.
  if (/\r(?!\n)/.test(before)) return undefined;
  let start = 0;
  const shortest = Math.min(before.length, text.length);
  while (start < shortest && before.charCodeAt(start) === text.charCodeAt(start)) start++;
  let fromEnd = 0;
  while (
    fromEnd < shortest - start &&
    before.charCodeAt(before.length - 1 - fromEnd) === text.charCodeAt(text.length - 1 - fromEnd)
  )
    fromEnd++;
  const end = before.length - fromEnd;
  const delta = text.length - before.length;
  if (
    !sameSurroundings(
      before.slice(start, end),
      text.slice(start, end + delta),
      before[start - 1],
      before[end],
    )
  )
    return undefined;
  const path = nodesAround(tree, start, end);
  const node = path.at(-1);
  if (node === undefined || path.some((n) => LINKS.has(n.type)) || hasDefinitions(tree)) return undefined;
  const at = valueIndex(before, node, start, end);
  if (at === undefined) return undefined;
  if (node.type === "text" && !plainAround(before, path, start)) return undefined;

  const edited = structuredClone(tree);
  // Found before positions move: the same node of the copy.
  const changed = nodesAround(edited, start, end).at(-1) as Node & { value: string };
  shift(edited, end, delta, lineEndAt(before, end), new Set());
  changed.value = `${changed.value.slice(0, at)}${text.slice(start, end + delta)}${changed.value.slice(at + end - start)}`;
  return edited;
}

/** Nodes whose text decides a link or a reference: a word changed inside them may change what it points to. */
const LINKS = new Set(["link", "linkReference", "image", "imageReference", "definition"]);

/**
 * Whether letters `removed` give way to letters `added` between the characters `left` and `right` (undefined at
 * the text's ends) without changing what the characters around read as: an emphasis delimiter beside the change
 * keeps a neighbour of the same kind, and a word that loses or gains letters had some and keeps them (a word of
 * digits alone may be a list marker, a blank link label becomes a definition's once it has letters).
 */
function sameSurroundings(removed: string, added: string, left?: string, right?: string): boolean {
  if (!allLetters(removed) || !allLetters(added)) return false;
  // Letters only added or only taken away: next to letters, so the word had letters and keeps them.
  if ((added === "" || removed === "") && !isLetter(left) && !isLetter(right)) return false;
  if (DELIMITERS.has(left ?? "") && kind(removed[0] ?? right) !== kind(added[0] ?? right)) return false;
  if (DELIMITERS.has(right ?? "") && kind(removed.at(-1) ?? left) !== kind(added.at(-1) ?? left))
    return false;
  return true;
}

const DELIMITERS = new Set(["*", "_"]);

function allLetters(text: string): boolean {
  for (const unit of text) if (!isLetter(unit)) return false;
  return true;
}

function isLetter(unit: string | undefined): boolean {
  return unit !== undefined && unit.length === 1 && LETTER.test(unit);
}

/** What a character counts as next to an emphasis delimiter; the text's ends count as white space. */
function kind(unit: string | undefined): "space" | "punctuation" | "other" {
  if (unit === undefined || /^\s$/u.test(unit)) return "space";
  return /^[\p{P}\p{S}]$/u.test(unit) ? "punctuation" : "other";
}

/**
 * Whether a text node's surroundings hold no `&` on the changed line (a character reference is on one line), no
 * `<` in its paragraph or heading (an HTML tag may span lines, its attributes holding emphasis marks), and the
 * paragraph does not start with `[`.
 */
function plainAround(source: string, path: readonly Node[], at: number): boolean {
  const line = source.slice(source.lastIndexOf("\n", at - 1) + 1, lineEndAt(source, at));
  const block = [...path].reverse().find((n) => n.type === "paragraph" || n.type === "heading");
  const from = block?.position?.start.offset;
  const to = block?.position?.end.offset;
  if (from === undefined || to === undefined) return false;
  const written = source.slice(from, to);
  // A paragraph starting with "[" may be a link reference definition whose label is too long (999 at most).
  return !line.includes("&") && !written.includes("<") && !written.trimStart().startsWith("[");
}

function lineEndAt(text: string, at: number): number {
  const newline = text.indexOf("\n", at);
  return newline < 0 ? text.length : newline;
}

/** The nodes from the root down to the innermost one whose source holds `[start, end)`. */
function nodesAround(tree: Root, start: number, end: number): Node[] {
  const path: Node[] = [tree];
  let node: Node = tree;
  for (;;) {
    const children: readonly Node[] = "children" in node ? (node as Parents).children : [];
    const inner = children.find((child) => {
      const { position } = child;
      return position?.start.offset !== undefined && position.end.offset !== undefined
        ? position.start.offset <= start && end <= position.end.offset
        : false;
    });
    if (inner === undefined) return path;
    path.push(inner);
    node = inner;
  }
}

function hasDefinitions(node: Node): boolean {
  if (node.type === "definition") return true;
  return "children" in node && (node as Parents).children.some(hasDefinitions);
}

/**
 * Where `[start, end)` of the source is in `node`'s value: in a text node, whose value is its source without the
 * indentation a container takes off its lines (a list item's), or in a code block or front matter after an
 * unindented fence, whose value is its source. Undefined when it is not all in the value, on one line (letters
 * only added: inside the value, not at one of its ends, where another node may start or end).
 */
function valueIndex(source: string, node: Node, start: number, end: number): number | undefined {
  const value = (node as { value?: unknown }).value;
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (typeof value !== "string" || from === undefined || to === undefined) return undefined;
  let base = from;
  let written = source.slice(from, to);
  if (node.type === "code" || node.type === "yaml") {
    const firstLine = written.indexOf("\n");
    if (firstLine < 0 || !/^(?:`{3,}|~{3,}|---)/.test(written)) return undefined;
    base = from + firstLine + 1;
    written = source.slice(base, base + value.length);
    if (written !== value) return undefined;
  } else if (node.type !== "text") return undefined;
  const writtenLines = written.split("\n");
  const valueLines = value.split("\n");
  if (writtenLines.length !== valueLines.length) return undefined;
  let lineStart = base;
  let valueAt = 0;
  for (let i = 0; i < writtenLines.length; i++) {
    const line = writtenLines[i] as string;
    const kept = valueLines[i] as string;
    const cut = line.length - kept.length;
    if (cut < 0 || line.slice(cut) !== kept || !/^[ \t]*$/.test(line.slice(0, cut))) return undefined;
    if (start >= lineStart + cut && end <= lineStart + line.length) {
      const index = valueAt + start - (lineStart + cut);
      if (start === end && (index === 0 || index === value.length)) return undefined;
      return index;
    }
    lineStart += line.length + 1;
    valueAt += kept.length + 1;
  }
  return undefined;
}

/**
 * Moves every position at or after `end` by `delta` units, and its column too when it is on the edited line (up to
 * `lineEnd`). Each point once, though nodes may share one.
 */
function shift(node: Node, end: number, delta: number, lineEnd: number, moved: Set<object>): void {
  for (const point of [node.position?.start, node.position?.end]) {
    if (point?.offset === undefined || point.offset < end || moved.has(point)) continue;
    moved.add(point);
    if (point.offset <= lineEnd) point.column += delta;
    point.offset += delta;
  }
  if ("children" in node)
    for (const child of (node as Parents).children) shift(child, end, delta, lineEnd, moved);
}
