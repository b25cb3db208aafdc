/**
 * The JSON report of the bundled CLI on real data: it validates against the report schema, and
 * every drift number in it agrees with scipy on the same files and bins
 * (test/fixtures/e2e/drift-methods.oracle.json, from test/fixtures/oracle/report_oracle.py).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/engine/report.js';
import type { DriftDetails } from '../../src/checks/details.js';
import { ROOT, runCli } from './run-cli.js';

interface Ks { statistic: number; pValue: number; method: string; pValueBh: number }
interface Oracle {
  numeric: Record<string, { ks: Ks; wasserstein: number; jensen_shannon: number; psi: number; reference_rows: number; current_rows: number }>;
  categorical: Record<string, { chi_square: { statistic: number | 'inf'; pValue: number; pValueBh: number }; jensen_shannon: number; psi: number; reference_rows: number; current_rows: number }>;
}

const oracle = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/e2e/drift-methods.oracle.json'), 'utf8')) as Oracle;

function expectStatistic(actual: number | null, expected: number) {
  expect(actual).not.toBeNull();
  if (expected === 0) expect(Math.abs(actual!)).toBeLessThanOrEqual(1e-15);
  else expect(Math.abs(actual! - expected) / Math.abs(expected)).toBeLessThanOrEqual(1e-9);
}

function expectPValue(actual: number | null, expected: number) {
  expect(actual).not.toBeNull();
  const close = Math.abs(actual! - expected) <= 1e-12 || Math.abs(actual! - expected) / Math.abs(expected) <= 1e-6;
  expect(close, `p-value ${actual} vs scipy ${expected}`).toBe(true);
}

function runJson(policy: string): { report: Report; code: number | null } {
  const out = join(mkdtempSync(join(tmpdir(), 'mw-e2e-')), 'report.json');
  const result = runCli(['check', policy, '--format', 'json', '--out', out, '--quiet']);
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  return { report: JSON.parse(readFileSync(out, 'utf8')) as Report, code: result.code };
}

describe('modelwatch check --format json on real data', () => {
  const { report, code } = runJson('test/fixtures/e2e/drift-methods.yaml');
  const model = report.models[0]!;
  const columnsOf = (id: string) => {
    const check = model.checks.find((c) => c.id === id)!;
    expect(check.status).not.toBe('error');
    return new Map((check.details as DriftDetails).columns.map((c) => [c.column, c]));
  };

  it('validates against schema/report.v1.schema.json', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema/report.v1.schema.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(report), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(code).toBe(1); // age and hours_per_week drift in the shifted data
  });

  it('KS statistics and p-values agree with scipy.stats.ks_2samp', () => {
    const columns = columnsOf('ks');
    for (const [name, expected] of Object.entries(oracle.numeric)) {
      const column = columns.get(name)!;
      expect(column.method).toBe('ks');
      expectStatistic(column.statistic, expected.ks.statistic);
      expectPValue(column.p_value, expected.ks.pValue);
      expectPValue(column.p_value_adjusted ?? null, expected.ks.pValueBh); // statsmodels fdr_bh over the five
      expect(column.reference_rows).toBe(expected.reference_rows);
      expect(column.current_rows).toBe(expected.current_rows);
    }
  });

  it('normed Wasserstein agrees with scipy.stats.wasserstein_distance / reference std', () => {
    const columns = columnsOf('wasserstein');
    for (const [name, expected] of Object.entries(oracle.numeric)) {
      expectStatistic(columns.get(name)!.statistic, expected.wasserstein);
      expect(columns.get(name)!.p_value).toBeNull();
    }
  });

  it('Jensen-Shannon and PSI on numeric quantile bins agree with scipy/numpy', () => {
    const js = columnsOf('js-numeric');
    const psi = columnsOf('psi-numeric');
    for (const [name, expected] of Object.entries(oracle.numeric)) {
      expectStatistic(js.get(name)!.statistic, expected.jensen_shannon);
      expectStatistic(psi.get(name)!.statistic, expected.psi);
    }
  });

  it('chi-square, Jensen-Shannon and PSI on categorical columns agree with scipy', () => {
    const chi = columnsOf('chi-square');
    const js = columnsOf('js-categorical');
    const psi = columnsOf('psi-categorical');
    for (const [name, expected] of Object.entries(oracle.categorical)) {
      if (expected.chi_square.statistic === 'inf') {
        // JSON cannot hold ∞: the report gives null and says why in the column's message.
        expect(chi.get(name)!.statistic).toBeNull();
        expect(chi.get(name)!.message).toMatch(/infinite/);
      } else {
        expectStatistic(chi.get(name)!.statistic, expected.chi_square.statistic);
      }
      expectPValue(chi.get(name)!.p_value, expected.chi_square.pValue);
      expectPValue(chi.get(name)!.p_value_adjusted ?? null, expected.chi_square.pValueBh);
      expectStatistic(js.get(name)!.statistic, expected.jensen_shannon);
      expectStatistic(psi.get(name)!.statistic, expected.psi);
      expect(chi.get(name)!.current_rows).toBe(expected.current_rows);
    }
  });

  it('a drifted column is reported with its method, score and verdict', () => {
    const age = columnsOf('ks').get('age')!;
    expect(age).toMatchObject({ kind: 'numeric', method: 'ks', status: 'fail', drifted: true });
    expect(age.score).toBe(age.p_value_adjusted); // tests are judged on the bh-adjusted p-value
    const fnlwgt = columnsOf('wasserstein').get('fnlwgt')!;
    expect(fnlwgt).toMatchObject({ status: 'pass', drifted: false });
  });
});
