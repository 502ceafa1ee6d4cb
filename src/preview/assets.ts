/** The preview page's own files, read once into memory: the server answers with these and nothing else. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../packageRoot.js";

const PAGE_DIR = join(packageRoot, "src", "preview", "page");

interface Asset {
  type: string;
  body: string;
}

function asset(file: string, type: string): Asset {
  return { type, body: readFileSync(join(PAGE_DIR, file), "utf8") };
}

let assets: ReadonlyMap<string, Asset> | undefined;

/** By request path; read when the first server starts (a build that serves no page never reads them). */
export function pageAssets(): ReadonlyMap<string, Asset> {
  assets ??= new Map([
    ["/", asset("index.html", "text/html")],
    ["/preview.js", asset("preview.js", "text/javascript")],
    ["/preview.css", asset("preview.css", "text/css")],
  ]);
  return assets;
}
