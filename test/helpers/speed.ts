/**
 * Helpers of the speed tests: running the built CLI as `npm run pdf` runs it (the build step, then Node started
 * from the startup snapshot with the flags the package.json script names), the CLI from its sources as the
 * reference, a copy of the checkout whose bundle and snapshot a test may break, and comparing the PDFs and
 * summary lines of two runs.
 */
import { type SpawnOptions, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join, relative } from "node:path";
import { expect } from "vitest";
import { tempDir } from "./e2e.js";

/** The repository root. */
export const ROOT = join(import.meta.dirname, "..", "..");

/** Where the build step keeps the bundle and the snapshot of `pdf`, relative to a checkout's root. */
export const BUILD_DIR = join("node_modules", ".cache", "vitae");

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time of the process, in milliseconds. */
  ms: number;
}

/**
 * The environment of a child: the test's, without what would make runs differ (SOURCE_DATE_EPOCH, every VITAE_
 * variable, NODE_OPTIONS and NODE_DEBUG), plus `extra`.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env))
    if (name.startsWith("VITAE_") || ["SOURCE_DATE_EPOCH", "NODE_OPTIONS", "NODE_DEBUG"].includes(name))
      delete env[name];
  return { ...env, ...extra };
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  uid?: number;
  gid?: number;
  timeout?: number;
}

/** Runs `node ...args`; resolves with how it ended and what it printed (never rejects on a failed run). */
export function runNode(args: string[], options: RunOptions = {}): Promise<Run> {
  const began = performance.now();
  const spawnOptions: SpawnOptions = {
    cwd: options.cwd ?? ROOT,
    env: childEnv(options.env),
    stdio: ["ignore", "pipe", "pipe"],
    ...(options.uid === undefined ? {} : { uid: options.uid }),
    ...(options.gid === undefined ? {} : { gid: options.gid }),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, spawnOptions);
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeout ?? 120_000);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, ms: performance.now() - began });
    });
  });
}

/** What a failed run said, for an assertion's message. */
export function describeRun(run: Run): string {
  const end = run.signal === null ? `exit ${run.status}` : `killed by ${run.signal}`;
  return `${end}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`;
}

/** The first part of `npm run pdf` in the checkout at `root`: `node scripts/build/index.mjs pdf`. */
export function prepare(root: string, env: Record<string, string> = {}): Promise<Run> {
  return runNode(["scripts/build/index.mjs", "pdf"], { cwd: root, env, timeout: 300_000 });
}

/** The V8 flags and the blob of the command that follows the build step in a package.json script. */
export interface Launch {
  flags: string[];
  blob: string;
}

/**
 * `launch(script)` of scripts/build/index.mjs, for the checkout at `root`. It is asked in a child process:
 * importing index.mjs runs the build step (it exits when its command-line argument is not a command), so the
 * child gives it `pdf` as its argument; the step finds everything up to date after {@link prepare}.
 */
export async function launchOf(root: string, env: Record<string, string> = {}): Promise<Launch> {
  const script = [
    'const { pathToFileURL } = await import("node:url");',
    'const index = pathToFileURL("scripts/build/index.mjs").href;',
    'process.argv = [process.execPath, "scripts/build/index.mjs", "pdf"];',
    "const { launch } = await import(index);",
    'process.stdout.write(JSON.stringify(launch("pdf")));',
  ].join("\n");
  const run = await runNode(["--input-type=module", "-e", script], { cwd: root, env, timeout: 300_000 });
  if (run.status !== 0) throw new Error(`launch("pdf") failed: ${describeRun(run)}`);
  const launch = JSON.parse(run.stdout) as Launch;
  if (!Array.isArray(launch.flags) || typeof launch.blob !== "string")
    throw new Error(`launch("pdf") gave ${run.stdout}`);
  return launch;
}

/** The second part of `npm run pdf`: Node started from the snapshot, `node FLAGS --snapshot-blob BLOB vitae ARGS`. */
export function runBuilt(
  root: string,
  launch: Launch,
  args: string[],
  options: RunOptions = {},
): Promise<Run> {
  return runNode([...launch.flags, "--snapshot-blob", launch.blob, "vitae", ...args], {
    cwd: root,
    ...options,
  });
}

/** The CLI from its sources, unbundled: `node --import tsx src/cli/pdf.ts ARGS`. */
export function runSource(root: string, args: string[], options: RunOptions = {}): Promise<Run> {
  return runNode(["--import", "tsx", "src/cli/pdf.ts", ...args], { cwd: root, ...options });
}

/** At most `n` of the functions given run at once (each spawns a process; the machine has 2 cores). */
export function limiter(n: number): <T>(task: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    while (active >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

export const sha256 = (bytes: Uint8Array | string): string =>
  createHash("sha256").update(bytes).digest("hex");

/** The SHA-256 of each PDF in `dir`, by file name. */
export function pdfHashes(dir: string): Record<string, string> {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith(".pdf"))
    .sort();
  return Object.fromEntries(names.map((name) => [name, sha256(readFileSync(join(dir, name)))]));
}

/** "<path>: 1 page, body 9.15pt, …, fill 1.00, 18 layout passes[ (…)], 657 ms" */
export const SUMMARY =
  /^(.+\.pdf): \d+ pages?, body \d+(?:\.\d+)?pt, leading \d+(?:\.\d+)?, margins \d+(?:\.\d+)?in, fill \d\.\d\d, \d+ layout passes?(?: \([^)]*\))?, \d+ ms$/;

/**
 * The summary lines of a run, comparable between runs: the output folder written as <out>, without the time and
 * without what the line says in parentheses after the passes (how many were kept from the last build).
 */
export function summaries(stdout: string, outDir: string): string[] {
  return stdout
    .split("\n")
    .filter((line) => SUMMARY.test(line))
    .map((line) =>
      line
        .split(outDir)
        .join("<out>")
        .replace(/ layout (passes?) \([^)]*\)/, " layout $1")
        .replace(/, \d+ ms$/, ""),
    );
}

/** Lines of stdout that are not summary lines (nothing else is printed by a build). */
export function otherLines(stdout: string): string[] {
  return stdout.split("\n").filter((line) => line !== "" && !SUMMARY.test(line));
}

/** The folders of the example résumés (as examples.test.ts finds them), relative to the root. */
export function exampleFolders(root = ROOT): string[] {
  return readdirSync(join(root, "examples"), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join("examples", e.name))
    .sort();
}

/** What a copy of the checkout holds of its own; node_modules is linked package by package. */
const COPIED = [
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "src",
  "scripts",
  "fonts",
  "content",
  "examples",
];

/**
 * A copy of the checkout in a temp folder, for a test that breaks the bundle or the snapshot: its own sources,
 * fonts and content, and a node_modules folder whose packages are links to the checkout's, with a .cache of its
 * own (empty until its build step runs). The bundle found there finds the copy as vitae's folder.
 */
export function checkoutCopy(): string {
  const tree = join(tempDir("vitae-checkout-"), "vitae");
  mkdirSync(join(tree, "node_modules"), { recursive: true });
  for (const name of COPIED) cpSync(join(ROOT, name), join(tree, name), { recursive: true });
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if (name === ".cache") continue;
    symlinkSync(join(ROOT, "node_modules", name), join(tree, "node_modules", name));
  }
  return tree;
}

/** The files in a folder and its subfolders, relative to it, sorted. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** A run that wrote PDFs into a folder of its own. */
export interface Build extends Run {
  out: string;
  /** Whether Node loaded the bundle file, i.e. the snapshot's code did not run (NODE_DEBUG=module tells). */
  loadedBundle: boolean;
}

/** NODE_DEBUG=module's lines: they tell whether the bundle file was loaded, and are no part of the output. */
const MODULE_DEBUG = /^MODULE \d+: .*\n?/gm;

export interface BuildOptions extends RunOptions {
  /** Where the PDFs go (default: a new temp folder). */
  out?: string;
}

/**
 * Builds with the built CLI of the checkout at `root` (see {@link runBuilt}) into a folder of its own, with
 * NODE_DEBUG=module so that what it says of the bundle file tells whether the snapshot's code ran; those lines
 * are taken out of stderr.
 */
export async function builtBuild(
  root: string,
  launch: Launch,
  args: string[],
  options: BuildOptions = {},
): Promise<Build> {
  const out = options.out ?? tempDir("vitae-speed-out-");
  const run = await runBuilt(root, launch, [...args, "--out", join(out, "resume.pdf")], {
    ...options,
    env: { NODE_DEBUG: "module", ...options.env },
  });
  const bundle = join(root, BUILD_DIR, "pdf.cjs");
  const loadedBundle = run.stderr.includes(`load "${bundle}"`);
  return { ...run, stderr: run.stderr.replace(MODULE_DEBUG, ""), out, loadedBundle };
}

/** Builds with the CLI from the sources of the checkout at `root`, every cache off: the reference. */
export async function sourceBuild(root: string, args: string[]): Promise<Build> {
  const out = tempDir("vitae-speed-out-");
  const env = { VITAE_NO_CACHE: "1", VITAE_CACHE_DIR: tempDir("vitae-speed-cache-") };
  const run = await runSource(root, [...args, "--out", join(out, "resume.pdf")], { env });
  return { ...run, out, loadedBundle: false };
}

/**
 * Checks a build against the reference: exit 0, the reference's summary lines and nothing else on stdout, the
 * same messages on stderr, and the same PDFs byte for byte.
 */
export function expectSameAs(build: Build, reference: Build, what = ""): void {
  const at = what === "" ? "" : `${what}: `;
  expect(build.status, `${at}${describeRun(build)}`).toBe(0);
  expect(summaries(build.stdout, build.out), `${at}summary lines`).toEqual(
    summaries(reference.stdout, reference.out),
  );
  expect(otherLines(build.stdout), `${at}other lines on stdout`).toEqual(otherLines(reference.stdout));
  expect(build.stderr, `${at}stderr`).toBe(reference.stderr);
  expect(pdfHashes(build.out), `${at}the PDFs' SHA-256`).toEqual(pdfHashes(reference.out));
}
