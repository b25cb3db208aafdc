/**
 * Drift attribution of a performance drop, on the scored UCI Adult rows with a planted shift in
 * age (the current sample keeps the test rows with age ≥ 35 or index % 4 = 0, so P(y | x) is
 * untouched and accuracy falls because the population is older), and a category the reference
 * never saw ("Private" → "Gig-economy" on the kept rows with index % 25 = 1). Expected values:
 * test/fixtures/oracle/attribution_oracle.py (scikit-learn 1.2.1 with sample_weight) →
 * test/fixtures/attribution-oracle.json.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { performanceCheck } from '../../src/checks/performance.js';
import { attributeDrop } from '../../src/checks/performance-attribution.js';
import type { PerformanceAttributionDetail } from '../../src/checks/details.js';
import type { CheckContext } from '../../src/checks/types.js';
import { startBudget } from '../../src/checks/budget.js';
import { readSource } from '../../src/data/read.js';
import { Table, type Column } from '../../src/data/table.js';
import type { PerformanceCheckSpec, Policy } from '../../src/policy/types.js';
import { decode } from '../../src/checks/performance-decode.js';
import { loadPolicySource } from '../../src/policy/load.js';
import { categorical, numeric, policyWith, table } from './context.js';

interface OracleFeature { readonly reweighted: number; readonly explained: number; readonly share: number; readonly unrepresented: number }
interface OracleMetric { readonly reference: number; readonly current: number; readonly observed: number; readonly features: Readonly<Record<string, OracleFeature>>; readonly ranking: readonly string[] }
interface Oracle { readonly attribution: { readonly current_rows: number; readonly gig_economy_rows: number; readonly metrics: Readonly<Record<string, OracleMetric>> } }

const oracle = (JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/attribution-oracle.json', import.meta.url)), 'utf8')) as Oracle).attribution;
const adultPath = (name: string): string => fileURLToPath(new URL(`../../examples/data/adult/${name}.csv`, import.meta.url));

const NUMERICAL = ['age', 'fnlwgt', 'education_num', 'capital_gain', 'capital_loss', 'hours_per_week'];
const CATEGORICAL = ['workclass', 'education', 'marital_status', 'occupation', 'relationship', 'race', 'sex', 'native_country'];
const policy: Policy = policyWith({ target: 'label', score: 'proba', prediction: 'pred', features: { numerical: NUMERICAL, categorical: CATEGORICAL } });

function spec(overrides: Partial<PerformanceCheckSpec> = {}): PerformanceCheckSpec {
  return { id: 'perf', type: 'performance', metric: 'accuracy', average: 'macro', min_samples: 100, min_group_size: 100, pointer: '/checks/0', ...overrides };
}

function ctx(current: Table, reference: Table, extra: Partial<CheckContext> = {}): CheckContext {
  return { policy, reference, current, currentUnwindowed: current, window: null, labels: null, now: new Date('2026-11-24T12:00:00Z'), ...extra };
}

/** The planted shift of the oracle's `planted_current`, applied to the table modelwatch read. */
function planted(test: Table): Table {
  const age = test.column('age') as Extract<Column, { kind: 'numeric' }>;
  const keep: number[] = [];
  for (let i = 0; i < test.rowCount; i++) if (age.values[i]! >= 35 || i % 4 === 0) keep.push(i);
  const kept = test.take(keep);
  const workclass = kept.column('workclass') as Extract<Column, { kind: 'categorical' }>;
  const dictionary = [...workclass.dictionary, 'Gig-economy'];
  const codes = Int32Array.from(workclass.codes, (code, j) => (keep[j]! % 25 === 1 && workclass.dictionary[code] === 'Private' ? dictionary.length - 1 : code));
  const columns = kept.columnNames.map((name) => (name === 'workclass' ? { ...workclass, codes, dictionary } : kept.column(name)!));
  return new Table(kept.rowCount, columns, 'planted');
}

function without(source: Table, drop: string): Table {
  const names = source.columnNames.filter((name) => name !== drop);
  return new Table(source.rowCount, names.map((name) => source.column(name)!), source.origin);
}

/** |a − e| ≤ 1e-9·|e|, with an absolute floor of 1e-12 for values that are 0 up to rounding. */
function expectNear(actual: number | null, expected: number, what: string): void {
  if (actual === null || !(Math.abs(actual - expected) <= Math.max(1e-9 * Math.abs(expected), 1e-12))) {
    throw new Error(`${what}: got ${actual}, the oracle ${expected}`);
  }
}

function expectOracle(attribution: PerformanceAttributionDetail, expected: OracleMetric, options: { shares: boolean }): void {
  expect(attribution.features.map((f) => f.column)).toEqual(expected.ranking);
  for (const feature of attribution.features) {
    const want = expected.features[feature.column]!;
    expectNear(feature.reweighted, want.reweighted, `${feature.column} reweighted`);
    expectNear(feature.explained, want.explained, `${feature.column} explained`);
    expectNear(feature.unrepresented, want.unrepresented, `${feature.column} unrepresented`);
    if (options.shares) expectNear(feature.share, want.share, `${feature.column} share`);
  }
}

describe('drift attribution on Adult with a planted shift in age', () => {
  let reference: Table;
  let test: Table;
  let current: Table;
  let accuracyOutcome: ReturnType<typeof performanceCheck.run> | undefined;
  beforeAll(async () => {
    const options = { kinds: { label: 'numeric', proba: 'numeric', pred: 'numeric' } } as const;
    reference = await readSource({ kind: 'file', paths: [adultPath('reference')] }, options);
    test = await readSource({ kind: 'file', paths: [adultPath('current')] }, options);
    current = planted(test);
  });

  it('the sample is the oracle\'s', () => {
    expect(current.rowCount).toBe(oracle.current_rows);
    const workclass = current.column('workclass') as Extract<Column, { kind: 'categorical' }>;
    expect(Array.from(workclass.codes).filter((c) => workclass.dictionary[c] === 'Gig-economy')).toHaveLength(oracle.gig_economy_rows);
  });

  it.each(['accuracy', 'roc_auc', 'log_loss'] as const)('%s: age ranks first and every value equals the oracle within 1e-9', (metric) => {
    const expected = oracle.metrics[metric]!;
    const fail = metric === 'log_loss' ? { gt: 0.35 } : { lt: expected.reference - 0.01 };
    const outcome = performanceCheck.run(spec({ metric, fail }), ctx(current, reference));
    if (metric === 'accuracy') accuracyOutcome = outcome;
    expect(outcome.status).toBe('fail');
    const attribution = outcome.details!.attribution!;
    expect(attribution.features[0]!.column).toBe('age');
    expectNear(attribution.observed, expected.observed, 'observed');
    expect(attribution.direction).toBe(metric === 'log_loss' ? 'rise' : 'drop');
    expectOracle(attribution, expected, { shares: true });
    const top = attribution.features[0]!;
    const word = metric === 'log_loss' ? 'rise' : 'drop';
    expect(outcome.message).toContain(`; most of the ${word} follows \`age\` (${Number(top.explained!.toPrecision(2))} of ${Number(attribution.observed.toPrecision(2))})`);
    expect(attribution.summary).toMatch(/is not explained by `age`'s shift alone/);
    expect(attribution.summary).toMatch(/need not add up/);
    expect(attribution.skipped).toEqual([]);
    expect(attribution.left_out).toBeNull();
  });

  it('writes details that schema/report.v1.schema.json accepts', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schema/report.v1.schema.json', import.meta.url), 'utf8')) as { $id: string };
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addSchema(schema);
    const validate = ajv.getSchema(`${schema.$id}#/definitions/details`)!;
    const details = JSON.parse(JSON.stringify(accuracyOutcome!.details)) as { attribution: { features: unknown[] } };
    expect(validate(details), JSON.stringify(validate.errors)).toBe(true);
    details.attribution.features.push({ column: 'x' });
    expect(validate(details)).toBe(false);
  });

  it('reports the current mass in a category the reference never saw (workclass "Gig-economy")', () => {
    const outcome = accuracyOutcome ?? performanceCheck.run(spec({ fail: { lt: 0.84 } }), ctx(current, reference));
    const workclass = outcome.details!.attribution!.features.find((f) => f.column === 'workclass')!;
    expectNear(workclass.unrepresented, oracle.gig_economy_rows / oracle.current_rows, 'unrepresented');
    expect(workclass.unrepresented).toBeGreaterThan(0.02);
    expect(outcome.details!.attribution!.features.find((f) => f.column === 'age')!.unrepresented).toBe(0);
  });

  it('estimated (CBPE, no current labels): the reweighted values equal the oracle, shares are of the estimated drop', () => {
    const unlabelled = without(current, 'label');
    const outcome = performanceCheck.run(spec({ when_unlabelled: 'estimate', fail: { lt: oracle.metrics.accuracy!.reference - 0.01 } }), ctx(unlabelled, reference));
    expect(outcome.estimated).toBe(true);
    expect(outcome.status).toBe('fail');
    const attribution = outcome.details!.attribution!;
    expect(attribution.current_estimated).toBe(true);
    expect(attribution.current_value).toBe(outcome.value);
    const expected = oracle.metrics.accuracy!;
    const observed = expected.reference - outcome.value!;
    expectNear(attribution.observed, observed, 'observed (estimated)');
    expectOracle(attribution, expected, { shares: false });
    for (const feature of attribution.features) expectNear(feature.share, expected.features[feature.column]!.explained / observed, `${feature.column} share`);
    expect(attribution.features[0]!.column).toBe('age');
  });

  it('a passing check, a metric that improved, and attribution: false carry no attribution', () => {
    const passing = performanceCheck.run(spec({ fail: { lt: 0.5 } }), ctx(current, reference));
    expect(passing.status).toBe('pass');
    expect(passing.details!.attribution).toBeUndefined();
    // f1 rises on this sample (oracle: observed < 0), so a warn on it is no drop to explain.
    expect(oracle.metrics.f1!.observed).toBeLessThan(0);
    const improved = performanceCheck.run(spec({ metric: 'f1', warn: { gt: 0.6 } }), ctx(current, reference));
    expect(improved.status).toBe('warn');
    expect(improved.details!.attribution).toBeUndefined();
    const off = performanceCheck.run(spec({ fail: { lt: 0.84 }, attribution: false }), ctx(current, reference));
    expect(off.status).toBe('fail');
    expect(off.details!.attribution).toBeUndefined();
    expect(off.message).not.toMatch(/follows/);
  });

  it('concept drift (a tenth of the labels flipped, no feature moved): no feature explains much, and the summary says so', () => {
    const label = test.column('label') as Extract<Column, { kind: 'numeric' }>;
    const flipped = numeric('label', Array.from(label.values, (y, i) => (i % 10 === 0 ? 1 - y : y)));
    const drifted = new Table(test.rowCount, test.columnNames.map((name) => (name === 'label' ? flipped : test.column(name)!)), 'flipped');
    const outcome = performanceCheck.run(spec({ fail: { lt: 0.84 } }), ctx(drifted, reference));
    expect(outcome.status).toBe('fail');
    const attribution = outcome.details!.attribution!;
    expect(attribution.observed).toBeGreaterThan(0.05);
    for (const feature of attribution.features) expect(Math.abs(feature.share!)).toBeLessThan(0.2);
    expect(outcome.message).not.toMatch(/most of the drop/);
    expect(attribution.summary).toMatch(/P\(y \| x\)/);
  });

  it('stops at a spent time budget and says how many features it left out', () => {
    const outcome = performanceCheck.run(spec({ fail: { lt: 0.84 } }), ctx(current, reference, { budget: startBudget(0, '1ms') }));
    const attribution = outcome.details!.attribution!;
    expect(attribution.features).toEqual([]);
    expect(attribution.left_out).toEqual({ count: 14, reason: "the model's time budget (1ms) would not hold more features" });
    expect(outcome.message).toMatch(/; the drop is not attributed: the model's time budget \(1ms\) would not hold more features$/);
  });
});

describe('drift attribution on small tables', () => {
  const smallPolicy = policyWith({ target: 'y', prediction: 'p', features: { numerical: ['x'], categorical: ['c', 'gone'] } });
  // Reference: x = 1…8, c alternates a/b; the model is right on x ≤ 4 and wrong on half of x > 4.
  const reference = table(
    numeric('x', [1, 2, 3, 4, 5, 6, 7, 8]),
    categorical('c', ['a', 'b', 'a', 'b', 'a', 'b', 'a', null]),
    categorical('gone', ['u', 'u', 'u', 'u', 'u', 'u', 'u', 'u']),
    numeric('y', [0, 1, 0, 1, 0, 1, 0, 1]),
    numeric('p', [0, 1, 0, 1, 1, 1, 1, 1]),
  );
  // Current: x shifted above the reference (9 is beyond its range), a new category "z", a missing x.
  const current = table(
    numeric('x', [5, 6, 7, 8, 9, Number.NaN]),
    categorical('c', ['a', 'z', 'z', 'b', 'a', null]),
    numeric('y', [0, 1, 0, 1, 0, 1]),
    numeric('p', [1, 1, 1, 1, 1, 1]),
  );
  const options = { task: 'binary_classification', columns: smallPolicy.columns, needScores: false } as const;
  const refDecoded = decode(reference, reference.column('y')!, 'ref', options);
  const curDecoded = decode(current, current.column('y')!, 'cur', options);
  if (!refDecoded.ok || !curDecoded.ok) throw new Error('decode failed');

  const result = attributeDrop({
    policy: smallPolicy, metric: 'accuracy', average: 'macro',
    reference: refDecoded.value, referenceTable: reference, current: curDecoded.value, currentTable: current,
    referenceValue: 0.75, currentValue: 0.5, estimated: false,
  })!;

  it('reweights x over its quantile bins: values above the reference range and a missing bin the reference lacks are unrepresented', () => {
    const x = result.detail.features.find((f) => f.column === 'x')!;
    // 9 lies above the reference's range and NaN in a missing bin the reference has no row in.
    expect(x.unrepresented).toBeCloseTo(2 / 6, 15);
    expect(x.kind).toBe('numeric');
  });

  it('categories by text, missing its own bin: "z" is unrepresented, and a feature absent from the current data is skipped', () => {
    const c = result.detail.features.find((f) => f.column === 'c')!;
    expect(c.unrepresented).toBeCloseTo(2 / 6, 15);
    // Reference shares a 4/8, b 3/8, missing 1/8; current a 2/6, b 1/6, missing 1/6: weights
    // a (1/3)/(1/2), b (1/6)/(3/8), missing (1/6)/(1/8). Accuracy of the weighted reference:
    const wa = (2 / 6) / (4 / 8);
    const wb = (1 / 6) / (3 / 8);
    const wm = (1 / 6) / (1 / 8);
    // Correct rows: x = 1 (a), 2 (b), 3 (a), 4 (b), 6 (b), 8 (missing); wrong: 5 (a), 7 (a).
    const expected = (2 * wa + 3 * wb + wm) / (4 * wa + 3 * wb + wm);
    expect(c.reweighted).toBeCloseTo(expected, 14);
    expect(c.explained).toBeCloseTo(0.75 - expected, 14);
    expect(c.share).toBeCloseTo((0.75 - expected) / 0.25, 13);
    expect(result.detail.skipped).toEqual([{ column: 'gone', reason: 'not in the current data' }]);
  });

  it('is null when the metric did not get worse', () => {
    expect(attributeDrop({
      policy: smallPolicy, metric: 'accuracy', average: 'macro',
      reference: refDecoded.value, referenceTable: reference, current: curDecoded.value, currentTable: current,
      referenceValue: 0.5, currentValue: 0.75, estimated: false,
    })).toBeNull();
  });
});

describe('attribution in a policy', () => {
  const load = (line: string) => loadPolicySource('m.yaml', `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: m, task: binary_classification }
columns: { target: y, score: p, prediction: yhat }
data: { reference: { file: ref.csv }, current: { file: cur.csv } }
checks:
${line}`, { env: {}, dir: '/tmp' });

  it('is on unless the check says attribution: false', () => {
    const on = load('  - { id: a, type: performance, metric: accuracy, fail: { lt: 0.8 } }');
    expect(on.errors).toEqual([]);
    expect((on.policy!.checks[0] as PerformanceCheckSpec).attribution).toBeUndefined();
    const off = load('  - { id: a, type: performance, metric: accuracy, fail: { lt: 0.8 }, attribution: false }');
    expect(off.errors).toEqual([]);
    expect((off.policy!.checks[0] as PerformanceCheckSpec).attribution).toBe(false);
  });

  it('refuses anything but a boolean, at its line', () => {
    const { errors } = load('  - { id: a, type: performance, metric: accuracy, fail: { lt: 0.8 }, attribution: yes please }');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.line).toBe(7);
  });
});

describe('drift attribution of a regression error', () => {
  it('a rise in MAE that a shift in one category fully explains has share 1 and says "rise"', () => {
    const base = policyWith({ target: 'y', prediction: 'p', features: { numerical: [], categorical: ['x'] } });
    const regression: Policy = { ...base, model: { ...base.model, task: 'regression' } };
    // Reference: errors 0 on x = a, 2 on x = b (MAE 1); current: only b (MAE 2).
    const reference = table(categorical('x', ['a', 'a', 'b', 'b']), numeric('y', [1, 2, 3, 4]), numeric('p', [1, 2, 5, 6]));
    const current = table(categorical('x', ['b', 'b', 'b']), numeric('y', [3, 4, 3]), numeric('p', [5, 6, 5]));
    const context: CheckContext = { policy: regression, reference, current, currentUnwindowed: current, window: null, labels: null, now: new Date('2026-11-24T12:00:00Z') };
    const outcome = performanceCheck.run(spec({ metric: 'mae', min_samples: 1, min_group_size: 1, fail: { gt: 1.5 } }), context);
    expect(outcome.status).toBe('fail');
    const attribution = outcome.details!.attribution!;
    expect(attribution).toMatchObject({ direction: 'rise', observed: 1, reference_value: 1, current_value: 2 });
    expect(attribution.features).toEqual([{ column: 'x', kind: 'categorical', bins: 3, reweighted: 2, explained: 1, share: 1, unrepresented: 0 }]);
    expect(outcome.message).toMatch(/; most of the rise follows `x` \(1 of 1\)$/);
    expect(attribution.summary).toMatch(/reproduces the whole rise/);
  });
});
