/**
 * Label metrics read off a confusion matrix (`matrix[true][pred]`), with scikit-learn 1.2.1's
 * definitions and `zero_division=0`:
 *   accuracy          = Σ_k C_kk / N
 *   balanced_accuracy = mean over classes with support of recall_k (classes absent from y_true
 *                       are left out, as sklearn does)
 *   precision_k = TP_k / (TP_k + FP_k),  recall_k = TP_k / (TP_k + FN_k),
 *   f1_k = 2·P_k·R_k / (P_k + R_k),      specificity_k = TN_k / (TN_k + FP_k)   (0 when 0/0)
 * Averaging: `binary` reports class 1 (the positive class); `macro` is the unweighted mean over
 * the classes present in y_true or y_pred (sklearn's label set); `weighted` weights each class by
 * its support (rows whose true class it is). Specificity is not an sklearn function: binary it
 * equals `recall_score(pos_label=0)`; multiclass it is averaged like recall.
 * The matrix may hold expected (fractional) counts, as CBPE's does. O(k²). Empty matrix → NaN.
 */
import type { ConfusionMatrix } from './confusion-matrix.js';
import { matrixTotal } from './confusion-matrix.js';

export type Averaging = 'binary' | 'macro' | 'weighted';

interface ClassCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  /** Rows whose true class this is. */
  readonly support: number;
  /** True when the class occurs in y_true or y_pred (sklearn's label set). */
  readonly present: boolean;
}

function classCounts(matrix: ConfusionMatrix): ClassCounts[] {
  const total = matrixTotal(matrix);
  return matrix.map((row, k) => {
    const tp = row[k] ?? 0;
    let rowSum = 0;
    let colSum = 0;
    for (let j = 0; j < matrix.length; j++) {
      rowSum += row[j] ?? 0;
      colSum += matrix[j]?.[k] ?? 0;
    }
    const fp = colSum - tp;
    const fn = rowSum - tp;
    return { tp, fp, fn, tn: total - tp - fp - fn, support: rowSum, present: rowSum + colSum > 0 };
  });
}

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function averaged(matrix: ConfusionMatrix, averaging: Averaging, perClass: (c: ClassCounts) => number): number {
  if (matrixTotal(matrix) === 0) return Number.NaN;
  const counts = classCounts(matrix);
  if (averaging === 'binary') {
    const positive = counts[1];
    if (positive === undefined || counts.length !== 2) {
      throw new RangeError(`binary averaging needs a 2×2 matrix, got ${counts.length}×${counts.length}`);
    }
    return perClass(positive);
  }
  const labels = counts.filter((c) => c.present);
  if (averaging === 'macro') {
    let sum = 0;
    for (const c of labels) sum += perClass(c);
    return sum / labels.length;
  }
  let weightSum = 0;
  let sum = 0;
  for (const c of labels) {
    weightSum += c.support;
    sum += perClass(c) * c.support;
  }
  return weightSum === 0 ? 0 : sum / weightSum;
}

export function accuracyFromMatrix(matrix: ConfusionMatrix): number {
  const total = matrixTotal(matrix);
  if (total === 0) return Number.NaN;
  let correct = 0;
  matrix.forEach((row, k) => (correct += row[k] ?? 0));
  return correct / total;
}

export function balancedAccuracyFromMatrix(matrix: ConfusionMatrix): number {
  let sum = 0;
  let classes = 0;
  for (const c of classCounts(matrix)) {
    if (c.support === 0) continue;
    sum += c.tp / c.support;
    classes++;
  }
  return classes === 0 ? Number.NaN : sum / classes;
}

export function precisionFromMatrix(matrix: ConfusionMatrix, averaging: Averaging): number {
  return averaged(matrix, averaging, (c) => ratio(c.tp, c.tp + c.fp));
}

export function recallFromMatrix(matrix: ConfusionMatrix, averaging: Averaging): number {
  return averaged(matrix, averaging, (c) => ratio(c.tp, c.tp + c.fn));
}

export function specificityFromMatrix(matrix: ConfusionMatrix, averaging: Averaging): number {
  return averaged(matrix, averaging, (c) => ratio(c.tn, c.tn + c.fp));
}

/** F1 from precision and recall, as sklearn 1.2.1 computes it (a 0 denominator gives 0). */
export function f1FromMatrix(matrix: ConfusionMatrix, averaging: Averaging): number {
  return averaged(matrix, averaging, (c) => {
    const p = ratio(c.tp, c.tp + c.fp);
    const r = ratio(c.tp, c.tp + c.fn);
    const denominator = p + r;
    return denominator === 0 ? 0 : (2 * p * r) / denominator;
  });
}
