/** The metrics CBPE estimates, and what an estimate holds. */
import type { ConfusionMatrix } from '../metrics/confusion-matrix.js';

export type CbpeMetric = 'accuracy' | 'precision' | 'recall' | 'f1' | 'specificity' | 'roc_auc';

export const CBPE_METRICS: readonly CbpeMetric[] = ['accuracy', 'precision', 'recall', 'f1', 'specificity', 'roc_auc'];

export interface MetricEstimate {
  readonly value: number;
  readonly standard_error: number;
  /** value ∓ 3·standard_error, clipped to [0, 1]. */
  readonly lower: number;
  readonly upper: number;
}

export interface CbpeEstimate {
  readonly rows: number;
  /** Whether the reference scores were recalibrated (per class for multiclass). */
  readonly calibrated: boolean | readonly boolean[];
  /** The expected confusion matrix (`[true][pred]`, fractional counts). */
  readonly confusion_matrix: ConfusionMatrix;
  readonly metrics: Readonly<Record<CbpeMetric, MetricEstimate>>;
}

export function band(value: number, standardError: number): MetricEstimate {
  return {
    value,
    standard_error: standardError,
    lower: Math.max(0, value - 3 * standardError),
    upper: Math.min(1, value + 3 * standardError),
  };
}
