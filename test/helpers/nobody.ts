/**
 * Running code as user nobody, for checks of permissions that root ignores. The code runs from a bundle in a
 * temp folder that every user can read, never from the checkout: the checkout may live where nobody cannot
 * enter (under a home folder, or a `mkdir -m 700` parent), and the test must not depend on where it lives.
 */
import { chmodSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";

export const AS_ROOT = process.getuid?.() === 0;
export const NOBODY = 65534;
const ROOT = join(import.meta.dirname, "..", "..");

const made: string[] = [];
/** Removes the bundles made so far (call it in afterAll). */
export function removeBundles(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Bundles `entry` (a .ts file, dependencies included) into a folder every user can read, with the fonts and a
 * package.json beside it as vitae expects at its package root; returns the bundle's path.
 */
export function bundleForAnyone(entry: string): string {
  const dir = mkdtempSync(join(tmpdir(), "vitae-bundle-"));
  made.push(dir);
  const outfile = join(dir, "main.mjs");
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile,
    logLevel: "warning",
    // A native module (loaded by vitae only for --png) cannot be bundled; the checks here make no PNG.
    external: ["@resvg/resvg-js"],
    // ES module builds first: a UMD build (jsonc-parser's) requires its own files at run time, by relative path.
    mainFields: ["module", "main"],
    // CommonJS dependencies call require(): give the ES module bundle one.
    banner: {
      js: "import { createRequire as vitaeRequire } from 'node:module'; const require = vitaeRequire(import.meta.url);",
    },
  });
  cpSync(join(ROOT, "fonts"), join(dir, "fonts"), { recursive: true });
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  chmodSync(dir, 0o755);
  return outfile;
}
