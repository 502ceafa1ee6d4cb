/**
 * The theme's fonts as SVG and CSS name them: each face by the family, weight and style its own file declares, so
 * that an SVG renderer given the font files (resvg) finds the same faces as a browser given the @font-face rules.
 */
import { readFileSync } from "node:fs";
import { fileMemo } from "../cache/fileMemos.js";
import { openFont } from "../fonts.js";
import type { FontId } from "../layout/frame.js";

export const FONT_IDS: readonly FontId[] = ["regular", "bold", "italic", "boldItalic", "smallCaps"];

/** How CSS selects one face of the theme. */
export interface Face {
  family: string;
  weight: number;
  style: "normal" | "italic";
}

/** The family, weight and style each font file declares (its OpenType name and OS/2 tables). */
export function facesOf(fonts: Record<FontId, string>): Record<FontId, Face> {
  const entries = FONT_IDS.map((id) => {
    const font = openFont(fonts[id]);
    // The typographic family (name ID 16) groups a family's weights and styles; older fonts only have ID 1.
    const preferred = (
      font as unknown as { name?: { records?: { preferredFamily?: Record<string, string> } } }
    ).name?.records?.preferredFamily;
    const family = preferred?.en ?? Object.values(preferred ?? {})[0] ?? font.familyName;
    const os2 = font["OS/2"] as { usWeightClass?: number; fsSelection?: { italic?: boolean } } | undefined;
    const italic = os2?.fsSelection?.italic === true || font.italicAngle !== 0;
    const face: Face = { family, weight: os2?.usWeightClass ?? 400, style: italic ? "italic" : "normal" };
    return [id, face] as const;
  });
  return Object.fromEntries(entries) as Record<FontId, Face>;
}

/** The attributes that select a face on a text element. */
export function faceAttributes(face: Face): string {
  return `font-family="${cssString(face.family)}" font-weight="${face.weight}" font-style="${face.style}"`;
}

/** A font family name quoted for CSS (and safe inside a double-quoted XML attribute). */
function cssString(family: string): string {
  return `'${family.replace(/[\\'"<>&]/g, (c) => `\\${c.codePointAt(0)?.toString(16)} `)}'`;
}

/** One @font-face rule per face; `source(id)` is the URL of its file (a data: URL to embed it). */
export function fontFaceRules(faces: Partial<Record<FontId, Face>>, source: (id: FontId) => string): string {
  return FONT_IDS.flatMap((id) => {
    const face = faces[id];
    if (face === undefined) return [];
    return (
      `@font-face{font-family:${cssString(face.family)};font-weight:${face.weight};` +
      `font-style:${face.style};src:url(${source(id)}) format("opentype")}`
    );
  }).join("\n");
}

/** Font files as data: URLs, read once per path. */
const dataUrls = fileMemo<string, string>();

/** The font file as a data: URL: an SVG that embeds its fonts needs nothing beside it. */
export function fontDataUrl(path: string): string {
  let url = dataUrls.get(path);
  if (url === undefined) {
    url = `data:font/otf;base64,${readFileSync(path).toString("base64")}`;
    dataUrls.set(path, url);
  }
  return url;
}
