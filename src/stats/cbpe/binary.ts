/**
 * Confidence-based performance estimation (CBPE) for binary classifiers, as NannyML publishes
 * it: fitted on a labelled reference, it estimates metrics on unlabelled data from the
 * calibrated probabilities alone. With p̂ the calibrated probability of the positive class and ŷ
 * the model's label, the expected confusion matrix is
 *   TP = Σ_{ŷ=1} p̂,  FP = Σ_{ŷ=1} (1 − p̂),  FN = Σ_{ŷ=0} p̂,  TN = Σ_{ŷ=0} (1 − p̂),
 * and accuracy, precision, recall, specificity and f1 are read off it with the usual formulas;
 * ROC AUC is estimated as in ./estimate-roc-auc.ts. Each estimate carries NannyML's standard
 * error (./sampling-error.ts) and a ±3 SE band. Valid while P(y | score) stays as on the reference
 * (covariate shift, not concept drift). Fit O(n log n); estimate O(m log m).
 * Throws RangeError on unequal lengths.
 */
import { confusionMatrix, type ConfusionMatrix } from '../metrics/confusion-matrix.js';
import {
  accuracyFromMatrix,
  f1FromMatrix,
  precisionFromMatrix,
  recallFromMatrix,
  specificityFromMatrix,
} from '../metrics/from-confusion.js';
import { fitCalibration, type Calibration } from './calibration.js';
import { estimateRocAuc } from './estimate-roc-auc.js';
import { samplingComponents, standardError, type SamplingComponents } from './sampling-error.js';
import { band, type CbpeEstimate, type CbpeMetric, type MetricEstimate } from './types.js';

export interface BinaryScores {
  /** The model's probability (or score) for the positive class. */
  readonly score: ArrayLike<number>;
  /** The model's label, 0 or 1. */
  readonly yPred: ArrayLike<number>;
}

export interface BinaryReference extends BinaryScores {
  readonly yTrue: ArrayLike<number>;
}

export interface CbpeBinary {
  readonly calibration: Calibration;
  readonly components: SamplingComponents;
  estimate(current: BinaryScores): CbpeEstimate;
}

/** The expected confusion matrix `[[TN, FP], [FN, TP]]` from calibrated probabilities. */
export function expectedConfusionMatrix(calibrated: ArrayLike<number>, yPred: ArrayLike<number>): ConfusionMatrix {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < calibrated.length; i++) {
    const p = calibrated[i]!;
    if (yPred[i] === 1) {
      tp += p;
      fp += 1 - p;
    } else {
      fn += p;
      tn += 1 - p;
    }
  }
  return [
    [tn, fp],
    [fn, tp],
  ];
}

export function fitCbpeBinary(reference: BinaryReference): CbpeBinary {
  const n = reference.yTrue.length;
  if (reference.score.length !== n || reference.yPred.length !== n) {
    throw new RangeError('the reference label, score and prediction columns differ in length');
  }
  // Validates the codes (0/1) of the reference labels and predictions.
  confusionMatrix(reference.yTrue, reference.yPred, 2);
  const calibration = fitCalibration(reference.yTrue, reference.score);
  const components = samplingComponents(reference.yTrue, reference.yPred, reference.score);

  return {
    calibration,
    components,
    estimate(current: BinaryScores): CbpeEstimate {
      const m = current.score.length;
      if (current.yPred.length !== m) throw new RangeError('the current score and prediction columns differ in length');
      const calibrated = Float64Array.from({ length: m }, (_, i) => calibration.apply(current.score[i]!));
      const matrix = expectedConfusionMatrix(calibrated, current.yPred);
      const values: Record<CbpeMetric, number> = {
        accuracy: accuracyFromMatrix(matrix),
        precision: precisionFromMatrix(matrix, 'binary'),
        recall: recallFromMatrix(matrix, 'binary'),
        f1: f1FromMatrix(matrix, 'binary'),
        specificity: specificityFromMatrix(matrix, 'binary'),
        roc_auc: estimateRocAuc(current.score, calibrated),
      };
      const metrics = Object.fromEntries(
        (Object.keys(values) as CbpeMetric[]).map((k) => [k, band(values[k], standardError(components[k], m))]),
      ) as Record<CbpeMetric, MetricEstimate>;
      return { rows: m, calibrated: calibration.calibrated, confusion_matrix: matrix, metrics };
    },
  };
}
