import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ksTwoSample, ksTwoSampleSorted } from '../../src/stats/ks.js';
import { adultNumbers, expectPValue, expectStatistic, oracle, sequence, type KsExpected } from './drift-fixture.js';

// Expected values: scipy 1.10.1 ks_2samp(a, b, 'two-sided', method='auto'), written by
// test/fixtures/oracle/drift_oracle.py (see test/fixtures/oracle/README.md).

function expectKs(a: Float64Array, b: Float64Array, expected: KsExpected): void {
  const result = ksTwoSample(a, b);
  expect(result.method).toBe(expected.method);
  expectStatistic(result.statistic, expected.statistic);
  expectPValue(result.pValue, expected.pValue);
}

describe('ksTwoSample on UCI Adult', () => {
  for (const [column, entry] of Object.entries(oracle.numeric)) {
    it(`${column}: full columns (asymptotic, 32,561 vs 16,281)`, () => {
      expectKs(adultNumbers('reference', column), adultNumbers('current', column), entry.full.ks);
    });
    for (const sub of entry.subsamples) {
      it(`${column}: first ${sub.n1} vs first ${sub.n2} rows (exact)`, () => {
        const a = adultNumbers('reference', column).subarray(0, sub.n1);
        const b = adultNumbers('current', column).subarray(0, sub.n2);
        expect(sub.ks.method).toBe('exact');
        expectKs(a, b, sub.ks);
      });
    }
  }

  it('drifted variants: age + 1 and proba × 1.05, full and subsampled', () => {
    const age = adultNumbers('reference', 'age');
    const ageCur = adultNumbers('current', 'age').map((v) => v + 1);
    const proba = adultNumbers('reference', 'proba');
    const probaCur = adultNumbers('current', 'proba').map((v) => v * 1.05);
    const d = oracle.drifted;
    expectKs(age, ageCur, d.age_plus_1!.full!);
    expectKs(age.subarray(0, 900), ageCur.subarray(0, 700), d.age_plus_1!.sub!);
    expectKs(age.subarray(0, 3000), ageCur.subarray(0, 3000), d.age_plus_1!.sub_equal!);
    expectKs(proba, probaCur, d.proba_times_1_05!.full!);
    expectKs(proba.subarray(0, 3000), probaCur.subarray(0, 2000), d.proba_times_1_05!.sub!);
    // The asymptotic p-values here are ~1e-9 and ~1e-7: the smirnov branch, checked relatively.
    expect(d.age_plus_1!.full!.pValue).toBeGreaterThan(1e-12);
  });
});

describe('ksTwoSample on synthetic samples', () => {
  it('small samples with heavy ties, equal and unequal sizes', () => {
    for (const c of oracle.ks_synthetic) expectKs(Float64Array.from(c.a), Float64Array.from(c.b), c);
  });

  it('large exact cases up to 10,000 × 10,000, and the switch to asymptotic above', () => {
    for (const c of oracle.ks_large) {
      const a = sequence(c.n1, 7919, 10007, 1.0, 0.0);
      const b = sequence(c.n2, 104729, 10009, c.scale, c.shift);
      expectKs(a, b, c);
    }
  });

  it('keeps the worst exact case (10,000 × 9,999, D near 1) to the n·m of the exact method', () => {
    const a = sequence(10000, 7919, 10007, 1.0, 0.0);
    const b = sequence(9999, 104729, 10009, 1.0, 0.999);
    const start = performance.now();
    const result = ksTwoSample(a, b);
    const elapsed = performance.now() - start;
    expect(result.method).toBe('exact');
    expect(result.statistic).toBeGreaterThan(0.99);
    // Measured 0.4–0.65 s on the 2-core dev machine. This guards against a blow-up (a path worse
    // than the n·m of the exact method), not a speed target (that lives in npm run bench): the
    // bound leaves room for a CI runner whose cores other test files share.
    expect(elapsed).toBeLessThan(8000);
  });

  it('ksTwoSampleSorted gives the same result on sorted input', () => {
    const a = adultNumbers('reference', 'hours_per_week').subarray(0, 800);
    const b = adultNumbers('current', 'hours_per_week').subarray(0, 650);
    expect(ksTwoSampleSorted(Float64Array.from(a).sort(), Float64Array.from(b).sort())).toEqual(ksTwoSample(a, b));
  });

  it('throws RangeError on an empty sample', () => {
    expect(() => ksTwoSample(new Float64Array(0), Float64Array.of(1))).toThrow(RangeError);
  });
});

describe('ksTwoSample properties', () => {
  const sample = fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 60 });
  it('statistic and p-value lie in [0, 1] and are symmetric in the two samples', () => {
    fc.assert(
      fc.property(sample, sample, (xs, ys) => {
        const a = Float64Array.from(xs);
        const b = Float64Array.from(ys);
        const ab = ksTwoSample(a, b);
        const ba = ksTwoSample(b, a);
        expect(ab.statistic).toBeGreaterThanOrEqual(0);
        expect(ab.statistic).toBeLessThanOrEqual(1);
        expect(ab.pValue).toBeGreaterThanOrEqual(0);
        expect(ab.pValue).toBeLessThanOrEqual(1);
        expect(ba.statistic).toBe(ab.statistic);
        expect(ba.pValue).toBe(ab.pValue);
      }),
    );
  });
});
