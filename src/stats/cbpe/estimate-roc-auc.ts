/**
 * NannyML's estimate of ROC AUC without labels (`estimate_roc_auc`): rows sorted by the model's
 * own (uncalibrated) score, highest first; the calibrated probability p̂ of each row counts as
 * an expected true positive and 1 − p̂ as an expected false positive:
 *   TP_j = Σ_{i≤j} p̂_i,  FP_j = j − TP_j,  TPR = TP/TP_n,  FPR = FP/FP_n,  AUC = trapezoid area.
 * Unlike NannyML (which breaks ties by sort order and rounds the sums to 5 decimals), tied
 * scores form one step, as scikit-learn does for the realized AUC. O(n log n). NaN when all
 * expected positives or negatives are zero.
 */
import { rocArea } from '../metrics/roc-auc.js';
import { CompensatedSum } from '../metrics/sum.js';

export function estimateRocAuc(score: ArrayLike<number>, calibrated: ArrayLike<number>): number {
  const n = score.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[b]! - score[a]! || a - b);
  const tpsAt: number[] = [];
  const fpsAt: number[] = [];
  const tp = new CompensatedSum();
  let fpSum = 0;
  for (let j = 0; j < n; j++) {
    const row = order[j]!;
    tp.add(calibrated[row]!);
    fpSum += 1 - calibrated[row]!;
    const next = order[j + 1];
    if (next === undefined || score[next]! !== score[row]!) {
      tpsAt.push(tp.value);
      fpsAt.push(fpSum);
    }
  }
  return rocArea(tpsAt, fpsAt);
}
