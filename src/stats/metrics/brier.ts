/**
 * Brier score as scikit-learn 1.2.1's `brier_score_loss` (binary only, as there):
 *   mean((y − p)²), with y ∈ {0, 1} and p the positive-class probability.
 * O(n). NaN for no rows. Throws RangeError on unequal lengths.
 */
import { CompensatedSum } from './sum.js';

export function brierScore(yTrue: ArrayLike<number>, probability: ArrayLike<number>): number {
  const n = yTrue.length;
  if (probability.length !== n) throw new RangeError(`y_true has ${n} rows, the probability ${probability.length}`);
  const sum = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    const d = (yTrue[i] === 1 ? 1 : 0) - probability[i]!;
    sum.add(d * d);
  }
  return n === 0 ? Number.NaN : sum.value / n;
}
