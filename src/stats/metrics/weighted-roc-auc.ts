/**
 * Weighted ROC AUC as scikit-learn 1.2.1's `roc_auc_score(..., sample_weight=w)`: the trapezoidal
 * area under (FPR, TPR) of the weighted curve (./weighted-clf-curve.ts; tied scores form one
 * diagonal step). Multiclass: one-vs-rest, `macro` = mean of the per-class AUCs, `weighted` =
 * weighted by each class's weighted support Σ w_i·[y_i = k], as sklearn's `_average_binary_score`.
 * `orders` (per score column, from `descendingOrder`) saves the sort when many weightings share
 * the scores. O(n) per class with orders, O(n log n) without. NaN when a class (binary: either
 * class) has no weight, where sklearn raises. Throws as weightedClfCurve.
 */
import { rocArea } from './roc-auc.js';
import { descendingOrder, weightedClfCurve } from './weighted-clf-curve.js';

export function weightedRocAuc(yTrue: ArrayLike<number>, score: ArrayLike<number>, weight: ArrayLike<number>, order?: Uint32Array): number {
  const { tps, fps } = weightedClfCurve(yTrue, score, weight, order ?? descendingOrder(score));
  return rocArea(tps, fps);
}

export function weightedRocAucOvr(
  yTrue: ArrayLike<number>,
  scores: readonly ArrayLike<number>[],
  weight: ArrayLike<number>,
  averaging: 'macro' | 'weighted',
  orders?: readonly Uint32Array[],
): number {
  const n = yTrue.length;
  let sum = 0;
  let weightSum = 0;
  const isClass = new Uint8Array(n);
  for (let k = 0; k < scores.length; k++) {
    let support = 0;
    for (let i = 0; i < n; i++) {
      isClass[i] = yTrue[i] === k ? 1 : 0;
      if (isClass[i] === 1) support += weight[i]!;
    }
    const auc = weightedRocAuc(isClass, scores[k]!, weight, orders?.[k]);
    if (Number.isNaN(auc)) return Number.NaN;
    const w = averaging === 'macro' ? 1 : support;
    sum += auc * w;
    weightSum += w;
  }
  return weightSum === 0 ? Number.NaN : sum / weightSum;
}
