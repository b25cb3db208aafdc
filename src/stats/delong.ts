/**
 * ROC AUC with DeLong's variance (DeLong, DeLong & Clarke-Pearson 1988), computed by the fast
 * algorithm of Sun & Xu (2014, "Fast implementation of DeLong's algorithm for comparing the
 * areas under correlated receiver operating characteristic curves", IEEE SPL 21(11)):
 *
 *   with m positives X and n negatives Y, T_z the midranks of X ∪ Y, T_x of X alone, T_y of Y alone,
 *   AUC   = (Σ_{i∈X} T_z(i) / m − (m + 1)/2) / n              (= Mann–Whitney U / (m·n), ties count ½)
 *   V10_i = (T_z(i) − T_x(i)) / n        for each positive     (the share of negatives it outranks)
 *   V01_j = 1 − (T_z(j) − T_y(j)) / m    for each negative
 *   Var   = s²(V10) / m + s²(V01) / n,   s² the sample variance (ddof = 1)
 *
 * The interval is AUC ± z·√Var (z = Φ⁻¹(0.975) for 95%), clipped to [0, 1], as pROC's
 * `ci.auc(method = "delong")` gives it. Assumes independent rows; the normal approximation is
 * poor with very few positives or negatives or an AUC near 0 or 1 (docs/statistics.md#intervals).
 *
 * O(N log N) for N rows (three sorts). Throws RangeError when the lengths differ, a score is not
 * finite, or a class has fewer than two rows (the sample variance needs two).
 */
import { Z_95 } from './fairness/wilson.js';
import { sampleVariance } from './sample-variance.js';

export interface DelongResult {
  readonly auc: number;
  readonly variance: number;
  readonly standardError: number;
  readonly low: number;
  readonly high: number;
}

/** `labels[i]` is 1 (positive) or 0 (negative). */
export function delongRocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>, z: number = Z_95): DelongResult {
  if (scores.length !== labels.length) throw new RangeError(`delongRocAuc: ${scores.length} scores, ${labels.length} labels`);
  const positives: number[] = [];
  const negatives: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (!Number.isFinite(s)) throw new RangeError(`delongRocAuc: score ${s} at ${i}`);
    (labels[i] === 1 ? positives : negatives).push(s);
  }
  const m = positives.length;
  const n = negatives.length;
  if (m < 2 || n < 2) throw new RangeError(`delongRocAuc: needs two positives and two negatives, got ${m} and ${n}`);
  const x = Float64Array.from(positives);
  const y = Float64Array.from(negatives);
  const both = new Float64Array(m + n);
  both.set(x);
  both.set(y, m);
  const tx = midranks(x);
  const ty = midranks(y);
  const tz = midranks(both);

  let sumTz = 0;
  const v10 = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    sumTz += tz[i]!;
    v10[i] = (tz[i]! - tx[i]!) / n;
  }
  const v01 = new Float64Array(n);
  for (let j = 0; j < n; j++) v01[j] = 1 - (tz[m + j]! - ty[j]!) / m;
  const auc = (sumTz / m - (m + 1) / 2) / n;
  const variance = sampleVariance(v10) / m + sampleVariance(v01) / n;
  const standardError = Math.sqrt(variance);
  return { auc, variance, standardError, low: Math.max(0, auc - z * standardError), high: Math.min(1, auc + z * standardError) };
}

/** 1-based ranks, ties given the mean of the ranks they span. */
function midranks(values: Float64Array): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]!] === values[order[i]!]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!] = rank;
    i = j + 1;
  }
  return ranks;
}

