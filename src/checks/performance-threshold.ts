/**
 * Thresholds derived from the reference when a performance check writes none, as NannyML does:
 * the reference rows are cut, in their order, into 10 chunks (chunk c holds rows
 * ⌊c·n/10⌋ … ⌊(c+1)·n/10⌋ − 1, NannyML's default of 10 chunks), the metric is computed on each,
 * and the limit is mean − 3 · std for a metric where lower is worse (accuracy, roc_auc, r2, …),
 * mean + 3 · std for one where higher is worse (losses and errors), using the population std
 * over the chunks and clipped to the metric's range. The threshold is one-sided, in the metric's
 * bad direction: a value beyond the limit fails, and a model that does better than its reference
 * never does (NannyML's two-sided band would fail an improvement). Chunks where the metric is
 * undefined are skipped; fewer than 2 usable chunks derive nothing. The limit describes
 * chunk-sized samples: it is tightest when the evaluated window holds about as many rows as a
 * chunk. O(n · cost of the metric).
 */
import type { PerformanceMetric, Thresholds } from '../policy/types.js';
import { failure, ok, type Result } from '../problems.js';
import { subset, type Decoded } from './performance-decode.js';
import { computeMetric, metricRange } from './performance-metric.js';
import { count } from './counts.js';

export const DERIVED_CHUNKS = 10;
export const DERIVED_STDS = 3;

/** Which way each metric gets worse: `lower` for scores of skill, `higher` for losses and errors. */
export const BAD_DIRECTION: Readonly<Record<PerformanceMetric, 'lower' | 'higher'>> = {
  accuracy: 'lower',
  balanced_accuracy: 'lower',
  precision: 'lower',
  recall: 'lower',
  f1: 'lower',
  specificity: 'lower',
  roc_auc: 'lower',
  average_precision: 'lower',
  r2: 'lower',
  log_loss: 'higher',
  brier: 'higher',
  ece: 'higher',
  mae: 'higher',
  mse: 'higher',
  rmse: 'higher',
  mape: 'higher',
};

export interface DerivedBand {
  readonly thresholds: Thresholds;
  readonly derived_from: string;
  readonly detail: { chunks: number; chunk_rows: number; mean: number; std: number; lower: number | null; upper: number | null };
}

export function deriveBand(metric: PerformanceMetric, reference: Decoded, average: 'macro' | 'weighted'): Result<DerivedBand> {
  const n = reference.rows.length;
  if (n < 2 * DERIVED_CHUNKS) return failure('check/no-reference', `the reference has ${n} labelled rows, too few to derive thresholds from ${DERIVED_CHUNKS} chunks`);
  const values: number[] = [];
  for (let c = 0; c < DERIVED_CHUNKS; c++) {
    const lo = Math.floor((c * n) / DERIVED_CHUNKS);
    const hi = Math.floor(((c + 1) * n) / DERIVED_CHUNKS);
    const positions = Array.from({ length: hi - lo }, (_, i) => lo + i);
    const { value } = computeMetric(metric, subset(reference, positions), average);
    if (Number.isFinite(value)) values.push(value);
  }
  if (values.length < 2) return failure('check/undefined-metric', `${metric} is undefined on most reference chunks; no thresholds could be derived`);
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const std = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
  const [low, high] = metricRange(metric);
  const chunkRows = Math.floor(n / DERIVED_CHUNKS);
  const detail = { chunks: values.length, chunk_rows: chunkRows, mean, std };
  const spread = (sign: string) => `${mean.toPrecision(4)} ${sign} ${(DERIVED_STDS * std).toPrecision(3)}`;
  const over = `over ${values.length} chunks of about ${count(chunkRows)} rows`;
  if (BAD_DIRECTION[metric] === 'lower') {
    const lower = Math.max(low, mean - DERIVED_STDS * std);
    return ok({
      thresholds: { fail: { lt: lower } },
      derived_from: `reference: mean − ${DERIVED_STDS} std of ${metric} ${over} (${spread('−')}, clipped to the metric's range; fails below)`,
      detail: { ...detail, lower, upper: null },
    });
  }
  const upper = Math.min(high, mean + DERIVED_STDS * std);
  return ok({
    thresholds: { fail: { gt: upper } },
    derived_from: `reference: mean + ${DERIVED_STDS} std of ${metric} ${over} (${spread('+')}, clipped to the metric's range; fails above)`,
    detail: { ...detail, lower: null, upper },
  });
}
