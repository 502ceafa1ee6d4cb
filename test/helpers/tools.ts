/**
 * Command-line tools from Debian packages that some tests need: poppler-utils (pdftotext, pdftoppm, pdfinfo,
 * pdffonts), qpdf, mkfifo (coreutils) and the text extractors that applicant-tracking systems are built on
 * (mupdf-tools, python3-pdfminer, python3-pypdf, libpdfbox2-java with a Java runtime), and chromium for the
 * preview page. Locally a test that needs
 * a missing tool is skipped, and the reason is given; in CI (CI=true) nothing is skipped: the test runs and fails,
 * naming the package to install, because a check that never runs proves nothing. `.ci/run` installs them.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { it } from "vitest";

export type Tool =
  | "pdftotext"
  | "pdftoppm"
  | "pdfinfo"
  | "pdffonts"
  | "qpdf"
  | "mkfifo"
  | "mutool"
  | "pdfminer"
  | "pypdf"
  | "pdfbox"
  | "chromium";

/** Debian's own Python: the one python3-pdfminer and python3-pypdf install into (PATH may lead elsewhere). */
export const DEBIAN_PYTHON = "/usr/bin/python3";

/** Debian's Chromium, which the preview's browser test drives (never a browser downloaded by a test tool). */
export const CHROMIUM = "/usr/bin/chromium";

/** PDFBox 2 and what its ExtractText needs, as libpdfbox2-java installs them. */
export const PDFBOX_CLASSPATH = ["pdfbox2.jar", "pdfbox2-tools.jar", "fontbox2.jar", "commons-logging.jar"]
  .map((jar) => `/usr/share/java/${jar}`)
  .join(":");

interface ToolInfo {
  /** The Debian package(s) that provide it. */
  package: string;
  /** Whether the tool is usable here. */
  probe: () => boolean;
}

/** Runs at all (some tools exit non-zero when asked their version). */
const starts = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: "ignore" }).error === undefined;
const succeeds = (command: string, args: string[]) =>
  spawnSync(command, args, { stdio: "ignore" }).status === 0;

const TOOLS: Record<Tool, ToolInfo> = {
  pdftotext: { package: "poppler-utils", probe: () => starts("pdftotext", ["-v"]) },
  pdftoppm: { package: "poppler-utils", probe: () => starts("pdftoppm", ["-v"]) },
  pdfinfo: { package: "poppler-utils", probe: () => starts("pdfinfo", ["-v"]) },
  pdffonts: { package: "poppler-utils", probe: () => starts("pdffonts", ["-v"]) },
  qpdf: { package: "qpdf", probe: () => starts("qpdf", ["--version"]) },
  mkfifo: { package: "coreutils", probe: () => starts("mkfifo", ["--version"]) },
  mutool: { package: "mupdf-tools", probe: () => succeeds("mutool", ["-v"]) },
  pdfminer: {
    package: "python3-pdfminer",
    probe: () => succeeds(DEBIAN_PYTHON, ["-c", "import pdfminer.high_level"]),
  },
  pypdf: { package: "python3-pypdf", probe: () => succeeds(DEBIAN_PYTHON, ["-c", "import pypdf"]) },
  chromium: { package: "chromium", probe: () => succeeds(CHROMIUM, ["--version"]) },
  pdfbox: {
    package: "libpdfbox2-java and default-jre-headless",
    probe: () =>
      PDFBOX_CLASSPATH.split(":").every((jar) => existsSync(jar)) && succeeds("java", ["-version"]),
  },
};

const found = new Map<Tool, boolean>();
const reported = new Set<string>();

/** Whether the tool is usable here. */
export function hasTool(tool: Tool): boolean {
  let present = found.get(tool);
  if (present === undefined) {
    present = TOOLS[tool].probe();
    found.set(tool, present);
  }
  return present;
}

export const IN_CI = process.env.CI === "true";

function missingReason(tool: Tool): string {
  return `${tool} is not installed (apt-get install ${TOOLS[tool].package})`;
}

/** For `it.skipIf(lacks("pdfinfo"))`: true (skip, saying why once) only when the tool is missing outside CI. */
export function lacks(tool: Tool): boolean {
  return missingHere(!hasTool(tool), missingReason(tool));
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
  if (!hasTool(tool)) throw new Error(`${missingReason(tool)}; CI installs it in .ci/run`);
}

/**
 * `it` for a test that needs `tool`: skipped with the reason in its name when the tool is missing locally; in CI
 * it runs and fails with {@link requireTool}'s message.
 */
export function itWith(tool: Tool) {
  const skip = lacks(tool);
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

/** Makes a named pipe (a FIFO), as a device-like input or output that vitae must refuse. */
export function makeFifo(path: string): void {
  requireTool("mkfifo");
  execFileSync("mkfifo", [path]);
}
