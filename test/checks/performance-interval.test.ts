/**
 * Which interval each performance metric gets, and that it is the statistic it claims to be:
 * Wilson of the rate's counts, DeLong for the AUC (both checked against scipy/numpy in
 * test/stats/), a seeded bootstrap for the rest.
 */
import { describe, expect, it } from 'vitest';
import { subset, type Decoded } from '../../src/checks/performance-decode.js';
import { metricInterval } from '../../src/checks/performance-interval.js';
import { computeMetric } from '../../src/checks/performance-metric.js';
import { mulberry32 } from '../../src/data/random.js';
import { delongRocAuc } from '../../src/stats/delong.js';
import { wilsonInterval } from '../../src/stats/fairness/wilson.js';
import { twoSidedZ } from '../../src/stats/normal-quantile.js';
import type { PerformanceDetails } from '../../src/checks/details.js';
import { performanceCheck } from '../../src/checks/performance.js';
import type { PerformanceCheckSpec } from '../../src/policy/types.js';
import { context, numeric, policyWith, table } from './context.js';

/** 400 seeded binary rows: label 1 with probability 0.3, score = label·0.3 + uniform·0.7. */
function binary(n = 400): Decoded & { kind: 'classification' } {
  const random = mulberry32(7);
  const yTrue = new Int32Array(n);
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    yTrue[i] = random.uniform() < 0.3 ? 1 : 0;
    score[i] = yTrue[i]! * 0.3 + random.uniform() * 0.7;
  }
  const yPred = Int32Array.from(score, (s) => (s >= 0.5 ? 1 : 0));
  return { kind: 'classification', classes: ['0', '1'], rows: Uint32Array.from({ length: n }, (_, i) => i), yTrue, yPred, scores: [score], missingPredictions: 0 };
}

function interval(metric: Parameters<typeof metricInterval>[0], d: Decoded) {
  const { value, confusion } = computeMetric(metric, d, 'macro');
  return { value, interval: metricInterval(metric, d, 'macro', confusion) };
}

describe('metricInterval', () => {
  const d = binary();
  const cm = computeMetric('accuracy', d, 'macro').confusion!;
  const [tn, fp, fn, tp] = [cm[0]![0]!, cm[0]![1]!, cm[1]![0]!, cm[1]![1]!];

  it('gives rates the Wilson interval of their counts', () => {
    expect(interval('accuracy', d).interval).toEqual({ method: 'wilson', confidence: 0.95, ...wilsonInterval(tp + tn, 400) });
    expect(interval('precision', d).interval).toEqual({ method: 'wilson', confidence: 0.95, ...wilsonInterval(tp, tp + fp) });
    expect(interval('recall', d).interval).toEqual({ method: 'wilson', confidence: 0.95, ...wilsonInterval(tp, tp + fn) });
    expect(interval('specificity', d).interval).toEqual({ method: 'wilson', confidence: 0.95, ...wilsonInterval(tn, tn + fp) });
  });

  it('gives the binary ROC AUC DeLong’s interval', () => {
    const r = delongRocAuc(d.scores![0]!, d.yTrue!);
    expect(interval('roc_auc', d).interval).toEqual({ method: 'delong', confidence: 0.95, low: r.low, high: r.high });
  });

  it.each(['f1', 'balanced_accuracy', 'log_loss', 'brier', 'average_precision', 'ece'] as const)('gives %s a seeded bootstrap interval around the value, the same every run', (metric) => {
    const first = interval(metric, d);
    expect(first.interval!.method).toBe('bootstrap');
    expect(first.interval!.low).toBeLessThanOrEqual(first.value);
    expect(first.interval!.high).toBeGreaterThanOrEqual(first.value);
    expect(first.interval!.high - first.interval!.low).toBeGreaterThan(0);
    expect(interval(metric, d).interval).toEqual(first.interval);
  });

  it('narrows as rows grow (roughly as 1/√n: 400 → 3,200 rows)', () => {
    const small = interval('f1', binary(400)).interval!;
    const large = interval('f1', binary(3200)).interval!;
    const ratio = (small.high - small.low) / (large.high - large.low);
    expect(ratio).toBeGreaterThan(2); // √8 ≈ 2.8
    expect(ratio).toBeLessThan(4);
  });

  it('is null when undefined: a class with one row for DeLong, no rows behind a rate', () => {
    const one: Decoded = { ...d, yTrue: Int32Array.from(d.yTrue!, (_, i) => (i === 0 ? 1 : 0)) };
    expect(interval('roc_auc', one).interval).toBeNull();
    const noPositivePredictions: Decoded = { ...d, yPred: new Int32Array(400) };
    expect(interval('precision', noPositivePredictions).interval).toBeNull();
  });

  it('gives regression metrics a bootstrap interval', () => {
    const random = mulberry32(3);
    const yTrue = Float64Array.from({ length: 300 }, () => random.uniform() * 10);
    const yPred = yTrue.map((y) => y + random.uniform() - 0.5);
    const r: Decoded = { kind: 'regression', rows: Uint32Array.from({ length: 300 }, (_, i) => i), yTrue, yPred, missingPredictions: 0 };
    const { value, interval: i } = interval('mae', r);
    expect(i!.method).toBe('bootstrap');
    expect(i!.low).toBeLessThan(value);
    expect(i!.high).toBeGreaterThan(value);
  });
});

describe('the performance check', () => {
  const n = 400;
  const d = binary(n);
  const current = table(numeric('label', Array.from(d.yTrue!)), numeric('proba', Array.from(d.scores![0]!)), numeric('pred', Array.from(d.yPred)));
  const policy = policyWith({ target: 'label', score: 'proba', prediction: 'pred' });
  const spec = (metric: PerformanceCheckSpec['metric']): PerformanceCheckSpec => ({ id: 'perf', type: 'performance', metric, average: 'macro', min_samples: 100, min_group_size: 100, pointer: '/checks/0', fail: { lt: 0 } });

  it('reports the Wilson or DeLong interval beside the realized value, and says it in the message', () => {
    const accuracy = performanceCheck.run(spec('accuracy'), context(current, null, policy));
    const details = accuracy.details as PerformanceDetails;
    const expected = interval('accuracy', d).interval;
    expect(details.interval).toEqual(expected);
    expect(accuracy.message).toMatch(/^accuracy 0\.\d+ \(95% Wilson interval 0\.\d+–0\.\d+\) on 400 labelled predictions/);
    const auc = performanceCheck.run(spec('roc_auc'), context(current, null, policy));
    expect((auc.details as PerformanceDetails).interval).toEqual(interval('roc_auc', d).interval);
    expect(auc.message).toMatch(/\(95% DeLong interval /);
  });

  it('reports the seeded bootstrap interval of the other metrics, the same as metricInterval gives', () => {
    const f1 = performanceCheck.run(spec('f1'), context(current, null, policy));
    const details = f1.details as PerformanceDetails;
    expect(details.interval).toEqual(interval('f1', d).interval);
    expect(details.interval!.method).toBe('bootstrap');
    expect(f1.message).toMatch(/^f1 0\.\d+ \(95% bootstrap interval 0\.\d+–0\.\d+\) on 400 labelled predictions/);
  });

  it('shows the interval at the level a threshold asks for, with z = Φ⁻¹((1 + level)/2)', () => {
    const at = (level: number) => performanceCheck.run({ ...spec('accuracy'), fail: { lt: 0, confidence: level } }, context(current, null, policy));
    const cm = computeMetric('accuracy', d, 'macro').confusion!;
    const correct = cm[0]![0]! + cm[1]![1]!;
    const outcome = at(0.9);
    expect((outcome.details as PerformanceDetails).interval).toEqual({ method: 'wilson', confidence: 0.9, ...wilsonInterval(correct, n, twoSidedZ(0.9)) });
    expect(outcome.message).toContain('(90% Wilson interval ');
    const wide = (at(0.99).details as PerformanceDetails).interval!;
    const narrow = (outcome.details as PerformanceDetails).interval!;
    expect(wide.high - wide.low).toBeGreaterThan(narrow.high - narrow.low);
    const f1 = performanceCheck.run({ ...spec('f1'), fail: { lt: 0, confidence: 0.99 } }, context(current, null, policy));
    expect((f1.details as PerformanceDetails).interval).toEqual(metricInterval('f1', d, 'macro', computeMetric('f1', d, 'macro').confusion, 0.99));
  });

  it('puts each group’s interval in the report details, without any confidence threshold', () => {
    const group = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 1 : 2));
    const grouped = table(numeric('label', Array.from(d.yTrue!)), numeric('proba', Array.from(d.scores![0]!)), numeric('pred', Array.from(d.yPred)), numeric('segment', group));
    const outcome = performanceCheck.run({ ...spec('f1'), by: 'segment' }, context(grouped, null, policy));
    const groups = (outcome.details as PerformanceDetails).groups;
    expect(groups).toHaveLength(2);
    for (const g of groups) {
      const rows = subset(d, Array.from({ length: n }, (_, i) => i).filter((i) => String(group[i]) === g.group));
      const { value, confusion } = computeMetric('f1', rows, 'macro');
      expect(g.interval).toEqual(metricInterval('f1', rows, 'macro', confusion, 0.95, value));
      expect(g.interval!.low).toBeLessThanOrEqual(g.value!);
      expect(g.message).toContain('(95% bootstrap interval ');
    }
  });
});
