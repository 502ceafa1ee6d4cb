import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder of vitae's package.json, whether vitae runs from src/ or from a bundle under node_modules/.cache. */
export const packageRoot = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && !dir.includes(`${join("node_modules", ".cache")}`))
      return dir;
    if (dirname(dir) === dir) return from;
  }
}

/** vitae's version, from its package.json. */
export function version(): string {
  const data = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as { version?: unknown };
  return typeof data.version === "string" ? data.version : "unknown";
}
