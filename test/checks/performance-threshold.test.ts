/**
 * Thresholds derived from the reference (src/checks/performance-threshold.ts) are one-sided, in
 * the metric's bad direction: a model that gets better than its reference never fails. The data
 * is synthetic (a seeded PRNG), so every chunk's metric varies and neither side is clipped away.
 */
import { describe, it, expect } from 'vitest';
import { BAD_DIRECTION, deriveBand } from '../../src/checks/performance-threshold.js';
import { performanceCheck } from '../../src/checks/performance.js';
import type { Decoded } from '../../src/checks/performance-decode.js';
import type { PerformanceCheckSpec, PerformanceMetric, Task } from '../../src/policy/types.js';
import { mulberry32 as prng } from '../stats/detectors/prng.js';
import { numeric, policyWith, table } from './context.js';


/** Binary rows: a label, a noisy score `separation` away from 0.5 towards it, the label at 0.5. */
function binaryRows(n: number, noise: number, seed: number, separation = 0.15): { label: number[]; score: number[]; pred: number[] } {
  const random = prng(seed);
  const label: number[] = [];
  const score: number[] = [];
  for (let i = 0; i < n; i++) {
    const y = random() < 0.4 ? 1 : 0;
    label.push(y);
    score.push(Math.min(0.99, Math.max(0.01, 0.5 + (y === 1 ? separation : -separation) + (random() - 0.5) * noise)));
  }
  return { label, score, pred: score.map((s) => (s >= 0.5 ? 1 : 0)) };
}

function binaryDecoded(n: number, seed: number): Decoded {
  const { label, score, pred } = binaryRows(n, 0.9, seed);
  return {
    kind: 'classification',
    classes: ['0', '1'],
    rows: Uint32Array.from(label, (_, i) => i),
    yTrue: Int32Array.from(label),
    yPred: Int32Array.from(pred),
    scores: [Float64Array.from(score)],
    missingPredictions: 0,
  };
}

function regressionDecoded(n: number, seed: number): Decoded {
  const random = prng(seed);
  const yTrue = Float64Array.from({ length: n }, () => 10 + random() * 10);
  return {
    kind: 'regression',
    rows: Uint32Array.from(yTrue, (_, i) => i),
    yTrue,
    yPred: Float64Array.from(yTrue, (y) => y + (random() - 0.5) * 4),
    missingPredictions: 0,
  };
}

const HIGHER_IS_BETTER: readonly PerformanceMetric[] = ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'specificity', 'roc_auc', 'average_precision', 'r2'];
const LOWER_IS_BETTER: readonly PerformanceMetric[] = ['log_loss', 'brier', 'ece', 'mae', 'mse', 'rmse', 'mape'];
const REGRESSION: readonly PerformanceMetric[] = ['mae', 'mse', 'rmse', 'mape', 'r2'];

describe('derived thresholds are one-sided, in the bad direction', () => {
  it('names a direction for every metric', () => {
    expect(Object.keys(BAD_DIRECTION).sort()).toEqual([...HIGHER_IS_BETTER, ...LOWER_IS_BETTER].sort());
  });

  it.each(HIGHER_IS_BETTER.map((m) => [m] as const))('%s fails only below the band', (metric) => {
    const reference = REGRESSION.includes(metric) ? regressionDecoded(2_000, 3) : binaryDecoded(2_000, 3);
    const derived = deriveBand(metric, reference, 'macro');
    if (!derived.ok) throw new Error(derived.message);
    const band = derived.value;
    expect(BAD_DIRECTION[metric]).toBe('lower');
    expect(Object.keys(band.thresholds.fail!)).toEqual(['lt']);
    expect(band.thresholds.fail!.lt).toBeCloseTo(band.detail.mean - 3 * band.detail.std, 12);
    expect(band.detail.upper).toBeNull();
    expect(band.detail.lower).toBe(band.thresholds.fail!.lt);
    expect(band.thresholds.warn).toBeUndefined();
    expect(band.derived_from).toMatch(/fails below/);
  });

  it.each(LOWER_IS_BETTER.map((m) => [m] as const))('%s fails only above the band', (metric) => {
    const reference = REGRESSION.includes(metric) ? regressionDecoded(2_000, 5) : binaryDecoded(2_000, 5);
    const derived = deriveBand(metric, reference, 'macro');
    if (!derived.ok) throw new Error(derived.message);
    const band = derived.value;
    expect(BAD_DIRECTION[metric]).toBe('higher');
    expect(Object.keys(band.thresholds.fail!)).toEqual(['gt']);
    expect(band.thresholds.fail!.gt).toBeCloseTo(band.detail.mean + 3 * band.detail.std, 12);
    expect(band.detail.lower).toBeNull();
    expect(band.detail.upper).toBe(band.thresholds.fail!.gt);
    expect(band.derived_from).toMatch(/fails above/);
  });
});

describe('a model better than its reference passes under derived thresholds', () => {
  const policy = policyWith({ target: 'label', score: 'proba', prediction: 'pred' });
  function spec(metric: PerformanceMetric): PerformanceCheckSpec {
    return { id: 'perf', type: 'performance', metric, average: 'macro', min_samples: 100, min_group_size: 100, pointer: '/checks/0' };
  }
  function binaryTable(noise: number, seed: number, separation?: number) {
    const { label, score, pred } = binaryRows(3_000, noise, seed, separation);
    return table(numeric('label', label), numeric('proba', score), numeric('pred', pred));
  }
  function run(metric: PerformanceMetric, current: ReturnType<typeof binaryTable>, reference: ReturnType<typeof binaryTable>, task: Task = 'binary_classification') {
    const p = { ...policy, model: { ...policy.model, task } };
    return performanceCheck.run(spec(metric), { policy: p, reference, current, currentUnwindowed: current, window: null, labels: null, now: new Date('2026-11-24T12:00:00Z') });
  }

  it.each(['accuracy', 'roc_auc', 'f1', 'log_loss', 'brier'] as const)('%s: a much better model passes, a much worse one fails', (metric) => {
    const reference = binaryTable(0.9, 11);
    const better = run(metric, binaryTable(0.2, 12), reference);
    expect(better.status).toBe('pass');
    const worse = run(metric, binaryTable(0.9, 13, 0.01), reference);
    expect(worse.status).toBe('fail');
  });

  it('r2 and rmse: a more accurate regression passes, a less accurate one fails', () => {
    const random = prng(21);
    const make = (noise: number) => {
      const y = Array.from({ length: 3_000 }, () => 10 + random() * 10);
      return table(numeric('label', y), numeric('pred', y.map((v) => v + (random() - 0.5) * noise)));
    };
    const regressionPolicy = { ...policyWith({ target: 'label', prediction: 'pred' }), model: { name: 'm', task: 'regression' as const, owners: [] } };
    const reference = make(4);
    for (const metric of ['r2', 'rmse'] as const) {
      const runOn = (current: ReturnType<typeof make>) => performanceCheck.run(spec(metric), { policy: regressionPolicy, reference, current, currentUnwindowed: current, window: null, labels: null, now: new Date('2026-11-24T12:00:00Z') });
      expect(runOn(make(0.5)).status).toBe('pass');
      expect(runOn(make(12)).status).toBe('fail');
    }
  });
});
