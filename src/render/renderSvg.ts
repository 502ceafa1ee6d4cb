/**
 * Draws the display list as SVG, one document per page: the second renderer of the same frames the PDF is drawn
 * from, with the same fonts, glyph positions, rules and links. Never measures text. Every text element carries
 * its role and source position (`data-role`, `data-source="content/20-academic.md:14:3"`), so a page shown in a
 * browser can point back to the Markdown that made each line.
 */
import type { DocumentFrames, FontId, FrameItem, Page } from "../layout/frame.js";
import { type Face, facesOf, fontDataUrl, fontFaceRules } from "./svgFonts.js";
import { attribute, num, svgText } from "./svgText.js";

export interface SvgOptions {
  /**
   * "embed": each page carries the fonts it uses as @font-face rules with data: URLs, so the file stands alone;
   * "none": the document showing the pages declares the faces (the preview page does, once for all pages).
   * @default "embed"
   */
  fonts?: "embed" | "none";
}

/** The pages of `frames` as SVG documents; `fonts` are the theme's font files (as the PDF renderer gets them). */
export function renderSvg(
  frames: DocumentFrames,
  fonts: Record<FontId, string>,
  options: SvgOptions = {},
): string[] {
  const faces = facesOf(fonts);
  return frames.pages.map((page, i) => {
    const used = usedFonts(page);
    const style =
      (options.fonts ?? "embed") === "embed"
        ? `<style>${fontFaceRules(pick(faces, used), (id) => fontDataUrl(fonts[id]))}</style>\n`
        : "";
    const title = `${frames.meta.title}, page ${i + 1} of ${frames.pages.length}`;
    return (
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
      `<svg xmlns="http://www.w3.org/2000/svg" xml:space="preserve" width="${num(page.width)}pt" ` +
      `height="${num(page.height)}pt" viewBox="0 0 ${num(page.width)} ${num(page.height)}" ` +
      `lang="${attribute(frames.meta.lang)}" data-page="${i + 1}">\n` +
      `<title>${attribute(title)}</title>\n${style}` +
      // The paper: renderers that draw on a transparent canvas (resvg) get the white page a PDF viewer shows.
      `<rect width="100%" height="100%" fill="#fff"/>\n` +
      page.items.map((item) => drawItem(item, faces)).join("") +
      `</svg>\n`
    );
  });
}

function drawItem(item: FrameItem, faces: Record<FontId, Face>): string {
  switch (item.kind) {
    case "text":
      return `${svgText(item, faces[item.font])}\n`;
    case "rule":
      return (
        `<line x1="${num(item.x1)}" y1="${num(item.y1)}" x2="${num(item.x2)}" y2="${num(item.y2)}" ` +
        `stroke="#000" stroke-width="${num(item.thickness)}" data-role="${item.role}"/>\n`
      );
    case "link":
      return (
        `<a href="${attribute(item.href)}"><rect x="${num(item.x)}" y="${num(item.y)}" width="${num(item.width)}" ` +
        `height="${num(item.height)}" fill="#fff" fill-opacity="0" data-role="${item.role}"/></a>\n`
      );
    case "anchor":
      // A bookmark has no drawing; the section's heading text carries its place.
      return "";
    default: {
      const unknown: never = item;
      throw new Error(`unknown frame item ${JSON.stringify(unknown)}`);
    }
  }
}

/** The fonts the page's text is set in, so an SVG embeds only those. */
function usedFonts(page: Page): Set<FontId> {
  const used = new Set<FontId>();
  for (const item of page.items) if (item.kind === "text") used.add(item.font);
  return used;
}

function pick(faces: Record<FontId, Face>, used: Set<FontId>): Partial<Record<FontId, Face>> {
  return Object.fromEntries(Object.entries(faces).filter(([id]) => used.has(id as FontId)));
}
