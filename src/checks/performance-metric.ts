/**
 * One performance metric on decoded, labelled rows (docs/statistics.md#performance), with the
 * confusion matrix for classification. Which metrics fit which task: label and score metrics for
 * classification (average_precision and brier binary only, as in scikit-learn 1.2.1), error
 * metrics for regression. Multiclass precision, recall, f1, specificity and roc_auc are averaged
 * as the check says (macro or weighted). The range of each metric bounds derived thresholds.
 */
import type { PerformanceMetric, Task } from '../policy/types.js';
import {
  accuracyFromMatrix,
  averagePrecision,
  balancedAccuracyFromMatrix,
  brierScore,
  confusionMatrix,
  expectedCalibrationError,
  f1FromMatrix,
  logLossBinary,
  logLossMulticlass,
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanSquaredError,
  precisionFromMatrix,
  r2Score,
  recallFromMatrix,
  rocAuc,
  rocAucOvr,
  rootMeanSquaredError,
  specificityFromMatrix,
  type ConfusionMatrix,
} from '../stats/metrics/index.js';
import type { Decoded } from './performance-decode.js';
import { failure, type Failure } from '../problems.js';

export const REGRESSION_METRICS: readonly PerformanceMetric[] = ['mae', 'mse', 'rmse', 'mape', 'r2'];
export const SCORE_METRICS: readonly PerformanceMetric[] = ['roc_auc', 'average_precision', 'log_loss', 'brier', 'ece'];
export const BINARY_ONLY_METRICS: readonly PerformanceMetric[] = ['average_precision', 'brier'];

/** Null when the metric is defined for the task; otherwise why not (the policy contradicts itself). */
export function metricFitsTask(metric: PerformanceMetric, task: Task): Failure | null {
  const regression = REGRESSION_METRICS.includes(metric);
  if (task === 'regression' && !regression) return failure('policy/conflict', `metric ${metric} is for classification, but the model's task is regression`);
  if (task !== 'regression' && regression) return failure('policy/conflict', `metric ${metric} is for regression, but the model's task is ${task}`);
  if (task === 'multiclass_classification' && BINARY_ONLY_METRICS.includes(metric)) {
    return failure('policy/conflict', `metric ${metric} is defined for binary classification only (as in scikit-learn 1.2.1)`);
  }
  return null;
}

/** [lowest, highest] value the metric can take. */
export function metricRange(metric: PerformanceMetric): readonly [number, number] {
  if (metric === 'r2') return [Number.NEGATIVE_INFINITY, 1];
  if (['log_loss', 'mae', 'mse', 'rmse', 'mape'].includes(metric)) return [0, Number.POSITIVE_INFINITY];
  return [0, 1];
}

export interface MetricValue {
  readonly value: number;
  readonly confusion: ConfusionMatrix | null;
}

export function computeMetric(metric: PerformanceMetric, decoded: Decoded, average: 'macro' | 'weighted'): MetricValue {
  if (decoded.yTrue === null) throw new Error('computeMetric needs labels');
  if (decoded.kind === 'regression') {
    const y = decoded.yTrue;
    const p = decoded.yPred;
    const value =
      metric === 'mae' ? meanAbsoluteError(y, p)
      : metric === 'mse' ? meanSquaredError(y, p)
      : metric === 'rmse' ? rootMeanSquaredError(y, p)
      : metric === 'mape' ? meanAbsolutePercentageError(y, p)
      : r2Score(y, p);
    return { value, confusion: null };
  }
  const { yTrue, yPred, scores, classes } = decoded;
  const binary = classes.length === 2 && classes[0] === '0' && classes[1] === '1';
  const averaging = binary ? 'binary' : average;
  const cm = confusionMatrix(yTrue, yPred, classes.length);
  const needScores = (): readonly Float64Array[] => {
    if (scores === null) throw new Error(`metric ${metric} needs scores`);
    return scores;
  };
  let value: number;
  switch (metric) {
    case 'accuracy': value = accuracyFromMatrix(cm); break;
    case 'balanced_accuracy': value = balancedAccuracyFromMatrix(cm); break;
    case 'precision': value = precisionFromMatrix(cm, averaging); break;
    case 'recall': value = recallFromMatrix(cm, averaging); break;
    case 'f1': value = f1FromMatrix(cm, averaging); break;
    case 'specificity': value = specificityFromMatrix(cm, averaging); break;
    case 'roc_auc': value = binary ? rocAuc(yTrue, needScores()[0]!) : rocAucOvr(yTrue, needScores(), average); break;
    case 'average_precision': value = averagePrecision(yTrue, needScores()[0]!); break;
    case 'brier': value = brierScore(yTrue, needScores()[0]!); break;
    case 'log_loss': value = binary ? logLossBinary(yTrue, needScores()[0]!) : logLossMulticlass(yTrue, needScores()); break;
    case 'ece': {
      const s = needScores();
      if (binary) {
        value = expectedCalibrationError(yTrue, s[0]!);
      } else {
        const correct = Int32Array.from(yTrue, (t, i) => (t === yPred[i] ? 1 : 0));
        const confidence = Float64Array.from(yTrue, (_, i) => s[yPred[i]!]![i]!);
        value = expectedCalibrationError(correct, confidence);
      }
      break;
    }
    default:
      throw new Error(`metric ${metric} is not a classification metric`);
  }
  return { value, confusion: cm };
}
