/** Runs the warm measures (warmMain.ts) in a Node process of their own, with the V8 flags given. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { WarmResult } from "./warm.js";

export function runWarm(
  root: string,
  flags: readonly string[],
  content: string,
  runs: number,
  env: NodeJS.ProcessEnv,
): WarmResult {
  const main = join(root, "src", "bench", "warmMain.ts");
  const result = spawnSync(process.execPath, [...flags, "--import", "tsx", main, content, String(runs)], {
    cwd: root,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`the warm measures failed (${result.status})`);
  return JSON.parse(result.stdout) as WarmResult;
}
