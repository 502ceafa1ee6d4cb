/**
 * The warm measures in a process of their own, started by the benchmark with the V8 flags of the process they
 * stand for. Usage: node FLAGS --import tsx src/bench/warmMain.ts DIR RUNS; prints the result as JSON.
 */
import { measureWarm } from "./warm.js";

const [dir, runs] = process.argv.slice(2);
if (dir === undefined || !(Number(runs) >= 1)) {
  process.stderr.write("usage: node --import tsx src/bench/warmMain.ts DIR RUNS\n");
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(await measureWarm(dir, Number(runs)))}\n`);
