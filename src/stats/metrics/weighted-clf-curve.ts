/**
 * Weighted cumulative true and false positives at each distinct score, highest first, as
 * scikit-learn's `_binary_clf_curve(y_true, y_score, sample_weight=w)`:
 *   tps_j = Σ w_i·[y_i = 1],  fps_j = Σ w_i·[y_i ≠ 1]  over rows scored ≥ the j-th distinct score.
 * Tied scores form one step, so ties are never broken by row order. `order` (row indices by
 * descending score, from `descendingOrder`) may be given when many weightings share one score
 * column: the sort is then paid once. The basis of the weighted ROC AUC and average precision.
 * O(n) with an order, O(n log n) without. Throws RangeError on unequal lengths, a NaN score, or a
 * weight that is negative or not finite.
 */
import type { ClfCurve } from './clf-curve.js';

/** Row indices by descending score. O(n log n). Throws RangeError on a NaN score. */
export function descendingOrder(score: ArrayLike<number>): Uint32Array {
  const n = score.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(score[i]!)) throw new RangeError(`row ${i}: the score is NaN`);
    order[i] = i;
  }
  return order.sort((a, b) => score[b]! - score[a]!);
}

export function weightedClfCurve(
  yTrue: ArrayLike<number>,
  score: ArrayLike<number>,
  weight: ArrayLike<number>,
  order: Uint32Array = descendingOrder(score),
): ClfCurve {
  const n = yTrue.length;
  if (score.length !== n || weight.length !== n || order.length !== n) {
    throw new RangeError(`y_true has ${n} rows, the score ${score.length}, the weights ${weight.length}, the order ${order.length}`);
  }
  const tps = new Float64Array(n);
  const fps = new Float64Array(n);
  let steps = 0;
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < n; i++) {
    const row = order[i]!;
    const w = weight[row]!;
    if (!(w >= 0 && w < Number.POSITIVE_INFINITY)) throw new RangeError(`row ${row}: weight ${w} is not a finite number ≥ 0`);
    if (yTrue[row] === 1) tp += w;
    else fp += w;
    if (i === n - 1 || score[order[i + 1]!]! !== score[row]!) {
      tps[steps] = tp;
      fps[steps] = fp;
      steps++;
    }
  }
  return { tps: tps.subarray(0, steps), fps: fps.subarray(0, steps) };
}
