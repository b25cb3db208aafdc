/**
 * The performance check end to end on the scored UCI Adult data (values against the
 * scikit-learn fixture of test/fixtures/oracle/metrics_oracle.py), on small hand-made tables for
 * the label join and delay, and on the diabetes regression fixture.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, it, expect } from 'vitest';
import { performanceCheck } from '../../src/checks/performance.js';
import type { PerformanceDetails } from '../../src/checks/details.js';
import type { CheckContext } from '../../src/checks/types.js';
import { readSource } from '../../src/data/read.js';
import type { Table } from '../../src/data/table.js';
import type { PerformanceCheckSpec, Policy } from '../../src/policy/types.js';
import { confusionMatrix, f1FromMatrix } from '../../src/stats/metrics/index.js';
import { categorical, numeric, policyWith, table, timestamps } from './context.js';
import { expectClose, metricsFixture } from '../stats/metrics/adult.js';

const fixture = metricsFixture();
const adultPath = (name: string) => fileURLToPath(new URL(`../../examples/data/adult/${name}.csv`, import.meta.url));

function spec(overrides: Partial<PerformanceCheckSpec> = {}): PerformanceCheckSpec {
  return { id: 'perf', type: 'performance', metric: 'roc_auc', average: 'macro', min_samples: 100, min_group_size: 100, pointer: '/checks/0', ...overrides };
}

const adultPolicy: Policy = policyWith({ target: 'label', score: 'proba', prediction: 'pred' });

function ctx(current: Table, reference: Table | null, policy: Policy = adultPolicy, extra: Partial<CheckContext> = {}): CheckContext {
  return { policy, reference, current, currentUnwindowed: current, window: null, labels: null, now: new Date('2026-11-24T12:00:00Z'), ...extra };
}

describe('performance on Adult (labels in the current data)', () => {
  let reference: Table;
  let current: Table;
  beforeAll(async () => {
    const options = { kinds: { label: 'numeric', proba: 'numeric', pred: 'numeric' } } as const;
    reference = await readSource({ kind: 'file', paths: [adultPath('reference')] }, options);
    current = await readSource({ kind: 'file', paths: [adultPath('current')] }, options);
  });

  it.each(['roc_auc', 'accuracy', 'f1', 'log_loss', 'average_precision', 'brier', 'ece', 'balanced_accuracy'] as const)(
    '%s and its reference value equal scikit-learn',
    (metric) => {
      const outcome = performanceCheck.run(spec({ metric, fail: { lt: 0 } }), ctx(current, reference));
      expect(outcome.status).toBe('pass');
      expectClose(outcome.value!, fixture.adult.current.default[metric]!, metric);
      expectClose(outcome.reference_value!, fixture.adult.reference.default[metric]!, `reference ${metric}`);
      const details = outcome.details!;
      expect(details.confusion_matrix).toEqual({ labels: ['0', '1'], matrix: fixture.adult.current.default.confusion_matrix });
      expect(details.evaluated).toMatchObject({ rows: 16_281, labelled_rows: 16_281, labelled_coverage: 1, join: null });
      expect(outcome.estimated).toBe(false);
    },
  );

  it('turns scores into labels with decision_threshold', () => {
    const outcome = performanceCheck.run(spec({ metric: 'f1', decision_threshold: 0.3, fail: { lt: 0 } }), ctx(current, reference));
    expectClose(outcome.value!, fixture.adult.current.threshold_0_3.f1!, 'f1 at 0.3');
    expect(outcome.details!.confusion_matrix!.matrix).toEqual(fixture.adult.current.threshold_0_3.confusion_matrix);
  });

  it('derives a one-sided limit from 10 reference chunks when no threshold is written, and says so', () => {
    const outcome = performanceCheck.run(spec(), ctx(current, reference));
    const derived = outcome.details!.derived!;
    expect(derived.chunks).toBe(10);
    expect(derived.chunk_rows).toBe(3256);
    expect(outcome.thresholds.derived_from).toMatch(/^reference: mean − 3 std of roc_auc over 10 chunks/);
    expect(outcome.thresholds.fail).toEqual({ lt: derived.lower });
    expect(derived.upper).toBeNull();
    expect(derived.lower!).toBeCloseTo(derived.mean - 3 * derived.std, 12);
    expect(outcome.status).toBe('pass');
    expect(outcome.message).toContain('derived from the reference: fails below');
  });

  it('fails a model whose predictions were damaged, against the reference', () => {
    // Every 4th prediction flipped: accuracy falls far below the reference's.
    const pred = current.column('pred')!;
    const damaged = table(
      ...current.columnNames.filter((n) => n !== 'pred').map((n) => current.column(n)!),
      numeric('pred', Array.from(pred.kind === 'numeric' ? pred.values : [], (v, i) => (i % 4 === 0 ? 1 - v : v))),
    );
    const outcome = performanceCheck.run(spec({ metric: 'accuracy', warn: { vs: 'reference', relative: { lt: -0.03 } } }), ctx(damaged, reference));
    expect(outcome.status).toBe('warn');
    expect(outcome.message).toMatch(/relative change < -0.03 vs reference/);
  });

  it('reports per group; a group below min_group_size is no_data and does not decide the status', () => {
    const outcome = performanceCheck.run(spec({ metric: 'f1', by: 'race', min_group_size: 200, fail: { lt: 0.3 } }), ctx(current, reference));
    const groups = outcome.details!.groups;
    const byName = new Map(groups.map((g) => [g.group, g]));
    expect(byName.get('Amer-Indian-Eskimo')).toMatchObject({ status: 'no_data', value: null });
    expect(byName.get('Amer-Indian-Eskimo')!.rows).toBeLessThan(200);
    // The White group's f1, computed independently from the raw columns.
    const race = current.column('race')!;
    const label = current.column('label')!;
    const predicted = current.column('pred')!;
    if (race.kind !== 'categorical' || label.kind !== 'numeric' || predicted.kind !== 'numeric') throw new Error('column kinds');
    const white = race.dictionary.indexOf('White');
    const rows = [...race.codes.keys()].filter((i) => race.codes[i] === white);
    const f1 = f1FromMatrix(confusionMatrix(rows.map((i) => label.values[i]!), rows.map((i) => predicted.values[i]!), 2), 'binary');
    expectClose(byName.get('White')!.value!, f1, 'f1 of the White group');
    expect(byName.get('White')!.reference_value).not.toBeNull();
    expect(['pass', 'fail']).toContain(outcome.status);
    expect(outcome.status).not.toBe('no_data');
  });

  it('estimates with CBPE when the labels have not arrived, marked estimated', () => {
    const unlabelled = table(...current.columnNames.filter((n) => n !== 'label').map((n) => current.column(n)!));
    const outcome = performanceCheck.run(spec({ when_unlabelled: 'estimate', fail: { lt: 0.8 } }), ctx(unlabelled, reference));
    expect(outcome.estimated).toBe(true);
    const details = outcome.details!;
    expect(details.estimated).toBe(true);
    expect(details.estimate!.calibrated).toBe(true);
    const realized = fixture.adult.current.default.roc_auc!;
    expect(realized).toBeGreaterThanOrEqual(details.estimate!.lower);
    expect(realized).toBeLessThanOrEqual(details.estimate!.upper);
    expect(outcome.message).toMatch(/^estimated roc_auc .* \(CBPE/);
    expect(outcome.status).toBe('pass');
  });

  it('is no_data, not a verdict, without labels and without estimation', () => {
    const unlabelled = table(...current.columnNames.filter((n) => n !== 'label').map((n) => current.column(n)!));
    const outcome = performanceCheck.run(spec({ fail: { lt: 0.8 } }), ctx(unlabelled, reference));
    expect(outcome).toMatchObject({ status: 'no_data', code: 'check/no-labels' });
    expect(outcome.value).toBeNull();
  });
});

describe('late labels: join, delay, coverage', () => {
  // 20 predictions, one a day from 2026-11-04 to 2026-11-23; the model says 1 for even ids.
  const days = Array.from({ length: 20 }, (_, i) => new Date(Date.UTC(2026, 10, 4 + i, 9)).toISOString());
  const predictions = table(
    categorical('request_id', days.map((_, i) => `r${i}`)),
    timestamps('scored_at', days),
    numeric('churn_label', days.map((_, i) => (i % 2 === 0 ? 1 : 0))),
    numeric('churn_probability', days.map((_, i) => (i % 2 === 0 ? 0.8 : 0.2))),
  );
  const policy = (labelsColumn = 'churned'): Policy => ({
    ...policyWith({ id: 'request_id', timestamp: 'scored_at', prediction: 'churn_label', score: 'churn_probability', target: 'churned' }),
    data: {
      current: { kind: 'file', paths: [] },
      labels: { source: { kind: 'file', paths: [] }, join: 'request_id', column: labelsColumn, delay: { kind: 'time', ms: 7 * 86_400_000, text: '7d' } },
    },
  });
  const now = new Date('2026-11-24T12:00:00Z');
  const window = { start: now.getTime() - 7 * 86_400_000, end: now.getTime() };

  it('evaluates only the window moved back by the delay, with counted coverage, duplicates and unmatched ids', () => {
    // Delayed window (Nov 10 12:00, Nov 17 12:00]: r7…r13 (7 predictions). Labels: r7 (wrong),
    // r8 twice agreeing (right), r9 twice disagreeing, r10 (wrong), r11 (right), r2 (outside), x1.
    const labels = table(
      categorical('request_id', ['r7', 'r8', 'r8', 'r9', 'r9', 'r10', 'r11', 'r2', 'x1']),
      numeric('churned', [1, 1, 1, 1, 0, 0, 0, 1, 1]),
    );
    const outcome = performanceCheck.run(
      spec({ metric: 'accuracy', min_samples: 1, fail: { lt: 0.5 } }),
      { policy: policy(), reference: null, current: predictions, currentUnwindowed: predictions, window, labels, now },
    );
    const details = outcome.details as PerformanceDetails;
    expect(details.evaluated).toEqual({
      start: '2026-11-10T12:00:00.000Z',
      end: '2026-11-17T12:00:00.000Z',
      delay: '7d',
      rows: 7,
      labelled_rows: 4,
      labelled_coverage: 4 / 7,
      join: { matched: 4, unmatched_predictions: 3, unmatched_labels: 2, duplicate_ids: 2, conflicting_ids: 1 },
    });
    // r7 wrong, r8 right, r10 wrong, r11 right.
    expect(outcome.value).toBe(0.5);
    expect(outcome.status).toBe('pass');
    expect(outcome.message).toContain('coverage 57.1%');
  });

  it('names a label column of the wrong type instead of computing a wrong metric', () => {
    const labels = table(categorical('request_id', ['r7', 'r8']), categorical('churned', ['churned', 'stayed']));
    const outcome = performanceCheck.run(
      spec({ metric: 'accuracy', min_samples: 1, fail: { lt: 0.5 } }),
      { policy: policy(), reference: null, current: predictions, currentUnwindowed: predictions, window, labels, now },
    );
    expect(outcome).toMatchObject({ status: 'error', code: 'check/wrong-kind' });
    expect(outcome.value).toBeNull();
    expect(outcome.message).toBe('test: the label column "churned" holds "churned" (row 1 of the evaluated rows), which is not a class of this model (expected 0/1, true/false or yes/no)');
  });

  it('says when the labels file lacks the label column', () => {
    const labels = table(categorical('request_id', ['r6']), numeric('churned', [1]));
    const outcome = performanceCheck.run(
      spec({ metric: 'accuracy', min_samples: 1, fail: { lt: 0.5 } }),
      { policy: policy('outcome'), reference: null, current: predictions, currentUnwindowed: predictions, window, labels, now },
    );
    expect(outcome).toMatchObject({ status: 'error', code: 'data/missing-column', message: 'test: no label column "outcome"' });
  });
});

describe('multiclass', () => {
  it('macro and weighted metrics on the wine model equal scikit-learn, classes from class_scores', () => {
    const { y_true: y, proba, pred, metrics: want } = fixture.wine;
    const names = ['class_0', 'class_1', 'class_2'];
    const data = table(
      categorical('cultivar', y.map((k) => names[k]!)),
      categorical('predicted', pred.map((k) => names[k]!)),
      ...names.map((name, k) => numeric(`p_${name}`, proba.map((row) => row[k]!))),
    );
    const policy: Policy = {
      ...policyWith({ target: 'cultivar', prediction: 'predicted', class_scores: Object.fromEntries(names.map((n) => [n, `p_${n}`])) }),
      model: { name: 'wine', task: 'multiclass_classification', owners: [] },
    };
    const run = (metric: PerformanceCheckSpec['metric'], average: 'macro' | 'weighted' = 'macro') =>
      performanceCheck.run(spec({ metric, average, min_samples: 10, fail: { lt: 0 } }), ctx(data, data, policy));
    expectClose(run('f1').value!, want.f1_macro!, 'f1 macro');
    expectClose(run('precision', 'weighted').value!, want.precision_weighted!, 'precision weighted');
    expectClose(run('roc_auc', 'weighted').value!, want.roc_auc_weighted!, 'roc_auc weighted');
    expectClose(run('log_loss').value!, want.log_loss!, 'log_loss');
    expect(run('accuracy').details!.confusion_matrix).toEqual({ labels: names, matrix: want.confusion_matrix });
  });
});

describe('regression', () => {
  it('r2 and mape on the diabetes fixture equal scikit-learn', () => {
    const { y_true: y, y_pred: p, metrics: want } = fixture.diabetes;
    const data = table(numeric('target', y), numeric('prediction', p));
    const policy: Policy = { ...policyWith({ target: 'target', prediction: 'prediction' }), model: { name: 'm', task: 'regression', owners: [] } };
    for (const metric of ['r2', 'mape', 'rmse'] as const) {
      const outcome = performanceCheck.run(spec({ metric, fail: { lt: -100 } }), ctx(data, data, policy));
      expectClose(outcome.value!, want[metric], metric);
      expect(outcome.details!.confusion_matrix).toBeNull();
    }
    const wrong = performanceCheck.run(spec({ metric: 'roc_auc', fail: { lt: 0 } }), ctx(data, data, policy));
    expect(wrong).toMatchObject({ status: 'error', code: 'policy/conflict', message: 'metric roc_auc is for classification, but the model\'s task is regression' });
  });
});

describe('prediction drift', () => {
  it('is the drift check on the score column (nothing more to build)', async () => {
    const { driftCheck } = await import('../../src/checks/drift.js');
    const options = { kinds: { proba: 'numeric' } } as const;
    const reference = await readSource({ kind: 'file', paths: [adultPath('reference')] }, options);
    const current = await readSource({ kind: 'file', paths: [adultPath('current')] }, options);
    const outcome = driftCheck.run(
      { id: 'score-drift', type: 'drift', features: ['proba'], method: 'ks', per_feature: {}, p_value: { fail: { lt: 0.01 } }, bins: 10, min_samples: 100, pointer: '/checks/0' },
      ctx(current, reference),
    );
    expect(outcome.details.columns.map((c) => c.column)).toEqual(['proba']);
    expect(outcome.status).toBe('pass');
  });
});
