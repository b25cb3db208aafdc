/**
 * Confidence-based performance estimation (NannyML's CBPE): performance estimates without
 * labels, from calibrated probabilities. See docs/statistics.md#cbpe.
 */
export { fitCbpeBinary, expectedConfusionMatrix, type BinaryReference, type BinaryScores, type CbpeBinary } from './binary.js';
export { fitCbpeMulticlass, type MulticlassReference, type MulticlassScores, type CbpeMulticlass } from './multiclass.js';
export { fitCalibration, equalCountEce, type Calibration } from './calibration.js';
export { estimateRocAuc } from './estimate-roc-auc.js';
export { samplingComponents, standardError, type SamplingComponents } from './sampling-error.js';
export { CBPE_METRICS, band, type CbpeEstimate, type CbpeMetric, type MetricEstimate } from './types.js';
