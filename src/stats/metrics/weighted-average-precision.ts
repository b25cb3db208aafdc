/**
 * Weighted average precision as scikit-learn 1.2.1's `average_precision_score(..., sample_weight=w)`
 * (binary): AP = Σ_j (R_j − R_{j−1})·P_j over the distinct scores from the highest down, with the
 * weighted curve of ./weighted-clf-curve.ts (P_j = tps_j / (tps_j + fps_j), R_j = tps_j / Σ
 * positive weight), stopping at the first score that reaches full recall. O(n) with an `order`,
 * O(n log n) without. NaN when the positives weigh nothing. Throws as weightedClfCurve.
 */
import { CompensatedSum } from './sum.js';
import { descendingOrder, weightedClfCurve } from './weighted-clf-curve.js';

export function weightedAveragePrecision(yTrue: ArrayLike<number>, score: ArrayLike<number>, weight: ArrayLike<number>, order?: Uint32Array): number {
  const { tps, fps } = weightedClfCurve(yTrue, score, weight, order ?? descendingOrder(score));
  const positives = tps[tps.length - 1] ?? 0;
  if (!(positives > 0)) return Number.NaN;
  const ap = new CompensatedSum();
  let previousRecall = 0;
  for (let j = 0; j < tps.length; j++) {
    const tp = tps[j]!;
    const predicted = tp + fps[j]!;
    const recall = tp / positives;
    // A step that adds only zero-weight rows has no precision; it adds no recall either.
    if (predicted > 0) ap.add((recall - previousRecall) * (tp / predicted));
    previousRecall = recall;
    if (tp === positives) break;
  }
  return ap.value;
}
