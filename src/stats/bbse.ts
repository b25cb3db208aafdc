/**
 * Black-box shift estimation (BBSE; Lipton, Wang & Smola, "Detecting and Correcting for Label
 * Shift with Black Box Predictors", ICML 2018): the class priors of a current window from a
 * model's hard predictions, assuming label shift — p(x | y) is the same on both sides and
 * only the priors p(y) move. On the labelled reference the joint confusion matrix
 * Ĉ[i][j] = P̂(ŷ = i, y = j) and the priors p̂[j] = Σ_i Ĉ[i][j]; on the current window, which
 * needs no labels, the prediction shares μ̂[i] = P̂(ŷ = i). The importance weights
 * w = q(y) / p(y) solve Ĉ·w = μ̂ (./linear-solve.ts), and the current priors are q̂ = w ∘ p̂.
 * A negative weight (sampling noise, or a model that barely tells two classes apart) is
 * clipped to 0 and q̂ renormalised to sum 1, as in the paper's experiments.
 *
 * Interval (delta method, docs/statistics.md#label-shift): q̂ = A⁻¹·μ̂ with A = Ĉ·diag(p̂)⁻¹
 * the column-conditional confusion matrix P̂(ŷ = i | y = j). μ̂ is a multinomial share of m
 * current rows, column j of A one of the n_j reference rows of class j, all independent, so
 *   Cov(q̂) ≈ A⁻¹ [ (diag μ̂ − μ̂μ̂ᵀ)/m + Σ_j q̂_j² (diag a_j − a_j a_jᵀ)/n_j ] A⁻ᵀ
 * at the unclipped q̂; A is uncorrelated with p̂, so the change q̂_k − p̂_k has variance
 * Var(q̂_k) + p̂_k(1 − p̂_k)/n. Intervals are estimate ± z·SE, cut to the possible range.
 * The report's condition number is that of A (2-norm, ./singular-values.ts): how much noise in
 * μ̂ and A the solve can amplify; σ_min(Ĉ) is the quantity in the paper's error bound.
 * O(k³) for k classes (the counts come in already tallied). Throws RangeError when the counts are
 * not k×k and k, not finite non-negative numbers, a class has no reference row (its prior is 0)
 * or is never predicted on the reference, or Ĉ is singular to working precision.
 */
import { invert, solveLinear } from './linear-solve.js';
import { conditionNumber, singularValues } from './singular-values.js';

/** Φ⁻¹(0.975) (scipy.special.ndtri(0.975)). */
export const Z_95 = 1.959963984540054;

export interface BbseEstimate {
  /** p̂: the reference's class shares. */
  readonly referencePriors: Float64Array;
  /** μ̂: the current window's prediction shares. */
  readonly predictedShares: Float64Array;
  /** w = Ĉ⁻¹·μ̂, before clipping. */
  readonly rawWeights: Float64Array;
  /** Whether each class's raw weight was negative and clipped to 0. */
  readonly clipped: readonly boolean[];
  /** q̂: the estimated current priors (clipped, renormalised; they sum to 1). */
  readonly currentPriors: Float64Array;
  /** q̂ / p̂ after clipping and renormalising. */
  readonly weights: Float64Array;
  /** Delta-method standard errors of q̂ and of q̂ − p̂. */
  readonly standardErrors: Float64Array;
  readonly changeStandardErrors: Float64Array;
  /** The interval of each current prior, within [0, 1], and of each change, within [−p̂, 1 − p̂]. */
  readonly low: Float64Array;
  readonly high: Float64Array;
  readonly changeLow: Float64Array;
  readonly changeHigh: Float64Array;
  /** 2-norm condition number of A = P̂(ŷ | y), and the smallest singular value of Ĉ. */
  readonly conditionNumber: number;
  readonly minSingularValue: number;
  readonly referenceRows: number;
  readonly currentRows: number;
}

/**
 * `joint[i][j]`: reference rows predicted class i whose label is class j; `predicted[i]`: current
 * rows predicted class i. `z`: the interval's normal quantile (default the 95% one).
 */
export function bbse(joint: readonly (readonly number[])[], predicted: readonly number[], z: number = Z_95): BbseEstimate {
  const k = predicted.length;
  if (k < 2) throw new RangeError(`label-shift estimation needs at least 2 classes, got ${k}`);
  if (joint.length !== k || joint.some((row) => row.length !== k)) throw new RangeError(`the confusion counts must be ${k}×${k}, as many classes as the current counts`);
  const counts = [...joint.flat(), ...predicted];
  if (counts.some((c) => !(Number.isFinite(c) && c >= 0))) throw new RangeError('the counts must be finite and non-negative');
  const n = sum(joint.flat());
  const m = sum(predicted);
  if (n === 0 || m === 0) throw new RangeError(`label-shift estimation needs rows on both sides, got ${n} reference and ${m} current`);
  const classRows = Float64Array.from({ length: k }, (_, j) => sum(joint.map((row) => row[j]!)));
  const predictedRows = joint.map((row) => sum(row));
  const absent = classRows.findIndex((c) => c === 0);
  if (absent >= 0) throw new RangeError(`class ${absent} has no reference row, so its prior is 0 and the confusion matrix is singular`);
  const unpredicted = predictedRows.findIndex((c) => c === 0);
  if (unpredicted >= 0) throw new RangeError(`class ${unpredicted} is never predicted on the reference, so the confusion matrix is singular`);

  const c = joint.map((row) => row.map((v) => v / n));
  const p = Float64Array.from(classRows, (r) => r / n);
  const mu = Float64Array.from(predicted, (r) => r / m);
  const w = solveLinear(c, mu);
  const qRaw = Float64Array.from(w, (wj, j) => wj * p[j]!);
  const clipped = Array.from(w, (wj) => wj < 0);
  const kept = Float64Array.from(w, (wj, j) => Math.max(wj, 0) * p[j]!);
  const total = sum(kept);
  if (!(total > 0)) throw new RangeError('every importance weight is negative or zero: the current predictions fit no mix of the reference classes');
  const q = Float64Array.from(kept, (v) => v / total);

  // The column-conditional confusion matrix and the delta-method covariance.
  const a = joint.map((row) => row.map((v, j) => v / classRows[j]!));
  const aInverse = invert(a);
  const sigma = Array.from({ length: k }, (_, i) =>
    Float64Array.from({ length: k }, (_, l) => {
      let s = ((i === l ? mu[i]! : 0) - mu[i]! * mu[l]!) / m;
      for (let j = 0; j < k; j++) {
        const aij = a[i]![j]!;
        s += (qRaw[j]! ** 2 * ((i === l ? aij : 0) - aij * a[l]![j]!)) / classRows[j]!;
      }
      return s;
    }),
  );
  const variance = Float64Array.from({ length: k }, (_, r) => {
    const row = aInverse[r]!;
    let v = 0;
    for (let i = 0; i < k; i++) for (let l = 0; l < k; l++) v += row[i]! * sigma[i]![l]! * row[l]!;
    return Math.max(v, 0);
  });
  const se = variance.map(Math.sqrt);
  const changeSe = Float64Array.from(se, (s, j) => Math.sqrt(s * s + (p[j]! * (1 - p[j]!)) / n));
  return {
    referencePriors: p,
    predictedShares: mu,
    rawWeights: w,
    clipped,
    currentPriors: q,
    weights: Float64Array.from(q, (v, j) => v / p[j]!),
    standardErrors: se,
    changeStandardErrors: changeSe,
    low: Float64Array.from(q, (v, j) => Math.max(0, v - z * se[j]!)),
    high: Float64Array.from(q, (v, j) => Math.min(1, v + z * se[j]!)),
    changeLow: Float64Array.from(q, (v, j) => Math.max(-p[j]!, v - p[j]! - z * changeSe[j]!)),
    changeHigh: Float64Array.from(q, (v, j) => Math.min(1 - p[j]!, v - p[j]! + z * changeSe[j]!)),
    conditionNumber: conditionNumber(a),
    minSingularValue: singularValues(c).at(-1)!,
    referenceRows: n,
    currentRows: m,
  };
}

function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s;
}
