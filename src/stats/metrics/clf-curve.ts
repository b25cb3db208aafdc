/**
 * Cumulative true and false positives at each distinct score, highest score first, as
 * scikit-learn's `_binary_clf_curve`: rows are sorted by descending score and tied scores form
 * one step, so ties are never broken by row order. The basis of ROC AUC and average precision.
 * O(n log n). Throws RangeError on unequal lengths or a NaN score.
 */
export interface ClfCurve {
  /** tps[i], fps[i]: positives and negatives scored ≥ the i-th distinct threshold. */
  readonly tps: Float64Array;
  readonly fps: Float64Array;
}

export function binaryClfCurve(yTrue: ArrayLike<number>, score: ArrayLike<number>): ClfCurve {
  const n = yTrue.length;
  if (score.length !== n) throw new RangeError(`y_true has ${n} rows, the score ${score.length}`);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(score[i]!)) throw new RangeError(`row ${i}: the score is NaN`);
    order[i] = i;
  }
  order.sort((a, b) => score[b]! - score[a]!);
  const tps: number[] = [];
  const fps: number[] = [];
  let tp = 0;
  for (let i = 0; i < n; i++) {
    const row = order[i]!;
    tp += yTrue[row] === 1 ? 1 : 0;
    const next = order[i + 1];
    if (next === undefined || score[next]! !== score[row]!) {
      tps.push(tp);
      fps.push(i + 1 - tp);
    }
  }
  return { tps: Float64Array.from(tps), fps: Float64Array.from(fps) };
}
