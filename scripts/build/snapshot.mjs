/**
 * The startup snapshot of a bundle: Node started from it has the bundle's modules loaded and their code compiled
 * (see src/snapshot/). `npm run pdf` starts Node with `--snapshot-blob`, which fails before any code runs when
 * the blob is missing, truncated, or built by another Node or with other V8 flags; so before each run this step
 * makes sure the blob is one this Node loads with these flags: its stamp must name this Node, these flags and
 * this bundle, and the blob must be the bytes the stamp hashed. Otherwise the blob is built again, and checked by
 * starting Node from it; when a snapshot of the bundle cannot be built, a blob that only loads the bundle file
 * takes its place, so the command still runs, as `node bundle` would.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { fileHash, fileStamp, readJson, sameStamp, tempBeside, writeAtomic } from "./files.mjs";

const FORMAT = 1;

/** What the blob must have been built for. */
function wanted(bundle, flags) {
  return {
    format: FORMAT,
    node: process.version,
    execPath: process.execPath,
    platform: process.platform,
    arch: process.arch,
    flags,
    bundle: fileHash(bundle),
  };
}

/**
 * Makes `blob` a snapshot of `bundle` that `node FLAGS --snapshot-blob blob` starts from. Returns what it did:
 * "kept", "built", or "stand-in" (the snapshot could not be built: the blob only loads the bundle).
 */
export function prepareSnapshot({ bundle, blob, flags }) {
  const stampFile = `${blob}.stamp.json`;
  const stamp = readJson(stampFile);
  const want = wanted(bundle, flags);
  if (stamp !== undefined && stillGood(stamp, want, blob)) {
    if (!sameStamp(fileStamp(blob), stamp.blobStamp))
      writeStamp(stampFile, { ...stamp, blobStamp: fileStamp(blob) });
    return "kept";
  }
  const built =
    buildBlob(blob, flags, ["--build-snapshot", bundle], want) ?? standIn(blob, flags, bundle, want);
  if (built === undefined) throw new Error(`cannot build a startup snapshot that ${process.execPath} loads`);
  return built;
}

function stillGood(stamp, want, blob) {
  for (const key of Object.keys(want))
    if (JSON.stringify(stamp.for?.[key]) !== JSON.stringify(want[key])) return false;
  // Untouched since it was checked, or the same bytes.
  return sameStamp(fileStamp(blob), stamp.blobStamp) || fileHash(blob) === stamp.blobHash;
}

/** Builds the blob with `args` (after the flags); checks that Node starts from it; returns the kind or undefined. */
function buildBlob(blob, flags, args, build, kind = "built") {
  const temp = tempBeside(blob);
  try {
    const made = spawnSync(process.execPath, [...flags, "--snapshot-blob", temp, ...args], {
      stdio: "ignore",
      timeout: 120_000,
    });
    if (made.status !== 0 || !existsSync(temp)) return undefined;
    const started = spawnSync(process.execPath, [...flags, "--snapshot-blob", temp, "vitae", "--version"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    if (started.status !== 0 || !started.stdout.startsWith("vitae ")) return undefined;
    const blobHash = fileHash(temp);
    renameSync(temp, blob);
    writeStamp(`${blob}.stamp.json`, { for: build, kind, blobHash, blobStamp: fileStamp(blob) });
    return kind;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** A blob whose only code loads the bundle file: Node starts from it as from the bundle. */
function standIn(blob, flags, bundle, build) {
  const script = tempBeside(`${blob}.stand-in.cjs`);
  const code = `require("node:v8").startupSnapshot.setDeserializeMainFunction(() => {
  const bundle = ${JSON.stringify(bundle)};
  require("node:module").createRequire(bundle)(bundle);
});
`;
  try {
    writeFileSync(script, code);
    return buildBlob(blob, flags, ["--build-snapshot", script], build, "stand-in");
  } finally {
    rmSync(script, { force: true });
  }
}

function writeStamp(file, stamp) {
  writeAtomic(file, `${JSON.stringify(stamp, null, 1)}\n`);
}
