import type { Root } from "mdast";

/** One section file as read from disk. */
export interface ContentFile {
  /** Path as shown in diagnostics: relative to the working directory when the file lies under it. */
  path: string;
  /** The file's text, UTF-8 decoded, without a byte-order mark. */
  text: string;
}

/** A content file with its Markdown syntax tree (every node carries its position in `text`). */
export interface ParsedFile extends ContentFile {
  root: Root;
}
