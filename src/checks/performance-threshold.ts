/**
 * Thresholds derived from the reference when a performance check writes none, as NannyML does:
 * the reference rows are cut, in their order, into 10 chunks (chunk c holds rows
 * ⌊c·n/10⌋ … ⌊(c+1)·n/10⌋ − 1, NannyML's default of 10 chunks), the metric is computed on each,
 * and the band is mean ± 3 · std (population std over the chunks), clipped to the metric's
 * range. A value outside the band fails. Chunks where the metric is undefined are skipped; fewer
 * than 2 usable chunks derive nothing. The band describes chunk-sized samples: it is tightest
 * when the evaluated window holds about as many rows as a chunk. O(n · cost of the metric).
 */
import type { PerformanceMetric, Thresholds } from '../policy/types.js';
import { subset, type Decoded } from './performance-decode.js';
import { computeMetric, metricRange } from './performance-metric.js';

export const DERIVED_CHUNKS = 10;
export const DERIVED_STDS = 3;

export interface DerivedBand {
  readonly thresholds: Thresholds;
  readonly derived_from: string;
  readonly detail: { chunks: number; chunk_rows: number; mean: number; std: number; lower: number | null; upper: number | null };
}

export function deriveBand(metric: PerformanceMetric, reference: Decoded, average: 'macro' | 'weighted'): DerivedBand | string {
  const n = reference.rows.length;
  if (n < 2 * DERIVED_CHUNKS) return `the reference has ${n} labelled rows, too few to derive thresholds from ${DERIVED_CHUNKS} chunks`;
  const values: number[] = [];
  for (let c = 0; c < DERIVED_CHUNKS; c++) {
    const lo = Math.floor((c * n) / DERIVED_CHUNKS);
    const hi = Math.floor(((c + 1) * n) / DERIVED_CHUNKS);
    const positions = Array.from({ length: hi - lo }, (_, i) => lo + i);
    const { value } = computeMetric(metric, subset(reference, positions), average);
    if (Number.isFinite(value)) values.push(value);
  }
  if (values.length < 2) return `${metric} is undefined on most reference chunks; no thresholds could be derived`;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const std = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
  const [low, high] = metricRange(metric);
  const lower = Math.max(low, mean - DERIVED_STDS * std);
  const upper = Math.min(high, mean + DERIVED_STDS * std);
  const fail: { lt?: number; gt?: number } = {};
  if (lower > low) fail.lt = lower;
  if (upper < high) fail.gt = upper;
  const chunkRows = Math.floor(n / DERIVED_CHUNKS);
  return {
    thresholds: { fail },
    derived_from: `reference: mean ± ${DERIVED_STDS} std of ${metric} over ${values.length} chunks of about ${chunkRows} rows (${mean.toPrecision(4)} ± ${(DERIVED_STDS * std).toPrecision(3)}, clipped to the metric's range)`,
    detail: {
      chunks: values.length,
      chunk_rows: chunkRows,
      mean,
      std,
      lower: lower > low ? lower : null,
      upper: upper < high ? upper : null,
    },
  };
}
