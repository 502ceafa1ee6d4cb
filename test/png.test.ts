/**
 * The PNG of the default résumé (resvg rasterising the SVG page) against the PDF as poppler renders it, both at
 * 150 pixels per inch in grey. They are drawn by different rasterisers, so edge pixels differ everywhere; what
 * must not differ is where the ink is: the worst tile of the blurred difference (see helpers/pixels.ts) stays
 * under THRESHOLD. The threshold was chosen between what was measured (poppler 22.12 pdftoppm against resvg-js 2.6.2):
 *
 *   the PNG as rendered                          worst tile 17.8 (the edges of the 22 pt name), page mean 5.9
 *   one bullet line moved right by 1 pt          28.8
 *   the bold face set in regular at one place    28.0
 *   a word left out                              47.7
 *
 * so anything a reader would see as misplaced or missing fails, and anti-aliasing alone passes. The test also
 * renders two such mistakes and requires them to fail, so the threshold is known to tell them apart.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { type BuildResult, buildPdf } from "../src/pipeline.js";
import { renderPixels } from "../src/render/renderPng.js";
import { renderSvg } from "../src/render/renderSvg.js";
import { CONTENT, cleanup, tempDir } from "./helpers/e2e.js";
import { type Grey, pixelDifference, popplerGrey, rgbaGrey } from "./helpers/pixels.js";
import { itWith } from "./helpers/tools.js";

const DPI = 150;
const THRESHOLD = 23;

const OUT = tempDir("vitae-png-");
afterAll(cleanup);

let build: BuildResult;
let svg = "";
beforeAll(async () => {
  build = await buildPdf({ contentDir: CONTENT, outFile: join(OUT, "resume.pdf") });
  svg = renderSvg(build.layout.frames, build.fonts)[0] ?? "";
});

function png(page: string): Grey {
  return rgbaGrey(renderPixels(page, build.layout.frames.pages[0]?.width ?? 0, build.fonts, DPI));
}

describe("PNG and PDF agree", () => {
  itWith("pdftoppm")("the PNG of the default résumé matches poppler's rendering of the PDF", () => {
    const poppler = popplerGrey(build.pdf, DPI);
    const difference = pixelDifference(png(svg), poppler);
    console.info(
      `PNG vs pdftoppm at ${DPI} ppi: worst tile ${difference.worstTile.toFixed(1)} at ${JSON.stringify(difference.at)}, page mean ${difference.mean.toFixed(2)} (threshold ${THRESHOLD})`,
    );
    expect(poppler.width).toBe(1275);
    expect(difference.worstTile).toBeLessThan(THRESHOLD);
  });

  itWith("pdftoppm")("a line moved by 1 pt, or a word left out, exceeds the threshold", () => {
    const poppler = popplerGrey(build.pdf, DPI);
    const lines = svg.split("\n");
    const bullet = lines.findIndex((l) => l.includes('data-role="bullet"'));
    const moved = lines
      .map((l, i) =>
        i === bullet
          ? l.replace(
              / x="([^"]+)"/,
              (_m, xs: string) =>
                ` x="${xs
                  .split(" ")
                  .map((x) => Number(x) + 1)
                  .join(" ")}"`,
            )
          : l,
      )
      .join("\n");
    expect(pixelDifference(png(moved), poppler).worstTile).toBeGreaterThan(THRESHOLD);
    const missing = svg.replace(">Huawei Scholarship<", ">Huawei            <");
    expect(missing).not.toBe(svg);
    expect(pixelDifference(png(missing), poppler).worstTile).toBeGreaterThan(THRESHOLD);
  });
});
