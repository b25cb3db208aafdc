/**
 * The numbers the regression and multiclass examples report, against scikit-learn, scipy,
 * statsmodels and numpy (test/fixtures/oracle/examples_oracle.py → test/fixtures/examples-oracle.json,
 * from the committed CSVs of examples/data/diabetes/ and examples/data/wine/). Each example policy
 * runs through the loader and the engine as the CLI runs it; every value below agrees within
 * 1e-9 relative, counts exactly, and the statuses follow the seeded shifts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataQualityDetails, DriftDetails, LabelShiftDetails, PerformanceDetails } from '../../src/checks/details.js';
import { evaluateModel } from '../../src/engine/model.js';
import type { CheckReport, ModelReport } from '../../src/engine/report.js';
import { loadPolicyFile } from '../../src/policy/load.js';

interface Test {
  readonly statistic: number;
  readonly p_value: number;
  readonly p_value_adjusted?: number;
}
interface Oracle {
  readonly diabetes: {
    readonly reference: Record<'rows' | 'mae' | 'rmse' | 'r2' | 'mean_residual' | 'abs_error_p90', number>;
    readonly current: Record<'rows' | 'mae' | 'rmse' | 'r2' | 'mean_residual' | 'abs_error_p90', number>;
    readonly feature_drift: Record<string, Test>;
    readonly bmi_drift: Test;
    readonly prediction_drift: Test;
    readonly out_of_range: Record<string, number>;
  };
  readonly wine: {
    readonly reference: Record<'rows' | 'labelled_rows' | 'accuracy' | 'macro_f1' | 'log_loss', number>;
    readonly current: Record<'rows' | 'labelled_rows' | 'accuracy' | 'macro_f1' | 'log_loss', number>;
    readonly label_shift: {
      readonly classes: string[];
      readonly joint: number[][];
      readonly reference_priors: number[];
      readonly current_priors: number[];
      readonly low: number[];
      readonly high: number[];
      readonly change_low: number[];
      readonly change_high: number[];
      readonly weights: number[];
      readonly condition_number: number;
    };
    readonly feature_drift: Record<string, Test>;
    readonly prediction_drift: Test;
  };
}

const ORACLE = JSON.parse(readFileSync(new URL('../fixtures/examples-oracle.json', import.meta.url), 'utf8')) as Oracle;
const NOW = new Date('2026-11-24T06:00:00Z');

/** |actual − expected| ≤ 1e-9 · |expected| (1e-12 absolute near zero). */
function close(actual: number | null | undefined, expected: number, what: string): void {
  expect(typeof actual, what).toBe('number');
  const tolerance = Math.max(1e-9 * Math.abs(expected), 1e-12);
  if (!(Math.abs(actual! - expected) <= tolerance)) throw new Error(`${what}: got ${actual}, oracle ${expected} (difference ${actual! - expected})`);
}

async function run(name: string): Promise<Map<string, CheckReport>> {
  const { policy, errors } = await loadPolicyFile(fileURLToPath(new URL(`../../examples/monitors/${name}.yaml`, import.meta.url)));
  expect(errors).toEqual([]);
  const report: ModelReport = await evaluateModel(policy!, NOW);
  expect(report.error).toBeNull();
  return new Map(report.checks.map((c) => [c.id, c]));
}

function expectTests(check: CheckReport, expected: Record<string, Test>): void {
  const columns = (check.details as DriftDetails).columns;
  expect(columns.map((c) => c.column).sort()).toEqual(Object.keys(expected).sort());
  for (const column of columns) {
    const o = expected[column.column]!;
    close(column.statistic, o.statistic, `${check.id} ${column.column} statistic`);
    close(column.p_value, o.p_value, `${check.id} ${column.column} p-value`);
    close(column.p_value_adjusted, o.p_value_adjusted ?? o.p_value, `${check.id} ${column.column} adjusted p-value`);
  }
}

describe('diabetes-progression (regression) against scikit-learn', () => {
  const o = ORACLE.diabetes;
  let checks: Map<string, CheckReport>;
  beforeAll(async () => {
    checks = await run('diabetes-progression');
  });

  it('mae, rmse and r2, current and reference, as sklearn.metrics computes them', () => {
    for (const [id, key] of [['mae', 'mae'], ['rmse', 'rmse'], ['r2', 'r2']] as const) {
      const check = checks.get(id)!;
      close(check.value as number, o.current[key], `${id} current`);
      close(check.reference_value as number, o.reference[key], `${id} reference`);
      expect((check.details as PerformanceDetails).evaluated.labelled_rows).toBe(o.current.rows);
    }
    // bmi × 1.1 in the current batch: MAE +7.7% (warn above 5%), r2 0.41 (warn below 0.45).
    expect([checks.get('mae')!.status, checks.get('rmse')!.status, checks.get('r2')!.status]).toEqual(['warn', 'pass', 'warn']);
  });

  it('the residual KPIs: mean residual and the 90th percentile of the absolute error', () => {
    close(checks.get('mean-residual')!.value as number, o.current.mean_residual, 'mean residual');
    expect(checks.get('mean-residual')!.status).toBe('fail');
    close(checks.get('large-errors')!.value as number, o.current.abs_error_p90, 'p90 |error| current');
    close(checks.get('large-errors')!.reference_value as number, o.reference.abs_error_p90, 'p90 |error| reference');
  });

  it('drift: KS and the z test with BH over the ten inputs (bmi 0.0067 → 0.067: no drift), bmi alone (fail), the predictions', () => {
    expectTests(checks.get('feature-drift')!, o.feature_drift);
    expect(checks.get('feature-drift')!.status).toBe('pass');
    expectTests(checks.get('bmi-drift')!, { bmi: o.bmi_drift });
    expect(checks.get('bmi-drift')!.status).toBe('fail');
    expectTests(checks.get('prediction-drift')!, { predicted: o.prediction_drift });
  });

  it('out-of-range shares against the reference range', () => {
    const columns = (checks.get('out-of-range')!.details as DataQualityDetails).columns;
    expect(columns.map((c) => c.column)).toEqual(Object.keys(o.out_of_range));
    for (const c of columns) close(c.value as number, o.out_of_range[c.column]!, `out of range ${c.column}`);
  });
});

describe('wine-cultivar (multiclass) against scikit-learn', () => {
  const o = ORACLE.wine;
  let checks: Map<string, CheckReport>;
  beforeAll(async () => {
    checks = await run('wine-cultivar');
  });

  it('accuracy, macro f1 and log loss on the 210 labelled current rows and on the reference', () => {
    for (const [id, key] of [['accuracy', 'accuracy'], ['macro-f1', 'macro_f1'], ['log-loss', 'log_loss']] as const) {
      const check = checks.get(id)!;
      close(check.value as number, o.current[key], `${id} current`);
      close(check.reference_value as number, o.reference[key], `${id} reference`);
      const evaluated = (check.details as PerformanceDetails).evaluated;
      expect([evaluated.rows, evaluated.labelled_rows]).toEqual([o.current.rows, o.current.labelled_rows]);
    }
    expect([checks.get('accuracy')!.status, checks.get('macro-f1')!.status, checks.get('log-loss')!.status]).toEqual(['pass', 'pass', 'warn']);
  });

  it('label shift: BBSE priors, intervals, weights and condition number as numpy computes them', () => {
    const check = checks.get('class-mix')!;
    const details = check.details as LabelShiftDetails;
    const ls = o.label_shift;
    expect(details.confusion_matrix.labels).toEqual(ls.classes);
    // The report's matrix is [label][prediction]; the oracle's joint counts are [prediction][label].
    expect(details.confusion_matrix.matrix).toEqual(ls.classes.map((_, i) => ls.classes.map((_, j) => ls.joint[j]![i]!)));
    close(details.condition_number, ls.condition_number, 'condition number');
    for (const [k, name] of ls.classes.entries()) {
      const c = details.classes.find((x) => x.class === name)!;
      close(c.reference_prior, ls.reference_priors[k]!, `${name} reference prior`);
      close(c.current_prior, ls.current_priors[k]!, `${name} current prior`);
      close(c.low, ls.low[k]!, `${name} low`);
      close(c.high, ls.high[k]!, `${name} high`);
      close(c.change_low, ls.change_low[k]!, `${name} change low`);
      close(c.change_high, ls.change_high[k]!, `${name} change high`);
      close(c.weight, ls.weights[k]!, `${name} weight`);
    }
    // The planted mix is 20/25/55%: class_2's change (+0.26) is wholly above 0.10 at 95%.
    expect(details.classes.find((c) => c.class === 'class_2')!.status).toBe('fail');
    expect(check.status).toBe('fail');
  });

  it('drift: KS with BH over the four measurements, chi-square on the predicted classes', () => {
    expectTests(checks.get('feature-drift')!, o.feature_drift);
    expectTests(checks.get('prediction-drift')!, { predicted: o.prediction_drift });
    expect([checks.get('feature-drift')!.status, checks.get('prediction-drift')!.status]).toEqual(['fail', 'fail']);
  });
});
