/**
 * Bundles a command of vitae into one CommonJS file with every package in it (Node loads one file, and a startup
 * snapshot can be built from it), minified. esbuild runs only when a file the last bundle was made from has
 * changed, and the bundle is written only when its bytes change, so its stamp tells the snapshot whether it is
 * still the bundle's.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileHash, fileStamp, readJson, sameStamp, sha256, writeAtomic } from "./files.mjs";

/** Packages a build never needs, loaded from node_modules if ever asked for (see lazyPackages). */
const LAZY = ["brotli/decompress.js", "@noble/ciphers/aes", "png-js", "linebreak"];

/** What the bundle depends on besides its inputs: how it is made, and which packages are installed. */
const BUILD_FILES = ["scripts/build/bundle.mjs", "package-lock.json", "node_modules/.package-lock.json"];

export async function bundle(root, entry, outFile) {
  const inputsFile = `${outFile}.inputs.json`;
  const inputs = readJson(inputsFile);
  // The bundle must also be the bytes esbuild wrote: a damaged or replaced bundle is made again.
  if (upToDate(root, inputs) && inputs.bundle !== undefined && fileHash(outFile) === inputs.bundle)
    return false;
  const { build } = await import("esbuild");
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "warning",
    outfile: outFile,
    // The bundle's own file stands for import.meta.url (fonts and the package are found from it).
    define: { "import.meta.url": "__bundleUrl" },
    banner: { js: 'var __bundleUrl=require("url").pathToFileURL(__filename).href;' },
    plugins: [lazyPackages(root, LAZY)],
  });
  const code = asciiOnly(result.outputFiles[0].text);
  let previous;
  try {
    previous = readFileSync(outFile);
  } catch {
    previous = undefined;
  }
  const changed = previous === undefined || !previous.equals(code);
  if (changed) writeAtomic(outFile, code);
  const files = [...Object.keys(result.metafile.inputs), ...BUILD_FILES];
  const stamps = files.map((file) => [file, fileStamp(join(root, file))]);
  writeAtomic(
    inputsFile,
    JSON.stringify({ entry, bundle: sha256(code), stamps: Object.fromEntries(stamps) }),
  );
  return changed;
}

/**
 * The bundle with every character outside ASCII written as a \\u escape. esbuild leaves a few in regular
 * expressions; one of them makes V8 keep the whole source as two-byte characters, twice the memory to load.
 * An escape means the same character in a string, a template and a regular expression alike.
 */
function asciiOnly(code) {
  return Buffer.from(
    code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
  );
}

function upToDate(root, inputs) {
  const stamps = inputs?.stamps;
  if (typeof stamps !== "object" || stamps === null || Object.keys(stamps).length === 0) return false;
  return Object.entries(stamps).every(([file, stamp]) => sameStamp(fileStamp(join(root, file)), stamp));
}

/**
 * Leaves the named packages out of the bundle: each becomes a stand-in whose functions require the real package
 * from node_modules when first called. PDFKit and fontkit import them at load, but only for what vitae never
 * does (WOFF2 fonts, encryption, images, PDFKit wrapping text itself).
 */
function lazyPackages(root, names) {
  const load = createRequire(join(root, "package.json"));
  return {
    name: "lazy-packages",
    setup(build) {
      const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
      build.onResolve({ filter: new RegExp(`^(${escaped.join("|")})$`) }, (args) => ({
        path: args.path,
        namespace: "lazy",
      }));
      build.onLoad({ filter: /.*/, namespace: "lazy" }, (args) => ({
        contents: standIn(args.path, load(args.path)),
        loader: "js",
      }));
    },
  };
}

/** An ES module with the functions `real` exports (and its default), each loading the package on first call. */
function standIn(name, real) {
  const named = Object.keys(real).filter((key) => key !== "default" && typeof real[key] === "function");
  return [
    "let real;",
    `const load = () => (real ??= require("node:module").createRequire(__filename)(${JSON.stringify(name)}));`,
    "const lazy = (pick) => function (...args) {",
    "  const f = pick(load());",
    "  return new.target ? Reflect.construct(f, args) : f.apply(this, args);",
    "};",
    'export default lazy((m) => (typeof m === "function" ? m : m.default));',
    ...named.map((key) => `export const ${key} = lazy((m) => m.${key});`),
  ].join("\n");
}
