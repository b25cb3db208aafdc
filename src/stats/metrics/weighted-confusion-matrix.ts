/**
 * Weighted confusion matrix as scikit-learn's `confusion_matrix(y_true, y_pred,
 * labels=range(k), sample_weight=w)`: `matrix[t][p]` = Σ w_i over rows with true class t and
 * predicted class p. The label metrics of ./from-confusion.ts read it as they read counts, so
 * weighted accuracy, precision, recall, f1, specificity and balanced accuracy come from it, as
 * sklearn computes them with sample_weight. One difference: a class whose rows all weigh 0 is
 * absent from the weighted matrix, so macro averages leave it out, where sklearn's label set
 * (unique_labels, unweighted) keeps it at 0 — here the metric is that of the weighted
 * population, in which the class does not occur.
 * O(n + k²). Throws RangeError on unequal lengths, a code outside 0…k−1, or a weight that is
 * negative or not finite.
 */
import type { ConfusionMatrix } from './confusion-matrix.js';

export function weightedConfusionMatrix(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  classCount: number,
  weight: ArrayLike<number>,
): ConfusionMatrix {
  const n = yTrue.length;
  if (yPred.length !== n || weight.length !== n) {
    throw new RangeError(`y_true has ${n} rows, y_pred ${yPred.length}, the weights ${weight.length}`);
  }
  const matrix: ConfusionMatrix = Array.from({ length: classCount }, () => new Array<number>(classCount).fill(0));
  for (let i = 0; i < n; i++) {
    const w = weight[i]!;
    if (!(w >= 0 && w < Number.POSITIVE_INFINITY)) throw new RangeError(`row ${i}: weight ${w} is not a finite number ≥ 0`);
    const t = yTrue[i]!;
    const p = yPred[i]!;
    const row = matrix[t];
    if (row === undefined || !Number.isInteger(p) || p < 0 || p >= classCount) {
      throw new RangeError(`row ${i}: class codes must lie in 0…${classCount - 1}, got ${t} and ${p}`);
    }
    row[p]! += w;
  }
  return matrix;
}
