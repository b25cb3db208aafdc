/**
 * Regression metrics as scikit-learn 1.2.1 defines them (uniform weights, one output):
 *   mae  = mean|y − ŷ|                mse = mean (y − ŷ)²            rmse = √mse
 *   mape = mean(|y − ŷ| / max(|y|, ε)) with ε = 2⁻⁵² (so a zero target gives a huge, finite term)
 *   r2   = 1 − Σ(y − ŷ)² / Σ(y − ȳ)²; with Σ(y − ȳ)² = 0 it is 1 for a perfect fit, else 0
 *          (sklearn's force_finite=True)
 * O(n). NaN for no rows. Throws RangeError on unequal lengths.
 */
import { CompensatedSum } from './sum.js';

function check(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  if (yTrue.length !== yPred.length) throw new RangeError(`y_true has ${yTrue.length} rows, y_pred ${yPred.length}`);
  return yTrue.length;
}

function meanOf(n: number, term: (i: number) => number): number {
  if (n === 0) return Number.NaN;
  const sum = new CompensatedSum();
  for (let i = 0; i < n; i++) sum.add(term(i));
  return sum.value / n;
}

export function meanAbsoluteError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  return meanOf(check(yTrue, yPred), (i) => Math.abs(yTrue[i]! - yPred[i]!));
}

export function meanSquaredError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  return meanOf(check(yTrue, yPred), (i) => (yTrue[i]! - yPred[i]!) ** 2);
}

export function rootMeanSquaredError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  return Math.sqrt(meanSquaredError(yTrue, yPred));
}

export function meanAbsolutePercentageError(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  return meanOf(check(yTrue, yPred), (i) => Math.abs(yTrue[i]! - yPred[i]!) / Math.max(Math.abs(yTrue[i]!), Number.EPSILON));
}

export function r2Score(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  const n = check(yTrue, yPred);
  if (n === 0) return Number.NaN;
  const mean = meanOf(n, (i) => yTrue[i]!);
  const residual = new CompensatedSum();
  const total = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    residual.add((yTrue[i]! - yPred[i]!) ** 2);
    total.add((yTrue[i]! - mean) ** 2);
  }
  if (total.value === 0) return residual.value === 0 ? 1 : 0;
  return 1 - residual.value / total.value;
}
