import { describe, expect, it } from 'vitest';
import { chiSquareGoodnessOfFit } from '../../src/stats/chi-square.js';
import { categoryCounts } from '../../src/stats/bins.js';
import { adultStrings, encode, expectPValue, expectStatistic, oracle } from './drift-fixture.js';

// Expected values: scipy 1.10.1 chisquare(f_obs=current counts, f_exp=reference shares ×
// current total) on UCI Adult categorical columns (drift_oracle.py).

function shares(counts: Float64Array): Float64Array {
  const total = counts.reduce((s, c) => s + c, 0);
  return counts.map((c) => c / total);
}

describe('chiSquareGoodnessOfFit on UCI Adult', () => {
  for (const [column, expected] of Object.entries(oracle.categorical)) {
    it(`${column}: current counts against reference shares`, () => {
      const aligned = categoryCounts(encode(adultStrings('reference', column)), encode(adultStrings('current', column)));
      // Same categories and counts as pandas value_counts over the union.
      const byCategory = new Map(aligned.categories.map((c, i) => [c, [aligned.reference[i], aligned.current[i]]]));
      expect([...byCategory.keys()].sort()).toEqual([...expected.categories].sort());
      expected.categories.forEach((c, i) => {
        expect(byCategory.get(c)).toEqual([expected.reference_counts[i], expected.current_counts[i]]);
      });

      const result = chiSquareGoodnessOfFit(aligned.current, shares(aligned.reference));
      expect(result.dof).toBe(expected.chi_square.dof);
      if (expected.chi_square.statistic === Infinity) {
        expect(result.statistic).toBe(Infinity);
      } else {
        expectStatistic(result.statistic, expected.chi_square.statistic);
      }
      expectPValue(result.pValue, expected.chi_square.pValue);
    });
  }

  it('a category the reference never had gives an infinite statistic and p = 0, as scipy', () => {
    const result = chiSquareGoodnessOfFit(Float64Array.of(5, 3, 2), Float64Array.of(0.5, 0.5, 0));
    expect(oracle.chi_square_new_category.statistic).toBe('inf');
    expect(result.statistic).toBe(Infinity);
    expect(result.pValue).toBe(oracle.chi_square_new_category.pValue);
    expect(result.dof).toBe(2);
  });

  it('drops bins empty on both sides; one bin left means no evidence (p = 1)', () => {
    const withEmpty = chiSquareGoodnessOfFit(Float64Array.of(5, 0, 5), Float64Array.of(0.4, 0, 0.6));
    const without = chiSquareGoodnessOfFit(Float64Array.of(5, 5), Float64Array.of(0.4, 0.6));
    expect(withEmpty).toEqual(without);
    expect(chiSquareGoodnessOfFit(Float64Array.of(7), Float64Array.of(1))).toEqual({ statistic: 0, pValue: 1, dof: 0 });
  });

  it('throws RangeError on mismatched lengths, empty observations or shares not summing to 1', () => {
    expect(() => chiSquareGoodnessOfFit(Float64Array.of(1, 2), Float64Array.of(1))).toThrow(RangeError);
    expect(() => chiSquareGoodnessOfFit(Float64Array.of(0, 0), Float64Array.of(0.5, 0.5))).toThrow(RangeError);
    expect(() => chiSquareGoodnessOfFit(Float64Array.of(1, 2), Float64Array.of(0.5, 0.6))).toThrow(RangeError);
  });
});
