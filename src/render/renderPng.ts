/**
 * PNG pages rasterised from the SVG pages by resvg, given the theme's font files (resvg reads no @font-face
 * rules: it finds each face by the family, weight and style the SVG names, in these files alone).
 */
import { createRequire } from "node:module";
import type * as Resvg from "@resvg/resvg-js";
import type { FontId } from "../layout/frame.js";

/** resvg, loaded on first use: a native module, which builds that make no PNG never load (nor need bundled). */
let resvg: typeof Resvg | undefined;
function loadResvg(): typeof Resvg {
  resvg ??= createRequire(import.meta.url)("@resvg/resvg-js") as typeof Resvg;
  return resvg;
}

/** Pixels per inch of `--png`: sharp on a screen at twice its usual density. */
export const PNG_DPI = 144;

/** The page in `svg` (its width in points, as renderSvg writes it) as a PNG at `dpi`. */
export function renderPng(
  svg: string,
  widthPoints: number,
  fonts: Record<FontId, string>,
  dpi = PNG_DPI,
): Buffer {
  return rasterise(svg, widthPoints, fonts, dpi).asPng();
}

/** The page as RGBA pixels, row by row: what tests compare. */
export function renderPixels(
  svg: string,
  widthPoints: number,
  fonts: Record<FontId, string>,
  dpi: number,
): { width: number; height: number; rgba: Uint8Array } {
  const image = rasterise(svg, widthPoints, fonts, dpi);
  return { width: image.width, height: image.height, rgba: image.pixels };
}

function rasterise(svg: string, widthPoints: number, fonts: Record<FontId, string>, dpi: number) {
  const { Resvg } = loadResvg();
  const renderer = new Resvg(svg, {
    font: { fontFiles: Object.values(fonts), loadSystemFonts: false },
    fitTo: { mode: "width", value: Math.round((widthPoints * dpi) / 72) },
  });
  return renderer.render();
}
