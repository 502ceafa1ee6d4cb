/**
 * Bisection for fitting: the least x in (lo, hi] at which `fits(x)` holds, for a predicate that is monotone
 * (false, then true) and known false at `lo` (the layout already tried). Real-valued searches stop after `iterations` halvings; integer ones when lo and hi meet.
 * Returns undefined when even `hi` does not fit. `fits` is called at most once per probe.
 */
export function leastFitting<T>(
  probe: (x: number) => T,
  fits: (result: T) => boolean,
  lo: number,
  hi: number,
  mode: { integer: true } | { integer: false; iterations: number },
): { x: number; result: T } | undefined {
  const top = probe(hi);
  if (!fits(top)) return undefined;
  let found = { x: hi, result: top };
  const done = (a: number, b: number, i: number) => (mode.integer ? b - a <= 1 : i >= mode.iterations);
  for (let i = 0; !done(lo, found.x, i); i++) {
    const mid = mode.integer ? Math.floor((lo + found.x) / 2) : (lo + found.x) / 2;
    const result = probe(mid);
    if (fits(result)) found = { x: mid, result };
    else lo = mid;
  }
  return found;
}
