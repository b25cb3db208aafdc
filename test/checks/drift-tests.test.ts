/**
 * A drift check's tested columns judged together: the correction of their p-values (default
 * bh), the adjusted p-values in the details, and the min_effect gate. The adjustment itself is
 * checked against statsmodels in test/stats/multiple-testing.test.ts.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { driftCheck } from '../../src/checks/drift.js';
import type { DriftColumnDetail, DriftDetails } from '../../src/checks/details.js';
import type { DriftCheckSpec } from '../../src/policy/types.js';
import { adjustPValues } from '../../src/stats/multiple-testing.js';
import { categorical, context, driftSpec, numeric, table } from './context.js';

const spec = (partial: Partial<DriftCheckSpec> = {}): DriftCheckSpec => driftSpec({ method: 'ks', ...partial });

const range = (n: number, f: (i: number) => number): number[] => Array.from({ length: n }, (_, i) => f(i));
const reference = (name: string) => numeric(name, range(500, (i) => (i * 37) % 500));
/** 400 values over the reference's range, shifted by `shift`: KS p ≈ 0.019 at 50, ≈ 0.0074 at 55, near 1 at 0. */
const shifted = (name: string, shift: number) => numeric(name, range(400, (i) => ((i * 53) % 400) * 1.25 + shift));

function run(shifts: readonly number[], partial: Partial<DriftCheckSpec> = {}) {
  const names = shifts.map((_, i) => `f${i}`);
  const outcome = driftCheck.run(spec(partial), context(table(...names.map((n, i) => shifted(n, shifts[i]!))), table(...names.map(reference))));
  const details = outcome.details as DriftDetails;
  return { outcome, details, column: (i: number) => details.columns.find((c) => c.column === `f${i}`)! };
}

describe('correction of the tested columns', () => {
  it('by default adjusts with bh: a column at p ≈ 0.02 among five tests does not drift, as it does uncorrected', () => {
    const corrected = run([50, 0, 0, 0, 0]);
    const raw = corrected.column(0).p_value!;
    expect(raw).toBeGreaterThan(0.01);
    expect(raw).toBeLessThan(0.05);
    expect(corrected.details).toMatchObject({ correction: 'bh', tested_columns: 5 });
    const adjusted = adjustPValues(corrected.details.columns.map((c) => c.p_value!), 'bh')[0]!;
    expect(adjusted).toBeCloseTo(raw * 5, 15);
    expect(corrected.column(0)).toMatchObject({ status: 'pass', drifted: false, p_value: raw, p_value_adjusted: adjusted, score: adjusted });
    expect(corrected.column(0).message).toMatch(/^p-value 0\.0192 \(BH-adjusted over 5 tests: 0\.0958\): no drift$/);
    expect(corrected.outcome.status).toBe('pass');

    const uncorrected = run([50, 0, 0, 0, 0], { correction: 'none' });
    expect(uncorrected.details.correction).toBe('none');
    expect(uncorrected.column(0)).toMatchObject({ status: 'fail', drifted: true, p_value_adjusted: raw, score: raw });
    expect(uncorrected.outcome.status).toBe('fail');
  });

  it('reports for every method the adjusted p-values statsmodels would give, and judges them', () => {
    const shifts = [55, 50, 0, 0, 0];
    for (const correction of ['bh', 'holm', 'bonferroni', 'none'] as const) {
      const { details } = run(shifts, { correction });
      const columns = shifts.map((_, i) => details.columns.find((c) => c.column === `f${i}`)!);
      const expected = adjustPValues(columns.map((c) => c.p_value!), correction);
      columns.forEach((c, i) => {
        expect(c.p_value_adjusted).toBe(expected[i]);
        expect(c.drifted).toBe(expected[i]! < 0.05);
      });
    }
    // The step-up procedure rejects both (0.0074·5 and 0.019·5/2 are below 0.05); Holm only the first.
    expect(run(shifts, { correction: 'bh' }).details.drifted_columns).toBe(2);
    expect(run(shifts, { correction: 'holm' }).details.drifted_columns).toBe(1);
  });

  it('with one tested column applies no correction, whatever the policy says', () => {
    const { details, column } = run([50], { correction: 'bonferroni' });
    expect(details).toMatchObject({ correction: 'none', tested_columns: 1 });
    expect(column(0).p_value_adjusted).toBe(column(0).p_value);
    expect(column(0).status).toBe('fail');
  });

  it('leaves distances out of the family (method auto above 1,000 reference rows)', () => {
    // t has 300 values and 900 missing: auto tests it; d has 1,200 values: auto measures a distance.
    const make = () => table(numeric('d', range(1200, (i) => i % 100)), numeric('t', range(1200, (i) => (i < 300 ? i % 100 : Number.NaN))));
    const outcome = driftCheck.run(spec({ method: 'auto' }), context(make(), make()));
    const details = outcome.details as DriftDetails;
    expect(details.tested_columns).toBe(1);
    const byName = Object.fromEntries(details.columns.map((c) => [c.column, c])) as Record<string, DriftColumnDetail>;
    expect(byName.d).toMatchObject({ method: 'wasserstein', p_value: null, p_value_adjusted: null });
    expect(byName.t).toMatchObject({ method: 'ks' });
    expect(byName.t!.p_value_adjusted).toBe(byName.t!.p_value);
  });
});

describe('min_effect', () => {
  // 20,000 rows a side, the current shifted by 2% of the spread: significant, but a tiny effect.
  const n = 20000;
  const ref = numeric('x', range(n, (i) => (i * 7919) % n));
  const cur = numeric('x', range(n, (i) => ((i * 7919) % n) + 0.02 * n));

  it('without it, a large sample makes a tiny shift drift', () => {
    const outcome = driftCheck.run(spec(), context(table(cur), table(ref)));
    const x = (outcome.details as DriftDetails).columns[0]!;
    expect(x.p_value!).toBeLessThan(0.001);
    expect(x.statistic).toBeCloseTo(0.02, 6);
    expect(x.effect).toBeUndefined();
    expect(x.status).toBe('fail');
  });

  it('with min_effect above the KS statistic, the column passes and says why', () => {
    const outcome = driftCheck.run(spec({ min_effect: { value: 0.05, effect: 'ks' } }), context(table(cur), table(ref)));
    const details = outcome.details as DriftDetails;
    const x = details.columns[0]!;
    expect(details.min_effect).toEqual({ value: 0.05, effect: 'ks' });
    expect(x.effect).toBe(x.statistic);
    expect(x).toMatchObject({ status: 'pass', drifted: false });
    expect(x.message).toMatch(/< 0\.05, but KS D 0\.0200 < min_effect 0\.05: no drift$/);
    expect(outcome.status).toBe('pass');
  });

  it('a change larger than min_effect still drifts', () => {
    const outcome = driftCheck.run(spec({ min_effect: { value: 0.01, effect: 'ks' } }), context(table(cur), table(ref)));
    expect((outcome.details as DriftDetails).columns[0]).toMatchObject({ status: 'fail', drifted: true });
  });

  it('effect: wasserstein measures the normed Wasserstein distance (here the shift over the reference sd)', () => {
    const outcome = driftCheck.run(spec({ min_effect: { value: 0.1, effect: 'wasserstein' } }), context(table(cur), table(ref)));
    const x = (outcome.details as DriftDetails).columns[0]!;
    // W₁ = 400 exactly; the reference is 0..19999, population sd = √((n² − 1)/12).
    expect(x.effect).toBeCloseTo(400 / Math.sqrt((n * n - 1) / 12), 12);
    expect(x).toMatchObject({ status: 'pass' });
    expect(x.message).toMatch(/but normed Wasserstein 0\.0693 < min_effect 0\.1: no drift$/);
  });

  it('uses the total variation distance on categorical columns', () => {
    // 50/50 against 52/48: TV = 0.02, chi-square significant at 20,000 rows.
    const r = categorical('c', range(n, (i) => i % 2).map((k) => (k === 0 ? 'a' : 'b')));
    const c = categorical('c', range(n, (i) => (i % 100 < 52 ? 0 : 1)).map((k) => (k === 0 ? 'a' : 'b')));
    const outcome = driftCheck.run(spec({ method: 'chi_square', min_effect: { value: 0.03, effect: 'ks' } }), context(table(c), table(r)));
    const x = (outcome.details as DriftDetails).columns[0]!;
    expect(x.p_value!).toBeLessThan(0.01);
    expect(x.effect).toBeCloseTo(0.02, 12);
    expect(x).toMatchObject({ status: 'pass' });
    expect(x.message).toMatch(/but total variation 0\.0200 < min_effect 0\.03: no drift$/);
  });
});

describe('the report schema', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schema/report.v1.schema.json', import.meta.url), 'utf8')) as { $id: string };
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addSchema(schema);
  const validate = ajv.getSchema(`${schema.$id}#/definitions/driftDetails`)!;

  it('accepts the details with adjusted p-values, effects and the gate', () => {
    for (const partial of [{}, { correction: 'holm' as const, min_effect: { value: 0.05, effect: 'wasserstein' as const } }]) {
      const details = JSON.parse(JSON.stringify(run([55, 50, 0], partial).details)) as unknown;
      expect(validate(details), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});
