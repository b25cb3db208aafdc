/**
 * Average precision as scikit-learn 1.2.1's `average_precision_score` (binary):
 *   AP = Σ_j (R_j − R_{j−1}) · P_j
 * over the distinct score thresholds from the highest down, stopping at the first threshold that
 * reaches full recall; P_j = TP/(TP+FP) and R_j = TP/positives at threshold j, R_{−1} = 0. A step
 * function, not the trapezoid. Tied scores form one step. O(n log n). NaN when there is no
 * positive row. Throws RangeError on unequal lengths.
 */
import { binaryClfCurve } from './clf-curve.js';
import { CompensatedSum } from './sum.js';

export function averagePrecision(yTrue: ArrayLike<number>, score: ArrayLike<number>): number {
  const { tps, fps } = binaryClfCurve(yTrue, score);
  const positives = tps[tps.length - 1] ?? 0;
  if (positives === 0) return Number.NaN;
  const ap = new CompensatedSum();
  let previousRecall = 0;
  for (let j = 0; j < tps.length; j++) {
    const tp = tps[j]!;
    const recall = tp / positives;
    ap.add((recall - previousRecall) * (tp / (tp + fps[j]!)));
    previousRecall = recall;
    if (tp === positives) break;
  }
  return ap.value;
}
