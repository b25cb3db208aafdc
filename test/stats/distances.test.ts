import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binCounts, categoryCounts, quantileEdges } from '../../src/stats/bins.js';
import { EPSILON, hellinger, jensenShannonDistance, klDivergence, psi } from '../../src/stats/distances.js';
import { adultNumbers, adultStrings, encode, expectStatistic, oracle, type DistancesExpected } from './drift-fixture.js';

// Expected values (drift_oracle.py, scipy 1.10.1): jensenshannon(p, q, base=2);
// PSI Σ(q−p)ln(q/p) and KL = scipy.stats.entropy(p, q), both with 1e-4 for empty bins;
// Hellinger ‖√p − √q‖₂/√2.

function expectDistances(ref: Float64Array, cur: Float64Array, expected: DistancesExpected): void {
  expectStatistic(jensenShannonDistance(ref, cur), expected.jensen_shannon);
  expectStatistic(psi(ref, cur), expected.psi);
  expectStatistic(klDivergence(ref, cur), expected.kl);
  expectStatistic(hellinger(ref, cur), expected.hellinger);
}

describe('distances on UCI Adult bins', () => {
  for (const [column, entry] of Object.entries(oracle.numeric)) {
    for (const [bins, expected] of Object.entries(entry.full.bins)) {
      it(`${column}, ${bins} quantile bins of the reference`, () => {
        const ref = adultNumbers('reference', column).sort();
        const edges = quantileEdges(ref, Number(bins));
        const refCounts = binCounts(ref, edges);
        const curCounts = binCounts(adultNumbers('current', column), edges);
        expect(Array.from(curCounts)).toEqual(expected.current_counts);
        expectDistances(refCounts, curCounts, expected);
      });
    }
  }
  for (const [column, expected] of Object.entries(oracle.categorical)) {
    it(`${column}, categories`, () => {
      expectDistances(Float64Array.from(expected.reference_counts), Float64Array.from(expected.current_counts), expected);
      const aligned = categoryCounts(encode(adultStrings('reference', column)), encode(adultStrings('current', column)));
      expect(Math.abs(psi(aligned.reference, aligned.current) - expected.psi)).toBeLessThan(1e-12);
    });
  }
});

describe('empty bins and errors', () => {
  it('PSI and KL give an empty bin EPSILON; JS and Hellinger use raw proportions', () => {
    const ref = Float64Array.of(1, 1, 0);
    const cur = Float64Array.of(1, 1, 2);
    expect(psi(ref, cur)).toBeCloseTo((0.5 - 0.5) * 0 + 2 * (0.25 - 0.5) * Math.log(0.25 / 0.5) + (0.5 - EPSILON) * Math.log(0.5 / EPSILON), 12);
    expect(jensenShannonDistance(Float64Array.of(1, 0), Float64Array.of(0, 1))).toBe(1);
    expect(hellinger(Float64Array.of(1, 0), Float64Array.of(0, 1))).toBe(1);
    expect(jensenShannonDistance(ref, ref)).toBe(0);
  });
  it('throws RangeError on length mismatch or an all-zero side', () => {
    for (const f of [jensenShannonDistance, psi, klDivergence, hellinger]) {
      expect(() => f(Float64Array.of(1, 2), Float64Array.of(1))).toThrow(RangeError);
      expect(() => f(Float64Array.of(0, 0), Float64Array.of(1, 1))).toThrow(RangeError);
    }
  });
});

describe('distance properties', () => {
  const pair = fc
    .integer({ min: 1, max: 12 })
    .chain((k) =>
      fc.tuple(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: k, maxLength: k }),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: k, maxLength: k }),
      ),
    )
    .filter(([a, b]) => a.some((v) => v > 0) && b.some((v) => v > 0))
    .map(([a, b]) => [Float64Array.from(a), Float64Array.from(b)] as const);

  it('PSI ≥ 0 and KL ≥ 0', () => {
    fc.assert(fc.property(pair, ([a, b]) => psi(a, b) >= 0 && klDivergence(a, b) >= 0));
  });
  it('JS is symmetric and in [0, 1]', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const ab = jensenShannonDistance(a, b);
        return ab >= 0 && ab <= 1 && Math.abs(ab - jensenShannonDistance(b, a)) <= 1e-15;
      }),
    );
  });
  it('Hellinger is in [0, 1], and 0 for proportional counts', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const h = hellinger(a, b);
        return h >= 0 && h <= 1 && hellinger(a, a.map((v) => 3 * v)) < 1e-7;
      }),
    );
  });
});
