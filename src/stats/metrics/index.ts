/**
 * Performance metrics with scikit-learn 1.2.1's definitions (see docs/statistics.md#performance).
 * Classes are integer codes 0…k−1; binary problems use 1 as the positive class.
 */
export { confusionMatrix, matrixTotal, type ConfusionMatrix } from './confusion-matrix.js';
export {
  accuracyFromMatrix,
  balancedAccuracyFromMatrix,
  precisionFromMatrix,
  recallFromMatrix,
  f1FromMatrix,
  specificityFromMatrix,
  type Averaging,
} from './from-confusion.js';
export { rocAuc, rocAucOvr } from './roc-auc.js';
export { averagePrecision } from './average-precision.js';
export { logLossBinary, logLossMulticlass } from './log-loss.js';
export { brierScore } from './brier.js';
export { expectedCalibrationError } from './ece.js';
export {
  meanAbsoluteError,
  meanSquaredError,
  rootMeanSquaredError,
  meanAbsolutePercentageError,
  r2Score,
} from './regression.js';
export { CompensatedSum, compensatedSum } from './sum.js';
export { weightedConfusionMatrix } from './weighted-confusion-matrix.js';
export { descendingOrder, weightedClfCurve } from './weighted-clf-curve.js';
export { weightedRocAuc, weightedRocAucOvr } from './weighted-roc-auc.js';
export { weightedAveragePrecision } from './weighted-average-precision.js';
export {
  weightedLogLossBinary,
  weightedLogLossMulticlass,
  weightedBrierScore,
  weightedMeanAbsoluteError,
  weightedMeanSquaredError,
  weightedRootMeanSquaredError,
  weightedMeanAbsolutePercentageError,
  weightedR2Score,
} from './weighted-mean.js';
