/**
 * Command-line tools some tests need (poppler's pdftotext, pdftoppm, pdfinfo, pdffonts; qpdf). Locally a test that needs
 * a missing tool is skipped, and the reason is printed once; in CI (CI=true) nothing is skipped: the test runs
 * and fails, naming the package to install, because a check that never runs proves nothing.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { it } from "vitest";

export type Tool = "pdftotext" | "pdftoppm" | "pdfinfo" | "pdffonts" | "qpdf" | "mkfifo";

/** The Debian package of each tool (.ci/run installs them). */
const PACKAGES: Record<Tool, string> = {
  pdftotext: "poppler-utils",
  pdftoppm: "poppler-utils",
  pdfinfo: "poppler-utils",
  pdffonts: "poppler-utils",
  qpdf: "qpdf",
  mkfifo: "coreutils",
};

const found = new Map<Tool, boolean>();
const reported = new Set<string>();

/** Whether the command runs here. */
export function hasTool(tool: Tool): boolean {
  let present = found.get(tool);
  if (present === undefined) {
    // pdftoppm and pdftotext print their version for -v; every tool here runs, whatever its exit status.
    present =
      spawnSync(tool, [tool.startsWith("pdf") ? "-v" : "--version"], { stdio: "ignore" }).error === undefined;
    found.set(tool, present);
  }
  return present;
}

export const IN_CI = process.env.CI === "true";

/** For `it.skipIf(lacks("pdfinfo"))`: true (skip, saying why once) only when the tool is missing outside CI. */
export function lacks(tool: Tool): boolean {
  return missingHere(!hasTool(tool), `${tool} is not installed (apt-get install ${PACKAGES[tool]})`);
}

/**
 * For `it.skipIf(missingHere(!existsSync("/proc"), "no /proc here"))`: true (skip, saying why once) when
 * something a test needs is missing outside CI; in CI false, so the test runs and fails on what is missing.
 */
export function missingHere(missing: boolean, reason: string): boolean {
  if (!missing || IN_CI) return false;
  if (!reported.has(reason)) {
    reported.add(reason);
    console.warn(`skipping the checks that need it: ${reason}`);
  }
  return true;
}

/** Throws, naming the package, when the tool is missing: a test that needs it fails rather than passes empty. */
export function requireTool(tool: Tool): void {
  if (!hasTool(tool))
    throw new Error(
      `${tool} is not installed: apt-get install ${PACKAGES[tool]} (CI installs it in .ci/run)`,
    );
}

/** Makes a named pipe (a FIFO), as a device-like input or output that vitae must refuse. */
export function makeFifo(path: string): void {
  requireTool("mkfifo");
  execFileSync("mkfifo", [path]);
}

/**
 * `it` for a test that needs `tool`: skipped with the reason in its name when the tool is missing locally; in CI
 * it runs and fails with {@link requireTool}'s message.
 */
export function itWith(tool: Tool) {
  const skip = lacks(tool);
  return (name: string, fn: () => unknown | Promise<unknown>, timeout?: number) =>
    it.skipIf(skip)(
      skip ? `${name} (skipped: ${tool} is not installed)` : name,
      async () => {
        requireTool(tool);
        await fn();
      },
      timeout,
    );
}
