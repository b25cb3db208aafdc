/**
 * Weighted means of per-row losses, as scikit-learn 1.2.1 computes them with `sample_weight`
 * (`numpy.average(loss, weights=w)` = Σ w_i·loss_i / Σ w_i):
 *   log_loss  −log p_row(true class), probabilities clipped to [ε, 1−ε], ε = 2⁻⁵², rows
 *             renormalised (./log-loss.ts)           brier   (y − p)²  (binary)
 *   mae |y − ŷ|     mse (y − ŷ)²     rmse √mse     mape |y − ŷ| / max(|y|, ε)
 *   r2  1 − Σ w(y − ŷ)² / Σ w(y − ȳ_w)², ȳ_w = Σ w·y / Σ w; with Σ w(y − ȳ_w)² = 0 it is 1 for a
 *       perfect fit, else 0 (sklearn's force_finite=True)
 * Sums are compensated (./sum.ts). O(n·k) for the multiclass log loss, O(n) otherwise. NaN when
 * the weights sum to 0. Throws RangeError on unequal lengths or a weight that is negative or not
 * finite.
 */
import { CompensatedSum } from './sum.js';

const EPS = Number.EPSILON;
const clip = (p: number): number => Math.min(Math.max(p, EPS), 1 - EPS);

/** Σ w·term / Σ w. */
function weightedMean(n: number, weight: ArrayLike<number>, term: (i: number) => number): number {
  if (weight.length !== n) throw new RangeError(`${n} rows, ${weight.length} weights`);
  const sum = new CompensatedSum();
  const total = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    const w = weight[i]!;
    if (!(w >= 0 && w < Number.POSITIVE_INFINITY)) throw new RangeError(`row ${i}: weight ${w} is not a finite number ≥ 0`);
    if (w === 0) continue;
    sum.add(w * term(i));
    total.add(w);
  }
  return total.value === 0 ? Number.NaN : sum.value / total.value;
}

function same(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`y_true has ${a.length} rows, the other ${b.length}`);
  return a.length;
}

export function weightedLogLossBinary(yTrue: ArrayLike<number>, probability: ArrayLike<number>, weight: ArrayLike<number>): number {
  return weightedMean(same(yTrue, probability), weight, (i) => {
    const p = clip(probability[i]!);
    const q = 1 - p;
    return -Math.log((yTrue[i] === 1 ? p : q) / (q + p));
  });
}

/** `probabilities[k]` holds every row's probability of class k. */
export function weightedLogLossMulticlass(yTrue: ArrayLike<number>, probabilities: readonly ArrayLike<number>[], weight: ArrayLike<number>): number {
  const n = yTrue.length;
  for (const column of probabilities) same(yTrue, column);
  return weightedMean(n, weight, (i) => {
    const own = probabilities[yTrue[i]!];
    if (own === undefined) throw new RangeError(`row ${i}: class ${yTrue[i]} has no probability column`);
    let total = 0;
    for (const column of probabilities) total += clip(column[i]!);
    return -Math.log(clip(own[i]!) / total);
  });
}

export function weightedBrierScore(yTrue: ArrayLike<number>, probability: ArrayLike<number>, weight: ArrayLike<number>): number {
  return weightedMean(same(yTrue, probability), weight, (i) => ((yTrue[i] === 1 ? 1 : 0) - probability[i]!) ** 2);
}

export function weightedMeanAbsoluteError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, weight: ArrayLike<number>): number {
  return weightedMean(same(yTrue, yPred), weight, (i) => Math.abs(yTrue[i]! - yPred[i]!));
}

export function weightedMeanSquaredError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, weight: ArrayLike<number>): number {
  return weightedMean(same(yTrue, yPred), weight, (i) => (yTrue[i]! - yPred[i]!) ** 2);
}

export function weightedRootMeanSquaredError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, weight: ArrayLike<number>): number {
  return Math.sqrt(weightedMeanSquaredError(yTrue, yPred, weight));
}

export function weightedMeanAbsolutePercentageError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, weight: ArrayLike<number>): number {
  return weightedMean(same(yTrue, yPred), weight, (i) => Math.abs(yTrue[i]! - yPred[i]!) / Math.max(Math.abs(yTrue[i]!), EPS));
}

export function weightedR2Score(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, weight: ArrayLike<number>): number {
  const n = same(yTrue, yPred);
  const mean = weightedMean(n, weight, (i) => yTrue[i]!);
  if (Number.isNaN(mean)) return Number.NaN;
  const residual = new CompensatedSum();
  const total = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    const w = weight[i]!;
    residual.add(w * (yTrue[i]! - yPred[i]!) ** 2);
    total.add(w * (yTrue[i]! - mean) ** 2);
  }
  if (total.value === 0) return residual.value === 0 ? 1 : 0;
  return 1 - residual.value / total.value;
}
