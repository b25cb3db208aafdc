/**
 * Weighted metrics against scikit-learn 1.2.1 with sample_weight
 * (test/fixtures/oracle/attribution_oracle.py → test/fixtures/attribution-oracle.json):
 * the scored UCI Adult test rows, wine (3 classes) and diabetes (regression) from
 * test/fixtures/metrics.json, with weights ((7 i) mod 10) / 4 (every tenth row weighs 0).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  accuracyFromMatrix,
  balancedAccuracyFromMatrix,
  descendingOrder,
  f1FromMatrix,
  precisionFromMatrix,
  recallFromMatrix,
  rocAuc,
  specificityFromMatrix,
  weightedAveragePrecision,
  weightedBrierScore,
  weightedConfusionMatrix,
  weightedLogLossBinary,
  weightedLogLossMulticlass,
  weightedMeanAbsoluteError,
  weightedMeanAbsolutePercentageError,
  weightedMeanSquaredError,
  weightedR2Score,
  weightedRocAuc,
  weightedRocAucOvr,
  weightedRootMeanSquaredError,
} from '../../../src/stats/metrics/index.js';
import { expectClose, metricsFixture, readAdult } from './adult.js';

interface WeightedFixture {
  readonly weighted: {
    readonly adult_current: Readonly<Record<string, number>> & { readonly confusion_matrix: number[][] };
    readonly wine: Readonly<Record<string, number>>;
    readonly diabetes: Readonly<Record<string, number>>;
  };
}

const oracle = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/attribution-oracle.json', import.meta.url)), 'utf8')) as WeightedFixture;
const weights = (n: number): Float64Array => Float64Array.from({ length: n }, (_, i) => ((7 * i) % 10) / 4);
const RELATIVE = 1e-9;

describe('weighted metrics equal scikit-learn with sample_weight', () => {
  it('binary, on the Adult test rows: the label metrics, ROC AUC and AP (with and without ties), log loss and Brier', () => {
    const adult = readAdult('current');
    const expected = oracle.weighted.adult_current;
    const w = weights(adult.label.length);
    const cm = weightedConfusionMatrix(adult.label, adult.pred, 2, w);
    cm.forEach((row, t) => row.forEach((cell, p) => expectClose(cell, expected.confusion_matrix[t]![p]!, `cm[${t}][${p}]`, RELATIVE)));
    expectClose(accuracyFromMatrix(cm), expected.accuracy!, 'accuracy', RELATIVE);
    expectClose(balancedAccuracyFromMatrix(cm), expected.balanced_accuracy!, 'balanced_accuracy', RELATIVE);
    expectClose(precisionFromMatrix(cm, 'binary'), expected.precision!, 'precision', RELATIVE);
    expectClose(recallFromMatrix(cm, 'binary'), expected.recall!, 'recall', RELATIVE);
    expectClose(f1FromMatrix(cm, 'binary'), expected.f1!, 'f1', RELATIVE);
    expectClose(specificityFromMatrix(cm, 'binary'), expected.specificity!, 'specificity', RELATIVE);
    expectClose(weightedRocAuc(adult.label, adult.proba, w), expected.roc_auc!, 'roc_auc', RELATIVE);
    expectClose(weightedRocAuc(adult.label, adult.educationNum, w), expected.roc_auc_ties!, 'roc_auc on tied scores', RELATIVE);
    expectClose(weightedAveragePrecision(adult.label, adult.proba, w), expected.average_precision!, 'average_precision', RELATIVE);
    expectClose(weightedAveragePrecision(adult.label, adult.educationNum, w), expected.average_precision_ties!, 'average_precision on tied scores', RELATIVE);
    expectClose(weightedLogLossBinary(adult.label, adult.proba, w), expected.log_loss!, 'log_loss', RELATIVE);
    expectClose(weightedBrierScore(adult.label, adult.proba, w), expected.brier!, 'brier', RELATIVE);
  });

  it('a precomputed order gives the same AUC; unit weights give the unweighted AUC', () => {
    const adult = readAdult('current');
    const w = weights(adult.label.length);
    const order = descendingOrder(adult.educationNum);
    expect(weightedRocAuc(adult.label, adult.educationNum, w, order)).toBe(weightedRocAuc(adult.label, adult.educationNum, w));
    expectClose(weightedRocAuc(adult.label, adult.proba, new Float64Array(adult.label.length).fill(1)), rocAuc(adult.label, adult.proba), 'unit weights', 1e-12);
  });

  it('multiclass, on wine: label metrics, one-vs-rest ROC AUC (macro and weighted) and log loss', () => {
    const wine = metricsFixture().wine;
    const expected = oracle.weighted.wine;
    const w = weights(wine.y_true.length);
    const scores = [0, 1, 2].map((k) => Float64Array.from(wine.proba, (row) => row[k]!));
    const cm = weightedConfusionMatrix(wine.y_true, wine.pred, 3, w);
    expectClose(accuracyFromMatrix(cm), expected.accuracy!, 'accuracy', RELATIVE);
    expectClose(balancedAccuracyFromMatrix(cm), expected.balanced_accuracy!, 'balanced_accuracy', RELATIVE);
    expectClose(precisionFromMatrix(cm, 'macro'), expected.precision_macro!, 'precision macro', RELATIVE);
    expectClose(recallFromMatrix(cm, 'weighted'), expected.recall_weighted!, 'recall weighted', RELATIVE);
    expectClose(f1FromMatrix(cm, 'macro'), expected.f1_macro!, 'f1 macro', RELATIVE);
    expectClose(weightedRocAucOvr(wine.y_true, scores, w, 'macro'), expected.roc_auc_macro!, 'roc_auc macro', RELATIVE);
    expectClose(weightedRocAucOvr(wine.y_true, scores, w, 'weighted'), expected.roc_auc_weighted!, 'roc_auc weighted', RELATIVE);
    expectClose(weightedLogLossMulticlass(wine.y_true, scores, w), expected.log_loss!, 'log_loss', RELATIVE);
  });

  it('regression, on diabetes: mae, mse, rmse, mape, r2', () => {
    const diabetes = metricsFixture().diabetes;
    const expected = oracle.weighted.diabetes;
    const w = weights(diabetes.y_true.length);
    const [y, p] = [diabetes.y_true, diabetes.y_pred];
    expectClose(weightedMeanAbsoluteError(y, p, w), expected.mae!, 'mae', RELATIVE);
    expectClose(weightedMeanSquaredError(y, p, w), expected.mse!, 'mse', RELATIVE);
    expectClose(weightedRootMeanSquaredError(y, p, w), expected.rmse!, 'rmse', RELATIVE);
    expectClose(weightedMeanAbsolutePercentageError(y, p, w), expected.mape!, 'mape', RELATIVE);
    expectClose(weightedR2Score(y, p, w), expected.r2!, 'r2', RELATIVE);
  });

  it('refuses negative or infinite weights, and is NaN when nothing weighs', () => {
    expect(() => weightedConfusionMatrix([0, 1], [0, 1], 2, [1, -1])).toThrow(RangeError);
    expect(() => weightedRocAuc([0, 1], [0.1, 0.9], [1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
    expect(() => weightedMeanAbsoluteError([1, 2], [1, 2], [1])).toThrow(RangeError);
    expect(weightedMeanSquaredError([1, 2], [0, 0], [0, 0])).toBeNaN();
    expect(weightedRocAuc([0, 1, 1], [0.1, 0.5, 0.9], [0, 1, 1])).toBeNaN();
  });
});
