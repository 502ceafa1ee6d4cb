// Preloaded into a CLI process by test/errors.time.test.ts (node --import): when the process exits, writes the
// CPU time of its main thread in seconds and its peak memory in MB, as JSON, to the file named by
// VITAE_TEST_MAIN_THREAD_TIME. The main thread's
// time, not the process's: garbage-collector and compiler threads run beside it on a second core, so the main
// thread's time is the time the run takes on an idle machine, whatever else the machine is doing meanwhile.
import { readFileSync, writeFileSync } from "node:fs";

const out = process.env.VITAE_TEST_MAIN_THREAD_TIME;
const ticksPerSecond = Number(process.env.VITAE_TEST_CLOCK_TICKS ?? 100);
if (out) {
  process.on("exit", () => {
    // /proc/PID/task/PID/stat: the main thread; utime and stime are fields 14 and 15, after "(comm)".
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    const megabytes = process.resourceUsage().maxRSS / 1024;
    writeFileSync(out, JSON.stringify({ seconds: ticks / ticksPerSecond, megabytes }));
  });
}
