/**
 * Regression metrics against scikit-learn 1.2.1 on the diabetes data set bundled with
 * scikit-learn (a LinearRegression fitted on its first 300 rows; inputs and values from
 * test/fixtures/oracle/metrics_oracle.py), to 1e-12 relative.
 */
import { describe, it } from 'vitest';
import {
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanSquaredError,
  r2Score,
  rootMeanSquaredError,
} from '../../../src/stats/metrics/index.js';
import { expectClose, metricsFixture } from './adult.js';

const { diabetes } = metricsFixture();

describe('regression metrics on the diabetes data', () => {
  it('equal scikit-learn', () => {
    const { y_true: y, y_pred: p, metrics: want } = diabetes;
    expectClose(meanAbsoluteError(y, p), want.mae, 'mae');
    expectClose(meanSquaredError(y, p), want.mse, 'mse');
    expectClose(rootMeanSquaredError(y, p), want.rmse, 'rmse');
    expectClose(meanAbsolutePercentageError(y, p), want.mape, 'mape');
    expectClose(r2Score(y, p), want.r2, 'r2');
  });

  it('divides MAPE by max(|y|, eps) for zero targets', () => {
    const { edge } = diabetes;
    expectClose(meanAbsolutePercentageError(edge.y_true, edge.y_pred), edge.mape, 'mape with zeros');
    expectClose(r2Score(edge.y_true, edge.y_pred), edge.r2, 'r2');
  });

  it('gives r2 = 0 or 1 for a constant target, as force_finite', () => {
    const { constant } = diabetes;
    expectClose(r2Score(constant.y_true, constant.y_pred), constant.r2, 'r2 constant');
    expectClose(r2Score(constant.y_true, constant.y_true), constant.r2_perfect, 'r2 perfect');
  });
});
