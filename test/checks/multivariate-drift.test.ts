/**
 * The multivariate_drift check on the scored UCI Adult rows (examples/data/adult/, origin and
 * licence in its README; the seeded shift examples/data/adult-shifted/ from
 * examples/data/make-shifted.mjs) against test/fixtures/oracle/multivariate_oracle.py
 * (scikit-learn 1.2.1, numpy), then its outcomes: no drift on the reference against its own
 * halves, a planted shift fails, too few rows is no_data, a missing column is an error.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { startBudget, TimeBudgetExceeded } from '../../src/checks/budget.js';
import { multivariateDriftCheck, stratifiedFolds } from '../../src/checks/multivariate-drift.js';
import { readSource } from '../../src/data/read.js';
import { Table, type Column } from '../../src/data/table.js';
import type { MultivariateDriftCheckSpec, MultivariateDriftMethod } from '../../src/policy/types.js';
import { MULTIVARIATE_DEFAULTS } from '../../src/policy/checks/multivariate-drift.js';
import { expectClose, multivariateOracle } from '../stats/multivariate-fixture.js';
import { adultTable } from './adult-table.js';
import { context, policyWith } from './context.js';

const NUM = ['age', 'fnlwgt', 'education_num', 'capital_gain', 'capital_loss', 'hours_per_week'];
const CAT = ['workclass', 'education', 'marital_status', 'occupation', 'relationship', 'race', 'sex', 'native_country'];
const policy = policyWith({ features: { numerical: NUM, categorical: CAT }, target: 'label', score: 'proba', prediction: 'pred' });
const PCA: MultivariateDriftMethod = { kind: 'pca_reconstruction', variance: 0.65, chunks: { count: 10 } };
const oracle = multivariateOracle();
const CLASSIFIER: MultivariateDriftMethod = { kind: 'domain_classifier', folds: 5, c: 1, max_rows: oracle.adult_classifier.max_rows, seed: 0 };
/** Smaller samples where only the outcome matters, to keep the tests fast. */
const QUICK: MultivariateDriftMethod = { ...CLASSIFIER, max_rows: 1_000 };

function spec(method: MultivariateDriftMethod, extra: Partial<MultivariateDriftCheckSpec> = {}): MultivariateDriftCheckSpec {
  const defaults = method.kind === 'domain_classifier' ? { warn: MULTIVARIATE_DEFAULTS.domain_classifier.warn, fail: MULTIVARIATE_DEFAULTS.domain_classifier.fail } : {};
  return { id: 'joint', type: 'multivariate_drift', columns: 'all', method, min_samples: 500, pointer: '/checks/0', ...defaults, ...extra };
}

/** Rows lo…hi − 1 of a table. */
function rows(table: Table, lo: number, hi: number): Table {
  return table.take(Uint32Array.from({ length: hi - lo }, (_, i) => lo + i));
}

/** A copy of the table with one numeric column transformed. */
function mapNumeric(table: Table, name: string, f: (v: number) => number): Table {
  const columns = table.columnNames.map((n): Column => {
    const c = table.column(n)!;
    return n === name && c.kind === 'numeric' ? { kind: 'numeric', name, values: c.values.map(f) } : c;
  });
  return new Table(table.rowCount, columns, table.origin);
}

let reference: Table;
let current: Table;
let shifted: Table;
beforeAll(async () => {
  reference = await adultTable('reference');
  current = await adultTable('current');
  shifted = await readSource({ kind: 'file', paths: [fileURLToPath(new URL('../../examples/data/adult-shifted/current.csv', import.meta.url))] }, {});
});

describe('multivariate_drift: pca_reconstruction against scikit-learn', () => {
  it.each(['current', 'shifted'] as const)('reference vs %s: value, band, components, residuals', (name) => {
    const expected = oracle.adult_pca;
    const outcome = multivariateDriftCheck.run(spec(PCA), context(name === 'current' ? current : shifted, reference, policy));
    const d = outcome.details!;
    expectClose(outcome.value!, expected.current[name].value);
    expectClose(outcome.reference_value!, expected.reference_value);
    expect(d.pca!.components).toBe(expected.components);
    expected.explained_variance_ratio.forEach((r, i) => expectClose(d.pca!.explained_variance_ratio[i]!, r));
    for (const key of ['mean', 'std', 'low', 'high'] as const) expectClose(d.band![key], expected.band[key]);
    expect(d.rows).toEqual({ reference: reference.rowCount, current: expected.current[name].rows });
    for (const f of d.features) {
      const j = expected.columns.indexOf(f.column);
      expectClose(f.residual_reference!, expected.residual_reference[j]!);
      expectClose(f.residual_current!, expected.current[name].residual_current[j]!);
    }
    expect(outcome.thresholds.fail).toEqual({ not_between: [d.band!.low, d.band!.high] });
    expect(outcome.thresholds.derived_from).toMatch(/10 chunks/);
  });

  it('passes the test rows (same population) and fails the planted shift, naming what moved', () => {
    const same = multivariateDriftCheck.run(spec(PCA), context(current, reference, policy));
    expect(same.status).toBe('pass');
    const moved = multivariateDriftCheck.run(spec(PCA), context(shifted, reference, policy));
    expect(moved.status).toBe('fail');
    expect(moved.details!.features[0]!.contribution).toBeGreaterThan(0);
    expect(moved.message).toMatch(/^mean PCA reconstruction error 2\.022 over 16,281 rows .*most changed: .*fail: outside/);
  });
});

describe('multivariate_drift: domain_classifier against scikit-learn', () => {
  it.each(['current', 'shifted'] as const)('reference vs %s: AUC, encoded columns and coefficients', (name) => {
    const expected = oracle.adult_classifier.current[name];
    const outcome = multivariateDriftCheck.run(spec(CLASSIFIER), context(name === 'current' ? current : shifted, reference, policy));
    const d = outcome.details!;
    expect(d.rows).toEqual({ reference: expected.rows[0], current: expected.rows[1] });
    expect(d.classifier!.encoded_columns).toBe(expected.columns.length);
    // The same ranking of the same scores; only the trapezoid's summation order differs.
    expectClose(outcome.value!, expected.auc, 1e-12);
    // Every listed coefficient: within 1e-9 of numpy's polished optimum, and within sklearn's own bound.
    for (const c of d.classifier!.coefficients) {
      const j = expected.columns.findIndex(([feature, level]) => feature === c.column && level === c.level);
      expect(j).toBeGreaterThanOrEqual(0);
      expectClose(c.coefficient, expected.polished_coefficients[j]!, 1e-9, 1e-3);
      expect(Math.abs(c.coefficient - expected.coefficients[j]!)).toBeLessThanOrEqual(expected.distance_bound + 1e-12);
    }
  });

  it('warns on the planted shift (AUC 0.58 > 0.55) and names the missing capital_gain first', () => {
    const outcome = multivariateDriftCheck.run(spec(CLASSIFIER), context(shifted, reference, policy));
    expect(outcome.status).toBe('warn');
    expect(outcome.details!.features[0]).toMatchObject({ column: 'capital_gain', level: '(missing)' });
    expect(outcome.message).toMatch(/^domain classifier ROC AUC 0\.5768 \(5-fold, 2,000 reference \+ 2,000 current rows, sampled; 0\.5: indistinguishable\); most telling: capital_gain \(missing\), workclass \(other\), age; warn: > 0\.55$/);
  });

  it('assigns folds stratified and seeded: each side dealt evenly, a new seed a new deal', () => {
    const fold = stratifiedFolds(103, 47, 5, 0);
    for (const [lo, hi] of [[0, 103], [103, 150]] as const) {
      const counts = [0, 0, 0, 0, 0];
      for (let i = lo; i < hi; i++) counts[fold[i]!]!++;
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
    expect(stratifiedFolds(103, 47, 5, 1)).not.toEqual(fold);
    expect(stratifiedFolds(103, 47, 5, 0)).toEqual(fold);
  });
});

describe('multivariate_drift outcomes', () => {
  it('passes the reference against its own halves, both methods', () => {
    const half = Math.floor(reference.rowCount / 2);
    const first = rows(reference, 0, half);
    const second = rows(reference, half, reference.rowCount);
    for (const method of [PCA, QUICK]) {
      const outcome = multivariateDriftCheck.run(spec(method), context(second, first, policy));
      expect(outcome.status, outcome.message).toBe('pass');
    }
  });

  it('fails a strong planted shift with the classifier (hours × 1.5 and capital_gain + 5,000)', () => {
    const planted = mapNumeric(mapNumeric(current, 'hours_per_week', (v) => v * 1.5), 'capital_gain', (v) => v + 5000);
    const outcome = multivariateDriftCheck.run(spec(QUICK), context(planted, reference, policy));
    expect(outcome.status).toBe('fail');
    expect(outcome.value!).toBeGreaterThan(0.65);
    expect(outcome.details!.features.slice(0, 2).map((f) => f.column).sort()).toEqual(['capital_gain', 'hours_per_week']);
  });

  it('explicit thresholds replace the derived band', () => {
    const outcome = multivariateDriftCheck.run(spec(PCA, { warn: { gt: 1.99 } }), context(current, reference, policy));
    expect(outcome.status).toBe('warn');
    expect(outcome.thresholds).toEqual({ warn: { gt: 1.99 } });
    expect(outcome.details!.band).not.toBeNull();
  });

  it('is no_data with too few rows on either side', () => {
    for (const method of [PCA, QUICK]) {
      const few = multivariateDriftCheck.run(spec(method), context(rows(current, 0, 100), reference, policy));
      expect(few).toMatchObject({ status: 'no_data', code: 'check/no-data', value: null });
      expect(few.message).toBe('100 current rows, fewer than min_samples 500');
      const thin = multivariateDriftCheck.run(spec(method), context(current, rows(reference, 0, 300), policy));
      expect(thin).toMatchObject({ status: 'no_data', code: 'check/no-data' });
    }
    const chunks = multivariateDriftCheck.run(spec({ ...PCA, chunks: { size: 20_000 } }), context(current, reference, policy));
    expect(chunks).toMatchObject({ status: 'no_data', code: 'check/no-data' });
    expect(chunks.message).toMatch(/at least 2 chunks of 20000 rows/);
  });

  it('is an error for a missing column, a kind mismatch, no reference, or one column for PCA', () => {
    const missing = multivariateDriftCheck.run(spec(PCA, { columns: ['age', 'no_such'] }), context(current, reference, policy));
    expect(missing).toMatchObject({ status: 'error', code: 'check/missing-column', message: 'column "no_such" is not in the reference or the current data' });
    const noRef = multivariateDriftCheck.run(spec(CLASSIFIER), context(current, null, policy));
    expect(noRef).toMatchObject({ status: 'error', code: 'check/no-reference' });
    const one = multivariateDriftCheck.run(spec(PCA, { columns: ['age'] }), context(current, reference, policy));
    expect(one).toMatchObject({ status: 'error', code: 'check/missing-column' });
    const asText = new Table(current.rowCount, current.columnNames.map((n) => (n === 'age' ? { kind: 'categorical', name: n, codes: new Int32Array(current.rowCount), dictionary: ['x'] } : current.column(n)!)), 'test');
    const kinds = multivariateDriftCheck.run(spec(PCA), context(asText, reference, policy));
    expect(kinds).toMatchObject({ status: 'error', code: 'data/kind-mismatch' });
  });
});

describe('the time budget', () => {
  it('stops either method once the model\'s budget is spent', () => {
    for (const method of [PCA, QUICK]) {
      const spent = { ...context(current, reference, policy), budget: startBudget(0, '0s') };
      expect(() => multivariateDriftCheck.run(spec(method), spent)).toThrow(TimeBudgetExceeded);
    }
  });
});

describe('the report schema', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schema/report.v1.schema.json', import.meta.url), 'utf8')) as { $id: string };
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addSchema(schema);
  const validate = ajv.getSchema(`${schema.$id}#/definitions/check`)!;

  it('accepts a check report of each method, and one without details', () => {
    const outcomes = [multivariateDriftCheck.run(spec(PCA), context(shifted, reference, policy)), multivariateDriftCheck.run(spec(QUICK), context(shifted, reference, policy))];
    outcomes.push(multivariateDriftCheck.run(spec(PCA), context(rows(current, 0, 10), reference, policy)));
    for (const outcome of outcomes) {
      const report = JSON.parse(JSON.stringify({ id: 'joint', type: 'multivariate_drift', duration_ms: 1, ...outcome })) as unknown;
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});
