/**
 * Confusion matrix as scikit-learn's `confusion_matrix(y_true, y_pred, labels=range(k))`:
 * `matrix[t][p]` counts rows whose true class is `t` and predicted class is `p`. Classes are
 * integer codes `0 … k−1`; for binary problems 1 is the positive class, so the matrix reads
 * `[[TN, FP], [FN, TP]]`. O(n + k²). Throws RangeError on unequal lengths or a code outside 0…k−1.
 */
export type ConfusionMatrix = number[][];

export function confusionMatrix(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  classCount: number,
): ConfusionMatrix {
  if (yTrue.length !== yPred.length) {
    throw new RangeError(`y_true has ${yTrue.length} rows, y_pred ${yPred.length}`);
  }
  const matrix: ConfusionMatrix = Array.from({ length: classCount }, () => new Array<number>(classCount).fill(0));
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i]!;
    const p = yPred[i]!;
    const row = matrix[t];
    if (row === undefined || !Number.isInteger(p) || p < 0 || p >= classCount) {
      throw new RangeError(`row ${i}: class codes must lie in 0…${classCount - 1}, got ${t} and ${p}`);
    }
    row[p]! += 1;
  }
  return matrix;
}

/** Σ over the whole matrix. O(k²). */
export function matrixTotal(matrix: ConfusionMatrix): number {
  let total = 0;
  for (const row of matrix) for (const cell of row) total += cell;
  return total;
}
