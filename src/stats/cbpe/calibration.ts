/**
 * Score calibration for CBPE, as NannyML's `needs_calibration` + `IsotonicCalibrator`: isotonic
 * regression of the label on the score, fitted on the reference, and used only when it lowers
 * the expected calibration error out of sample:
 *  - no calibration when the reference holds one class, or its ROC AUC exceeds 0.999;
 *  - otherwise 10 folds (row i in fold i mod 10; NannyML draws 10 stratified 10 % splits with a
 *    seed instead), isotonic fitted on the other nine, applied to the held-out fold; the ECE of
 *    the concatenated held-out scores before and after calibration is compared over 10
 *    equal-count bins of the sorted scores (NannyML's `_get_bin_index_edges`), each bin weighted
 *    by its share of rows, and calibration is used when it is strictly lower after.
 * O(n log n) for each of the 11 isotonic fits. Throws RangeError on unequal lengths.
 */
import { fitIsotonic, predictIsotonic, type IsotonicFit } from '../isotonic.js';
import { rocAuc } from '../metrics/roc-auc.js';

export interface Calibration {
  /** True when isotonic calibration lowered the out-of-sample ECE and is applied. */
  readonly calibrated: boolean;
  readonly eceBefore: number | null;
  readonly eceAfter: number | null;
  apply(score: number): number;
}

const FOLDS = 10;
const BINS = 10;

/** NannyML's equal-count ECE: rows sorted by probability, cut into bins of ⌊n/10⌋ rows. */
export function equalCountEce(outcome: ArrayLike<number>, probability: ArrayLike<number>, binCount = BINS): number {
  const n = probability.length;
  let bins = binCount;
  if (n <= 2 * bins) bins = Math.floor(n / 2);
  if (bins < 2) return Number.NaN;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => probability[a]! - probability[b]! || a - b);
  const width = Math.floor(n / bins);
  const edges: number[] = [];
  for (let e = 0; e <= n; e += width) edges.push(e);
  edges[edges.length - 1] = n;
  let ece = 0;
  for (let b = 0; b + 1 < edges.length; b++) {
    const lo = edges[b]!;
    const hi = edges[b + 1]!;
    let sumP = 0;
    let sumY = 0;
    for (let j = lo; j < hi; j++) {
      sumP += probability[order[j]!]!;
      sumY += outcome[order[j]!]!;
    }
    const size = hi - lo;
    ece += (size / n) * Math.abs(sumP / size - sumY / size);
  }
  return ece;
}

const IDENTITY: Calibration = { calibrated: false, eceBefore: null, eceAfter: null, apply: (s) => s };

export function fitCalibration(yTrue: ArrayLike<number>, score: ArrayLike<number>): Calibration {
  const n = yTrue.length;
  if (score.length !== n) throw new RangeError(`y_true has ${n} rows, the score ${score.length}`);
  const auc = rocAuc(yTrue, score);
  if (Number.isNaN(auc) || auc > 0.999 || n < 2 * FOLDS) return IDENTITY;

  const heldOutY: number[] = [];
  const heldOutBefore: number[] = [];
  const heldOutAfter: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const trainX: number[] = [];
    const trainY: number[] = [];
    for (let i = 0; i < n; i++) {
      if (i % FOLDS !== fold) {
        trainX.push(score[i]!);
        trainY.push(yTrue[i]!);
      }
    }
    const fit = fitIsotonic(trainX, trainY);
    for (let i = fold; i < n; i += FOLDS) {
      heldOutY.push(yTrue[i]!);
      heldOutBefore.push(score[i]!);
      heldOutAfter.push(predictIsotonic(fit, score[i]!));
    }
  }
  const eceBefore = equalCountEce(heldOutY, heldOutBefore);
  const eceAfter = equalCountEce(heldOutY, heldOutAfter);
  if (!(eceBefore > eceAfter)) return { calibrated: false, eceBefore, eceAfter, apply: (s) => s };
  const fit: IsotonicFit = fitIsotonic(score, yTrue);
  return { calibrated: true, eceBefore, eceAfter, apply: (s) => predictIsotonic(fit, s) };
}
