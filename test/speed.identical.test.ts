/**
 * Every speed-up changes no output. The built CLI, run as `npm run pdf` runs it (the build step once, then Node
 * started from the startup snapshot with the script's flags), builds the default résumé with every variant
 * (`--all`) and every example résumé with its caches cold (an empty cache folder), warm (a second run on the
 * same folder), all off (VITAE_NO_CACHE=1), and each cache off on its own (VITAE_NO_CACHE=<name>, cold then
 * warm, for every name of CACHE_NAMES). Each run must exit 0, print the reference's summary lines and write PDFs
 * byte for byte those of the reference: the CLI run from its sources (`node --import tsx src/cli/pdf.ts`) with
 * every cache off. Runs with the snapshot on must start from it (the bundle file is not loaded, as NODE_DEBUG
 * tells), runs with it off must not. Then a warm run after a one-word edit of a copy of the content must equal a
 * build of the edited copy from the sources.
 *
 * The build step is the checkout's own (it keeps the bundle and the blob in node_modules/.cache/vitae, as
 * `npm run pdf` does); every runtime cache is in a temp folder (VITAE_CACHE_DIR), one per cold-then-warm pair
 * of runs, so runs of different pairs may overlap: two processes run at a time.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CACHE_NAMES } from "../src/cache/cacheDir.js";
import { CONTENT, cleanup, tempDir } from "./helpers/e2e.js";
import {
  type Build,
  builtBuild,
  describeRun,
  exampleFolders,
  expectSameAs,
  filesIn,
  type Launch,
  launchOf,
  limiter,
  pdfHashes,
  prepare,
  ROOT,
  sourceBuild,
  summaries,
} from "./helpers/speed.js";

/** Two processes at a time: the machine has two cores. */
const slot = limiter(2);

let launch: Launch;
/** Whether the build step made a real snapshot of the bundle (not the stand-in that only loads the bundle). */
let realSnapshot = false;

beforeAll(async () => {
  // The snapshot's warm-up builds a sample: its caches go to a folder of the test's.
  const built = await prepare(ROOT, { VITAE_CACHE_DIR: tempDir("vitae-speed-cache-") });
  if (built.status !== 0) throw new Error(`node scripts/build/index.mjs pdf: ${describeRun(built)}`);
  launch = await launchOf(ROOT, { VITAE_CACHE_DIR: tempDir("vitae-speed-cache-") });
  const stamp = JSON.parse(readFileSync(join(ROOT, `${launch.blob}.stamp.json`), "utf8")) as {
    kind?: unknown;
  };
  realSnapshot = stamp.kind === "built";
}, 300_000);

afterAll(cleanup);

/** A build and the files its cache folder holds after it. */
interface Cached extends Build {
  cached: string[];
}

async function builtRun(args: string[], cacheDir: string, env: Record<string, string> = {}): Promise<Cached> {
  const build = await slot(() =>
    builtBuild(ROOT, launch, args, { env: { VITAE_CACHE_DIR: cacheDir, ...env } }),
  );
  return { ...build, cached: filesIn(cacheDir) };
}

async function sourceRun(args: string[]): Promise<Cached> {
  return { ...(await slot(() => sourceBuild(ROOT, args))), cached: [] };
}

interface Mode {
  name: string;
  /** Whether the snapshot's code runs (the snapshot cache is on). */
  snapshot: boolean;
}

/** The runs of one content folder: cold then warm on one folder, all off, and each cache off (cold, warm). */
async function everyMode(args: string[]): Promise<Map<string, Cached>> {
  const runs = new Map<string, Cached>();
  const chain = async (names: string[], env: Record<string, string>) => {
    const dir = tempDir("vitae-speed-cache-");
    for (const name of names) runs.set(name, await builtRun(args, dir, env));
  };
  await Promise.all([
    chain(["caches cold", "caches warm"], {}),
    chain(["caches off (VITAE_NO_CACHE=1)"], { VITAE_NO_CACHE: "1" }),
    ...CACHE_NAMES.map((name) => chain([`${name} off, cold`, `${name} off, warm`], { VITAE_NO_CACHE: name })),
  ]);
  return runs;
}

const MODES: Mode[] = [
  { name: "caches cold", snapshot: true },
  { name: "caches warm", snapshot: true },
  { name: "caches off (VITAE_NO_CACHE=1)", snapshot: false },
  ...CACHE_NAMES.flatMap((name) => [
    { name: `${name} off, cold`, snapshot: name !== "snapshot" },
    { name: `${name} off, warm`, snapshot: name !== "snapshot" },
  ]),
];

const TARGETS = [
  { name: "the default résumé and every variant (--all)", args: ["--all"] },
  ...exampleFolders().map((folder) => ({ name: `example ${folder}`, args: ["--content", folder, "--all"] })),
];

it("finds CACHE_NAMES and the example résumés to build", () => {
  expect(CACHE_NAMES).toEqual(expect.arrayContaining(["shapes", "model", "snapshot"]));
  expect(TARGETS.length).toBeGreaterThanOrEqual(7);
});

/**
 * The runs of every target, all queued at once (two run at a time, the first target's first) so that both
 * cores stay busy from the first target to the last.
 */
const targetRuns = new Map<string, Promise<[Cached, Map<string, Cached>]>>();
function runsOf(args: string[]): Promise<[Cached, Map<string, Cached>]> {
  const key = args.join(" ");
  let runs = targetRuns.get(key);
  if (runs === undefined) {
    runs = Promise.all([sourceRun(args), everyMode(args)]);
    // Awaited by the target's own tests; a failure is reported there.
    runs.catch(() => {});
    targetRuns.set(key, runs);
  }
  return runs;
}

beforeAll(() => {
  for (const { args } of TARGETS) void runsOf(args);
});

describe.each(TARGETS)("$name", ({ args }) => {
  let reference: Cached;
  let runs: Map<string, Cached>;

  beforeAll(async () => {
    [reference, runs] = await runsOf(args);
    if (reference.status !== 0) throw new Error(`the reference build failed: ${describeRun(reference)}`);
  }, 600_000);

  it("the reference (from the sources, no caches) builds each PDF", () => {
    const pdfs = Object.keys(pdfHashes(reference.out));
    const variants = args.includes("--content")
      ? undefined
      : readdirSync(join(CONTENT, "variants")).filter((f) => f.endsWith(".md")).length;
    if (variants !== undefined) expect(pdfs).toHaveLength(1 + variants);
    expect(pdfs).toContain("resume.pdf");
    expect(summaries(reference.stdout, reference.out)).toHaveLength(pdfs.length);
  });

  it("a cold run leaves caches for the warm one (shapes and models at least); with all off, none", () => {
    const cold = runs.get("caches cold")?.cached ?? [];
    expect(
      cold.some((f) => f.startsWith(`shapes${sep}`)),
      cold.join(", "),
    ).toBe(true);
    expect(
      cold.some((f) => f.startsWith(`models${sep}`)),
      cold.join(", "),
    ).toBe(true);
    expect(runs.get("caches warm")?.cached).toEqual(cold);
    expect(runs.get("caches off (VITAE_NO_CACHE=1)")?.cached).toEqual([]);
  });

  it.each(MODES)("$name: exit 0, the reference's summary lines, byte-identical PDFs", (mode) => {
    const build = runs.get(mode.name);
    if (build === undefined) throw new Error(`no run for ${mode.name}`);
    expectSameAs(build, reference);
    if (realSnapshot)
      expect(
        build.loadedBundle,
        mode.snapshot
          ? "the snapshot is on: its code runs and the bundle file is not loaded"
          : "the snapshot is off: the bundle file is loaded",
      ).toBe(!mode.snapshot);
  });
});

describe("a warm run after a one-word edit of a copy of the content", () => {
  const BEFORE = "a team of forty people";
  const AFTER = "a team of thirty people";
  let before: Cached;
  let edited: Cached;
  let reference: Cached;
  /** Markdown trees kept (the model cache's trees folder) before the edit and after it. */
  const trees = { before: 0, after: 0, markdownFiles: 0 };

  beforeAll(async () => {
    const content = join(tempDir("vitae-speed-content-"), "content");
    cpSync(CONTENT, content, { recursive: true });
    const cache = tempDir("vitae-speed-cache-");
    const args = ["--content", content, "--all"];
    const treeCount = () => readdirSync(join(cache, "trees")).length;
    await builtRun(args, cache);
    before = await builtRun(args, cache);
    trees.before = treeCount();
    const markdown = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".md")).length;
    trees.markdownFiles = markdown(content) + markdown(join(content, "variants"));
    const file = join(content, "30-industry.md");
    const text = readFileSync(file, "utf8");
    if (!text.includes(BEFORE)) throw new Error(`30-industry.md no longer says "${BEFORE}"`);
    writeFileSync(file, text.replace(BEFORE, AFTER));
    [edited, reference] = await Promise.all([builtRun(args, cache), sourceRun(args)]);
    if (reference.status !== 0) throw new Error(`the reference build failed: ${describeRun(reference)}`);
    trees.after = treeCount();
  }, 300_000);

  it("keeps a Markdown tree per section and variant file, and after the edit one more: the edited file's", () => {
    expect(trees.before).toBe(trees.markdownFiles);
    expect(trees.after).toBe(trees.markdownFiles + 1);
  });

  it("equals a build of the edited copy from the sources", () => {
    expect(before.status, describeRun(before)).toBe(0);
    expectSameAs(edited, reference);
  });

  it("shows the edit: the default PDF is not the one from before the edit", () => {
    expect(pdfHashes(edited.out)["resume.pdf"]).toBeDefined();
    expect(pdfHashes(edited.out)["resume.pdf"]).not.toBe(pdfHashes(before.out)["resume.pdf"]);
  });
});
