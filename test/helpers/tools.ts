/**
 * Command-line tools from Debian packages that some tests need: poppler-utils (pdftotext, pdftoppm, pdfinfo) and
 * the text extractors that applicant-tracking systems are built on (mupdf-tools, python3-pdfminer, python3-pypdf,
 * libpdfbox2-java with a Java runtime). Where one is missing, such a test is skipped with the reason — except on
 * CI (CI=true), where it runs and fails, so a CI image without the package cannot pass by skipping.
 */

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { it } from "vitest";

export type Tool = "pdftotext" | "pdftoppm" | "pdfinfo" | "mutool" | "pdfminer" | "pypdf" | "pdfbox";

/** Debian's own Python: the one python3-pdfminer and python3-pypdf install into (PATH may lead elsewhere). */
export const DEBIAN_PYTHON = "/usr/bin/python3";

/** PDFBox 2 and what its ExtractText needs, as libpdfbox2-java installs them. */
export const PDFBOX_CLASSPATH = ["pdfbox2.jar", "pdfbox2-tools.jar", "fontbox2.jar", "commons-logging.jar"]
  .map((jar) => `/usr/share/java/${jar}`)
  .join(":");

interface ToolInfo {
  /** The Debian package(s) that provide it. */
  package: string;
  /** Runs when the tool is usable. */
  probe: () => boolean;
}

const runs = (command: string, args: string[]) => spawnSync(command, args, { stdio: "ignore" }).status === 0;

const TOOLS: Record<Tool, ToolInfo> = {
  pdftotext: { package: "poppler-utils", probe: () => runs("pdftotext", ["-v"]) },
  pdftoppm: { package: "poppler-utils", probe: () => runs("pdftoppm", ["-v"]) },
  pdfinfo: { package: "poppler-utils", probe: () => runs("pdfinfo", ["-v"]) },
  mutool: { package: "mupdf-tools", probe: () => runs("mutool", ["-v"]) },
  pdfminer: {
    package: "python3-pdfminer",
    probe: () => runs(DEBIAN_PYTHON, ["-c", "import pdfminer.high_level"]),
  },
  pypdf: { package: "python3-pypdf", probe: () => runs(DEBIAN_PYTHON, ["-c", "import pypdf"]) },
  pdfbox: {
    package: "libpdfbox2-java and default-jre-headless",
    probe: () => PDFBOX_CLASSPATH.split(":").every((jar) => existsSync(jar)) && runs("java", ["-version"]),
  },
};

const found = new Map<Tool, boolean>();

/** Whether `tool` runs on this machine. */
export function toolAvailable(tool: Tool): boolean {
  let ok = found.get(tool);
  if (ok === undefined) {
    ok = TOOLS[tool].probe();
    found.set(tool, ok);
  }
  return ok;
}

/** True on CI, where a missing tool fails the tests that need it. */
export const ON_CI = process.env.CI === "true";

/** Throws, naming the package, when `tool` is missing: a test that needs it fails on CI instead of skipping. */
export function requireTool(tool: Tool): void {
  if (!toolAvailable(tool)) throw new Error(`${missingReason(tool)}: CI must install it`);
}

export function missingReason(tool: Tool): string {
  return `${tool} is not installed (Debian package ${TOOLS[tool].package})`;
}

/**
 * `it` for a test that needs `tool`: `it.skipIf(!available)`, with the reason in the skipped test's name, when
 * the tool is missing locally; on CI the test runs and fails with `requireTool`'s message.
 */
export function itWith(tool: Tool) {
  const skip = !toolAvailable(tool) && !ON_CI;
  return (name: string, fn: () => unknown | Promise<unknown>, timeout?: number) =>
    it.skipIf(skip)(
      skip ? `${name} (skipped: ${missingReason(tool)})` : name,
      async () => {
        requireTool(tool);
        await fn();
      },
      timeout,
    );
}
