/**
 * Percentile bootstrap interval (Efron & Tibshirani 1993, ch. 13): draw B resamples of the n
 * rows with replacement, compute the statistic on each, and take the α/2 and 1 − α/2 quantiles
 * (linear interpolation, numpy's default) of the B values that are finite. `uniform` supplies
 * the randomness (a seeded generator gives the same interval on every run); `statistic` gets
 * the resampled row positions. Assumes independent rows.
 *
 * O(B · cost of the statistic). Throws RangeError for n < 1, B < 2 or confidence outside (0, 1);
 * returns null when fewer than two resamples give a finite value.
 */
export interface BootstrapInterval {
  readonly low: number;
  readonly high: number;
  /** Resamples whose statistic was finite (a resample may lack a class). */
  readonly resamples: number;
}

export function percentileBootstrap(
  n: number,
  statistic: (positions: readonly number[]) => number,
  uniform: () => number,
  options: { readonly resamples?: number; readonly confidence?: number } = {},
): BootstrapInterval | null {
  const b = options.resamples ?? 1000;
  const confidence = options.confidence ?? 0.95;
  if (!(n >= 1) || !(b >= 2) || !(confidence > 0 && confidence < 1)) throw new RangeError(`percentileBootstrap: n=${n}, resamples=${b}, confidence=${confidence}`);
  const values: number[] = [];
  const positions = new Array<number>(n);
  for (let r = 0; r < b; r++) {
    for (let i = 0; i < n; i++) positions[i] = Math.floor(uniform() * n);
    const v = statistic(positions);
    if (Number.isFinite(v)) values.push(v);
  }
  if (values.length < 2) return null;
  values.sort((x, y) => x - y);
  const alpha = 1 - confidence;
  return { low: linearQuantile(values, alpha / 2), high: linearQuantile(values, 1 - alpha / 2), resamples: values.length };
}

function linearQuantile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
