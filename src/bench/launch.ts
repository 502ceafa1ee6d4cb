/**
 * The cold command measured: the built CLI as `npm run pdf` runs it, without npm. package.json's `pdf` script is
 * the build step, `node scripts/build/index.mjs pdf`, then `node FLAGS --snapshot-blob BLOB vitae`; the flags and
 * the blob are read from the script at bench time through the build step's own `launch()`.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

export interface Launch {
  /** The V8 flags of the `pdf` script's Node command. */
  flags: string[];
  /** The argv of a build: Node, its flags and snapshot, then the CLI's arguments go after these. */
  command: string[];
  /** The command as the script writes it. */
  text: string;
}

// Importing the build step runs it for the command its argv names (here: pdf), then launch() reads the script.
const PREPARE = `const { launch } = await import(process.argv[1]); process.stdout.write(JSON.stringify(launch("pdf")));`;

/** Runs the build step of `npm run pdf` once (bundle and snapshot, rebuilt only when stale) and says how to launch. */
export function prepareLaunch(root: string): Launch {
  const step = join(root, "scripts", "build", "index.mjs");
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", PREPARE, "--", step, "pdf"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`the build step of npm run pdf failed (${result.status})`);
  const { flags, blob } = JSON.parse(result.stdout) as { flags: string[]; blob: string };
  return {
    flags,
    command: [process.execPath, ...flags, "--snapshot-blob", resolve(root, blob), "vitae"],
    text: ["node", ...flags, "--snapshot-blob", blob, "vitae"].join(" "),
  };
}
