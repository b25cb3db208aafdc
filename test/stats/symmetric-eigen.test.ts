/**
 * Jacobi eigen-decomposition: the eigenvalues of the wine data's covariance against numpy's LAPACK
 * (`eigvalsh`, fixture from test/fixtures/oracle/multivariate_oracle.py), and the defining
 * identities A = VᵀΛV, VVᵀ = I on it and on seeded random symmetric matrices.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { symmetricEigen } from '../../src/stats/linalg/symmetric-eigen.js';
import { expectClose, multivariateOracle, rowMajor } from './multivariate-fixture.js';

function identities(a: Float64Array, p: number): { reconstruction: number; orthogonality: number } {
  const { values, vectors } = symmetricEigen(a, p);
  let reconstruction = 0;
  let orthogonality = 0;
  let scale = 0;
  for (const v of a) scale = Math.max(scale, Math.abs(v));
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) {
      let rebuilt = 0;
      let dot = 0;
      for (let k = 0; k < p; k++) {
        rebuilt += vectors[k * p + i]! * values[k]! * vectors[k * p + j]!;
        dot += vectors[i * p + k]! * vectors[j * p + k]!;
      }
      reconstruction = Math.max(reconstruction, Math.abs(rebuilt - a[i * p + j]!) / Math.max(scale, 1e-300));
      orthogonality = Math.max(orthogonality, Math.abs(dot - (i === j ? 1 : 0)));
    }
  }
  return { reconstruction, orthogonality };
}

describe('symmetricEigen', () => {
  it('gives numpy eigvalsh eigenvalues of the wine covariance, decreasing', () => {
    const { covariance, eigenvalues } = multivariateOracle().wine;
    const { x, p } = rowMajor(covariance);
    const { values } = symmetricEigen(x, p);
    eigenvalues.forEach((expected, i) => expectClose(values[i]!, expected, 1e-12, eigenvalues[0]!));
    for (let i = 1; i < p; i++) expect(values[i]!).toBeLessThanOrEqual(values[i - 1]!);
    const { reconstruction, orthogonality } = identities(x, p);
    expect(reconstruction).toBeLessThan(1e-13);
    expect(orthogonality).toBeLessThan(1e-13);
  });

  it('solves a 2 × 2 case by hand: [[2, 1], [1, 2]] has 3 and 1', () => {
    const { values, vectors } = symmetricEigen(Float64Array.of(2, 1, 1, 2), 2);
    expect(Array.from(values)).toEqual([3, 1]);
    expect(Math.abs(vectors[0]!)).toBeCloseTo(Math.SQRT1_2, 15);
    expect(vectors[0]! * vectors[1]!).toBeGreaterThan(0);
  });

  it('satisfies A = VᵀΛV and VVᵀ = I on random symmetric matrices, repeated eigenvalues included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 144, maxLength: 144 }), (p, entries) => {
        const a = new Float64Array(p * p);
        for (let i = 0; i < p; i++) for (let j = i; j < p; j++) a[i * p + j] = a[j * p + i] = entries[i * 12 + j]!;
        const { reconstruction, orthogonality } = identities(a, p);
        expect(reconstruction).toBeLessThan(1e-12);
        expect(orthogonality).toBeLessThan(1e-12);
      }),
      { seed: 20261202, numRuns: 200 },
    );
  });

  it('refuses a matrix of the wrong size or with a non-finite entry', () => {
    expect(() => symmetricEigen(new Float64Array(3), 2)).toThrow(RangeError);
    expect(() => symmetricEigen(Float64Array.of(1, Number.NaN, Number.NaN, 1), 2)).toThrow(/not finite|NaN/);
  });
});
