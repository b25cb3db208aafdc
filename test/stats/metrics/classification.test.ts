/**
 * Classification metrics against scikit-learn 1.2.1 on the scored UCI Adult data and a 3-class
 * wine model (values from test/fixtures/oracle/metrics_oracle.py), to 1e-12 relative.
 */
import { describe, it, expect } from 'vitest';
import {
  accuracyFromMatrix,
  averagePrecision,
  balancedAccuracyFromMatrix,
  brierScore,
  confusionMatrix,
  expectedCalibrationError,
  f1FromMatrix,
  logLossBinary,
  logLossMulticlass,
  precisionFromMatrix,
  recallFromMatrix,
  rocAuc,
  rocAucOvr,
  specificityFromMatrix,
} from '../../../src/stats/metrics/index.js';
import { expectClose, metricsFixture, readAdult } from './adult.js';

const fixture = metricsFixture();

function labelsAt(proba: Float64Array, threshold: number): Int32Array {
  return Int32Array.from(proba, (p) => (p >= threshold ? 1 : 0));
}

describe.each(['reference', 'current'] as const)('binary metrics on Adult %s', (name) => {
  const rows = readAdult(name);
  const expected = fixture.adult[name];

  it('has the rows the oracle saw', () => {
    expect(rows.label.length).toBe(expected.rows);
  });

  it.each([
    ['default', rows.pred],
    ['threshold_0_3', labelsAt(rows.proba, 0.3)],
  ] as const)('label metrics (%s) equal scikit-learn', (variant, pred) => {
    const want = expected[variant];
    const cm = confusionMatrix(rows.label, pred, 2);
    expect(cm).toEqual(want.confusion_matrix);
    expectClose(accuracyFromMatrix(cm), want.accuracy!, 'accuracy');
    expectClose(balancedAccuracyFromMatrix(cm), want.balanced_accuracy!, 'balanced_accuracy');
    expectClose(precisionFromMatrix(cm, 'binary'), want.precision!, 'precision');
    expectClose(recallFromMatrix(cm, 'binary'), want.recall!, 'recall');
    expectClose(f1FromMatrix(cm, 'binary'), want.f1!, 'f1');
    expectClose(specificityFromMatrix(cm, 'binary'), want.specificity!, 'specificity');
  });

  it('score metrics equal scikit-learn', () => {
    const want = expected.default;
    expectClose(rocAuc(rows.label, rows.proba), want.roc_auc!, 'roc_auc');
    expectClose(averagePrecision(rows.label, rows.proba), want.average_precision!, 'average_precision');
    expectClose(logLossBinary(rows.label, rows.proba), want.log_loss!, 'log_loss');
    expectClose(brierScore(rows.label, rows.proba), want.brier!, 'brier');
    expectClose(expectedCalibrationError(rows.label, rows.proba), want.ece!, 'ece');
  });

  it('handles tied scores (rounded to 2 decimals) and clipping as scikit-learn', () => {
    const rounded = Float64Array.from(rows.proba, (p) => Math.round(p * 100) / 100);
    const want = expected.rounded_2;
    expectClose(rocAuc(rows.label, rounded), want.roc_auc!, 'roc_auc with ties');
    expectClose(averagePrecision(rows.label, rounded), want.average_precision!, 'average_precision with ties');
    expectClose(logLossBinary(rows.label, rounded), want.log_loss!, 'log_loss with p = 0 or 1');
    expectClose(expectedCalibrationError(rows.label, rounded), want.ece!, 'ece with values on bin edges');
  });
});

describe('multiclass metrics on a 3-class wine model', () => {
  const { y_true: yTrue, pred, proba, metrics: want } = fixture.wine;
  const columns = [0, 1, 2].map((k) => Float64Array.from(proba, (row) => row[k]!));
  const cm = confusionMatrix(yTrue, pred, 3);

  it('label metrics equal scikit-learn (macro and weighted)', () => {
    expect(cm).toEqual(want.confusion_matrix);
    expectClose(accuracyFromMatrix(cm), want.accuracy!, 'accuracy');
    expectClose(balancedAccuracyFromMatrix(cm), want.balanced_accuracy!, 'balanced_accuracy');
    for (const averaging of ['macro', 'weighted'] as const) {
      expectClose(precisionFromMatrix(cm, averaging), want[`precision_${averaging}`]!, `precision ${averaging}`);
      expectClose(recallFromMatrix(cm, averaging), want[`recall_${averaging}`]!, `recall ${averaging}`);
      expectClose(f1FromMatrix(cm, averaging), want[`f1_${averaging}`]!, `f1 ${averaging}`);
      expectClose(specificityFromMatrix(cm, averaging), want[`specificity_${averaging}`]!, `specificity ${averaging}`);
      expectClose(rocAucOvr(yTrue, columns, averaging), want[`roc_auc_${averaging}`]!, `roc_auc ovr ${averaging}`);
    }
  });

  it('log loss and top-label ECE equal scikit-learn', () => {
    expectClose(logLossMulticlass(yTrue, columns), want.log_loss!, 'log_loss');
    const correct = yTrue.map((y, i) => (y === pred[i] ? 1 : 0));
    const confidence = proba.map((row) => Math.max(...row));
    expectClose(expectedCalibrationError(correct, confidence), want.ece!, 'ece');
  });

  it('a class never predicted counts 0 precision, as zero_division=0', () => {
    const skewed = confusionMatrix(yTrue, want.skewed.pred, 3);
    expectClose(precisionFromMatrix(skewed, 'macro'), want.skewed.precision_macro, 'precision macro');
    expectClose(f1FromMatrix(skewed, 'weighted'), want.skewed.f1_weighted, 'f1 weighted');
    expectClose(balancedAccuracyFromMatrix(skewed), want.skewed.balanced_accuracy, 'balanced accuracy');
  });
});

describe('edge cases', () => {
  it('returns NaN rather than a number when a metric is undefined', () => {
    expect(rocAuc([1, 1, 1], [0.2, 0.5, 0.9])).toBeNaN();
    expect(averagePrecision([0, 0], [0.2, 0.5])).toBeNaN();
    expect(accuracyFromMatrix([[0, 0], [0, 0]])).toBeNaN();
  });

  it('rejects mismatched lengths and class codes outside the matrix', () => {
    expect(() => confusionMatrix([0, 1], [0], 2)).toThrow(RangeError);
    expect(() => confusionMatrix([0, 2], [0, 1], 2)).toThrow(/class codes/);
    expect(() => expectedCalibrationError([1], [1.5])).toThrow(/outside/);
  });
});
