/**
 * Isotonic regression against scikit-learn 1.2.1's IsotonicRegression(out_of_bounds="clip")
 * (test/fixtures/oracle/metrics_oracle.py): fitted on the Adult reference (proba → label),
 * predicted on the current rows; and a small case with ties and out-of-range queries.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fitIsotonic, predictIsotonic } from '../../src/stats/isotonic.js';
import { compensatedSum } from '../../src/stats/metrics/index.js';
import { expectClose, metricsFixture, readAdult } from './metrics/adult.js';

const { isotonic } = metricsFixture();

describe('isotonic regression', () => {
  it('equals scikit-learn on the Adult calibration', () => {
    const reference = readAdult('reference');
    const current = readAdult('current');
    const fit = fitIsotonic(reference.proba, reference.label);
    isotonic.adult_rows.forEach((row, i) => {
      expectClose(predictIsotonic(fit, current.proba[row]!), isotonic.adult_predicted[i]!, `row ${row}`);
    });
    const all = Float64Array.from(current.proba, (p) => predictIsotonic(fit, p));
    expectClose(compensatedSum(all), isotonic.adult_predicted_sum, 'sum of predictions');
  });

  it('pools ties and clips out-of-range queries as scikit-learn', () => {
    const { small } = isotonic;
    const fit = fitIsotonic(small.x, small.y);
    small.queries.forEach((q, i) => expectClose(predictIsotonic(fit, q), small.predicted[i]!, `x = ${q}`));
  });

  it('is non-decreasing and preserves the mean of y', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1 })), { minLength: 1, maxLength: 60 }), (points) => {
        const fit = fitIsotonic(points.map((p) => p[0]), points.map((p) => p[1]));
        for (let i = 1; i < fit.y.length; i++) expect(fit.y[i]!).toBeGreaterThanOrEqual(fit.y[i - 1]!);
        const meanY = points.reduce((s, p) => s + p[1], 0) / points.length;
        const counts = new Map<number, number>();
        let weighted = 0;
        for (const p of points) counts.set(p[0], (counts.get(p[0]) ?? 0) + 1);
        fit.x.forEach((xv, i) => (weighted += (counts.get(xv) ?? 0) * fit.y[i]!));
        // Exact only when no two x merge by resolution; fast-check's doubles rarely do.
        if (fit.x.length === counts.size) expect(weighted / points.length).toBeCloseTo(meanY, 10);
      }),
    );
  });
});
