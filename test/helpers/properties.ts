/**
 * Settings of the fast-check properties: a fixed seed per property, so every run checks the same cases and a
 * failure can be replayed, or FC_SEED=N to try others. The seed in use is printed once per test file; fast-check
 * prints it again, with the failing path, when a property fails.
 */
const override = process.env.FC_SEED === undefined ? undefined : Number(process.env.FC_SEED);
if (override !== undefined && !Number.isSafeInteger(override)) throw new Error(`FC_SEED must be an integer`);
let printed = false;

/** `{ seed, numRuns }` for fc.assert: `seed` unless FC_SEED is set. */
export function runs(numRuns: number, seed: number): { seed: number; numRuns: number } {
  const used = override ?? seed;
  if (!printed) {
    printed = true;
    console.info(
      `fast-check seed ${used}${override === undefined ? " (FC_SEED=N to try another)" : " (from FC_SEED)"}`,
    );
  }
  return { seed: used, numRuns };
}
