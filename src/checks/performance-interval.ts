/**
 * The 95% interval of a performance metric on labelled rows (docs/statistics.md#intervals):
 *
 * - accuracy (binary or multiclass), and binary precision, recall and specificity: the Wilson
 *   score interval of the rate's k of n (stats/fairness/wilson.ts);
 * - binary roc_auc: DeLong's interval (stats/delong.ts);
 * - every other metric — f1 (decision: F1 is not a share of a fixed denominator, so it gets no
 *   Wilson interval), balanced_accuracy, multiclass averages, average_precision, log_loss,
 *   brier, ece and the regression metrics: a percentile bootstrap over the rows
 *   (stats/bootstrap.ts), seeded (mulberry32, seed 0) so a run gives the same interval every
 *   time; 1,000 resamples below 2,000 rows, then 2·10⁶ / n (at least 50) to bound the cost.
 *
 * Null when the interval is undefined: a zero denominator, a class with fewer than two rows for
 * DeLong, or fewer than two resamples with a defined metric.
 */
import { mulberry32 } from '../data/random.js';
import type { PerformanceMetric } from '../policy/types.js';
import { percentileBootstrap } from '../stats/bootstrap.js';
import { delongRocAuc } from '../stats/delong.js';
import { wilsonInterval } from '../stats/fairness/wilson.js';
import type { ConfusionMatrix } from '../stats/metrics/index.js';
import { subset, type Decoded } from './performance-decode.js';
import { computeMetric } from './performance-metric.js';

export interface MetricInterval {
  readonly method: 'wilson' | 'delong' | 'bootstrap';
  readonly confidence: number;
  readonly low: number;
  readonly high: number;
}

const CONFIDENCE = 0.95;
const BOOTSTRAP_SEED = 0;

/** k of n behind a rate, for the rates that are one proportion; null for the others. */
function rateCounts(metric: PerformanceMetric, cm: ConfusionMatrix, binary: boolean): readonly [number, number] | null {
  if (metric === 'accuracy') {
    let k = 0;
    let n = 0;
    cm.forEach((row, t) => row.forEach((c, p) => ((n += c), (k += t === p ? c : 0))));
    return [k, n];
  }
  if (!binary) return null;
  const [tn, fp] = [cm[0]![0]!, cm[0]![1]!];
  const [fn, tp] = [cm[1]![0]!, cm[1]![1]!];
  if (metric === 'precision') return [tp, tp + fp];
  if (metric === 'recall') return [tp, tp + fn];
  if (metric === 'specificity') return [tn, tn + fp];
  return null;
}

export function metricInterval(metric: PerformanceMetric, decoded: Decoded, average: 'macro' | 'weighted', confusion: ConfusionMatrix | null): MetricInterval | null {
  const closed = closedFormInterval(metric, decoded, confusion);
  return closed !== undefined ? closed : bootstrapInterval(metric, decoded, average);
}

/**
 * The Wilson or DeLong interval when the metric has one (null when it is undefined on these
 * rows), undefined when the metric needs the bootstrap. O(1) for rates, O(n log n) for the AUC:
 * cheap enough for every run, where the bootstrap (hundreds of recomputations) is not yet.
 */
export function closedFormInterval(metric: PerformanceMetric, decoded: Decoded, confusion: ConfusionMatrix | null): MetricInterval | null | undefined {
  if (decoded.yTrue === null) return null;
  const binary = decoded.kind === 'classification' && decoded.classes.length === 2 && decoded.classes[0] === '0' && decoded.classes[1] === '1';
  const counts = confusion === null ? null : rateCounts(metric, confusion, binary);
  if (counts !== null) {
    const [k, n] = counts;
    if (n === 0) return null;
    return { method: 'wilson', confidence: CONFIDENCE, ...wilsonInterval(k, n) };
  }
  if (metric === 'roc_auc' && binary && decoded.kind === 'classification' && decoded.scores !== null) {
    let positives = 0;
    for (const y of decoded.yTrue) positives += y === 1 ? 1 : 0;
    if (positives < 2 || decoded.yTrue.length - positives < 2) return null;
    const r = delongRocAuc(decoded.scores[0]!, decoded.yTrue);
    return { method: 'delong', confidence: CONFIDENCE, low: r.low, high: r.high };
  }
  return undefined;
}

function bootstrapInterval(metric: PerformanceMetric, decoded: Decoded, average: 'macro' | 'weighted'): MetricInterval | null {
  if (decoded.yTrue === null) return null;
  const n = decoded.yTrue.length;
  if (n < 2) return null;
  const random = mulberry32(BOOTSTRAP_SEED);
  const resamples = Math.min(1000, Math.max(50, Math.floor(2e6 / n)));
  const interval = percentileBootstrap(n, (positions) => metricOn(metric, subset(decoded, positions), average), random.uniform, { resamples, confidence: CONFIDENCE });
  return interval === null ? null : { method: 'bootstrap', confidence: CONFIDENCE, low: interval.low, high: interval.high };
}

/** The metric on a resample, NaN when the resample leaves it undefined (one class only, say). */
function metricOn(metric: PerformanceMetric, decoded: Decoded, average: 'macro' | 'weighted'): number {
  try {
    return computeMetric(metric, decoded, average).value;
  } catch (cause) {
    if (cause instanceof RangeError) return Number.NaN;
    throw cause;
  }
}
