import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normedWasserstein, normedWassersteinSorted, wasserstein1, wasserstein1Sorted } from '../../src/stats/wasserstein.js';
import { adultNumbers, expectStatistic, oracle } from './drift-fixture.js';

// Expected values: scipy 1.10.1 wasserstein_distance, and the same divided by
// max(numpy.std(reference), 0.001) (drift_oracle.py).

describe('wasserstein1 / normedWasserstein on UCI Adult', () => {
  for (const [column, entry] of Object.entries(oracle.numeric)) {
    it(`${column}`, () => {
      const ref = adultNumbers('reference', column);
      const cur = adultNumbers('current', column);
      expectStatistic(wasserstein1(ref, cur), entry.full.wasserstein);
      expectStatistic(normedWasserstein(ref, cur), entry.full.normed_wasserstein);
      const sorted = normedWassersteinSorted(Float64Array.from(ref).sort(), Float64Array.from(cur).sort());
      expect(sorted).toBe(normedWasserstein(ref, cur));
    });
  }

  it('synthetic samples with ties and single values', () => {
    for (const c of oracle.ks_synthetic) {
      expectStatistic(wasserstein1(Float64Array.from(c.a), Float64Array.from(c.b)), c.wasserstein);
    }
  });

  it('a constant reference divides by the 0.001 floor', () => {
    expect(normedWasserstein(Float64Array.of(2, 2, 2), Float64Array.of(2, 3))).toBeCloseTo(0.5 / 0.001, 9);
  });

  it('stays finite on values near the largest double where scipy does (each step weighed before its width)', () => {
    // scipy 1.10.1: wasserstein_distance([-1e308, 1e308], [0]) = 1e308; with ±1.7e308 a width
    // itself passes the largest double, and scipy gives inf as this does.
    expect(wasserstein1(Float64Array.of(-1e308, 1e308), Float64Array.of(0))).toBe(1e308);
    expect(wasserstein1(Float64Array.of(-1.7e308, 1.7e308), Float64Array.of(1.7e308))).toBe(Number.POSITIVE_INFINITY);
  });

  it('throws RangeError on an empty sample', () => {
    expect(() => wasserstein1(new Float64Array(0), Float64Array.of(1))).toThrow(RangeError);
  });
});

describe('wasserstein1Sorted against its definition', () => {
  /** ∫|F_a − F_b| dx over the merged distinct values, each CDF counted afresh: O(n²), obviously right. */
  function byDefinition(a: readonly number[], b: readonly number[]): number {
    const xs = [...new Set([...a, ...b])].sort((x, y) => x - y);
    const cdf = (s: readonly number[], x: number): number => s.filter((v) => v <= x).length / s.length;
    let sum = 0;
    for (let k = 0; k + 1 < xs.length; k++) sum += Math.abs(cdf(a, xs[k]!) - cdf(b, xs[k]!)) * (xs[k + 1]! - xs[k]!);
    return sum;
  }

  it('agrees on samples with ties, one value, and one sample used up first', () => {
    const value = fc.integer({ min: -20, max: 20 }).map((k) => k / 4);
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 40 }), fc.array(value, { minLength: 1, maxLength: 40 }), (a, b) => {
        const got = wasserstein1Sorted(Float64Array.from(a).sort(), Float64Array.from(b).sort());
        expect(got).toBeCloseTo(byDefinition(a, b), 12);
      }),
      { numRuns: 500 },
    );
  });
});
