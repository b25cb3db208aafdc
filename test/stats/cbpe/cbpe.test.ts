/**
 * CBPE acceptance on the scored UCI Adult data (reference = training rows, current = test rows
 * whose labels the estimator never sees), on a seeded covariate shift of the test rows
 * (./shift.ts), and on a synthetic multiclass stream whose labels are drawn from its own
 * probabilities (so that the model is calibrated by construction).
 */
import { describe, it, expect } from 'vitest';
import { expectedConfusionMatrix, fitCalibration, fitCbpeBinary, fitCbpeMulticlass, type CbpeEstimate, type CbpeMetric } from '../../../src/stats/cbpe/index.js';
import {
  accuracyFromMatrix,
  confusionMatrix,
  f1FromMatrix,
  precisionFromMatrix,
  recallFromMatrix,
  rocAuc,
  rocAucOvr,
  specificityFromMatrix,
} from '../../../src/stats/metrics/index.js';
import { mulberry32 } from '../detectors/prng.js';
import { readAdult, type AdultRows } from '../metrics/adult.js';
import { pick, shiftedRows } from './shift.js';

type Realized = Record<CbpeMetric, number>;

function realizedBinary(label: Int32Array, proba: Float64Array, pred: Int32Array): Realized {
  const cm = confusionMatrix(label, pred, 2);
  return {
    accuracy: accuracyFromMatrix(cm),
    precision: precisionFromMatrix(cm, 'binary'),
    recall: recallFromMatrix(cm, 'binary'),
    f1: f1FromMatrix(cm, 'binary'),
    specificity: specificityFromMatrix(cm, 'binary'),
    roc_auc: rocAuc(label, proba),
  };
}

function expectBandContains(estimate: CbpeEstimate, realized: Realized, metrics: readonly CbpeMetric[]): void {
  for (const metric of metrics) {
    const { lower, upper, value } = estimate.metrics[metric];
    expect(realized[metric], `${metric}: estimate ${value}, band [${lower}, ${upper}]`).toBeGreaterThanOrEqual(lower);
    expect(realized[metric], `${metric}: estimate ${value}, band [${lower}, ${upper}]`).toBeLessThanOrEqual(upper);
  }
}

const ACCEPTANCE: readonly CbpeMetric[] = ['accuracy', 'f1', 'roc_auc'];

describe('CBPE on Adult', () => {
  const reference = readAdult('reference');
  const current = readAdult('current');
  const model = fitCbpeBinary({ yTrue: reference.label, score: reference.proba, yPred: reference.pred });
  const estimateOf = (rows: AdultRows, subset?: Uint32Array) => {
    const proba = subset ? pick(rows.proba, subset) : rows.proba;
    const pred = subset ? pick(rows.pred, subset) : rows.pred;
    const label = subset ? pick(rows.label, subset) : rows.label;
    return { estimate: model.estimate({ score: proba, yPred: pred }), realized: realizedBinary(label, proba, pred) };
  };

  it('calibrates the reference scores only because it lowers the held-out ECE', () => {
    expect(model.calibration.calibrated).toBe(true);
    expect(model.calibration.eceAfter!).toBeLessThan(model.calibration.eceBefore!);
  });

  it('bands contain the realized accuracy, f1 and roc_auc on the test rows (and the other metrics too)', () => {
    const { estimate, realized } = estimateOf(current);
    expect(estimate.rows).toBe(16_281);
    expectBandContains(estimate, realized, ['accuracy', 'precision', 'recall', 'f1', 'specificity', 'roc_auc']);
  });

  it.each([1, 2, 3, 4, 5])('under the seeded covariate shift (seed %i) the bands hold and move with the realized values', (seed) => {
    const base = estimateOf(current);
    const shifted = estimateOf(current, shiftedRows(current, 5_000, seed, 0.03, 0.15));
    expectBandContains(shifted.estimate, shifted.realized, ACCEPTANCE);
    for (const metric of ACCEPTANCE) {
      const realizedMove = shifted.realized[metric] - base.realized[metric];
      const estimatedMove = shifted.estimate.metrics[metric].value - base.estimate.metrics[metric].value;
      expect(Math.abs(realizedMove), `${metric} should move visibly`).toBeGreaterThan(0.005);
      expect(Math.sign(estimatedMove), `${metric}: realized moved ${realizedMove}, estimate ${estimatedMove}`).toBe(Math.sign(realizedMove));
    }
  });
});

describe('CBPE parts', () => {
  it('builds the expected confusion matrix from calibrated probabilities', () => {
    // TP = 0.9 + 0.2, FP = 0.1 + 0.8, FN = 0.6 + 0.1, TN = 0.4 + 0.9.
    const matrix = expectedConfusionMatrix([0.9, 0.2, 0.6, 0.1], [1, 1, 0, 0]);
    [[1.3, 0.9], [0.7, 1.1]].forEach((row, t) => row.forEach((cell, p) => expect(matrix[t]![p]!).toBeCloseTo(cell, 12)));
  });

  it('recalibrates squashed scores, and never a single class or a near-perfect ranking', () => {
    const random = mulberry32(99);
    const p = Float64Array.from({ length: 20_000 }, () => random());
    const y = Int32Array.from(p, (pi) => (random() < pi ? 1 : 0));
    expect(fitCalibration(new Int32Array(100), p.slice(0, 100)).calibrated).toBe(false);
    expect(fitCalibration(Int32Array.from(p, (pi) => (pi > 0.5 ? 1 : 0)), p).calibrated).toBe(false);
    const squashed = Float64Array.from(p, (pi) => pi * pi);
    const calibration = fitCalibration(y, squashed);
    expect(calibration.calibrated).toBe(true);
    expect(calibration.apply(0.25)).toBeCloseTo(0.5, 1);
  });

  it('estimates a calibrated 3-class model within its bands', () => {
    const random = mulberry32(5);
    const make = (n: number) => {
      const scores = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
      const yTrue = new Int32Array(n);
      const yPred = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const logits = [random() * 3, random() * 2, random() * 2.5];
        const exp = logits.map(Math.exp);
        const total = exp[0]! + exp[1]! + exp[2]!;
        let best = 0;
        for (let k = 0; k < 3; k++) {
          scores[k]![i] = exp[k]! / total;
          if (scores[k]![i]! > scores[best]![i]!) best = k;
        }
        yPred[i] = best;
        const u = random();
        yTrue[i] = u < scores[0]![i]! ? 0 : u < scores[0]![i]! + scores[1]![i]! ? 1 : 2;
      }
      return { scores, yTrue, yPred };
    };
    const reference = make(20_000);
    const current = make(8_000);
    const estimate = fitCbpeMulticlass(reference).estimate({ scores: current.scores, yPred: current.yPred });
    const cm = confusionMatrix(current.yTrue, current.yPred, 3);
    const realized: Realized = {
      accuracy: accuracyFromMatrix(cm),
      precision: precisionFromMatrix(cm, 'macro'),
      recall: recallFromMatrix(cm, 'macro'),
      f1: f1FromMatrix(cm, 'macro'),
      specificity: specificityFromMatrix(cm, 'macro'),
      roc_auc: rocAucOvr(current.yTrue, current.scores, 'macro'),
    };
    expectBandContains(estimate, realized, ['accuracy', 'precision', 'recall', 'f1', 'specificity', 'roc_auc']);
  });
});
