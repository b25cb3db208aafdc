/**
 * The interval of a performance metric on labelled rows, at a confidence level (0.95 unless a
 * threshold asks for another; docs/statistics.md#intervals):
 *
 * - accuracy (binary or multiclass), and binary precision, recall and specificity: the Wilson
 *   score interval of the rate's k of n (stats/fairness/wilson.ts);
 * - binary roc_auc: DeLong's interval (stats/delong.ts);
 * - every other metric — f1 (decision: F1 is not a share of a fixed denominator, so it gets no
 *   Wilson interval), balanced_accuracy, multiclass averages, average_precision, log_loss,
 *   brier, ece and the regression metrics: a bootstrap over the rows, seeded (mulberry32,
 *   seed 0) so a run gives the same interval every time, drawn three ways (stats/bootstrap.ts):
 *   a metric of the confusion matrix resamples the matrix (one multinomial draw a resample),
 *   a mean over rows (losses, errors, R², ECE) resamples per-row values, and a ranking metric
 *   (average precision, multiclass AUC) resamples row weights over rows sorted once.
 *
 * The cost rule (`bootstrapPlan`; docs/statistics.md#intervals has the timings). B = max(1,000,
 * 20/(1 − level)) resamples, so that each tail of the percentile interval holds ten or more:
 * - a confusion-matrix metric: the percentile interval over max(2,000, B) resamples at any size
 *   (O(B·k²));
 * - a row metric on n rows with n·B ≤ 5·10⁶ (5,000 rows at 95%): the percentile interval over
 *   B resamples of the rows;
 * - a row metric on more rows: the bag of little bootstraps (stats/bootstrap-rows.ts): 4
 *   disjoint seeded subsets of min(5,000, n/4) rows, each resampled 50 times to n rows by
 *   multinomial weights; the interval is value ± z·sd, sd the root mean of the subsets' sample
 *   variances of the replicates, clipped to the metric's range. O(n + 10⁶), whatever n.
 *
 * Null when the interval is undefined: a zero denominator, a class with fewer than two rows for
 * DeLong, or fewer than two resamples with a defined metric.
 */
import { mulberry32 } from '../data/random.js';
import type { PerformanceMetric } from '../policy/types.js';
import { multinomialReplicates, percentileInterval } from '../stats/bootstrap.js';
import { sumsReplicates, weightsReplicates, type RandomSource } from '../stats/bootstrap-rows.js';
import { delongRocAuc } from '../stats/delong.js';
import { wilsonInterval, Z_95 } from '../stats/fairness/wilson.js';
import {
  accuracyFromMatrix,
  balancedAccuracyFromMatrix,
  f1FromMatrix,
  precisionFromMatrix,
  recallFromMatrix,
  specificityFromMatrix,
  type Averaging,
  type ConfusionMatrix,
} from '../stats/metrics/index.js';
import { twoSidedZ } from '../stats/normal-quantile.js';
import { sampleVariance } from '../stats/sample-variance.js';
import { subset, type Decoded } from './performance-decode.js';
import { computeMetric, metricRange } from './performance-metric.js';
import { canonicalRows, canonicalSample } from './performance-row-order.js';

export interface MetricInterval {
  readonly method: 'wilson' | 'delong' | 'bootstrap';
  readonly confidence: number;
  readonly low: number;
  readonly high: number;
}

/** The level of the interval a check shows when no threshold asks for one. */
export const DEFAULT_CONFIDENCE = 0.95;
const BOOTSTRAP_SEED = 0;
const MATRIX_RESAMPLES = 2000;
const PERCENTILE_RESAMPLES = 1000;
/** Row draws the full row bootstrap may make; beyond, the little one (5,000 rows at 95%). */
const ROW_DRAWS = 5e6;
const LITTLE_SUBSETS = 4;
const LITTLE_ROWS = 5_000;
const LITTLE_RESAMPLES = 50;
/** Replicates each tail of a percentile interval needs at the least. */
const TAIL_REPLICATES = 10;

/** z of the two-sided interval; at 0.95 the constant Wilson and DeLong have always used (scipy's ndtri(0.975)). */
export function zFor(confidence: number): number {
  return confidence === 0.95 ? Z_95 : twoSidedZ(confidence);
}

type Classified = Extract<Decoded, { kind: 'classification' }>;

const isBinary = (d: Decoded): d is Classified => d.kind === 'classification' && d.classes.length === 2 && d.classes[0] === '0' && d.classes[1] === '1';

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

/** `value`, when known, is the metric on these rows (the little bootstrap centres on it). */
export function metricInterval(metric: PerformanceMetric, decoded: Decoded, average: 'macro' | 'weighted', confusion: ConfusionMatrix | null, confidence: number = DEFAULT_CONFIDENCE, value?: number): MetricInterval | null {
  const closed = closedFormInterval(metric, decoded, confusion, confidence);
  return closed !== undefined ? closed : bootstrapInterval(metric, decoded, average, confusion, confidence, value);
}

/**
 * The Wilson or DeLong interval when the metric has one (null when it is undefined on these
 * rows), undefined when the metric needs the bootstrap. O(1) for rates, O(n log n) for the AUC.
 */
export function closedFormInterval(metric: PerformanceMetric, decoded: Decoded, confusion: ConfusionMatrix | null, confidence: number = DEFAULT_CONFIDENCE): MetricInterval | null | undefined {
  if (decoded.yTrue === null) return null;
  const binary = isBinary(decoded);
  const counts = confusion === null ? null : rateCounts(metric, confusion, binary);
  const z = zFor(confidence);
  if (counts !== null) {
    const [k, n] = counts;
    if (n === 0) return null;
    return { method: 'wilson', confidence, ...wilsonInterval(k, n, z) };
  }
  if (metric === 'roc_auc' && binary && decoded.scores !== null) {
    let positives = 0;
    for (const y of decoded.yTrue) positives += y === 1 ? 1 : 0;
    if (positives < 2 || decoded.yTrue.length - positives < 2) return null;
    const r = delongRocAuc(decoded.scores[0]!, decoded.yTrue, z);
    return { method: 'delong', confidence, low: r.low, high: r.high };
  }
  return undefined;
}

/**
 * The bootstrap a metric gets on n rows (the cost rule above): the full percentile bootstrap
 * over `resamples`, or the little bootstrap with `resamples` a subset.
 */
export function bootstrapPlan(n: number, matrix: boolean, confidence: number): { resamples: number; interval: 'percentile' | 'little' } {
  const percentile = Math.max(PERCENTILE_RESAMPLES, Math.ceil((2 * TAIL_REPLICATES) / (1 - confidence)));
  if (matrix) return { resamples: Math.max(MATRIX_RESAMPLES, percentile), interval: 'percentile' };
  if (n * percentile <= ROW_DRAWS) return { resamples: percentile, interval: 'percentile' };
  return { resamples: LITTLE_RESAMPLES, interval: 'little' };
}

/** A metric's bootstrap replicates. */
interface Replicator {
  /** Finite replicates of `resamples` resamples of `size` rows (the rows themselves by default). */
  readonly replicates: (random: RandomSource, resamples: number, size?: number) => Float64Array;
  /** The statistic on the rows themselves (every weight 1): equal to the metric, which the tests check. */
  readonly onRows: () => number;
}

export function bootstrapInterval(metric: PerformanceMetric, decoded: Decoded, average: 'macro' | 'weighted', confusion: ConfusionMatrix | null, confidence: number = DEFAULT_CONFIDENCE, value?: number): MetricInterval | null {
  if (decoded.yTrue === null) return null;
  const n = decoded.yTrue.length;
  if (n < 2) return null;
  const random = mulberry32(BOOTSTRAP_SEED);
  const plan = bootstrapPlan(n, isMatrixMetric(metric, decoded), confidence);
  if (plan.interval === 'percentile') {
    // The rows in the order of their values: the same rows give the same interval in any order.
    const rows = isMatrixMetric(metric, decoded) ? decoded : subset(decoded, canonicalRows(decoded));
    const replicator = replicatorFor(metric, rows, average, confusion);
    const interval = percentileInterval(replicator.replicates(random, plan.resamples), confidence);
    return interval === null ? null : { method: 'bootstrap', confidence, low: interval.low, high: interval.high };
  }
  // The bag of little bootstraps: disjoint seeded subsets, each resampled to n rows.
  const size = Math.min(LITTLE_ROWS, Math.floor(n / LITTLE_SUBSETS));
  // Subsets drawn by the rows' values, not their positions (performance-row-order.ts).
  const picked = Int32Array.from(canonicalSample(decoded, LITTLE_SUBSETS * size));
  let variance = 0;
  let subsets = 0;
  for (let s = 0; s < LITTLE_SUBSETS; s++) {
    const rows = Array.from(picked.subarray(s * size, (s + 1) * size));
    const values = replicatorFor(metric, subset(decoded, rows), average, null).replicates(random, plan.resamples, n);
    if (values.length < 2) continue;
    variance += sampleVariance(values);
    subsets++;
  }
  const estimate = value ?? computeMetric(metric, decoded, average).value;
  if (subsets === 0 || !Number.isFinite(estimate)) return null;
  const half = zFor(confidence) * Math.sqrt(variance / subsets);
  const [lowest, highest] = metricRange(metric);
  return { method: 'bootstrap', confidence, low: Math.max(lowest, estimate - half), high: Math.min(highest, estimate + half) };
}

/** The replicator for a metric; exported for the tests that check each one against the metric itself. */
export function replicatorFor(metric: PerformanceMetric, decoded: Decoded, average: 'macro' | 'weighted', confusion: ConfusionMatrix | null): Replicator {
  if (decoded.yTrue === null) throw new Error('a bootstrap needs labels');
  if (decoded.kind === 'regression') return regressionReplicator(metric, decoded.yTrue, decoded.yPred);
  const matrixMetric = MATRIX_METRICS[metric];
  if (matrixMetric !== undefined) {
    const cm = confusion ?? computeMetric(metric, decoded, average).confusion!;
    const k = cm.length;
    const averaging: Averaging = isBinary(decoded) ? 'binary' : average;
    const cells = Float64Array.from(cm.flat());
    const statistic = (counts: Int32Array): number => matrixMetric(Array.from({ length: k }, (_, t) => Array.from(counts.subarray(t * k, (t + 1) * k))), averaging);
    return { replicates: (random, b) => multinomialReplicates(cells, statistic, random.uniform, b), onRows: () => statistic(Int32Array.from(cells)) };
  }
  return scoreReplicator(metric, decoded, average);
}

const isMatrixMetric = (metric: PerformanceMetric, d: Decoded): boolean => d.kind === 'classification' && MATRIX_METRICS[metric] !== undefined;

const MATRIX_METRICS: Partial<Record<PerformanceMetric, (cm: ConfusionMatrix, averaging: Averaging) => number>> = {
  accuracy: (cm) => accuracyFromMatrix(cm),
  balanced_accuracy: (cm) => balancedAccuracyFromMatrix(cm),
  precision: precisionFromMatrix,
  recall: recallFromMatrix,
  f1: f1FromMatrix,
  specificity: specificityFromMatrix,
};

const mean = (s: Float64Array): number => s[1]! / s[0]!;

function rowMeans(columns: Float64Array[], statistic: (sums: Float64Array) => number): Replicator {
  return { replicates: (random, b, size) => sumsReplicates(columns, null, statistic, random, b, size), onRows: () => statistic(sumsOnRows(columns, null)) };
}

/** sumsReplicates's layout for the rows themselves. */
function sumsOnRows(columns: readonly Float64Array[], groups: { codes: Uint8Array; count: number } | null): Float64Array {
  const stride = columns.length + 1;
  const sums = new Float64Array((groups?.count ?? 1) * stride);
  const n = columns[0]!.length;
  for (let i = 0; i < n; i++) {
    const at = groups === null ? 0 : groups.codes[i]! * stride;
    sums[at]! += 1;
    columns.forEach((column, j) => (sums[at + 1 + j]! += column[i]!));
  }
  return sums;
}

function regressionReplicator(metric: PerformanceMetric, y: Float64Array, p: Float64Array): Replicator {
  const n = y.length;
  if (metric === 'r2') {
    // Σe², Σy′, Σy′² with y′ = y − ȳ: centring first keeps Σy′² − (Σy′)²/m free of cancellation.
    let sum = 0;
    for (let i = 0; i < n; i++) sum += y[i]!;
    const centre = sum / n;
    const e2 = Float64Array.from(y, (v, i) => (v - p[i]!) ** 2);
    const yc = Float64Array.from(y, (v) => v - centre);
    const yc2 = Float64Array.from(yc, (v) => v * v);
    return rowMeans([e2, yc, yc2], (s) => {
      const total = s[3]! - (s[2]! * s[2]!) / s[0]!;
      // A resample whose targets are all equal: sklearn's force_finite rule (1 for a perfect fit, else 0).
      if (!(total > 1e-12 * s[3]!)) return s[1]! === 0 ? 1 : 0;
      return 1 - s[1]! / total;
    });
  }
  const term: (v: number, i: number) => number =
    metric === 'mae' ? (v, i) => Math.abs(v - p[i]!)
    : metric === 'mape' ? (v, i) => Math.abs(v - p[i]!) / Math.max(Math.abs(v), Number.EPSILON)
    : (v, i) => (v - p[i]!) ** 2; // mse, rmse
  const column = Float64Array.from(y, term);
  return rowMeans([column], metric === 'rmse' ? (s) => Math.sqrt(mean(s)) : mean);
}

const clip = (v: number): number => Math.min(Math.max(v, Number.EPSILON), 1 - Number.EPSILON);

function scoreReplicator(metric: PerformanceMetric, d: Classified, average: 'macro' | 'weighted'): Replicator {
  const yTrue = d.yTrue!;
  if (d.scores === null) throw new Error(`metric ${metric} needs scores`);
  const scores = d.scores;
  const binary = isBinary(d);
  const n = yTrue.length;
  switch (metric) {
    case 'log_loss': {
      // Each row's term as stats/metrics/log-loss.ts computes it.
      const loss = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        if (binary) {
          const q = clip(scores[0]![i]!);
          loss[i] = -Math.log((yTrue[i] === 1 ? q : 1 - q) / (1 - q + q));
        } else {
          let total = 0;
          for (const column of scores) total += clip(column[i]!);
          loss[i] = -Math.log(clip(scores[yTrue[i]!]![i]!) / total);
        }
      }
      return rowMeans([loss], mean);
    }
    case 'brier':
      return rowMeans([Float64Array.from(yTrue, (y, i) => ((y === 1 ? 1 : 0) - scores[0]![i]!) ** 2)], mean);
    case 'ece':
      return eceReplicator(d, binary);
    case 'average_precision':
      return averagePrecisionReplicator(yTrue, scores[0]!);
    case 'roc_auc':
      return ovrAucReplicator(yTrue, scores, average);
    default:
      throw new Error(`metric ${metric} has no bootstrap`);
  }
}

/** ECE from per-bin counts and sums: Σ_b |Σ outcome − Σ probability|_b / n (stats/metrics/ece.ts's bins). */
function eceReplicator(d: Classified, binary: boolean): Replicator {
  const yTrue = d.yTrue!;
  const s = d.scores!;
  const n = yTrue.length;
  const outcome = binary ? Float64Array.from(yTrue, (y) => (y === 1 ? 1 : 0)) : Float64Array.from(yTrue, (t, i) => (t === d.yPred[i] ? 1 : 0));
  const probability = binary ? Float64Array.from(s[0]!) : Float64Array.from(yTrue, (_, i) => s[d.yPred[i]!]![i]!);
  const bins = 10;
  const edges = Array.from({ length: bins - 1 }, (_, i) => (i + 1) * 0.1);
  const codes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let b = 0;
    while (b < edges.length && edges[b]! < probability[i]!) b++;
    codes[i] = b;
  }
  const statistic = (sums: Float64Array): number => {
    let ece = 0;
    let rows = 0;
    for (let b = 0; b < bins; b++) {
      ece += Math.abs(sums[3 * b + 1]! - sums[3 * b + 2]!);
      rows += sums[3 * b]!;
    }
    return ece / rows;
  };
  const groups = { codes, count: bins };
  return { replicates: (random, b, size) => sumsReplicates([outcome, probability], groups, statistic, random, b, size), onRows: () => statistic(sumsOnRows([outcome, probability], groups)) };
}

/** Rows sorted by descending score; `last[i]` = 1 where sorted row i ends a run of tied scores. */
function descending(score: Float64Array): { order: Uint32Array; last: Uint8Array } {
  const n = score.length;
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => score[b]! - score[a]!);
  const last = new Uint8Array(n);
  for (let i = 0; i < n; i++) last[i] = i === n - 1 || score[order[i + 1]!] !== score[order[i]!] ? 1 : 0;
  return { order, last };
}

/**
 * Average precision (stats/metrics/average-precision.ts) with row weights. Rows are exchangeable,
 * so the weights are taken over the rows in score order: the pass reads them in sequence.
 */
function averagePrecisionReplicator(yTrue: Int32Array, score: Float64Array): Replicator {
  const { order, last } = descending(score);
  const positive = Uint8Array.from(order, (row) => (yTrue[row] === 1 ? 1 : 0));
  const statistic = (w: Int32Array): number => {
    let positives = 0;
    for (let i = 0; i < w.length; i++) positives += w[i]! * positive[i]!;
    if (positives === 0) return Number.NaN;
    let tp = 0;
    let fp = 0;
    let ap = 0;
    let previousRecall = 0;
    for (let i = 0; i < w.length; i++) {
      const weight = w[i]!;
      if (positive[i] === 1) tp += weight;
      else fp += weight;
      if (last[i] === 0 || tp + fp === 0) continue;
      const recall = tp / positives;
      ap += (recall - previousRecall) * (tp / (tp + fp));
      previousRecall = recall;
      if (tp === positives) break;
    }
    return ap;
  };
  return { replicates: (random, b, size) => weightsReplicates(order.length, statistic, random, b, size), onRows: () => statistic(new Int32Array(order.length).fill(1)) };
}

/** One-vs-rest ROC AUC (stats/metrics/roc-auc.ts's rocAucOvr) with row weights, one sorted pass per class. */
function ovrAucReplicator(yTrue: Int32Array, scores: readonly Float64Array[], average: 'macro' | 'weighted'): Replicator {
  const perClass = scores.map((score, k) => {
    const { order, last } = descending(score);
    return { order, last, own: Uint8Array.from(order, (row) => (yTrue[row] === k ? 1 : 0)) };
  });
  const statistic = (w: Int32Array): number => {
    let sum = 0;
    let weightSum = 0;
    for (const { order, last, own } of perClass) {
      let positives = 0;
      let total = 0;
      for (let i = 0; i < w.length; i++) {
        total += w[i]!;
        positives += w[order[i]!]! * own[i]!;
      }
      const negatives = total - positives;
      if (positives === 0 || negatives === 0) return Number.NaN;
      let tp = 0;
      let fp = 0;
      let x = 0;
      let y = 0;
      let area = 0;
      for (let i = 0; i < order.length; i++) {
        const weight = w[order[i]!]!;
        if (own[i] === 1) tp += weight;
        else fp += weight;
        if (last[i] === 0) continue;
        const nextX = fp / negatives;
        const nextY = tp / positives;
        area += ((nextX - x) * (nextY + y)) / 2;
        x = nextX;
        y = nextY;
      }
      const weight = average === 'macro' ? 1 : positives;
      sum += area * weight;
      weightSum += weight;
    }
    return sum / weightSum;
  };
  return { replicates: (random, b, size) => weightsReplicates(yTrue.length, statistic, random, b, size), onRows: () => statistic(new Int32Array(yTrue.length).fill(1)) };
}
