/**
 * The yardstick: the Typst compiler for Node compiling bench/resume.typ (the default résumé set in Typst) with
 * vitae's fonts, one whole process per run (bench/typst.cjs). It is installed into bench/node_modules from
 * bench/package.json on first use, never into vitae's own dependencies.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const PACKAGE = "@myriaddreamin/typst-ts-node-compiler";

export interface Typst {
  /** The compiler package's version. */
  version: string;
  /** The source compiled, relative to the repository. */
  source: string;
  /** The argv of one compile to `out`. */
  command: (out: string) => string[];
}

/** Installs the compiler into bench/ when it is not there yet (`npm ci` from the lockfile, else `npm install`). */
export function prepareTypst(root: string): Typst {
  const bench = join(root, "bench");
  const manifest = join(bench, "node_modules", PACKAGE, "package.json");
  if (!existsSync(manifest)) {
    const verb = existsSync(join(bench, "package-lock.json")) ? "ci" : "install";
    process.stderr.write(`installing the Typst compiler for Node into bench/ (npm ${verb})\n`);
    const npm = process.platform === "win32" ? "npm.cmd" : "npm";
    const result = spawnSync(npm, [verb, "--prefix", bench, "--no-audit", "--no-fund"], {
      cwd: root,
      stdio: ["ignore", 2, 2],
    });
    if (result.error || result.status !== 0 || !existsSync(manifest))
      throw new Error(`could not install ${PACKAGE} into bench/ (npm ${verb} --prefix bench)`);
  }
  const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string };
  const source = join("bench", "resume.typ");
  return {
    version,
    source,
    command: (out) => [
      process.execPath,
      join(bench, "typst.cjs"),
      join(root, source),
      join(root, "fonts"),
      out,
    ],
  };
}
