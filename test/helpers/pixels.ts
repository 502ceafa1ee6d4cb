/**
 * Comparing two renderings of a page in grey: poppler's (pdftoppm, as PGM) and resvg's (RGBA). Two rasterisers
 * never agree on the edge pixels of a glyph (hinting, anti-aliasing, where each snaps a glyph's origin), so the
 * images are first blurred over 5 × 5 pixels, and compared tile by tile: a glyph misplaced, missing or in the
 * wrong face shows in the tile around it, however small a share of the page it is.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { requireTool } from "./tools.js";

export interface Grey {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** The first page of a PDF as poppler renders it, in grey, at `dpi`. */
export function popplerGrey(pdf: Buffer, dpi: number): Grey {
  requireTool("pdftoppm");
  const dir = mkdtempSync(join(tmpdir(), "vitae-pixels-"));
  try {
    writeFileSync(join(dir, "page.pdf"), pdf);
    execFileSync("pdftoppm", [
      "-r",
      String(dpi),
      "-gray",
      "-f",
      "1",
      "-singlefile",
      join(dir, "page.pdf"),
      join(dir, "page"),
    ]);
    return readPgm(readFileSync(join(dir, "page.pgm")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A binary PGM (P5, 8 bits). */
function readPgm(bytes: Buffer): Grey {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.toString("latin1", 0, 64));
  if (!header) throw new Error("not an 8-bit binary PGM");
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: bytes.subarray(header[0].length, header[0].length + width * height) };
}

/** RGBA on white (resvg's output over the page's white rectangle) as grey, with the usual luma weights. */
export function rgbaGrey(image: { width: number; height: number; rgba: Uint8Array }): Grey {
  const pixels = new Uint8Array(image.width * image.height);
  for (let i = 0; i < pixels.length; i++) {
    const [r = 0, g = 0, b = 0] = image.rgba.subarray(4 * i, 4 * i + 3);
    pixels[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
  }
  return { width: image.width, height: image.height, pixels };
}

/** Mean of each pixel's (2r+1)² neighbourhood, clipped at the borders (two passes of a running sum). */
function blur(image: Grey, r: number): Float32Array {
  const { width: w, height: h, pixels } = image;
  const rows = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let sum = 0;
      let n = 0;
      for (let k = Math.max(0, x - r); k <= Math.min(w - 1, x + r); k++, n++) sum += pixels[y * w + k] ?? 0;
      rows[y * w + x] = sum / n;
    }
  }
  const out = new Float32Array(w * h);
  for (let x = 0; x < w; x++) {
    for (let y = 0; y < h; y++) {
      let sum = 0;
      let n = 0;
      for (let k = Math.max(0, y - r); k <= Math.min(h - 1, y + r); k++, n++) sum += rows[k * w + x] ?? 0;
      out[y * w + x] = sum / n;
    }
  }
  return out;
}

export interface PixelDifference {
  /** Mean absolute difference of the grey values (0–255) over the page, unblurred. */
  mean: number;
  /** The largest mean absolute difference of the blurred images over a tile (0–255). */
  worstTile: number;
  /** Where that tile is, in pixels from the top left. */
  at: { x: number; y: number };
}

/** Tiles of 16 pixels (7.7 pt at 150 pixels per inch: a short word), overlapping by half. */
const TILE = 16;

export function pixelDifference(a: Grey, b: Grey): PixelDifference {
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(`sizes differ: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  let total = 0;
  for (let i = 0; i < a.pixels.length; i++) total += Math.abs((a.pixels[i] ?? 0) - (b.pixels[i] ?? 0));
  const blurA = blur(a, 2);
  const blurB = blur(b, 2);
  let worstTile = 0;
  let at = { x: 0, y: 0 };
  for (let ty = 0; ty + TILE <= a.height; ty += TILE / 2) {
    for (let tx = 0; tx + TILE <= a.width; tx += TILE / 2) {
      let sum = 0;
      for (let y = ty; y < ty + TILE; y++)
        for (let x = tx; x < tx + TILE; x++)
          sum += Math.abs((blurA[y * a.width + x] ?? 0) - (blurB[y * a.width + x] ?? 0));
      const mean = sum / (TILE * TILE);
      if (mean > worstTile) {
        worstTile = mean;
        at = { x: tx, y: ty };
      }
    }
  }
  return { mean: total / a.pixels.length, worstTile, at };
}
