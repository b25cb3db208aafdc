/**
 * BBSE (src/stats/bbse.ts), its linear solve and its singular values against numpy
 * (test/fixtures/oracle/label_shift_oracle.py): every output within 1e-9 relative on the Adult
 * counts (no shift, a planted prior change, a decision threshold of 0.3), the wine counts and
 * two synthetic cases (one with a clipped negative weight, one with four classes).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bbse } from '../../src/stats/bbse.js';
import { invert, solveLinear } from '../../src/stats/linear-solve.js';
import { conditionNumber, singularValues } from '../../src/stats/singular-values.js';
import { expectClose, labelShiftOracle as oracle, type OracleEstimate } from './label-shift-fixture.js';

const cases: [string, OracleEstimate][] = [
  ['adult, no shift', oracle.adult.no_shift],
  ['adult, no shift, threshold 0.3', oracle.adult.no_shift_threshold_0_3],
  ['adult, planted prior 0.40', oracle.adult.planted],
  ['adult, planted, threshold 0.3', oracle.adult.planted_threshold_0_3],
  ['wine, planted 15/25/60%', oracle.wine.estimate],
  ['synthetic, clipped weight', oracle.synthetic.clipped],
  ['synthetic, four classes', oracle.synthetic.four_class],
];

describe('bbse', () => {
  it.each(cases)('%s equals numpy within 1e-9', (_, o) => {
    const e = bbse(o.joint, o.predicted, oracle.z);
    expectClose(e.referencePriors, o.reference_priors, 'reference priors');
    expectClose(e.predictedShares, o.predicted_shares, 'predicted shares');
    expectClose(e.rawWeights, o.raw_weights, 'raw weights');
    expect(e.clipped).toEqual(o.clipped);
    expectClose(e.currentPriors, o.current_priors, 'current priors', 1e-9, 1e-9);
    expectClose(e.weights, o.weights, 'weights', 1e-9, 1e-9);
    expectClose(e.standardErrors, o.standard_errors, 'standard errors');
    expectClose(e.changeStandardErrors, o.change_standard_errors, 'change standard errors');
    expectClose(e.low, o.low, 'low', 1e-9, 1e-9);
    expectClose(e.high, o.high, 'high', 1e-9, 1e-9);
    expectClose(e.changeLow, o.change_low, 'change low', 1e-9, 1e-9);
    expectClose(e.changeHigh, o.change_high, 'change high', 1e-9, 1e-9);
    expectClose([e.conditionNumber, e.minSingularValue], [o.condition_number, o.min_singular_value], 'condition');
    expect(e.currentPriors.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
  });

  it('recovers the planted Adult prior inside its interval', () => {
    const o = oracle.adult.planted;
    const e = bbse(o.joint, o.predicted);
    expect(o.true_current_priors![1]).toBe(0.4);
    expect(e.low[1]!).toBeLessThan(0.4);
    expect(e.high[1]!).toBeGreaterThan(0.4);
    expect(e.referencePriors[1]!).toBeLessThan(e.changeLow[1]! + e.referencePriors[1]!);
  });

  it('refuses counts it cannot estimate from', () => {
    expect(() => bbse([[5, 0], [5, 0]], [3, 3])).toThrow(/class 1 has no reference row/);
    expect(() => bbse([[5, 5], [0, 0]], [3, 3])).toThrow(/class 1 is never predicted/);
    expect(() => bbse([[5, 5], [5, 5]], [3, 3])).toThrow(/singular/);
    expect(() => bbse([[1]], [1])).toThrow(/at least 2 classes/);
    expect(() => bbse([[1, 2], [3, 4]], [1, 2, 3])).toThrow(/2×2|3×3/);
    expect(() => bbse([[1, -2], [3, 4]], [1, 2])).toThrow(/non-negative/);
  });
});

describe('linear solve and singular values', () => {
  it('singular values of the conditional confusion matrices equal numpy', () => {
    for (const [what, o] of cases) {
      const classRows = o.joint[0]!.map((_, j) => o.joint.reduce((s, row) => s + row[j]!, 0));
      const a = o.joint.map((row) => row.map((v, j) => v / classRows[j]!));
      expectClose(singularValues(a), o.singular_values_conditional, `${what} σ`);
      expectClose([conditionNumber(a)], [o.condition_number], `${what} κ`);
    }
  });

  it('solves with pivoting where a zero sits on the diagonal, and inverts', () => {
    expect(Array.from(solveLinear([[0, 1], [1, 0]], [2, 3]))).toEqual([3, 2]);
    const inverse = invert([[4, 7], [2, 6]]);
    expectClose(inverse.flatMap((r) => Array.from(r)), [0.6, -0.7, -0.2, 0.4], 'inverse', 1e-14);
    expect(() => solveLinear([[1, 2], [2, 4]], [1, 1])).toThrow(/singular/);
    expect(conditionNumber([[1, 2], [2, 4]])).toBeGreaterThan(1e15);
  });

  it('A·solve(A, b) = b for diagonally dominant matrices (property)', () => {
    const matrix = fc.integer({ min: 2, max: 6 }).chain((k) =>
      fc.tuple(
        fc.array(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: k, maxLength: k }), { minLength: k, maxLength: k }),
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: k, maxLength: k }),
      ),
    );
    fc.assert(
      fc.property(matrix, ([rows, b]) => {
        const k = rows.length;
        const a = rows.map((row, i) => row.map((v, j) => (i === j ? v + k + 1 : v)));
        const x = solveLinear(a, b);
        a.forEach((row, i) => {
          const ax = row.reduce((s, v, j) => s + v * x[j]!, 0);
          expect(Math.abs(ax - b[i]!)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(b[i]!)) * k);
        });
        const sigma = singularValues(a);
        const frobenius = Math.sqrt(a.flat().reduce((s, v) => s + v * v, 0));
        expect(Math.abs(Math.hypot(...sigma) - frobenius)).toBeLessThanOrEqual(1e-12 * frobenius);
      }),
      { seed: 20261202, numRuns: 100 },
    );
  });
});
