/**
 * Where vitae keeps what it computed for later runs (shapes, models, the startup snapshot), and which of
 * those caches are off. Every cache is an optimisation only: a build never depends on one being there or valid.
 *
 * VITAE_CACHE_DIR moves the folder (default: node_modules/.cache/vitae in vitae's folder); VITAE_NO_CACHE turns
 * caches off, all of them (`1` or `all`) or those named (`shapes,model,fit,breaks,fonts,snapshot`).
 */
import { join } from "node:path";
import { packageRoot } from "../packageRoot.js";

/** Every cache a build may use; VITAE_NO_CACHE names them. */
export const CACHE_NAMES = ["shapes", "model", "fit", "breaks", "fonts", "snapshot"] as const;

export type CacheName = (typeof CACHE_NAMES)[number];

export function cacheDir(): string {
  return process.env.VITAE_CACHE_DIR || join(packageRoot, "node_modules", ".cache", "vitae");
}

export function cacheEnabled(name: CacheName): boolean {
  const off = process.env.VITAE_NO_CACHE;
  if (off === undefined || off === "" || off === "0") return true;
  const names = off.split(",").map((n) => n.trim());
  return !(names.includes(name) || names.includes("all") || names.includes("1"));
}
