/**
 * CBPE's standard errors, as NannyML's `sampling_error/binary_classification.py`: each metric is
 * written as a mean over the reference rows that enter it, and its standard error on n current
 * rows is   SE = σ_ref / √(n · f)   where σ_ref is the population standard deviation of those
 * per-row terms on the reference and f the share of reference rows that enter the metric:
 *   accuracy     terms: 1 correct / 0 wrong, over all rows (f = 1)
 *   precision    1 for TP, 0 for FP;  f = share predicted positive
 *   recall       1 for TP, 0 for FN;  f = share actually positive
 *   specificity  1 for TN, 0 for FP;  f = (TN + FP) / n
 *   f1           c for TP, 0 for FP and FN, c = (TP+FP+FN)/(TP + (FP+FN)/2); f = (TP+FP+FN)/n
 *   roc_auc      for each positive (in score order), the share of negatives scored below it
 *                (classes flipped first when positives are the majority); f = share positive
 * Multiclass (one-vs-rest, macro): SE = √(Σ_k SE_k²) / K over the per-class binary errors.
 * O(n log n) for roc_auc, O(n) otherwise.
 */
import type { CbpeMetric } from './types.js';

/** σ_ref and f for each metric, from the reference. */
export type SamplingComponents = Readonly<Record<CbpeMetric, { readonly std: number; readonly fraction: number }>>;

function bernoulliStd(ones: number, zeros: number, scale = 1): number {
  const total = ones + zeros;
  if (total === 0) return Number.NaN;
  const q = ones / total;
  return scale * Math.sqrt(q * (1 - q));
}

function aurocComponents(yTrue: ArrayLike<number>, score: ArrayLike<number>): { std: number; fraction: number } {
  const n = yTrue.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += yTrue[i] === 1 ? 1 : 0;
  const flip = positives / n > 0.5;
  const label = (i: number): number => (flip ? 1 - (yTrue[i] === 1 ? 1 : 0) : yTrue[i] === 1 ? 1 : 0);
  const value = (i: number): number => (flip ? 1 - score[i]! : score[i]!);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => value(a) - value(b) || a - b);
  const pos = flip ? n - positives : positives;
  const neg = n - pos;
  const terms: number[] = [];
  // NannyML: ranks of positives (0-based, a positive at rank 0 is dropped as in np.unique(...)[1:]),
  // minus the number of positives kept before it = negatives scored below it.
  for (let rank = 1; rank < n; rank++) {
    if (label(order[rank]!) === 1) terms.push((rank - terms.length) / neg);
  }
  let mean = 0;
  for (const t of terms) mean += t;
  mean /= terms.length;
  let sq = 0;
  for (const t of terms) sq += (t - mean) ** 2;
  return { std: Math.sqrt(sq / terms.length), fraction: pos / n };
}

export function samplingComponents(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  score: ArrayLike<number>,
): SamplingComponents {
  const n = yTrue.length;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < n; i++) {
    const t = yTrue[i] === 1;
    const p = yPred[i] === 1;
    if (t && p) tp++;
    else if (!t && p) fp++;
    else if (t && !p) fn++;
    else tn++;
  }
  const f1Scale = (tp + fp + fn) / (tp + (fp + fn) / 2);
  return {
    accuracy: { std: bernoulliStd(tp + tn, fp + fn), fraction: 1 },
    precision: { std: bernoulliStd(tp, fp), fraction: (tp + fp) / n },
    recall: { std: bernoulliStd(tp, fn), fraction: (tp + fn) / n },
    specificity: { std: bernoulliStd(tn, fp), fraction: (tn + fp) / n },
    f1: { std: bernoulliStd(tp, fp + fn, f1Scale), fraction: (tp + fp + fn) / n },
    roc_auc: aurocComponents(yTrue, score),
  };
}

export function standardError(component: { readonly std: number; readonly fraction: number }, rows: number): number {
  return component.std / Math.sqrt(rows * component.fraction);
}
