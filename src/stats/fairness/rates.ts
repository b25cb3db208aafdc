/**
 * Group rates for fairness, with Fairlearn's definitions (fairlearn.metrics, which in turn follow
 * scikit-learn), from a group's confusion counts (tp, fp, tn, fn; positive class = 1):
 *   selection_rate       = (tp + fp) / n                 fraction predicted positive
 *   true_positive_rate   = tp / (tp + fn)                recall
 *   false_positive_rate  = fp / (fp + tn)
 *   false_negative_rate  = fn / (tp + fn)
 *   precision            = tp / (tp + fp)
 *   accuracy             = (tp + tn) / n
 * Each rate is k / m for counts k of m, so it carries a Wilson interval (wilson.ts). A rate whose
 * denominator is 0 is undefined (null) — where scikit-learn would warn and return 0. O(1).
 * `selection_rate` needs no labels: `selectionCounts` gives it from predictions alone.
 */
import { Z_95, wilsonInterval, type Interval } from './wilson.js';

export const FAIRNESS_METRICS = [
  'selection_rate',
  'true_positive_rate',
  'false_positive_rate',
  'false_negative_rate',
  'precision',
  'accuracy',
] as const;
export type FairnessMetric = (typeof FAIRNESS_METRICS)[number];

export const needsLabels = (metric: FairnessMetric): boolean => metric !== 'selection_rate';

export interface ConfusionCounts {
  readonly tp: number;
  readonly fp: number;
  readonly tn: number;
  readonly fn: number;
}

export interface Rate {
  /** k / m, or null when m = 0. */
  readonly value: number | null;
  readonly k: number;
  readonly m: number;
  /** Wilson interval, or null when m = 0. */
  readonly interval: Interval | null;
}

/** The numerator and denominator of each metric. */
export function rateCounts(counts: ConfusionCounts, metric: FairnessMetric): { k: number; m: number } {
  const { tp, fp, tn, fn } = counts;
  switch (metric) {
    case 'selection_rate':
      return { k: tp + fp, m: tp + fp + tn + fn };
    case 'true_positive_rate':
      return { k: tp, m: tp + fn };
    case 'false_positive_rate':
      return { k: fp, m: fp + tn };
    case 'false_negative_rate':
      return { k: fn, m: tp + fn };
    case 'precision':
      return { k: tp, m: tp + fp };
    case 'accuracy':
      return { k: tp + tn, m: tp + fp + tn + fn };
  }
}

export function rateOf(counts: ConfusionCounts, metric: FairnessMetric, z: number = Z_95): Rate {
  const { k, m } = rateCounts(counts, metric);
  if (m === 0) return { value: null, k, m, interval: null };
  return { value: k / m, k, m, interval: wilsonInterval(k, m, z) };
}

/**
 * Confusion counts of one group: `truth` and `predicted` hold 1 (positive), 0 (negative) or
 * -1 (missing; the row is skipped). `rows` lists the group's row indices. O(rows).
 */
export function confusionCounts(truth: Int8Array | null, predicted: Int8Array, rows: Uint32Array): ConfusionCounts {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (const row of rows) {
    const p = predicted[row]!;
    if (p < 0) continue;
    // Without labels only the selection rate is meaningful: every row counts as a negative truth.
    const t = truth === null ? 0 : truth[row]!;
    if (t < 0) continue;
    if (p === 1) {
      if (t === 1) tp++;
      else fp++;
    } else if (t === 1) fn++;
    else tn++;
  }
  return { tp, fp, tn, fn };
}
