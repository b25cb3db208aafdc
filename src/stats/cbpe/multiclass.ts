/**
 * CBPE for multiclass classifiers, one-vs-rest as NannyML does: each class's probability column
 * gets its own calibration (./calibration.ts, on "is class k" against p_k), then each row's
 * calibrated probabilities are renormalised to sum to 1. The expected confusion matrix is
 *   C[t][p] = Σ_{rows predicted p} p̂(t),
 * accuracy = trace / n, and precision, recall, specificity and f1 are macro averages read off it;
 * ROC AUC is the mean over classes of the one-vs-rest estimate. Standard errors: accuracy as
 * binary; the others √(Σ_k SE_k²)/K over the per-class binary errors (NannyML's multiclass rule).
 * Fit O(K · n log n); estimate O(K · m log m). Throws RangeError on unequal lengths.
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

export interface MulticlassScores {
  /** `scores[k]`: every row's probability of class k. */
  readonly scores: readonly ArrayLike<number>[];
  /** The model's class code 0…K−1. */
  readonly yPred: ArrayLike<number>;
}

export interface MulticlassReference extends MulticlassScores {
  readonly yTrue: ArrayLike<number>;
}

export interface CbpeMulticlass {
  readonly calibrations: readonly Calibration[];
  estimate(current: MulticlassScores): CbpeEstimate;
}

function oneVsRest(codes: ArrayLike<number>, k: number): Uint8Array {
  return Uint8Array.from({ length: codes.length }, (_, i) => (codes[i] === k ? 1 : 0));
}

export function fitCbpeMulticlass(reference: MulticlassReference): CbpeMulticlass {
  const classes = reference.scores.length;
  const n = reference.yTrue.length;
  if (reference.yPred.length !== n || reference.scores.some((s) => s.length !== n)) {
    throw new RangeError('the reference label, score and prediction columns differ in length');
  }
  confusionMatrix(reference.yTrue, reference.yPred, classes);
  const calibrations: Calibration[] = [];
  const components: SamplingComponents[] = [];
  for (let k = 0; k < classes; k++) {
    const isK = oneVsRest(reference.yTrue, k);
    calibrations.push(fitCalibration(isK, reference.scores[k]!));
    components.push(samplingComponents(isK, oneVsRest(reference.yPred, k), reference.scores[k]!));
  }
  let correct = 0;
  for (let i = 0; i < n; i++) correct += reference.yTrue[i] === reference.yPred[i] ? 1 : 0;
  const q = correct / n;
  const accuracyStd = Math.sqrt(q * (1 - q));

  return {
    calibrations,
    estimate(current: MulticlassScores): CbpeEstimate {
      const m = current.yPred.length;
      if (current.scores.length !== classes || current.scores.some((s) => s.length !== m)) {
        throw new RangeError(`expected ${classes} score columns of ${m} rows`);
      }
      const calibrated = current.scores.map((column, k) =>
        Float64Array.from({ length: m }, (_, i) => calibrations[k]!.apply(column[i]!)),
      );
      const matrix: ConfusionMatrix = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
      for (let i = 0; i < m; i++) {
        let total = 0;
        for (let k = 0; k < classes; k++) total += calibrated[k]![i]!;
        for (let k = 0; k < classes; k++) {
          const p = total > 0 ? calibrated[k]![i]! / total : 1 / classes;
          calibrated[k]![i] = p;
          const predicted = current.yPred[i]!;
          const row = matrix[k]!;
          if (predicted < 0 || predicted >= classes) throw new RangeError(`row ${i}: class code ${predicted} outside 0…${classes - 1}`);
          row[predicted]! += p;
        }
      }
      let aucSum = 0;
      for (let k = 0; k < classes; k++) aucSum += estimateRocAuc(current.scores[k]!, calibrated[k]!);
      const values: Record<CbpeMetric, number> = {
        accuracy: accuracyFromMatrix(matrix),
        precision: precisionFromMatrix(matrix, 'macro'),
        recall: recallFromMatrix(matrix, 'macro'),
        f1: f1FromMatrix(matrix, 'macro'),
        specificity: specificityFromMatrix(matrix, 'macro'),
        roc_auc: aucSum / classes,
      };
      const se = (metric: CbpeMetric): number => {
        if (metric === 'accuracy') return accuracyStd / Math.sqrt(m);
        let sq = 0;
        for (const c of components) sq += standardError(c[metric], m) ** 2;
        return Math.sqrt(sq) / classes;
      };
      const metrics = Object.fromEntries(
        (Object.keys(values) as CbpeMetric[]).map((k) => [k, band(values[k], se(k))]),
      ) as Record<CbpeMetric, MetricEstimate>;
      return { rows: m, calibrated: calibrations.map((c) => c.calibrated), confusion_matrix: matrix, metrics };
    },
  };
}
