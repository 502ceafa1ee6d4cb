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

/** By request path. */
export const PAGE_ASSETS: ReadonlyMap<string, Asset> = new Map([
  ["/", asset("index.html", "text/html")],
  ["/preview.js", asset("preview.js", "text/javascript")],
  ["/preview.css", asset("preview.css", "text/css")],
]);
