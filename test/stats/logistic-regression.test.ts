/**
 * L2 logistic regression and the domain classifier's cross-validated AUC against scikit-learn
 * 1.2.1 (`LogisticRegression(solver="newton-cholesky", tol=1e-12)`, `roc_auc_score`) on the ten
 * "mean" columns of the standardised breast-cancer data (bundled with scikit-learn; UCI,
 * CC BY 4.0), C = 1 and C = 0.05 (test/fixtures/oracle/multivariate_oracle.py).
 *
 * Tolerance: the objective is strictly convex, so both solvers seek one optimum; each is off it
 * by at most ‖gradient‖ / λmin(Hessian). The fixture records that bound for sklearn's stop
 * (about 1e-10 here) and a numpy Newton step from sklearn's solution that lands on the optimum
 * to rounding: we agree with the polished optimum within 1e-9 relative, and with sklearn's own
 * coefficients within its bound. The AUC is a rank statistic of scores that agree to ~1e-12, so
 * it is equal.
 */
import { describe, expect, it } from 'vitest';
import { crossValidatedAuc } from '../../src/stats/domain-classifier.js';
import { fitLogisticL2 } from '../../src/stats/logistic-regression.js';
import { expectClose, multivariateOracle, rowMajor } from './multivariate-fixture.js';

describe('fitLogisticL2', () => {
  const cancer = multivariateOracle().cancer;
  const { x, n, p } = rowMajor(cancer.x);
  const y = Uint8Array.from(cancer.y);

  it.each(['1.0', '0.05'])('finds scikit-learn\'s optimum at C = %s', (c) => {
    const expected = cancer.fits[c]!;
    const model = fitLogisticL2(x, y, n, p, Number(c));
    expect(model.converged).toBe(true);
    expect(model.gradient).toBeLessThan(1e-9);
    expected.polished_coefficients.forEach((w, j) => expectClose(model.coefficients[j]!, w, 1e-9, 1e-3));
    expectClose(model.intercept, expected.polished_intercept, 1e-9, 1e-3);
    let distance = (model.intercept - expected.intercept) ** 2;
    expected.coefficients.forEach((w, j) => (distance += (model.coefficients[j]! - w) ** 2));
    expect(Math.sqrt(distance)).toBeLessThanOrEqual(expected.distance_bound + 1e-12);
  });

  it.each(['1.0', '0.05'])('gives scikit-learn\'s pooled out-of-fold AUC at C = %s', (c) => {
    const cv = crossValidatedAuc(x, y, n, p, Uint8Array.from(cancer.fold), 5, Number(c));
    expect(cv.auc).toBe(cancer.fits[c]!.cv_auc);
    expect(cv.models.every((m) => m.converged)).toBe(true);
  });

  it('reaches the same optimum from a warm start', () => {
    const cold = fitLogisticL2(x, y, n, p, 1);
    const warm = fitLogisticL2(x, y, n, p, 1, { start: { coefficients: cold.coefficients.map((w) => w * 1.5), intercept: cold.intercept - 1 } });
    cold.coefficients.forEach((w, j) => expectClose(warm.coefficients[j]!, w, 1e-10, 1e-3));
  });

  it('refuses one class, C ≤ 0 and size mismatches', () => {
    expect(() => fitLogisticL2(x, new Uint8Array(n), n, p, 1)).toThrow(/both classes/);
    expect(() => fitLogisticL2(x, y, n, p, 0)).toThrow(RangeError);
    expect(() => fitLogisticL2(x, y.subarray(1), n, p, 1)).toThrow(RangeError);
    expect(() => crossValidatedAuc(x, y, n, p, new Uint8Array(n).fill(7), 5, 1)).toThrow(/fold 7/);
  });
});
