/**
 * Runs one child process and measures it whole. Node reports no CPU time of its children (RUSAGE_CHILDREN), so
 * each child runs under bash, which does: `times` prints the user and system time of the shell's waited-for
 * children, and $EPOCHREALTIME around the command gives its wall time without the shell's own start-up.
 * Peak memory (max RSS) comes from GNU time (Debian's `time` package) in separate runs, when it is installed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ProcessTime, parseWrapperOutput } from "./times.js";

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

// The child's own output goes to stderr, so stdout holds only what the wrapper prints.
const WRAPPER = 's=$EPOCHREALTIME; "$@" >&2; status=$?; e=$EPOCHREALTIME; times; echo "$s $e $status"';

const GNU_TIME = "/usr/bin/time";

/** Runs `command` once; throws with its output when it fails. */
export function timedRun(command: readonly string[], options: RunOptions): ProcessTime {
  const result = spawnSync("bash", ["-c", WRAPPER, "bash", ...command], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  const time = parseWrapperOutput(result.stdout);
  if (time.status !== 0) throw new Error(`${command.join(" ")} failed (${time.status}):\n${result.stderr}`);
  return time;
}

/** Whether peak memory can be measured here. */
export function canMeasureMemory(): boolean {
  return existsSync(GNU_TIME);
}

/** The peak resident set of one run of `command`, in megabytes (undefined when GNU time cannot tell). */
export function peakMemoryMb(command: readonly string[], options: RunOptions): number | undefined {
  const dir = mkdtempSync(join(tmpdir(), "vitae-bench-rss-"));
  try {
    const file = join(dir, "rss");
    const result = spawnSync(GNU_TIME, ["-f", "%M", "-o", file, ...command], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: "ignore",
    });
    if (result.error || result.status !== 0 || !existsSync(file)) return undefined;
    const kilobytes = Number(readFileSync(file, "utf8").trim().split("\n").at(-1));
    return Number.isFinite(kilobytes) && kilobytes > 0 ? kilobytes / 1024 : undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
