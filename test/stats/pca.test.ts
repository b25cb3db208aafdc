/**
 * PCA against scikit-learn 1.2.1's `PCA(n_components=share)` (full solver) on the standardised
 * wine data (bundled with scikit-learn; UCI, CC BY 4.0): explained variances and ratios, the
 * components kept for 0.65 and 0.9, and every row's reconstruction error
 * ‖x − inverse_transform(transform(x))‖, all within 1e-9 relative
 * (test/fixtures/oracle/multivariate_oracle.py).
 */
import { describe, expect, it } from 'vitest';
import { fitPca, reconstruct } from '../../src/stats/pca.js';
import { expectClose, multivariateOracle, rowMajor } from './multivariate-fixture.js';

describe('fitPca / reconstruct', () => {
  const wine = multivariateOracle().wine;
  const { x, n, p } = rowMajor(wine.x);

  it('gives sklearn explained variances and ratios', () => {
    const fit = fitPca(x, n, p, 0.65);
    wine.explained_variance.forEach((v, i) => expectClose(fit.variances[i]!, v, 1e-9, wine.explained_variance[0]!));
    wine.explained_variance_ratio.forEach((v, i) => expectClose(fit.ratios[i]!, v, 1e-9, 1e-3));
    wine.mean.forEach((m, j) => expect(Math.abs(fit.mean[j]! - m)).toBeLessThan(1e-15));
  });

  it.each(['0.65', '0.9'])('keeps sklearn\'s components for share %s and rebuilds every row with its error', (share) => {
    const expected = wine.cases[share]!;
    expect(expected.solver).toBe('full');
    const fit = fitPca(x, n, p, Number(share));
    expect(fit.k).toBe(expected.components);
    const { errors, squaredResiduals } = reconstruct(fit, x, n);
    expected.errors.forEach((e, i) => expectClose(errors[i]!, e, 1e-9));
    let total = 0;
    for (const e of errors) total += e * e;
    expectClose(squaredResiduals.reduce((s, v) => s + v, 0), total, 1e-12);
  });

  it('refuses a share outside (0, 1), one row, or a size mismatch', () => {
    expect(() => fitPca(x, n, p, 1)).toThrow(RangeError);
    expect(() => fitPca(x, n, p, 0)).toThrow(RangeError);
    expect(() => fitPca(x.subarray(0, p), 1, p, 0.5)).toThrow(/2 rows/);
    expect(() => fitPca(x, n, p + 1, 0.5)).toThrow(RangeError);
  });
});
