/**
 * Determinism: the same content gives a byte-identical PDF whatever the working directory, time zone and
 * locale of the process (paths in messages are shown relative to the working directory; the PDF holds none),
 * and error output is the same apart from those paths.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const BASE = join(import.meta.dirname, "fixtures", "errors", "_base");
const TSX = createRequire(import.meta.url).resolve("tsx");
const temp = mkdtempSync(join(tmpdir(), "vitae-determinism-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Run {
  cwd: string;
  env: Record<string, string>;
}

/** Runs the CLI by absolute paths from `cwd` with `env` over the test's environment (without SOURCE_DATE_EPOCH). */
function cli(run: Run, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...run.env };
  delete env.SOURCE_DATE_EPOCH;
  const result = spawnSync(process.execPath, ["--import", TSX, join(ROOT, "src", "cli", "pdf.ts"), ...args], {
    cwd: run.cwd,
    env,
    encoding: "utf8",
  });
  return { status: result.status, stderr: result.stderr };
}

const elsewhere = join(temp, "elsewhere");
mkdirSync(elsewhere);
const RUNS: Run[] = [
  { cwd: ROOT, env: { TZ: "UTC", LANG: "C", LC_ALL: "C" } },
  { cwd: elsewhere, env: { TZ: "Pacific/Kiritimati", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8" } },
  { cwd: "/", env: { TZ: "America/St_Johns", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" } },
];

describe("the same content from different working directories, time zones and locales", () => {
  it("gives byte-identical PDFs", () => {
    const pdfs = RUNS.map((run, i) => {
      const out = join(temp, `r${i}.pdf`);
      const result = cli(run, ["--content", BASE, "--out", out]);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      return readFileSync(out);
    });
    for (const pdf of pdfs.slice(1)) expect(pdf.equals(pdfs[0] as Buffer)).toBe(true);
  }, 60_000);

  it("gives the same error, its path relative to each working directory", () => {
    const content = join(elsewhere, "content");
    cpSync(BASE, content, { recursive: true });
    writeFileSync(
      join(content, "20-honors.md"),
      readFileSync(join(BASE, "20-honors.md"), "utf8").replace("dates=2018", "dates=13/2018"),
    );
    const message = ':7:31: invalid date "13/2018": month must be 01–12\n';
    const [fromRoot, fromElsewhere] = [RUNS[0], RUNS[1]].map((run) =>
      cli(run as Run, ["--content", content, "--out", join(temp, "unused.pdf")]),
    );
    expect(fromRoot).toEqual({ status: 1, stderr: `${join(content, "20-honors.md")}${message}` });
    expect(fromElsewhere).toEqual({ status: 1, stderr: `content/20-honors.md${message}` });
  }, 60_000);
});
