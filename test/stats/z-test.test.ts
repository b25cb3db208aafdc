import { describe, expect, it } from 'vitest';
import { twoProportionZ } from '../../src/stats/z-test.js';
import { adultStrings, expectPValue, expectStatistic, oracle } from './drift-fixture.js';

// Expected values: the pooled two-proportion z of Evidently's z_stat_test, p = 2·norm.sf(|z|)
// with scipy 1.10.1 (drift_oracle.py).

function count(values: readonly string[], success: string): number {
  return values.filter((v) => v === success).length;
}

describe('twoProportionZ', () => {
  it('sex on UCI Adult: share of Female, reference vs current', () => {
    const ref = adultStrings('reference', 'sex');
    const cur = adultStrings('current', 'sex');
    const r = twoProportionZ(count(ref, 'Female'), ref.length, count(cur, 'Female'), cur.length);
    expectStatistic(r.statistic, oracle.z_sex.statistic);
    expectPValue(r.pValue, oracle.z_sex.pValue);
  });

  it('a drifted current (every third Male row dropped)', () => {
    const ref = adultStrings('reference', 'sex');
    const cur = adultStrings('current', 'sex').filter((v, i) => !(v === 'Male' && i % 3 === 0));
    const r = twoProportionZ(count(ref, 'Female'), ref.length, count(cur, 'Female'), cur.length);
    expectStatistic(r.statistic, oracle.z_sex_drifted.statistic);
    expectPValue(r.pValue, oracle.z_sex_drifted.pValue);
    expect(r.pValue).toBeLessThan(1e-6);
  });

  it('keeps relative precision far in the tail (p ≈ 1e-180)', () => {
    const [a, na, b, nb] = oracle.z_extreme.args;
    const r = twoProportionZ(a, na, b, nb);
    expectStatistic(r.statistic, oracle.z_extreme.statistic);
    expect(Math.abs(r.pValue - oracle.z_extreme.pValue)).toBeLessThanOrEqual(1e-9 * oracle.z_extreme.pValue);
  });

  it('zero pooled variance: both proportions 0 or both 1 give z = 0, p = 1', () => {
    expect(twoProportionZ(0, 10, 0, 20)).toEqual({ statistic: 0, pValue: 1 });
    expect(twoProportionZ(10, 10, 20, 20)).toEqual({ statistic: 0, pValue: 1 });
  });

  it('throws RangeError on impossible counts', () => {
    expect(() => twoProportionZ(3, 2, 1, 5)).toThrow(RangeError);
    expect(() => twoProportionZ(0, 0, 1, 5)).toThrow(RangeError);
  });
});
