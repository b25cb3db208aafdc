/**
 * The performance check's bootstrap (src/checks/performance-interval.ts) against an independent
 * percentile bootstrap: numpy resampling the rows and scikit-learn's metrics
 * (test/fixtures/oracle/interval_oracle.py → test/fixtures/interval-oracle.json) on the scored
 * UCI Adult rows (examples/data/adult/current.csv), wine macro F1 and diabetes R² (inputs in
 * test/fixtures/metrics.json). The bootstrap is random, so the checks are statistical, with
 * fixed seeds and tolerances of 4.5 combined Monte Carlo standard errors (each side's SE from
 * its own replicates: sd/√B for a mean, √(a(1 − a)/B)/f(q) for a quantile, f by the quantile
 * spacing), so an implementation that is right fails with probability < 10⁻⁵ a comparison and
 * the seeds make that a fixed outcome:
 * (a) unbiased: each replicator's statistic on the rows themselves is the metric; the mean of
 *     the resampled metrics agrees with numpy's, and for a mean over rows equals the metric;
 * (b) at a large B the interval ends agree with numpy's.
 * And the little bootstrap's standard error agrees with numpy's full-bootstrap sd on 16,281 rows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { subset, type Decoded } from '../../src/checks/performance-decode.js';
import { metricInterval, replicatorFor, zFor } from '../../src/checks/performance-interval.js';
import { computeMetric } from '../../src/checks/performance-metric.js';
import { mulberry32 } from '../../src/data/random.js';
import type { NumericColumn } from '../../src/data/table.js';
import type { PerformanceMetric } from '../../src/policy/types.js';
import { adultTable } from './adult-table.js';

interface Ends {
  low: number;
  low_se: number;
  high: number;
  high_se: number;
}
interface Case {
  metric: PerformanceMetric;
  value: number;
  resamples: number;
  mean: number;
  sd: number;
  levels: Record<string, Ends>;
}
const oracle = JSON.parse(readFileSync(new URL('../fixtures/interval-oracle.json', import.meta.url), 'utf8')) as {
  bootstrap: Record<string, Case>;
  little: { rows: number; value: number; sd: number; resamples: number };
};
const metrics = JSON.parse(readFileSync(new URL('../fixtures/metrics.json', import.meta.url), 'utf8')) as {
  wine: { y_true: number[]; pred: number[]; proba: number[][] };
  diabetes: { y_true: number[]; y_pred: number[] };
};

const H = 0.01;

function quantile(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** An interval end off sorted replicates, with its Monte Carlo SE (the oracle's formula). */
function end(sorted: Float64Array, a: number): { q: number; se: number } {
  const spread = quantile(sorted, a + H) - quantile(sorted, a - H);
  return { q: quantile(sorted, a), se: (Math.sqrt((a * (1 - a)) / sorted.length) * spread) / (2 * H) };
}

async function adultFirst(n: number): Promise<Decoded> {
  const current = await adultTable('current');
  const column = (name: string) => (current.column(name) as NumericColumn).values.subarray(0, n);
  const yTrue = Int32Array.from(column('label'));
  return { kind: 'classification', classes: ['0', '1'], rows: new Uint32Array(n), yTrue, yPred: Int32Array.from(column('pred')), scores: [Float64Array.from(column('proba'))], missingPredictions: 0 };
}

const wine: Decoded = {
  kind: 'classification',
  classes: ['0', '1', '2'],
  rows: new Uint32Array(metrics.wine.y_true.length),
  yTrue: Int32Array.from(metrics.wine.y_true),
  yPred: Int32Array.from(metrics.wine.pred),
  scores: [0, 1, 2].map((k) => Float64Array.from(metrics.wine.proba, (row) => row[k]!)),
  missingPredictions: 0,
};
const diabetes: Decoded = { kind: 'regression', rows: new Uint32Array(metrics.diabetes.y_true.length), yTrue: Float64Array.from(metrics.diabetes.y_true), yPred: Float64Array.from(metrics.diabetes.y_pred), missingPredictions: 0 };

const adult = await adultFirst(1000);
const CASES: [string, Decoded, number][] = [
  ['adult_f1', adult, 100_000],
  ['adult_log_loss', adult, 4000],
  ['adult_average_precision', adult, 2000],
  ['wine_macro_f1', wine, 50_000],
  ['diabetes_r2', diabetes, 4000],
];

describe.each(CASES)('%s against numpy', (name, decoded, resamples) => {
  const want = oracle.bootstrap[name]!;
  const replicator = replicatorFor(want.metric, decoded, 'macro', null);
  const values = replicator.replicates(mulberry32(0), resamples);
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / values.length;

  it('computes the metric on the rows themselves (sklearn’s value)', () => {
    expect(Math.abs(replicator.onRows() - want.value)).toBeLessThan(1e-12);
    expect(Math.abs(computeMetric(want.metric, decoded, 'macro').value - want.value)).toBeLessThan(1e-12);
  });

  it('resamples without bias: the replicates’ mean agrees with numpy’s', () => {
    expect(values.length).toBe(resamples);
    expect(Math.abs(mean - want.mean)).toBeLessThan(4.5 * Math.sqrt(want.sd ** 2 / resamples + want.sd ** 2 / want.resamples));
  });

  it.each(Object.keys(want.levels))('gives numpy’s percentile interval at %s', (level) => {
    const ends = want.levels[level]!;
    const alpha = 1 - Number(level);
    const low = end(sorted, alpha / 2);
    const high = end(sorted, 1 - alpha / 2);
    expect(Math.abs(low.q - ends.low)).toBeLessThan(4.5 * Math.hypot(low.se, ends.low_se));
    expect(Math.abs(high.q - ends.high)).toBeLessThan(4.5 * Math.hypot(high.se, ends.high_se));
  });
});

describe('the bootstrap of a mean over rows', () => {
  it('is centred on the metric: E[resampled log loss] = the log loss', () => {
    const want = oracle.bootstrap.adult_log_loss!;
    const values = replicatorFor('log_loss', adult, 'macro', null).replicates(mulberry32(5), 4000);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(Math.abs(mean - want.value)).toBeLessThan(4.5 * (want.sd / Math.sqrt(values.length)));
  });
});

describe('every replicator on the rows themselves', () => {
  const multiclassMetrics: PerformanceMetric[] = ['f1', 'precision', 'recall', 'specificity', 'balanced_accuracy', 'log_loss', 'ece', 'roc_auc'];
  it.each(['f1', 'balanced_accuracy', 'log_loss', 'brier', 'ece', 'average_precision'] as const)('binary %s equals the metric', (metric) => {
    expect(replicatorFor(metric, adult, 'macro', null).onRows()).toBeCloseTo(computeMetric(metric, adult, 'macro').value, 12);
  });
  it.each(multiclassMetrics.flatMap((m) => [[m, 'macro'], [m, 'weighted']] as const))('multiclass %s (%s) equals the metric', (metric, average) => {
    expect(replicatorFor(metric, wine, average, null).onRows()).toBeCloseTo(computeMetric(metric, wine, average).value, 12);
  });
  it.each(['mae', 'mse', 'rmse', 'mape', 'r2'] as const)('regression %s equals the metric', (metric) => {
    const want = computeMetric(metric, diabetes, 'macro').value;
    expect(Math.abs(replicatorFor(metric, diabetes, 'macro', null).onRows() - want) / Math.abs(want)).toBeLessThan(1e-12);
  });
});

describe('the bag of little bootstraps (more than 5,000 rows at 95%)', async () => {
  const current = await adultTable('current');
  const all = await adultFirst(current.rowCount);
  const { value } = computeMetric('log_loss', all, 'macro');

  it('has numpy’s full-bootstrap standard error on 16,281 rows', () => {
    const interval = metricInterval('log_loss', all, 'macro', null, 0.95, value)!;
    expect(interval.method).toBe('bootstrap');
    expect((interval.low + interval.high) / 2).toBeCloseTo(value, 12);
    const se = (interval.high - interval.low) / (2 * zFor(0.95));
    // The little bootstrap's variance is a mean of 4 subsets' sample variances of 50 replicates
    // (relative SE √(2/196) ≈ 0.10, so 0.05 on the sd); numpy's sd from 2,000 is good to 0.016.
    expect(Math.abs(se / oracle.little.sd - 1)).toBeLessThan(4.5 * Math.hypot(0.05, 1 / Math.sqrt(2 * (oracle.little.resamples - 1))));
  });

  it('scales with the level as z does', () => {
    const at95 = metricInterval('log_loss', all, 'macro', null, 0.95, value)!;
    const at90 = metricInterval('log_loss', all, 'macro', null, 0.9, value)!;
    expect((at90.high - at90.low) / (at95.high - at95.low)).toBeCloseTo(zFor(0.9) / zFor(0.95), 12);
  });
});

describe('the bootstrap depends on the rows, not their order', () => {
  /** The rows in a seeded random order (a database without ORDER BY). */
  function shuffled(decoded: Decoded, seed: number): Decoded {
    const order = Array.from(decoded.rows, (_, i) => i);
    const random = mulberry32(seed);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random.uniform() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return subset(decoded, order);
  }

  /** Equal but for the last bits of sums taken in row order (the metric's own value has those too). */
  function expectSameInterval(actual: ReturnType<typeof metricInterval>, expected: ReturnType<typeof metricInterval>, what: string): void {
    expect(actual?.method, what).toBe(expected?.method);
    for (const key of ['low', 'high'] as const) expect(Math.abs((actual?.[key] ?? NaN) - (expected?.[key] ?? NaN)), `${what} ${key}`).toBeLessThanOrEqual(1e-12 * Math.abs(expected?.[key] ?? 1));
  }

  it('gives the same percentile and little-bootstrap intervals for the same rows in another order', async () => {
    const small = await adultFirst(2_000);
    const all = await adultFirst(16_281);
    for (const [metric, rows] of [['log_loss', small], ['average_precision', small], ['ece', all], ['log_loss', all]] as const) {
      const before = metricInterval(metric, rows, 'macro', null);
      expect(before, metric).not.toBeNull();
      for (const seed of [1, 2]) expectSameInterval(metricInterval(metric, shuffled(rows, seed), 'macro', null), before, `${metric} on ${rows.rows.length} rows`);
    }
    expectSameInterval(metricInterval('r2', shuffled(diabetes, 3), 'macro', null), metricInterval('r2', diabetes, 'macro', null), 'r2');
  });
});
