/**
 * `fail: { …, confidence: 0.95 }` on the performance check, on the scored UCI Adult rows
 * (examples/data/adult/current.csv, origin in examples/data/adult/README.md): an AUC below the
 * bound on 200 rows, whose DeLong interval still reaches above it, passes with confidence and
 * fails without; a bound above the whole interval fails either way. Bounds are placed from the
 * interval DeLong gives on these rows (stats/delong.ts, checked against numpy in test/stats/).
 */
import { describe, expect, it } from 'vitest';
import type { PerformanceDetails } from '../../src/checks/details.js';
import { performanceCheck } from '../../src/checks/performance.js';
import type { Table } from '../../src/data/table.js';
import type { PerformanceCheckSpec, Threshold } from '../../src/policy/types.js';
import { delongRocAuc } from '../../src/stats/delong.js';
import { adultTable } from './adult-table.js';
import { context, numeric, policyWith, table } from './context.js';

const policy = policyWith({ target: 'label', score: 'proba', prediction: 'pred' });

/** The first `n` Adult current rows kept by `keep`, as label, proba and pred columns. */
async function adultRows(n: number, keep: (label: number, index: number) => boolean = () => true): Promise<Table> {
  const current = await adultTable('current');
  const column = (name: string) => (current.column(name) as { values: Float64Array }).values;
  const [label, proba, pred] = [column('label'), column('proba'), column('pred')];
  const rows = Array.from({ length: n }, (_, i) => i).filter((i) => keep(label[i]!, i));
  return table(numeric('label', rows.map((i) => label[i]!)), numeric('proba', rows.map((i) => proba[i]!)), numeric('pred', rows.map((i) => pred[i]!)));
}

function spec(fail: Threshold, extra: Partial<PerformanceCheckSpec> = {}): PerformanceCheckSpec {
  return { id: 'auc', type: 'performance', metric: 'roc_auc', average: 'macro', min_samples: 50, min_group_size: 50, pointer: '/checks/0', fail, ...extra };
}

describe('confidence on the AUC of 200 Adult rows', async () => {
  const rows = await adultRows(200);
  const labels = (rows.column('label') as { values: Float64Array }).values;
  const scores = (rows.column('proba') as { values: Float64Array }).values;
  const delong = delongRocAuc(scores, Int32Array.from(labels));
  // Between the AUC and the interval's upper end: the point is below, the interval is not wholly.
  const inside = Number(((delong.auc + delong.high) / 2).toFixed(3));

  it('has an interval wide enough to hold a bound above the AUC', () => {
    expect(delong.high - delong.auc).toBeGreaterThan(0.01);
    expect(inside).toBeGreaterThan(delong.auc);
    expect(inside).toBeLessThan(delong.high);
  });

  it('fails without confidence: the point alone is below the bound', () => {
    const outcome = performanceCheck.run(spec({ lt: inside }), context(rows, null, policy));
    expect(outcome.status).toBe('fail');
  });

  it('passes with confidence, and says the interval is not wholly below', () => {
    const outcome = performanceCheck.run(spec({ lt: inside, confidence: 0.95 }), context(rows, null, policy));
    expect(outcome.status).toBe('pass');
    expect(outcome.thresholds).toEqual({ fail: { lt: inside, confidence: 0.95 } });
    expect((outcome.details as PerformanceDetails).interval).toEqual({ method: 'delong', confidence: 0.95, low: delong.low, high: delong.high });
    expect(outcome.message).toContain(`but the 95% interval is not wholly below it (no fail)`);
    expect(outcome.message).toMatch(/^roc_auc 0\.\d+ \(95% DeLong interval 0\.\d+–0\.\d+\) on 200 labelled predictions/);
  });

  it('fails with confidence when the whole interval lies below the bound, and warns the same way', () => {
    const above = Number((delong.high + 0.01).toFixed(3));
    const failed = performanceCheck.run(spec({ lt: above, confidence: 0.95 }), context(rows, null, policy));
    expect(failed.status).toBe('fail');
    // The end to 6 significant digits, as a band's end is shown.
    expect(failed.message).toContain(`fail: 95% interval wholly < ${above} (upper end ${Number(delong.high.toPrecision(6))})`);
    const warned = performanceCheck.run(spec({ lt: 0, confidence: 0.95 }, { warn: { lt: above, confidence: 0.95 } }), context(rows, null, policy));
    expect(warned.status).toBe('warn');
  });

  it('judges each group on its own interval (by age decade: wide intervals)', async () => {
    const current = await adultTable('current');
    const age = (current.column('age') as { values: Float64Array }).values;
    const grouped = table(...['label', 'proba', 'pred'].map((name) => rows.column(name)!), numeric('decade', Array.from({ length: 200 }, (_, i) => Math.floor(age[i]! / 10))));
    // Each group's DeLong interval is clipped at 1, so a lower end decides: gt reads it.
    const bound = 0.92;
    const outcome = performanceCheck.run(spec({ gt: bound, confidence: 0.95 }, { by: 'decade', min_group_size: 5 }), context(grouped, null, policy));
    const groups = (outcome.details as PerformanceDetails).groups;
    expect(groups.length).toBeGreaterThan(2);
    const seen = new Set<string>();
    for (const group of groups) {
      const positions = Array.from({ length: 200 }, (_, i) => i).filter((i) => String(Math.floor(age[i]! / 10)) === group.group);
      const y = Int32Array.from(positions, (i) => labels[i]!);
      const positives = y.reduce((s, v) => s + v, 0);
      // One class only: the AUC itself is undefined (no_data); one row of a class: DeLong is (error).
      const expected = positives === 0 || positives === y.length ? 'no_data'
        : positives < 2 || y.length - positives < 2 ? 'error'
        : delongRocAuc(Float64Array.from(positions, (i) => scores[i]!), y).low > bound ? 'fail' : 'pass';
      expect(group.status, group.group).toBe(expected);
      if (expected === 'error') expect(group.code).toBe('check/no-interval');
      seen.add(expected);
    }
    expect([...seen].sort()).toEqual(['fail', 'no_data', 'pass']);
  });
});

describe('confidence without an interval', () => {
  it('is an error with check/no-interval when one class has a single row (DeLong is undefined), never a pass', async () => {
    let positives = 0;
    const rows = await adultRows(300, (label) => label === 0 || positives++ < 1);
    const outcome = performanceCheck.run(spec({ lt: 0.99, confidence: 0.95 }), context(rows, null, policy));
    expect(outcome.status).toBe('error');
    expect(outcome.code).toBe('check/no-interval');
    expect(outcome.message).toContain('a class with fewer than 2 rows');
    expect((outcome.details as PerformanceDetails).interval).toBeNull();
  });
});
