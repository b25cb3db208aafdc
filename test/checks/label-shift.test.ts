/**
 * The label_shift check on real rows: the scored UCI Adult training rows as reference, the test
 * rows as they are (no shift) and resampled to a planted class-1 prior of 0.40 (the rows the
 * oracle drew, test/fixtures/oracle/label_shift_oracle.py), and a 3-class wine model with a
 * planted 15/25/60% mix. Every reported number equals the numpy oracle within 1e-9 relative;
 * the planted prior lies inside the reported interval and the check fails; no shift passes.
 */
import { describe, expect, it } from 'vitest';
import { labelShiftCheck } from '../../src/checks/label-shift.js';
import type { LabelShiftDetails } from '../../src/checks/details.js';
import type { Table } from '../../src/data/table.js';
import type { LabelShiftCheckSpec, Policy } from '../../src/policy/types.js';
import { expectClose, labelShiftOracle as oracle, type OracleEstimate } from '../stats/label-shift-fixture.js';
import { adultTable } from './adult-table.js';
import { categorical, context, numeric, policyWith, table } from './context.js';

const adultPolicy: Policy = policyWith({ prediction: 'pred', score: 'proba', target: 'label' });

function spec(extra: Partial<LabelShiftCheckSpec> = {}): LabelShiftCheckSpec {
  return { id: 'class-mix', type: 'label_shift', min_samples: 100, pointer: '/checks/0', max_condition: 100, warn: { gt: 0.05 }, fail: { gt: 0.1 }, ...extra };
}

async function adult(planted: boolean): Promise<{ reference: Table; current: Table }> {
  const reference = await adultTable('reference');
  const current = await adultTable('current');
  return { reference, current: planted ? current.take(oracle.adult.planted_rows) : current };
}

/** The details against the oracle's estimate, number for number. */
function expectOracle(details: LabelShiftDetails, o: OracleEstimate): void {
  const column = (key: keyof LabelShiftDetails['classes'][number]) => details.classes.map((c) => c[key] as number);
  // The check's own counts (decoded from the rows) are the oracle's pandas counts, matrix[true][pred].
  expect(details.confusion_matrix.matrix).toEqual(o.joint[0]!.map((_, t) => o.joint.map((row) => row[t]!)));
  expect(details.current_rows).toBe(o.predicted.reduce((s, v) => s + v, 0));
  expectClose(column('reference_prior'), o.reference_priors, 'reference prior');
  expectClose(column('predicted_share'), o.predicted_shares, 'predicted share');
  expectClose(column('raw_weight'), o.raw_weights, 'raw weight');
  expectClose(column('current_prior'), o.current_priors, 'current prior', 1e-9, 1e-9);
  expectClose(column('weight'), o.weights, 'weight', 1e-9, 1e-9);
  expectClose(column('low'), o.low, 'low', 1e-9, 1e-9);
  expectClose(column('high'), o.high, 'high', 1e-9, 1e-9);
  expectClose(column('change_low'), o.change_low, 'change low', 1e-9, 1e-9);
  expectClose(column('change_high'), o.change_high, 'change high', 1e-9, 1e-9);
  expect(details.classes.map((c) => c.clipped)).toEqual(o.clipped);
  expectClose([details.condition_number, details.min_singular_value], [o.condition_number, o.min_singular_value], 'condition');
}

describe('label_shift on the scored UCI Adult rows', () => {
  it('passes without a shift: the estimate stays near the reference prior and covers the true one', async () => {
    const { reference, current } = await adult(false);
    const outcome = labelShiftCheck.run(spec(), context(current, reference, adultPolicy));
    const o = oracle.adult.no_shift;
    expect(outcome.status).toBe('pass');
    expectOracle(outcome.details!, o);
    const positive = outcome.details!.classes[1]!;
    expect(Math.abs(positive.change)).toBeLessThan(0.01);
    expect(positive.low).toBeLessThan(o.true_current_priors![1]!);
    expect(positive.high).toBeGreaterThan(o.true_current_priors![1]!);
    expect(outcome.value).toBeCloseTo(Math.abs(positive.change), 15);
    expect(outcome.message).toMatch(/^class 1: prior 0\.2408 → 0\.2349 \(95% interval 0\.2218–0\.248\), estimated from 16,281 current predictions by BBSE \(condition number 2\.128\); change −0\.005902; within thresholds$/);
  });

  it('recovers a planted prior of 0.40 inside its interval, and fails', async () => {
    const { reference, current } = await adult(true);
    const outcome = labelShiftCheck.run(spec(), context(current, reference, adultPolicy));
    expectOracle(outcome.details!, oracle.adult.planted);
    expect(outcome.status).toBe('fail');
    const positive = outcome.details!.classes[1]!;
    expect(positive.low).toBeLessThan(0.4);
    expect(positive.high).toBeGreaterThan(0.4);
    expect(positive.change_low).toBeGreaterThan(0.1);
    expect(outcome.details!.classes.map((c) => c.status)).toEqual(['fail', 'fail']);
    expect(outcome.message).toBe(
      'class 1: prior 0.2408 → 0.3955 (95% interval 0.3761–0.4148), estimated from 9,000 current predictions by BBSE (condition number 2.128); change +0.1546; fail: |change| > 0.1',
    );
  });

  it('reads the score at decision_threshold on both sides', async () => {
    const { reference, current } = await adult(true);
    const outcome = labelShiftCheck.run(spec({ decision_threshold: 0.3 }), context(current, reference, adultPolicy));
    expectOracle(outcome.details!, oracle.adult.planted_threshold_0_3);
    expect(outcome.details!.decision_threshold).toBe(0.3);
  });

  it('with confidence, judges the whole interval of the change', async () => {
    const { reference, current } = await adult(true);
    // The change is 0.1546 with interval 0.135–0.174: wholly above 0.1, not wholly above 0.15.
    const sure = labelShiftCheck.run(spec({ warn: undefined, fail: { gt: 0.1, confidence: 0.95 } }), context(current, reference, adultPolicy));
    expect(sure.status).toBe('fail');
    expect(sure.message).toContain('fail: |change| 95% interval wholly > 0.1');
    const unsure = labelShiftCheck.run(spec({ warn: undefined, fail: { gt: 0.15, confidence: 0.95 } }), context(current, reference, adultPolicy));
    expect(unsure.value).toBeGreaterThan(0.15);
    expect(unsure.status).toBe('pass');
  });

  it('is no_data with too few rows on either side', async () => {
    const { reference, current } = await adult(false);
    const few = labelShiftCheck.run(spec({ min_samples: 20_000 }), context(current, reference, adultPolicy));
    expect(few).toMatchObject({ status: 'no_data', code: 'check/no-data', message: '16,281 current predictions, fewer than min_samples 20000' });
    const fewRef = labelShiftCheck.run(spec({ min_samples: 500 }), context(current, reference.take(Array.from({ length: 100 }, (_, i) => i)), adultPolicy));
    expect(fewRef).toMatchObject({ status: 'no_data', code: 'check/no-data' });
    expect(fewRef.message).toContain('100 labelled reference rows');
  });

  it('is an error without labels in the reference or without a prediction', async () => {
    const { reference, current } = await adult(false);
    const noLabels = labelShiftCheck.run(spec(), context(current, reference, policyWith({ prediction: 'pred', target: 'income' })));
    expect(noLabels).toMatchObject({ status: 'error', code: 'check/no-reference' });
    expect(noLabels.message).toContain('has no label column "income"');
    expect(labelShiftCheck.run(spec(), context(current, null, adultPolicy))).toMatchObject({ status: 'error', code: 'check/no-reference' });
    const noPrediction = labelShiftCheck.run(spec(), context(current, reference, policyWith({ prediction: 'yhat', target: 'label' })));
    expect(noPrediction).toMatchObject({ status: 'error', code: 'check/missing-column' });
    expect(noPrediction.message).toMatch(/^reference: .*no prediction/);
  });
});

describe('label_shift on wine (3 classes)', () => {
  const w = oracle.wine;
  const rows = (side: { label: number[]; pred: number[] }) =>
    table(categorical('label', side.label.map((c) => w.classes[c]!)), categorical('pred', side.pred.map((c) => w.classes[c]!)));
  const policy: Policy = {
    ...policyWith({ prediction: 'pred', target: 'label', class_scores: { class_0: 'p0', class_1: 'p1', class_2: 'p2' } }),
    model: { name: 'wine', task: 'multiclass_classification', owners: [] },
  };

  it('equals numpy and covers the planted 15/25/60% mix', () => {
    const current = table(categorical('pred', w.current.pred.map((c) => w.classes[c]!)));
    const outcome = labelShiftCheck.run(spec({ min_samples: 50 }), context(current, rows(w.reference), policy));
    expectOracle(outcome.details!, w.estimate);
    outcome.details!.classes.forEach((c, j) => {
      expect(c.low).toBeLessThan(w.estimate.true_current_priors![j]!);
      expect(c.high).toBeGreaterThan(w.estimate.true_current_priors![j]!);
    });
    // Class 2 moves from 0.27 to about 0.60: the worst class heads the message.
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toMatch(/^class class_2: prior 0\.2697 → 0\.5966/);
  });
});

describe('label_shift refuses what it cannot estimate', () => {
  const labels = (n: number) => Array.from({ length: n }, (_, i) => i % 2);
  const policy = policyWith({ prediction: 'yhat', target: 'y' });

  it('a model no better than chance: an error that gives the condition number', () => {
    // Predictions independent of the labels: P(ŷ | y) has two equal columns.
    const reference = table(numeric('y', labels(400)), numeric('yhat', Array.from({ length: 400 }, (_, i) => (i >> 1) % 2)));
    const current = table(numeric('yhat', labels(400)));
    const outcome = labelShiftCheck.run(spec(), context(current, reference, policy));
    expect(outcome).toMatchObject({ status: 'error', code: 'check/undefined-metric' });
    expect(outcome.message).toMatch(/too close to singular \(condition number (∞|[\d.e+]+) > max_condition 100; smallest singular value of P\(prediction, label\) /);
    expect(outcome.message).toContain('no better than chance');
  });

  it('a class the model never predicts, or that the reference never holds', () => {
    const never = table(numeric('y', labels(400)), numeric('yhat', new Array<number>(400).fill(0)));
    const current = table(numeric('yhat', labels(400)));
    expect(labelShiftCheck.run(spec(), context(current, never, policy)).message).toContain('never predicts class "1" on the reference');
    const oneClass = table(numeric('y', new Array<number>(400).fill(0)), numeric('yhat', labels(400)));
    expect(labelShiftCheck.run(spec(), context(current, oneClass, policy))).toMatchObject({ status: 'error', code: 'check/undefined-metric' });
  });

  it('an ill-conditioned but invertible matrix above max_condition, and a regression model', () => {
    // TNR 0.6, TPR 0.5: Youden's J = 0.1, condition number 10.1.
    const y = labels(2000);
    const yhat = y.map((v, i) => (i % 20 < 11 ? v : 1 - v) === 1 ? 1 : 0);
    const reference = table(numeric('y', y), numeric('yhat', yhat));
    const current = table(numeric('yhat', labels(400)));
    expect(labelShiftCheck.run(spec({ max_condition: 10 }), context(current, reference, policy)).status).toBe('error');
    expect(labelShiftCheck.run(spec({ max_condition: 50 }), context(current, reference, policy)).status).not.toBe('error');
    const regression: Policy = { ...policy, model: { name: 'm', task: 'regression', owners: [] } };
    expect(labelShiftCheck.run(spec(), context(current, reference, regression))).toMatchObject({ status: 'error', code: 'policy/conflict' });
  });
});
