/**
 * Group rates and Wilson intervals against scikit-learn / scipy on the scored Adult data by sex,
 * race and sex × race (test/fixtures/oracle/fairness_oracle.py). The counts come from the
 * fixture; the grouping itself is tested in test/checks/fairness.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { FAIRNESS_METRICS, difference, disparities, extremes, rateOf, ratio, wilsonInterval, intervalsOverlap } from '../../../src/stats/fairness/index.js';
import { fairnessOracle } from '../../checks/adult-table.js';

const oracle = fairnessOracle();

describe.each(['reference', 'current'] as const)('fairness rates on Adult %s', (name) => {
  describe.each(Object.keys(oracle.fairness[name]))('by %s', (by) => {
    const expected = oracle.fairness[name][by]!;

    it.each(Object.keys(expected.groups))('%s: every rate equals scikit-learn and its Wilson interval scipy', (label) => {
      const group = expected.groups[label]!;
      for (const metric of FAIRNESS_METRICS) {
        const rate = rateOf(group, metric);
        expect(rate.value, metric).toBe(group.rates[metric]);
        const [low, high] = group.wilson[metric]!;
        expect(Math.abs(rate.interval!.low - low), `${metric} low`).toBeLessThanOrEqual(1e-15);
        expect(Math.abs(rate.interval!.high - high), `${metric} high`).toBeLessThanOrEqual(1e-15);
      }
    });

    it.each(FAIRNESS_METRICS)('%s: difference, ratio and disparity equal pandas', (metric) => {
      const values = Object.entries(expected.groups)
        .filter(([, g]) => g.n >= expected.min_group_size)
        .map(([label, g]) => ({ label, value: rateOf(g, metric).value! }));
      const e = extremes(values)!;
      const want = expected.aggregates[metric]!;
      expect(difference(e)).toBe(want.difference);
      expect(ratio(e)).toBe(want.ratio);
      expect([e.min.label, e.max.label]).toEqual([want.min_group, want.max_group]);
      const reference = values.find((v) => v.label === expected.reference_group)!;
      expect(Object.fromEntries(disparities(values, reference).map((d) => [d.label, d.disparity]))).toEqual(want.vs_group);
    });
  });
});

describe('wilsonInterval', () => {
  it('is [0, ·] at k = 0 and [·, 1] at k = n, and refuses impossible counts', () => {
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(10, 10).high).toBe(1);
    expect(() => wilsonInterval(3, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(4, 3)).toThrow(RangeError);
  });

  it('narrows as n grows around the same proportion', () => {
    const small = wilsonInterval(5, 10);
    const large = wilsonInterval(500, 1000);
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
    expect(intervalsOverlap(small, large)).toBe(true);
    expect(intervalsOverlap(wilsonInterval(10, 1000), wilsonInterval(900, 1000))).toBe(false);
  });

  it('gives undefined rates for empty denominators', () => {
    expect(rateOf({ tp: 0, fp: 0, tn: 5, fn: 0 }, 'true_positive_rate')).toEqual({ value: null, k: 0, m: 0, interval: null });
    expect(ratio({ min: { label: 'a', value: 0 }, max: { label: 'b', value: 0 } })).toBeNull();
  });
});
