/**
 * Command-line tools from Debian packages that some tests need (poppler-utils: pdftotext, pdftoppm). Where one
 * is missing, such a test is skipped with the reason — except on CI (CI=true), where it runs and fails, so a
 * CI image without the package cannot pass by skipping.
 */
import { spawnSync } from "node:child_process";
import { it } from "vitest";

export type Tool = "pdftotext" | "pdftoppm" | "pdfinfo";

const PACKAGE: Record<Tool, string> = {
  pdftotext: "poppler-utils",
  pdftoppm: "poppler-utils",
  pdfinfo: "poppler-utils",
};

const found = new Map<Tool, boolean>();

/** Whether `tool` runs on this machine. */
export function toolAvailable(tool: Tool): boolean {
  let ok = found.get(tool);
  if (ok === undefined) {
    ok = spawnSync(tool, ["-v"], { stdio: "ignore" }).error === undefined;
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

function missingReason(tool: Tool): string {
  return `${tool} is not installed (Debian package ${PACKAGE[tool]})`;
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
