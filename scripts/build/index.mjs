/**
 * The build step of `npm run pdf` (package.json runs it before the command): bundles the command and prepares
 * the startup snapshot that the next part of the script starts Node from, with the V8 flags written there.
 * Usage: node scripts/build/index.mjs pdf
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle } from "./bundle.mjs";
import { prepareSnapshot } from "./snapshot.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const COMMANDS = { pdf: "src/cli/pdfBundle.ts" };

// Run as a script (not imported for launch()): prepares the command named on the command line.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const name = process.argv[2];
  const entry = COMMANDS[name];
  if (entry === undefined) {
    process.stderr.write(`usage: node scripts/build/index.mjs ${Object.keys(COMMANDS).join("|")}\n`);
    process.exit(2);
  }
  try {
    const { flags, blob } = launch(name);
    const outFile = join(root, "node_modules", ".cache", "vitae", `${name}.cjs`);
    await bundle(root, entry, outFile);
    prepareSnapshot({ bundle: outFile, blob: join(root, blob), flags });
  } catch (error) {
    process.stderr.write(
      `vitae: cannot prepare the ${name} command: ${error instanceof Error ? error.message : error}\n`,
    );
    process.exit(1);
  }
}

/**
 * The V8 flags and the blob of the Node command that follows this step in the npm script: the snapshot is built
 * with the same flags, or Node would refuse it.
 */
export function launch(script) {
  const scripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts ?? {};
  const text = String(scripts[script] ?? "");
  const command = text.split("&&").at(-1)?.trim().split(/\s+/) ?? [];
  const at = command.indexOf("--snapshot-blob");
  if (command[0] !== "node" || at < 0 || command[at + 1] === undefined)
    throw new Error(`the "${script}" script does not end with: node FLAGS --snapshot-blob BLOB vitae`);
  return { flags: command.slice(1, at), blob: command[at + 1] };
}
