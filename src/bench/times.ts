/**
 * Reads what the shell wrapper of a timed run prints (see processRun.ts): bash's `times` (the shell's own user
 * and system time, then its children's), then the start and end of the child as $EPOCHREALTIME, and its status.
 */

/** A whole child process: wall time from start to exit, CPU time (user + system) of it and its descendants. */
export interface ProcessTime {
  wallMs: number;
  userMs: number;
  sysMs: number;
  cpuMs: number;
  status: number;
}

/** One of bash's `times` durations, e.g. `0m0.436s` or `1m2,5s` (a locale's decimal comma), in milliseconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+)m(\d+(?:[.,]\d+)?)s$/.exec(text.trim());
  if (match === null) throw new Error(`not a duration of bash's times: "${text}"`);
  return (Number(match[1]) * 60 + Number((match[2] as string).replace(",", "."))) * 1000;
}

/** Seconds since the epoch as $EPOCHREALTIME gives them (`1700000000.123456`, or with a comma), in milliseconds. */
function epochMs(text: string): number {
  const value = Number(text.replace(",", "."));
  if (!Number.isFinite(value)) throw new Error(`not a time of $EPOCHREALTIME: "${text}"`);
  return value * 1000;
}

/** The child's times from the wrapper's three lines: `SHELL_USER SHELL_SYS`, `CHILD_USER CHILD_SYS`, `START END STATUS`. */
export function parseWrapperOutput(stdout: string): ProcessTime {
  const lines = stdout.trim().split("\n").slice(-3);
  const [children, clock] = [lines[1]?.trim().split(/\s+/), lines[2]?.trim().split(/\s+/)];
  if (lines.length !== 3 || children?.length !== 2 || clock?.length !== 3)
    throw new Error(`unexpected output of the timing wrapper: ${JSON.stringify(stdout)}`);
  const userMs = parseDuration(children[0] as string);
  const sysMs = parseDuration(children[1] as string);
  return {
    wallMs: epochMs(clock[1] as string) - epochMs(clock[0] as string),
    userMs,
    sysMs,
    cpuMs: userMs + sysMs,
    status: Number(clock[2]),
  };
}
