/**
 * Bad input, one defect per case: every case in test/fixtures/errors/ gives exit status 1 and exactly the stderr
 * in its expected.txt, in one-line `file:line:col: message` diagnostics, and writes nothing at --out.
 *
 * A case is a folder holding what differs from the minimal valid résumé in _base/:
 * - content/NAME.md — files added to or replacing the base's;
 * - case.json (optional) — {"cli": true} to run through the real CLI (otherwise buildPdf in-process, which is
 *   what the CLI runs), "args" (extra CLI options), "remove" (base files to delete), "write" / "latin1" (files
 *   whose text holds characters kept out of the fixture files: control characters, Latin-1 bytes), "symlinks"
 *   (name -> target), "unreadable" (files made unreadable), "content": "missing" | "empty" | "file" | "loop" (the
 *   content folder itself), "out": "parent-is-file" | "missing-folder" | "is-folder" | "unwritable" | "fifo";
 *   "outFile" and "contentArg" (the --out and --content paths, relative to the case's folder, instead of
 *   out/r.pdf and content) and "links" (symbolic links made in the case's folder: path -> target); "{case}" in
 *   "args", "links" targets and "outFile" stands for the case's folder;
 * - expected.txt — stderr with the case's temp folder removed from paths (content/…, out/…).
 *
 * UPDATE_GOLDEN=1 npx vitest run test/errors.fixtures.test.ts rewrites every expected.txt from the actual output.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatDiagnostic, UserError } from "../src/diagnostics.js";
import { buildPdf } from "../src/pipeline.js";
import { AS_ROOT, bundleForAnyone, NOBODY, removeBundles } from "./helpers/nobody.js";
import { makeFifo } from "./helpers/tools.js";

const ROOT = join(import.meta.dirname, "..");
const FIXTURES = join(import.meta.dirname, "fixtures", "errors");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
/** CLI processes at once: each costs ~1 s of CPU, mostly loading TypeScript. */
const POOL = 2;

interface CaseSpec {
  cli?: boolean;
  args?: string[];
  remove?: string[];
  write?: Record<string, string>;
  latin1?: Record<string, string>;
  symlinks?: Record<string, string>;
  unreadable?: string[];
  content?: "missing" | "empty" | "file" | "loop";
  out?: "parent-is-file" | "missing-folder" | "is-folder" | "unwritable" | "fifo";
  outFile?: string;
  contentArg?: string;
  links?: Record<string, string>;
}

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Paths under the case's out folder after the run, before and after. */
  outBefore: string[];
  outAfter: string[];
  /** Every file of the case's content folder with a digest of its bytes, before and after. */
  contentBefore: string[];
  contentAfter: string[];
}

type RunResult = Pick<Outcome, "status" | "stdout" | "stderr">;

const names = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !e.name.startsWith("_"))
  .map((e) => e.name)
  .sort();
const specs = new Map(names.map((name) => [name, readSpec(name)]));
const temp = mkdtempSync(join(tmpdir(), "vitae-errors-"));
chmodSync(temp, 0o755);
afterAll(() => {
  // The permission cases left folders without write permission: give it back so they can be removed.
  for (const name of names) {
    const out = join(temp, name, "out");
    if (existsSync(out)) chmodSync(out, 0o755);
  }
  rmSync(temp, { recursive: true, force: true });
  removeBundles();
});

function readSpec(name: string): CaseSpec {
  const file = join(FIXTURES, name, "case.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as CaseSpec) : {};
}

/** Builds the case's folders under the temp folder; returns where the content and the output go. */
function assemble(
  name: string,
  spec: CaseSpec,
): { caseDir: string; content: string; outDir: string; outFile: string } {
  const caseDir = join(temp, name);
  const content = join(caseDir, "content");
  const outDir = join(caseDir, "out");
  mkdirSync(outDir, { recursive: true });
  chmodSync(caseDir, 0o755);
  if (spec.content === "empty") mkdirSync(content);
  else if (spec.content === "file")
    writeFileSync(content, readFileSync(join(FIXTURES, "_base", "00-header.md")));
  else if (spec.content === "loop") symlinkSync(content, content);
  else if (spec.content !== "missing") {
    cpSync(join(FIXTURES, "_base"), content, { recursive: true });
    const overlay = join(FIXTURES, name, "content");
    if (existsSync(overlay)) cpSync(overlay, content, { recursive: true });
    for (const file of spec.remove ?? []) rmSync(join(content, file));
    for (const [file, text] of Object.entries(spec.write ?? {})) {
      mkdirSync(dirname(join(content, file)), { recursive: true });
      writeFileSync(join(content, file), text);
    }
    for (const [file, text] of Object.entries(spec.latin1 ?? {}))
      writeFileSync(join(content, file), Buffer.from(text, "latin1"));
    for (const [file, target] of Object.entries(spec.symlinks ?? {}))
      symlinkSync(target, join(content, file));
    for (const file of spec.unreadable ?? []) chmodSync(join(content, file), 0o000);
  }
  const placed = (text: string) => text.split("{case}").join(caseDir);
  for (const [path, target] of Object.entries(spec.links ?? {}))
    symlinkSync(placed(target), join(caseDir, path));
  let outFile = spec.outFile === undefined ? join(outDir, "r.pdf") : join(caseDir, placed(spec.outFile));
  if (spec.out === "parent-is-file") {
    writeFileSync(join(outDir, "file.txt"), "not a folder\n");
    outFile = join(outDir, "file.txt", "r.pdf");
  } else if (spec.out === "missing-folder") outFile = join(outDir, "missing", "r.pdf");
  else if (spec.out === "is-folder") mkdirSync(outFile);
  else if (spec.out === "unwritable") chmodSync(outDir, 0o555);
  else if (spec.out === "fifo") makeFifo(outFile);
  const contentArg = spec.contentArg === undefined ? content : join(caseDir, spec.contentArg);
  return { caseDir, content: contentArg, outDir, outFile };
}

let bundledCli: string | undefined;
/** The CLI bundled where every user can read it, made on first use. */
function nobodyCli(): string {
  bundledCli ??= bundleForAnyone(join(ROOT, "src", "cli", "pdf.ts"));
  return bundledCli;
}

function needsNobody(spec: CaseSpec): boolean {
  return AS_ROOT && (spec.unreadable !== undefined || spec.out === "unwritable");
}

/** Every file under a folder with a digest of its bytes ("unreadable" when it cannot be read), sorted. */
function snapshot(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return listing(dir).map((path) => {
    try {
      return `${path} ${createHash("sha256")
        .update(readFileSync(join(dir, path)))
        .digest("hex")}`;
    } catch {
      return `${path} unreadable`;
    }
  });
}

/** Every path under a folder, relative to it, sorted. */
function listing(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).map(String).sort();
}

async function runCase(name: string): Promise<Outcome> {
  const spec = specs.get(name) ?? {};
  const { caseDir, content, outDir, outFile } = assemble(name, spec);
  const outBefore = listing(outDir);
  const contentBefore = snapshot(join(caseDir, "content"));
  const run = spec.cli ? runCli(spec, content, outFile, caseDir) : runInProcess(content, outFile);
  const { status, stdout, stderr } = await run;
  const relative = (text: string) => text.split(`${caseDir}/`).join("");
  return {
    status,
    stdout: relative(stdout),
    stderr: relative(stderr),
    outBefore,
    outAfter: listing(outDir),
    contentBefore,
    contentAfter: snapshot(join(caseDir, "content")),
  };
}

function runCli(spec: CaseSpec, content: string, outFile: string, caseDir: string): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.SOURCE_DATE_EPOCH;
  delete env.VITAE_DEBUG;
  // Files and folders of the permission cases are made unreadable; root reads them anyway, so those run as
  // nobody, from a bundle outside the checkout (which nobody may not be able to enter).
  const nobody = needsNobody(spec);
  const args = [
    ...(nobody ? [nobodyCli()] : ["--import", "tsx", "src/cli/pdf.ts"]),
    "--content",
    content,
    "--out",
    outFile,
    ...(spec.args ?? []).map((arg) => arg.split("{case}").join(caseDir)),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: nobody ? caseDir : ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      ...(nobody ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

async function runInProcess(content: string, outFile: string): Promise<RunResult> {
  try {
    await buildPdf({ contentDir: content, outFile });
    return { status: 0, stdout: "", stderr: "" };
  } catch (error) {
    if (error instanceof UserError) {
      const lines = error.diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join("");
      return {
        status: error.diagnostics.some((d) => d.severity === "error") ? 1 : 0,
        stdout: "",
        stderr: lines,
      };
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { status: 3, stdout: "", stderr: `internal error: ${detail}\n` };
  }
}

/** Runs cases through `run` at most `limit` at a time; each result is a promise of its own. */
function pool<T>(
  items: readonly string[],
  limit: number,
  run: (item: string) => Promise<T>,
): Map<string, Promise<T>> {
  const results = new Map<string, Promise<T>>();
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = () =>
    running < limit
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          waiting.push(resolve);
        });
  for (const item of items) {
    const result = (async () => {
      await slot();
      running++;
      try {
        return await run(item);
      } finally {
        running--;
        waiting.shift()?.();
      }
    })();
    result.catch(() => undefined); // reported by the test that awaits it
    results.set(item, result);
  }
  return results;
}

const cliCases = names.filter((n) => specs.get(n)?.cli);
const inProcessCases = names.filter((n) => !specs.get(n)?.cli);
// Started at once, so the CLI cases run in the background while the in-process ones are checked.
const cliOutcomes = pool(cliCases, POOL, runCase);

/** `path:line:col: message`, `path: message` (a whole file or folder, an option) or `  hint: …`. */
const LINE = /^(?:[^\s:][^:]*:\d+:\d+: \S.*|[^\s:][^:]*: \S.*| {2}hint: \S.*)$/;

function check(name: string, outcome: Outcome): void {
  const expectedFile = join(FIXTURES, name, "expected.txt");
  if (UPDATE) writeFileSync(expectedFile, outcome.stderr);
  const lines = outcome.stderr.split("\n").slice(0, -1);
  expect(outcome.stderr, "stderr ends with a newline").toMatch(/\n$/);
  expect(lines.length, "at least one diagnostic").toBeGreaterThan(0);
  for (const line of lines) {
    expect(line, "one diagnostic per line").toMatch(LINE);
    expect(line, "no stack trace").not.toMatch(/^\s+at |\.ts:\d+:\d+\)/);
  }
  expect(outcome.stderr).not.toMatch(/internal error/i);
  expect(outcome.status, `exit status (stderr: ${outcome.stderr})`).toBe(1);
  expect(outcome.stdout, "nothing on stdout").toBe("");
  expect(outcome.outAfter, "nothing written at --out").toEqual(outcome.outBefore);
  expect(outcome.contentAfter, "the content folder untouched").toEqual(outcome.contentBefore);
  expect(outcome.stderr).toBe(readFileSync(expectedFile, "utf8"));
}

describe("error fixtures", () => {
  it("hold 40 or more cases, a dozen or more through the real CLI", () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
    expect(cliCases.length).toBeGreaterThanOrEqual(12);
  });

  describe("in-process (buildPdf, what the CLI runs)", () => {
    for (const name of inProcessCases) {
      it(name, async () => {
        check(name, await runCase(name));
      });
    }
  });

  describe("through the CLI", () => {
    for (const name of cliCases) {
      it(name, async () => {
        const outcome = await cliOutcomes.get(name);
        if (outcome === undefined) throw new Error(`no outcome for ${name}`);
        check(name, outcome);
      }, 120_000);
    }
  });
});
