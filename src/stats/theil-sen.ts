/**
 * The Theil–Sen line (Theil 1950; Sen 1968, "Estimates of the regression coefficient based on
 * Kendall's tau", JASA 63(324), 1379–1389) with Sen's confidence interval for the slope, defined
 * as `scipy.stats.theilslopes(y, x, alpha=confidence, method=…)` computes it (scipy 1.10):
 *
 *   slopes  S = { (y_i − y_j) / (x_i − x_j) : x_i > x_j }, sorted; N = |S| (pairs with distinct x)
 *   slope   b = median(S)                          (mean of the two middle values when N is even)
 *   σ²      = (1/18)·[n(n−1)(2n+5) − Σ_x t(t−1)(2t+5) − Σ_y u(u−1)(2u+5)]
 *             (Sen's (2.6): the variance of Kendall's S under no trend, with t, u the sizes of
 *             the groups of tied x and tied y values)
 *   z       = Φ⁻¹((1 − confidence)/2)               (negative)
 *   upper   = S[min(round((N − z·σ)/2), N − 1)]
 *   lower   = S[max(round((N + z·σ)/2) − 1, 0)]    (round: half to even, as numpy's)
 *
 * The interval is distribution-free in the errors (it inverts Kendall's test of no association
 * between x and the residuals y − βx) but uses the normal approximation to Kendall's S, so it is
 * approximate for small n. When σ² < 0 — possible only when x itself has ties — scipy returns
 * NaN ends, and so does this.
 *
 * Intercept, two definitions (scipy's `method`):
 *   'separate' (scipy's default; Conover 1980): median(y) − b·median(x), the line through the
 *              point of the two medians;
 *   'joint':   median(y − b·x), the median residual is zero.
 * The trend forecast (trend-forecast.ts) uses 'joint': under a steady trend the medians of x and
 * y belong to the same middle run, so 'separate' carries that one run's noise, while 'joint'
 * takes the median of all n detrended values (bench/simulations/forecast.ts measures the
 * difference; docs/statistics.md#trend-forecast).
 *
 * Cost: O(n² log n) time and O(n²) memory (every pair's slope is kept and sorted), which is
 * nothing for the few hundred runs a history holds (n = 300: 44,850 slopes).
 *
 * Throws RangeError when the lengths differ, a value is not finite, x has fewer than two
 * distinct values, or confidence is outside [0.5, 1) (scipy reads alpha ≤ 0.5 as 1 − alpha; a
 * confidence level below 50% is never wanted here, so it is refused rather than reinterpreted).
 */
import { normalQuantile } from './normal-quantile.js';

export type TheilSenIntercept = 'separate' | 'joint';

export interface TheilSenResult {
  readonly slope: number;
  readonly intercept: number;
  /** The ends of the slope's confidence interval (NaN when σ² < 0, see above). */
  readonly lowSlope: number;
  readonly highSlope: number;
  /** N, the number of pairs with distinct x (the slopes the median is taken over). */
  readonly pairs: number;
}

export function theilSen(x: Float64Array, y: Float64Array, confidence = 0.95, intercept: TheilSenIntercept = 'separate'): TheilSenResult {
  const n = x.length;
  if (y.length !== n) throw new RangeError(`theilSen: ${n} x values, ${y.length} y values`);
  if (!(confidence >= 0.5 && confidence < 1)) throw new RangeError(`theilSen: confidence must lie in [0.5, 1), got ${confidence}`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i]!) || !Number.isFinite(y[i]!)) throw new RangeError(`theilSen: x and y must be finite, got (${x[i]}, ${y[i]}) at ${i}`);
  }
  const slopes = new Float64Array((n * (n - 1)) / 2);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const yi = y[i]!;
    for (let j = 0; j < n; j++) {
      const dx = xi - x[j]!;
      if (dx > 0) slopes[count++] = (yi - y[j]!) / dx;
    }
  }
  if (count === 0) throw new RangeError(`theilSen: x needs at least two distinct values (${n} given, all equal or fewer than two)`);
  const sorted = slopes.subarray(0, count).sort();
  const slope = medianOfSorted(sorted);

  let b: number;
  if (intercept === 'joint') {
    const residuals = new Float64Array(n);
    for (let i = 0; i < n; i++) residuals[i] = y[i]! - slope * x[i]!;
    b = medianOfSorted(residuals.sort());
  } else {
    b = medianOfSorted(Float64Array.from(y).sort()) - slope * medianOfSorted(Float64Array.from(x).sort());
  }

  const ties = tieTerm(x) + tieTerm(y);
  const sigsq = (1 / 18) * (n * (n - 1) * (2 * n + 5) - ties);
  let lowSlope = Number.NaN;
  let highSlope = Number.NaN;
  if (sigsq >= 0) {
    const z = normalQuantile((1 - confidence) / 2);
    const sigma = Math.sqrt(sigsq);
    const upper = Math.min(roundHalfEven((count - z * sigma) / 2), count - 1);
    const lower = Math.max(roundHalfEven((count + z * sigma) / 2) - 1, 0);
    lowSlope = sorted[lower]!;
    highSlope = sorted[upper]!;
  }
  return { slope, intercept: b, lowSlope, highSlope, pairs: count };
}

/** Σ t(t−1)(2t+5) over the groups of equal values (groups of one add nothing). O(n log n). */
function tieTerm(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    // −0 and +0 are one value, as numpy's `!=` sees them.
    if (i === sorted.length || sorted[i] !== sorted[start]) {
      const t = i - start;
      sum += t * (t - 1) * (2 * t + 5);
      start = i;
    }
  }
  return sum;
}

/** numpy's median of an ascending array: the middle value, or the mean of the two middle ones. */
function medianOfSorted(sorted: Float64Array): number {
  const m = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
}

/** numpy's round(): halves go to the even neighbour. */
function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return r - v === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
