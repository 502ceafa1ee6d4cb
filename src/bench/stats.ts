/** The few statistics the benchmark reports: medians of samples and ratios of medians. */

/** A measurement's samples (milliseconds, or megabytes for memory) and their median, least and greatest. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

/** The median: the middle sample, or the mean of the two middle ones; NaN for no samples. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function summarize(samples: readonly number[]): Summary {
  return {
    median: median(samples),
    min: samples.length === 0 ? Number.NaN : Math.min(...samples),
    max: samples.length === 0 ? Number.NaN : Math.max(...samples),
    samples: [...samples],
  };
}

/** a / b, or NaN when either is not a positive finite number (a ratio of nothing is not zero). */
export function ratio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && a > 0 && b > 0 ? a / b : Number.NaN;
}
