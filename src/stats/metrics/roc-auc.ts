/**
 * Area under the ROC curve as scikit-learn 1.2.1's `roc_auc_score`: the trapezoidal area under
 * (FPR, TPR) over the distinct score thresholds (tied scores form one diagonal step, i.e. count
 * one half), which equals the Mann–Whitney U / (n₊·n₋). Multiclass: one-vs-rest, `macro` = mean
 * of the per-class binary AUCs, `weighted` = weighted by class prevalence (sklearn's
 * `multi_class="ovr"`). O(n log n) per class. NaN when a class (or, binary, either class) has no
 * rows, where sklearn raises. Throws RangeError on unequal lengths.
 */
import { binaryClfCurve } from './clf-curve.js';
import { CompensatedSum } from './sum.js';

export function rocAuc(yTrue: ArrayLike<number>, score: ArrayLike<number>): number {
  const { tps, fps } = binaryClfCurve(yTrue, score);
  return rocArea(tps, fps);
}

/**
 * The trapezoidal area under (FP/FP_n, TP/TP_n) from cumulative true- and false-positive
 * counts (or expected counts, for CBPE's estimate) at each distinct threshold, highest score
 * first. NaN when there are no positives or no negatives.
 */
export function rocArea(tps: ArrayLike<number>, fps: ArrayLike<number>): number {
  const positives = tps[tps.length - 1] ?? 0;
  const negatives = fps[fps.length - 1] ?? 0;
  if (!(positives > 0) || !(negatives > 0)) return Number.NaN;
  const area = new CompensatedSum();
  let x = 0;
  let y = 0;
  for (let i = 0; i < tps.length; i++) {
    const nextX = fps[i]! / negatives;
    const nextY = tps[i]! / positives;
    area.add(((nextX - x) * (nextY + y)) / 2);
    x = nextX;
    y = nextY;
  }
  return area.value;
}

/** One-vs-rest ROC AUC; `scores[k]` holds every row's score for class k. */
export function rocAucOvr(
  yTrue: ArrayLike<number>,
  scores: readonly ArrayLike<number>[],
  averaging: 'macro' | 'weighted',
): number {
  const n = yTrue.length;
  let sum = 0;
  let weightSum = 0;
  for (let k = 0; k < scores.length; k++) {
    const isClass = new Uint8Array(n);
    let support = 0;
    for (let i = 0; i < n; i++) {
      if (yTrue[i] === k) {
        isClass[i] = 1;
        support++;
      }
    }
    const auc = rocAuc(isClass, scores[k]!);
    if (Number.isNaN(auc)) return Number.NaN;
    const weight = averaging === 'macro' ? 1 : support;
    sum += auc * weight;
    weightSum += weight;
  }
  return weightSum === 0 ? Number.NaN : sum / weightSum;
}
