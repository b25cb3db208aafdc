/**
 * A numeric sample described as pandas' `Series.describe` does, for the values the drift check
 * has already sorted: count, mean, median and the 5th and 95th percentiles, the quantiles with
 * numpy's default `linear` method (Hyndman & Fan type 7, ./quantile.ts) as pandas uses.
 *   mean = Σ x_i / n, summed in ascending order (a sum in another order may differ in its
 *   last bits: agreement with pandas is to ~1e-15 relative, not bit for bit);
 *   median = Q(0.5), p5 = Q(0.05), p95 = Q(0.95).
 * Pure. O(n) for the mean, O(1) for the quantiles (the input is sorted already). The input
 * must be sorted ascending and free of NaN (not checked, for speed); an empty input gives
 * count 0 and null for every other number. Throws nothing.
 */
import { quantileSorted } from './quantile.js';

export interface SortedDescription {
  readonly count: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly p5: number | null;
  readonly p95: number | null;
}

export function describeSorted(sorted: Float64Array): SortedDescription {
  const n = sorted.length;
  if (n === 0) return { count: 0, mean: null, median: null, p5: null, p95: null };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  return { count: n, mean: sum / n, median: quantileSorted(sorted, 0.5), p5: quantileSorted(sorted, 0.05), p95: quantileSorted(sorted, 0.95) };
}
