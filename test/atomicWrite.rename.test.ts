/** A rename that fails after the temp file is written: the temp file is removed and the target kept. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it, vi } from "vitest";
import { UserError } from "../src/diagnostics.js";
import { writeFileAtomic } from "../src/io/atomicWrite.js";

// The one failure a check before writing cannot rule out: the file system refusing the rename itself (a
// folder put in the way meanwhile, a cross-device link).
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  return {
    ...fs,
    renameSync: () => {
      throw Object.assign(new Error("EXDEV: cross-device link not permitted"), { code: "EXDEV" });
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), "vitae-rename-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("removes its temp file and keeps the target when the rename fails", async () => {
  const target = join(dir, "resume.pdf");
  writeFileSync(target, "old");
  const error = await writeFileAtomic(target, "new").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect(String(error)).toContain(`cannot write ${target}: EXDEV: cross-device link not permitted`);
  expect(readFileSync(target, "utf8")).toBe("old");
  expect(readdirSync(dir)).toEqual(["resume.pdf"]);
});
