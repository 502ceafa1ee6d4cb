import type * as fontkit from "fontkit";
import { openFont } from "../fonts.js";

/**
 * A parsed font ready for a new document. fontkit remembers each glyph's characters from its first use, and a
 * later document's text layer would inherit them (ligatures, small caps), so the glyph cache is emptied here:
 * each document sees the font as freshly parsed, without paying to parse it again.
 */
export function fontForDocument(path: string): fontkit.Font {
  const font = openFont(path);
  (font as unknown as { _glyphs: Record<number, unknown> })._glyphs = {};
  return font;
}
