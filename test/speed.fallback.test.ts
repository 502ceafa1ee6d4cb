/**
 * Every cache falls back safely: a missing, truncated, foreign, stale or damaged cache file, an unwritable cache
 * folder, and a missing, truncated, foreign, stale or damaged bundle, bundle record, snapshot blob or blob stamp
 * never fails a build nor changes a PDF. Each case breaks one thing, then builds `--all` (the default résumé and
 * every variant) and checks that the build exits 0, prints the normal summary lines (and nothing new on stderr),
 * and writes PDFs byte for byte those of the reference, the CLI run from its sources with every cache off; then
 * the next run must be as good: the fallback did not leave the cache broken.
 *
 * The runs are those of `npm run pdf` in a copy of the checkout (helpers/speed.ts, checkoutCopy): its build
 * step keeps the bundle and the snapshot in the copy's node_modules/.cache/vitae, so breaking them touches
 * nothing of the checkout. The runtime caches (VITAE_CACHE_DIR) are copies of one warm cache folder; which files
 * each cache keeps is found by building with only that cache on, for every name of CACHE_NAMES but the snapshot.
 * The bundle and the snapshot are broken one case after another, each through the two-step command (the build
 * step, then Node started from the blob); a good state is put back between cases from hard links to the files
 * the first build step made (same inode and modification time: the snapshot still knows them as its bundle's).
 */
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { deflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CACHE_NAMES } from "../src/cache/cacheDir.js";
import { cleanup, tempDir } from "./helpers/e2e.js";
import { AS_ROOT, NOBODY } from "./helpers/nobody.js";
import {
  BUILD_DIR,
  type Build,
  type BuildOptions,
  builtBuild,
  checkoutCopy,
  describeRun,
  exampleFolders,
  expectSameAs,
  filesIn,
  type Launch,
  launchOf,
  limiter,
  prepare,
  type Run,
  runNode,
  sha256,
  sourceBuild,
} from "./helpers/speed.js";

const ARGS = ["--all"];
/** Two processes at a time: the machine has two cores. */
const slot = limiter(2);
/** The caches kept in VITAE_CACHE_DIR: every cache but the snapshot (the build step's). */
const FILE_CACHES = CACHE_NAMES.filter((name) => name !== "snapshot");

/** The copy of the checkout whose build step and built CLI the cases run. */
let tree = "";
let launch: Launch;
/** Where the build step and the runs that need no cache of their own keep their caches. */
let scratch = "";
let reference: Build;
/** A cache folder with every cache warm: each case breaks a copy of it. */
let warm = "";
/** The files each cache keeps in the warm folder (relative paths), by name. */
const kept = new Map<string, string[]>();
/** Cache folders of a build of another content folder, and of a build by other code (another bundle). */
let otherContent = "";
let otherCode = "";
/** The build step's files in the copy. */
let bundle = "";
let inputs = "";
let blob = "";
let stamp = "";

function built(cacheDir: string, options: BuildOptions = {}): Promise<Build> {
  return slot(() =>
    builtBuild(tree, launch, ARGS, { ...options, env: { VITAE_CACHE_DIR: cacheDir, ...options.env } }),
  );
}

/** A copy of the warm cache folder, in a folder of its own that other users may enter. */
function warmCopy(): string {
  const parent = tempDir("vitae-speed-case-");
  chmodSync(parent, 0o755);
  const dir = join(parent, "cache");
  cpSync(warm, dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  tree = checkoutCopy();
  // User nobody runs the built CLI of the copy in the read-only cases.
  chmodSync(dirname(tree), 0o755);
  scratch = tempDir("vitae-speed-scratch-");
  const step = await prepare(tree, { VITAE_CACHE_DIR: scratch });
  if (step.status !== 0) throw new Error(`the build step failed: ${describeRun(step)}`);
  launch = await launchOf(tree, { VITAE_CACHE_DIR: scratch });
  bundle = join(tree, BUILD_DIR, "pdf.cjs");
  inputs = `${bundle}.inputs.json`;
  blob = join(tree, launch.blob);
  stamp = `${blob}.stamp.json`;

  warm = tempDir("vitae-speed-warm-");
  otherContent = tempDir("vitae-speed-other-content-");
  otherCode = tempDir("vitae-speed-other-code-");
  // A bundle with other bytes (a comment appended) is other code: what it keeps is keyed by its own hash.
  const otherBundle = join(tree, "node_modules", ".cache", "vitae-other-code", "pdf.cjs");
  mkdirSync(dirname(otherBundle), { recursive: true });
  writeFileSync(otherBundle, `${readFileSync(bundle, "utf8")}\n// other bytes\n`);
  const example = exampleFolders(tree)[0];
  if (example === undefined) throw new Error("no example résumé");

  const [source, [cold, again], other, byOtherCode, only] = await Promise.all([
    slot(() => sourceBuild(tree, ARGS)),
    (async () => [await built(warm), await built(warm)])(),
    slot(() =>
      builtBuild(tree, launch, ["--content", example, "--all"], { env: { VITAE_CACHE_DIR: otherContent } }),
    ),
    slot(() =>
      runNode(
        [...launch.flags, otherBundle, ...ARGS, "--out", join(tempDir("vitae-speed-out-"), "resume.pdf")],
        {
          cwd: tree,
          env: { VITAE_CACHE_DIR: otherCode },
        },
      ),
    ),
    Promise.all(
      FILE_CACHES.map(async (name) => {
        const dir = tempDir("vitae-speed-only-");
        const off = CACHE_NAMES.filter((n) => n !== name).join(",");
        const run = await built(dir, { env: { VITAE_NO_CACHE: off } });
        kept.set(name, filesIn(dir));
        return run;
      }),
    ),
  ]);
  reference = source;
  for (const run of [source, cold, again, other, byOtherCode, ...only])
    if (run?.status !== 0) throw new Error(`a build of the setup failed: ${describeRun(run as Run)}`);
  expectSameAs(again as Build, reference, "the warm run of the setup");
}, 300_000);

// The cases make the folders they made read-only writable again when they are done.
afterAll(cleanup);

it("each file cache keeps files in the warm folder, found by building with only that cache on", () => {
  expect(FILE_CACHES).toEqual(expect.arrayContaining(["shapes", "model"]));
  const all = filesIn(warm);
  for (const name of FILE_CACHES) {
    const files = kept.get(name) ?? [];
    for (const file of files) expect(all, `${name} keeps ${file}`).toContain(file);
  }
  expect(kept.get("shapes")?.length, "the shapes cache keeps a file").toBeGreaterThan(0);
  expect(kept.get("model")?.length, "the model cache keeps a file").toBeGreaterThan(0);
});

// --- Damage done to a cache file ----------------------------------------------------------------------------

/** A cache file trusted only whole (src/cache/checkedFile.ts): "FORMAT KEYHASH VALUEHASH\nVALUE". */
interface Checked {
  format: string;
  keyHash: string;
  value: Buffer;
}

function readCheckedFile(path: string): Checked {
  const data = readFileSync(path);
  const end = data.indexOf(0x0a);
  const [format, keyHash, valueHash] = data.subarray(0, Math.max(end, 0)).toString("latin1").split(" ");
  if (end < 0 || format === undefined || keyHash === undefined || valueHash === undefined)
    throw new Error(`${path} is not a checked cache file (FORMAT KEYHASH VALUEHASH, then the value)`);
  return { format, keyHash, value: data.subarray(end + 1) };
}

/** Writes a checked file whose value hash is right for `value` (as checkedFile.ts hashes it: its bytes). */
function writeCheckedFile(path: string, { format, keyHash }: Checked, value: string | Buffer): void {
  const bytes = typeof value === "string" ? Buffer.from(value, "utf8") : value;
  writeFileSync(path, Buffer.concat([Buffer.from(`${format} ${keyHash} ${sha256(bytes)}\n`), bytes]));
}

/**
 * The value of a checked file passed through `wrong`, written back in the file's own encoding: JSON (shapes,
 * models), V8's serialization (fits); a value that is neither (the fonts cache keeps a compressed font program)
 * is replaced by the compressed JSON of what `wrong` makes of a list: bytes that are no font program.
 */
function rewritten(value: Buffer, wrong: (value: unknown) => unknown): Buffer {
  try {
    return Buffer.from(JSON.stringify(wrong(JSON.parse(value.toString("utf8")))), "utf8");
  } catch {
    // Not JSON.
  }
  try {
    return serialize(wrong(deserialize(value)));
  } catch {
    return deflateSync(Buffer.from(JSON.stringify(wrong(["not", "a", "font", 1])) ?? "null"));
  }
}

/** A well-formed value, every part of it passed through `leaf`, and every array through `array`. */
function walk(
  value: unknown,
  leaf: (v: unknown) => unknown,
  array = (items: unknown[]): unknown => items,
): unknown {
  if (Array.isArray(value)) return array(value.map((v) => walk(v, leaf, array)));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, leaf, array)]));
  return leaf(value);
}

/** Values of the wrong types, each written with the file's key and a right checksum. */
const WRONG_TYPES: [string, (value: unknown) => unknown][] = [
  ["the value null", () => null],
  ["the value a string", () => "vitae"],
  ["the value an empty array", () => []],
  ["the value an empty object", () => ({})],
  ["every number a string", (v) => walk(v, (x) => (typeof x === "number" ? String(x) : x))],
  ["every string a number", (v) => walk(v, (x) => (typeof x === "string" ? x.length : x))],
  [
    "every array an object",
    (v) =>
      walk(
        v,
        (x) => x,
        (items) => ({ ...items }),
      ),
  ],
  ["every value null", (v) => walk(v, () => null)],
];

/** The file of the same cache in another cache folder: the same name if it is there, else the first beside it. */
function counterpart(dir: string, rel: string): string {
  if (existsSync(join(dir, rel))) return join(dir, rel);
  const folder = join(dir, dirname(rel));
  const names = existsSync(folder) ? readdirSync(folder).sort() : [];
  const first = names.find((name) => statSync(join(folder, name)).isFile());
  if (first !== undefined) return join(folder, first);
  // The other build keeps nothing of this kind (another content folder may have no variants): any file it kept.
  const any = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .sort()
    .find((name) => statSync(join(dir, name)).isFile());
  if (any === undefined) throw new Error(`no file beside ${rel} in ${dir}`);
  return join(dir, any);
}

function flipMiddle(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  const middle = Math.floor(copy.length / 2);
  for (let i = middle; i < Math.min(middle + 16, copy.length); i++) copy[i] = (copy[i] ?? 0) ^ 0xff;
  return copy;
}

interface Way {
  name: string;
  /** Breaks one file of the cache, `path` in a copy of the warm folder (`rel` in it). */
  file?: (path: string, rel: string) => void;
  /** Breaks the cache's files together, in the copy `dir`; returns why the way does not apply, if it does not. */
  files?: (dir: string, rels: readonly string[]) => string | undefined;
}

const WAYS: Way[] = [
  { name: "missing", file: (path) => rmSync(path) },
  {
    name: "truncated (cut in half)",
    file: (path) => writeFileSync(path, readFileSync(path).subarray(0, statSync(path).size >> 1)),
  },
  {
    name: "foreign: the file of another content folder's build",
    file: (path, rel) => writeFileSync(path, readFileSync(counterpart(otherContent, rel))),
  },
  {
    name: "foreign: a whole file kept under another key",
    file: (path) => {
      const file = readCheckedFile(path);
      writeFileSync(
        path,
        Buffer.concat([
          Buffer.from(`${file.format} ${sha256("another key")} ${sha256(file.value)}\n`),
          file.value,
        ]),
      );
    },
  },
  {
    name: "stale: the file other code kept (a bundle with other bytes)",
    file: (path, rel) => writeFileSync(path, readFileSync(counterpart(otherCode, rel))),
  },
  {
    name: "random bytes after a plausible header (checksum wrong)",
    file: (path) => {
      const file = readCheckedFile(path);
      writeFileSync(
        path,
        Buffer.concat([Buffer.from(`${file.format} ${file.keyHash} ${sha256("x")}\n`), randomBytes(4096)]),
      );
    },
  },
  {
    name: "random bytes after a plausible header (checksum right)",
    file: (path) => writeCheckedFile(path, readCheckedFile(path), randomBytes(4096)),
  },
  {
    name: "damaged inside (bytes flipped in the middle)",
    file: (path) => writeFileSync(path, flipMiddle(readFileSync(path))),
  },
  ...WRONG_TYPES.map(
    ([what, wrong]): Way => ({
      name: `well-formed, checksum right, wrong types: ${what}`,
      file: (path) => {
        const file = readCheckedFile(path);
        writeCheckedFile(path, file, rewritten(file.value, wrong));
      },
    }),
  ),
  {
    name: "a folder in each file's place",
    file: (path) => {
      rmSync(path);
      mkdirSync(path);
      writeFileSync(join(path, "file"), "a file in a folder\n");
    },
  },
  {
    name: "a file in the place of the cache's folder",
    files: (dir, rels) => {
      const folders = [...new Set(rels.map((rel) => dirname(rel)).filter((folder) => folder !== "."))];
      if (folders.length === 0) return "the cache keeps its files in the cache folder itself";
      for (const folder of folders) {
        rmSync(join(dir, folder), { recursive: true });
        writeFileSync(join(dir, folder), "not a folder\n");
      }
      return undefined;
    },
  },
];

/** A run with something broken, and the next run on the same cache folder. */
interface Outcome {
  first?: Build;
  next?: Build;
  /** Why the case does not apply. */
  skipped?: string;
  /** For a read-only folder: its files before the runs and after them (nothing may have been written). */
  files?: { before: string[]; after: string[] };
}

async function breakCache(name: string, way: Way): Promise<Outcome> {
  const rels = kept.get(name) ?? [];
  if (rels.length === 0) return { skipped: `the ${name} cache keeps no file here` };
  const dir = warmCopy();
  if (way.files) {
    const skipped = way.files(dir, rels);
    if (skipped !== undefined) return { skipped };
  }
  if (way.file) for (const rel of rels) way.file(join(dir, rel), rel);
  const first = await built(dir);
  const next = await built(dir);
  return { first, next };
}

/** Makes `dir` and everything in it read-only (folders 0555, files 0444). */
function readOnly(dir: string): void {
  for (const rel of readdirSync(dir, { recursive: true }).map(String)) {
    const path = join(dir, rel);
    chmodSync(path, statSync(path).isDirectory() ? 0o555 : 0o444);
  }
  chmodSync(dir, 0o555);
}

/** Root writes into a read-only folder all the same: as root, the runs in one are made as user nobody. */
const asSomeoneElse = AS_ROOT ? { uid: NOBODY, gid: NOBODY } : {};

/** An output folder the run may write to, whoever runs it. */
function openOut(): string {
  const out = tempDir("vitae-speed-out-");
  chmodSync(out, 0o777);
  return out;
}

const UNWRITABLE: { name: string; run: () => Promise<Outcome> }[] = [
  {
    name: "VITAE_CACHE_DIR names a file",
    run: async () => {
      const file = join(tempDir("vitae-speed-case-"), "cache");
      writeFileSync(file, "not a folder\n");
      return { first: await built(file), next: await built(file) };
    },
  },
  {
    name: "VITAE_CACHE_DIR names a folder inside a file",
    run: async () => {
      const file = join(tempDir("vitae-speed-case-"), "file");
      writeFileSync(file, "not a folder\n");
      const dir = join(file, "cache");
      return { first: await built(dir), next: await built(dir) };
    },
  },
  {
    name: "a read-only cache folder, empty",
    run: async () => {
      const parent = tempDir("vitae-speed-case-");
      chmodSync(parent, 0o755);
      const dir = join(parent, "cache");
      mkdirSync(dir);
      chmodSync(dir, 0o555);
      try {
        const first = await built(dir, { ...asSomeoneElse, out: openOut() });
        const next = await built(dir, { ...asSomeoneElse, out: openOut() });
        return { first, next, files: { before: [], after: filesIn(dir) } };
      } finally {
        chmodSync(dir, 0o755);
      }
    },
  },
  {
    name: "a read-only cache folder, warm",
    run: async () => {
      const dir = warmCopy();
      const before = filesIn(dir).map((rel) => `${rel} ${sha256(readFileSync(join(dir, rel)))}`);
      readOnly(dir);
      try {
        const first = await built(dir, { ...asSomeoneElse, out: openOut() });
        const next = await built(dir, { ...asSomeoneElse, out: openOut() });
        const after = filesIn(dir).map((rel) => `${rel} ${sha256(readFileSync(join(dir, rel)))}`);
        return { first, next, files: { before, after } };
      } finally {
        for (const rel of readdirSync(dir, { recursive: true }).map(String)) chmodSync(join(dir, rel), 0o755);
        chmodSync(dir, 0o755);
      }
    },
  },
];

function expectOutcome(outcome: Outcome, skip: (note: string) => void): void {
  if (outcome.skipped !== undefined) {
    skip(outcome.skipped);
    return;
  }
  if (outcome.first === undefined || outcome.next === undefined) throw new Error("the case made no runs");
  expectSameAs(outcome.first, reference, "the run with the broken cache");
  expectSameAs(outcome.next, reference, "the next run");
  if (outcome.files)
    expect(outcome.files.after, "the read-only folder is as it was: the runs could not write").toEqual(
      outcome.files.before,
    );
}

describe("runtime caches (VITAE_CACHE_DIR)", () => {
  const outcomes = new Map<string, Promise<Outcome>>();

  beforeAll(async () => {
    for (const name of FILE_CACHES)
      for (const way of WAYS) outcomes.set(`${name}: ${way.name}`, breakCache(name, way));
    for (const { name, run } of UNWRITABLE) outcomes.set(name, run());
    // Every run ends before the bundle and the snapshot are broken.
    await Promise.allSettled(outcomes.values());
  }, 600_000);

  describe.each(FILE_CACHES)("the %s cache's files", (name) => {
    it.for(WAYS.map((way) => way.name))("%s", async (way, { skip }) => {
      const outcome = await outcomes.get(`${name}: ${way}`);
      if (outcome === undefined) throw new Error("no such case");
      expectOutcome(outcome, skip);
    });
  });

  describe("an unwritable cache folder", () => {
    it.for(UNWRITABLE.map((u) => u.name))("%s", async (name, { skip }) => {
      const outcome = await outcomes.get(name);
      if (outcome === undefined) throw new Error("no such case");
      expectOutcome(outcome, skip);
    });
  });
});

// --- The bundle and the snapshot ------------------------------------------------------------------------------

/** Hard links to the files of the first build step: a good state, put back before each case. */
const saved = new Map<string, string>();

/** Puts back the files of the first build step (same inodes and times) and removes anything else made since. */
function restore(): void {
  const dir = join(tree, BUILD_DIR);
  chmodSync(dir, 0o755);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!saved.has(path)) rmSync(path, { recursive: true, force: true });
  }
  for (const [path, copy] of saved) {
    rmSync(path, { recursive: true, force: true });
    linkSync(copy, path);
  }
}

/** Writes a file anew (a new inode: the saved link keeps the old bytes). */
function replace(path: string, data: string | Buffer): void {
  rmSync(path, { force: true });
  writeFileSync(path, data);
}

/** Whether the stamp says that the blob is a snapshot of the bundle (not the stand-in that loads it). */
function realSnapshot(): boolean {
  try {
    return (JSON.parse(readFileSync(stamp, "utf8")) as { kind?: unknown }).kind === "built";
  } catch {
    return false;
  }
}

/** A valid blob of another program, built with the same flags. */
let foreignBlob = "";

interface SnapshotCase {
  name: string;
  /** Breaks the build step's files. */
  damage: () => void;
  /** When: before the build step (default), or between the build step and the run. */
  afterBuildStep?: boolean;
}

const withStamp = (change: (s: Record<string, unknown>) => Record<string, unknown>) => () => {
  const data = JSON.parse(readFileSync(stamp, "utf8")) as Record<string, unknown>;
  replace(stamp, `${JSON.stringify(change(data), null, 1)}\n`);
};

/** Keeps the first `keep` bytes of the file `path()` names and puts random bytes after them, to the same size. */
const withPrefix = (path: () => string, keep: number) => () => {
  const bytes = readFileSync(path());
  replace(path(), Buffer.concat([bytes.subarray(0, keep), randomBytes(bytes.length - keep)]));
};

const SNAPSHOT_CASES: SnapshotCase[] = [
  // The blob Node starts from.
  { name: "the blob: missing", damage: () => rmSync(blob) },
  {
    name: "the blob: truncated (cut in half)",
    damage: () => replace(blob, readFileSync(blob).subarray(0, statSync(blob).size >> 1)),
  },
  {
    name: "the blob: foreign (a valid snapshot of another program)",
    damage: () => replace(blob, readFileSync(foreignBlob)),
  },
  { name: "the blob: random bytes after its first 4 KB", damage: withPrefix(() => blob, 4096) },
  {
    name: "the blob: damaged inside (bytes flipped in the middle)",
    damage: () => replace(blob, flipMiddle(readFileSync(blob))),
  },
  // The stamp that says what the blob was built for.
  { name: "the blob's stamp: missing", damage: () => rmSync(stamp) },
  {
    name: "the blob's stamp: truncated (cut in half)",
    damage: () => replace(stamp, readFileSync(stamp).subarray(0, statSync(stamp).size >> 1)),
  },
  {
    name: "the blob's stamp: damaged inside (bytes flipped in the middle)",
    damage: () => replace(stamp, flipMiddle(readFileSync(stamp))),
  },
  {
    name: "the blob's stamp: stale (for another bundle: the bundle was rebuilt after the snapshot)",
    damage: withStamp((s) => ({ ...s, for: { ...(s.for as object), bundle: sha256("another bundle") } })),
  },
  {
    name: "the blob's stamp: foreign (for another Node and other flags)",
    damage: withStamp((s) => ({
      ...s,
      for: { ...(s.for as object), node: "v0.0.0", execPath: "/elsewhere/node", flags: [] },
    })),
  },
  { name: "the blob's stamp: wrong types (null)", damage: () => replace(stamp, "null\n") },
  {
    name: "the blob's stamp: wrong types (each field)",
    damage: () => replace(stamp, `${JSON.stringify({ for: 5, kind: [], blobHash: 7, blobStamp: "x" })}\n`),
  },
  // The bundle the snapshot is made of, and that runs when the snapshot cannot.
  { name: "the bundle: missing", damage: () => rmSync(bundle) },
  {
    name: "the bundle: truncated (cut in half)",
    damage: () => replace(bundle, readFileSync(bundle).subarray(0, statSync(bundle).size >> 1)),
  },
  {
    name: "the bundle: foreign (another program)",
    damage: () => replace(bundle, 'process.stdout.write("another program\\n");\n'),
  },
  { name: "the bundle: random bytes after its first 4 KB", damage: withPrefix(() => bundle, 4096) },
  {
    name: "the bundle: damaged inside (bytes flipped in the middle)",
    damage: () => replace(bundle, flipMiddle(readFileSync(bundle))),
  },
  {
    name: "the bundle: stale (rewritten with the same bytes: a new time and inode)",
    damage: () => replace(bundle, readFileSync(bundle)),
  },
  {
    name: "the bundle: stale (other bytes, the same code: a comment appended)",
    damage: () => replace(bundle, `${readFileSync(bundle, "utf8")}\n// appended\n`),
  },
  {
    name: "the bundle: rewritten with the same bytes between the build step and the run",
    damage: () => replace(bundle, readFileSync(bundle)),
    afterBuildStep: true,
  },
  {
    name: "the bundle: a comment appended between the build step and the run",
    damage: () => replace(bundle, `${readFileSync(bundle, "utf8")}\n// appended\n`),
    afterBuildStep: true,
  },
  // The record of what the bundle was made from.
  { name: "the bundle's record of its inputs: missing", damage: () => rmSync(inputs) },
  {
    name: "the bundle's record of its inputs: truncated (cut in half)",
    damage: () => replace(inputs, readFileSync(inputs).subarray(0, statSync(inputs).size >> 1)),
  },
  { name: "the bundle's record of its inputs: wrong types (null)", damage: () => replace(inputs, "null\n") },
  {
    name: "the bundle's record of its inputs: wrong types (each field)",
    damage: () => replace(inputs, `${JSON.stringify({ entry: 5, stamps: "x" })}\n`),
  },
  {
    name: "the bundle's record of its inputs: stale (an input's stamp from another time)",
    damage: () => {
      const data = JSON.parse(readFileSync(inputs, "utf8")) as {
        entry: string;
        stamps: Record<string, { mtimeMs: number }>;
      };
      const entry = data.stamps[data.entry];
      if (entry === undefined) throw new Error(`no stamp of ${data.entry} in ${basename(inputs)}`);
      entry.mtimeMs -= 1000;
      replace(inputs, JSON.stringify(data));
    },
  },
];

describe("the bundle and the snapshot (the build step, then Node started from the blob)", () => {
  beforeAll(async () => {
    const dir = join(tree, "node_modules", ".cache", "vitae-saved");
    mkdirSync(dir);
    for (const path of [bundle, inputs, blob, stamp]) {
      const copy = join(dir, basename(path));
      linkSync(path, copy);
      saved.set(path, copy);
    }
    const program = join(dir, "foreign.cjs");
    writeFileSync(
      program,
      'require("node:v8").startupSnapshot.setDeserializeMainFunction(() => process.stdout.write("a foreign snapshot\\n"));\n',
    );
    foreignBlob = join(dir, "foreign.blob");
    const made = await runNode(
      [...launch.flags, "--snapshot-blob", foreignBlob, "--build-snapshot", program],
      { cwd: tree },
    );
    if (made.status !== 0) throw new Error(`cannot build a foreign blob: ${describeRun(made)}`);
  }, 120_000);

  const step = async (what: string) => {
    const run = await prepare(tree, { VITAE_CACHE_DIR: scratch });
    expect(run.status, `${what}: ${describeRun(run)}`).toBe(0);
  };

  it("the first build step's files, put back: the build step keeps them, the run starts from the snapshot", async () => {
    restore();
    await step("the build step");
    const run = await built(warmCopy());
    expectSameAs(run, reference);
    expect(realSnapshot(), "the build step made a snapshot of the bundle").toBe(true);
    expect(run.loadedBundle, "the run starts from the snapshot: the bundle file is not loaded").toBe(false);
  }, 180_000);

  it.each(SNAPSHOT_CASES)(
    "$name",
    async ({ damage, afterBuildStep }) => {
      restore();
      damage();
      if (!afterBuildStep) await step("the build step after the damage");
      expectSameAs(await built(warmCopy()), reference, "the run after the damage");
      await step("the next build step");
      const next = await built(warmCopy());
      expectSameAs(next, reference, "the next run");
      if (realSnapshot())
        expect
          .soft(next.loadedBundle, "the next run starts from the snapshot again (not from the bundle file)")
          .toBe(false);
    },
    180_000,
  );

  it("the build folder read-only, everything up to date: the build step and the run", async () => {
    restore();
    const dir = join(tree, BUILD_DIR);
    chmodSync(dir, 0o555);
    try {
      const step = await runNode(["scripts/build/index.mjs", "pdf"], {
        cwd: tree,
        env: { VITAE_CACHE_DIR: scratch },
        ...asSomeoneElse,
      });
      expect(step.status, `the build step: ${describeRun(step)}`).toBe(0);
      expectSameAs(await built(warmCopy(), { ...asSomeoneElse, out: openOut() }), reference);
    } finally {
      chmodSync(dir, 0o755);
    }
  }, 180_000);
});
