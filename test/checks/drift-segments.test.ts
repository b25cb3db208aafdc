/**
 * Drift segments (`by:`): each group of the current data compared with the same group of the
 * reference, with min_group_size guards, one multiple-testing family over the overall and the
 * group tests, and the details the report shows. The Adult cases are checked against scipy's
 * ks_2samp and statsmodels' multipletests (test/fixtures/oracle/multiple_testing_oracle.py).
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { driftCheck } from '../../src/checks/drift.js';
import { compareNumeric, type NumericData, type PairRequest, Scratch } from '../../src/checks/drift-measure.js';
import type { DriftDetails, DriftGroupDetail } from '../../src/checks/details.js';
import { startBudget, TimeBudgetExceeded } from '../../src/checks/budget.js';
import { splitSegments } from '../../src/checks/drift-segments.js';
import { Table, type Column } from '../../src/data/table.js';
import type { DriftCheckSpec } from '../../src/policy/types.js';
import { adultTable } from './adult-table.js';
import { categorical, context, driftSpec, numeric, table } from './context.js';

interface OracleTest {
  readonly group: string | null;
  readonly column: string;
  readonly p_value: number;
  readonly bh: number;
  readonly holm: number;
  readonly bonferroni: number;
  readonly 'bh_reject_at_0.05': boolean;
  readonly 'holm_reject_at_0.05': boolean;
  readonly 'bonferroni_reject_at_0.05': boolean;
}
interface OracleCase {
  readonly name: string;
  readonly by: readonly string[];
  readonly planted_in: string;
  readonly shift: number;
  readonly columns: readonly string[];
  readonly min_group_size: number;
  readonly groups: Readonly<Record<string, { reference_rows: number; current_rows: number; compared: boolean }>>;
  readonly tests: readonly OracleTest[];
}

const oracle = JSON.parse(readFileSync(new URL('../fixtures/multiple-testing-oracle.json', import.meta.url), 'utf8')) as { segments: OracleCase[] };

/** The Adult test rows with age + shift where `by` equals `label`: a shift planted in one group. */
async function plantedCurrent(by: string, label: string, shift: number): Promise<Table> {
  const current = await adultTable('current');
  const key = current.column(by)!;
  if (key.kind !== 'categorical') throw new Error(`${by} should be categorical`);
  const planted = key.dictionary.indexOf(label);
  const columns: Column[] = current.columnNames.map((name) => {
    const column = current.column(name)!;
    if (name !== 'age' || column.kind !== 'numeric') return column;
    return numeric('age', Array.from(column.values, (v, i) => (key.codes[i] === planted ? v + shift : v)));
  });
  return new Table(current.rowCount, columns, 'adult current, planted');
}

const closeTo = (actual: number, expected: number, relative: number, absolute: number): boolean =>
  Math.abs(actual - expected) <= Math.max(relative * Math.abs(expected), absolute);

const groupOf = (details: DriftDetails, label: string): DriftGroupDetail => details.groups!.find((g) => g.group === label)!;

describe.each(oracle.segments.map((c) => [c.name, c] as const))('%s (the Adult rows, a shift planted in one group)', (_name, oracleCase) => {
  const spec = (partial: Partial<DriftCheckSpec> = {}): DriftCheckSpec =>
    driftSpec({ method: 'ks', features: oracleCase.columns, by: oracleCase.by, min_group_size: oracleCase.min_group_size, min_samples: 100, ...partial });

  it('finds the shift in its group, where the overall verdict misses it', async () => {
    const outcome = driftCheck.run(spec(), context(await plantedCurrent(oracleCase.by[0]!, oracleCase.planted_in, oracleCase.shift), await adultTable('reference')));
    const details = outcome.details as DriftDetails;
    expect(details.columns.find((c) => c.column === 'age')).toMatchObject({ status: 'pass', drifted: false });
    expect(details.drifted_columns).toBe(0);
    const planted = groupOf(details, oracleCase.planted_in);
    expect(planted).toMatchObject({ status: 'fail', drifted_columns: 1, evaluated_columns: 6 });
    expect(planted.columns.filter((c) => c.drifted).map((c) => c.column)).toEqual(['age']);
    expect(planted.message).toMatch(/^1 of 6 columns drifted: age \(ks p-value [\d.e-]+, adj\. [\d.e-]+\)$/);
    const others = details.groups!.filter((g) => g.group !== planted.group && g.status !== 'no_data');
    expect(others.every((g) => g.status === 'pass')).toBe(true);
    expect(outcome.status).toBe('fail');
    const small = Object.values(oracleCase.groups).filter((g) => !g.compared).length;
    const left = small === 0 ? '' : `; ${small} segment with fewer than min_group_size ${oracleCase.min_group_size} rows left out`;
    expect(outcome.message).toBe(`no drift in 6 columns; drift in 1 of ${others.length + 1} segments of ${oracleCase.by[0]}: ${oracleCase.planted_in} (age)${left}`);
  });

  it('agrees with scipy and statsmodels on every test of the family, for each correction', async () => {
    const current = await plantedCurrent(oracleCase.by[0]!, oracleCase.planted_in, oracleCase.shift);
    const reference = await adultTable('reference');
    for (const correction of ['bh', 'holm', 'bonferroni'] as const) {
      const details = driftCheck.run(spec({ correction }), context(current, reference)).details as DriftDetails;
      expect(details).toMatchObject({ correction, tested_columns: oracleCase.columns.length, family_size: oracleCase.tests.length });
      // Every group of the data is listed; the ones below min_group_size are no_data, with their sizes.
      expect(Object.fromEntries(details.groups!.map((g) => [g.group, { reference_rows: g.reference_rows, current_rows: g.rows, compared: g.status !== 'no_data' }]))).toEqual(oracleCase.groups);
      let worst = 0;
      for (const t of oracleCase.tests) {
        const entry = (t.group === null ? details.columns : groupOf(details, t.group).columns).find((c) => c.column === t.column)!;
        expect(entry.method).toBe('ks');
        // Measured: within 6e-12 relative (KS p-values; the adjustment alone agrees to 1e-12, test/stats/multiple-testing.test.ts).
        expect(closeTo(entry.p_value!, t.p_value, 1e-9, 1e-12), `${t.group} ${t.column} p ${entry.p_value} vs ${t.p_value}`).toBe(true);
        expect(closeTo(entry.p_value_adjusted!, t[correction], 1e-9, 1e-12), `${t.group} ${t.column} adjusted ${entry.p_value_adjusted} vs ${t[correction]}`).toBe(true);
        expect(entry.drifted).toBe(t[`${correction}_reject_at_0.05`]);
        worst = Math.max(worst, Math.abs(entry.p_value_adjusted! - t[correction]) / Math.max(t[correction], 1e-300));
      }
      expect(worst).toBeLessThan(1e-9);
    }
  });
});

describe('the example in docs/policy.md', () => {
  it('gives the message the docs show', async () => {
    const outcome = driftCheck.run(
      driftSpec({ method: 'ks', features: ['age', 'hours_per_week', 'capital_gain'], by: ['race'], min_group_size: 150, min_samples: 100, p_value: { fail: { lt: 0.01 } } }),
      context(await plantedCurrent('race', 'Amer-Indian-Eskimo', 10), await adultTable('reference')),
    );
    expect(outcome.message).toBe('no drift in 3 columns; drift in 1 of 4 segments of race: Amer-Indian-Eskimo (age); 1 segment with fewer than min_group_size 150 rows left out');
  });
});

const range = <T,>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
/** n rows: x over 0..99 (+ shift in group `shifted`), y unshifted, g cycling through `labels`. */
function rows(n: number, labels: readonly (string | null)[], shifted: string | null = null, shift = 0): Table {
  const g = range(n, (i) => labels[i % labels.length]!);
  return table(
    numeric('x', range(n, (i) => ((i * 37) % 100) + (g[i] === shifted ? shift : 0))),
    numeric('y', range(n, (i) => (i * 53) % 100)),
    categorical('g', g),
  );
}
const small = (partial: Partial<DriftCheckSpec> = {}): DriftCheckSpec => driftSpec({ method: 'ks', features: ['x', 'y'], by: ['g'], min_group_size: 50, ...partial });

describe('groups', () => {
  it('a group below min_group_size is no_data, with its rows, and does not change the status', () => {
    // c holds 1 row in 12: 25 rows in current, shifted far; a and b 275 rows each, unshifted.
    const labels = ['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a', 'c'];
    const outcome = driftCheck.run(small(), context(rows(300, labels, 'c', 60), rows(600, labels)));
    const details = outcome.details as DriftDetails;
    expect(groupOf(details, 'c')).toMatchObject({ status: 'no_data', code: 'check/no-data', rows: 25, reference_rows: 50, value: null, columns: [], message: '25 rows, fewer than min_group_size 50' });
    expect(outcome.status).toBe('pass');
    expect(outcome.message).toMatch(/no drift in 2 segments of g; 1 segment with fewer than min_group_size 50 rows left out$/);
    // With a lower guard the same group is compared, and fails the check.
    const lower = driftCheck.run(small({ min_group_size: 20 }), context(rows(300, labels, 'c', 60), rows(600, labels)));
    expect(groupOf(lower.details as DriftDetails, 'c')).toMatchObject({ status: 'fail', drifted_columns: 1 });
    expect(lower.status).toBe('fail');
  });

  it('the guard applies to the reference rows too', () => {
    const reference = table(numeric('x', range(400, (i) => i % 100)), numeric('y', range(400, (i) => i % 100)), categorical('g', range(400, (i) => (i < 10 ? 'b' : 'a'))));
    const current = table(numeric('x', range(400, (i) => i % 100)), numeric('y', range(400, (i) => i % 100)), categorical('g', range(400, (i) => (i % 2 === 0 ? 'b' : 'a'))));
    const details = driftCheck.run(small(), context(current, reference)).details as DriftDetails;
    expect(groupOf(details, 'b')).toMatchObject({ status: 'no_data', rows: 200, reference_rows: 10, message: '10 reference rows, fewer than min_group_size 50' });
  });

  it('a group only in the current data is no_data, counted, and says there is nothing to compare with', () => {
    const outcome = driftCheck.run(small({ method: 'auto', features: ['x', 'y', 'g'] }), context(rows(300, ['a', 'b', 'new']), rows(600, ['a', 'b'])));
    const details = outcome.details as DriftDetails;
    expect(groupOf(details, 'new')).toMatchObject({ status: 'no_data', code: 'check/no-reference', rows: 100, reference_rows: 0, message: 'not in the reference data: no reference rows to compare with' });
    expect(details.groups_without_reference).toBe(1);
    expect(outcome.message).toMatch(/1 segment not in the reference left out$/);
    // The overall comparison still sees the new category in g.
    expect(details.columns.find((c) => c.column === 'g')).toMatchObject({ status: 'fail' });
  });

  it('never tests the by column inside its groups; missing values form (missing)', () => {
    const outcome = driftCheck.run(small({ method: 'auto', features: ['x', 'y', 'g'] }), context(rows(300, ['a', null]), rows(600, ['a', null])));
    const details = outcome.details as DriftDetails;
    expect(details.groups!.map((g) => [g.group, g.rows, g.reference_rows])).toEqual([
      ['(missing)', 150, 300],
      ['a', 150, 300],
    ]);
    for (const g of details.groups!) expect(g.columns.map((c) => c.column)).toEqual(['x', 'y']);
    expect(details.columns.map((c) => c.column)).toEqual(['x', 'y', 'g']);
    // Family: 3 overall tests (x and y by ks, g by z: auto at 600 reference rows) + 2 groups × 2.
    expect(details.columns.map((c) => c.method)).toEqual(['ks', 'ks', 'z']);
    expect(details).toMatchObject({ tested_columns: 3, family_size: 7 });
  });

  it('by two columns compares their intersection', () => {
    const make = (n: number, shift: number) => {
      const a = range(n, (i) => ['F', 'M'][i % 2]!);
      const b = range(n, (i) => ['u', 'v'][Math.floor(i / 2) % 2]!);
      return table(numeric('x', range(n, (i) => ((i * 37) % 100) + (a[i] === 'F' && b[i] === 'v' ? shift : 0))), categorical('a', a), categorical('b', b));
    };
    const outcome = driftCheck.run(driftSpec({ method: 'ks', features: ['x'], by: ['a', 'b'], min_group_size: 50 }), context(make(400, 40), make(800, 0)));
    const details = outcome.details as DriftDetails;
    expect(details.groups!.map((g) => [g.group, g.status])).toEqual([
      ['F × u', 'pass'],
      ['F × v', 'fail'],
      ['M × u', 'pass'],
      ['M × v', 'pass'],
    ]);
    expect(outcome.message).toContain('drift in 1 of 4 segments of a × b: F × v (x)');
  });

  it('a by column missing from the data makes the check error, and still reports the overall columns', () => {
    const reference = table(numeric('x', range(200, (i) => i % 100)), numeric('y', range(200, (i) => i % 100)));
    const outcome = driftCheck.run(small({ features: ['x', 'y'] }), context(rows(200, ['a']), reference));
    expect(outcome).toMatchObject({ status: 'error', code: 'check/missing-column' });
    expect(outcome.message).toMatch(/; segments: column "g" \(by\) is not in the reference data$/);
    expect((outcome.details as DriftDetails).columns).toHaveLength(2);
  });

  it('a group that only warns is named as near the limit, not as drift', () => {
    const outcome = driftCheck.run(small({ p_value: { warn: { lt: 0.05 }, fail: { lt: 1e-12 } } }), context(rows(300, ['a', 'b'], 'a', 20), rows(600, ['a', 'b'])));
    const a = groupOf(outcome.details as DriftDetails, 'a');
    expect(a.columns.find((c) => c.column === 'x')).toMatchObject({ status: 'warn', drifted: false });
    expect(a).toMatchObject({ status: 'warn', drifted_columns: 0 });
    expect(outcome.status).toBe('warn');
    expect(outcome.message).toMatch(/; no drift in 1 of 2 segments of g; 1 segment near the limit: a \(x\)$/);
  });

  it('with dataset.share_drifted, a group is judged on its own share', () => {
    const outcome = driftCheck.run(small({ dataset: { share_drifted: { fail: { gte: 0.6 } } } }), context(rows(300, ['a', 'b'], 'a', 60), rows(600, ['a', 'b'])));
    const a = groupOf(outcome.details as DriftDetails, 'a');
    expect(a).toMatchObject({ drifted_columns: 1, evaluated_columns: 2, value: 0.5, status: 'pass' });
  });

  it('splits rows in one pass per table, with labels shared by both tables', () => {
    const ref = categorical('g', ['b', 'a', null, 'b']);
    const cur = categorical('g', ['c', 'a', 'a']);
    const split = splitSegments([ref], [cur], 4, 3);
    expect(split.labels).toEqual(['b', 'a', '(missing)', 'c']);
    expect(Array.from(split.reference.offsets)).toEqual([0, 2, 3, 4, 4]);
    expect(Array.from(split.reference.order)).toEqual([0, 3, 1, 2]);
    expect(Array.from(split.current.offsets)).toEqual([0, 0, 2, 2, 3]);
    // Numbers in their shortest form, as performance's segments label them.
    const n = splitSegments([numeric('k', [1, 2.5, NaN])], [numeric('k', [2.5, 3])], 3, 2);
    expect(n.labels).toEqual(['(missing)', '1', '2.5', '3']);
    expect(Array.from(n.current.offsets)).toEqual([0, 0, 0, 1, 2]);
  });
});

describe('time budget and worker threads', () => {
  it('a spent budget stops the segment comparisons', () => {
    const spent = startBudget(0, '0s');
    expect(() => driftCheck.run(small(), { ...context(rows(300, ['a', 'b']), rows(600, ['a', 'b'])), budget: spent })).toThrow(TimeBudgetExceeded);
  });

  it('runAsync gives the outcome of run, sending the large group pairs to the pool', async () => {
    const sent: number[] = [];
    const parallel = {
      wants: (values: number) => values >= 400,
      compareNumeric: async (ref: NumericData, cur: NumericData, request: PairRequest) => {
        sent.push(ref.length + cur.length);
        return compareNumeric(ref.slice(), cur.slice(), request, new Scratch());
      },
    };
    const current = rows(300, ['a', 'b', 'a'], 'b', 30);
    const reference = rows(600, ['a', 'b', 'a']);
    const expected = driftCheck.run(small(), context(current, reference));
    const actual = await driftCheck.runAsync!(small(), { ...context(current, reference), parallel });
    expect(actual).toEqual(expected);
    // Overall x and y (900 values each), then group a (200 + 400) for x and y; group b (300) stays in this thread.
    expect(sent).toEqual([900, 900, 600, 600]);
  });
});

describe('the report schema', () => {
  const schema = JSON.parse(readFileSync(new URL('../../schema/report.v1.schema.json', import.meta.url), 'utf8')) as { $id: string };
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addSchema(schema);
  const validate = ajv.getSchema(`${schema.$id}#/definitions/driftDetails`)!;

  it('accepts the details with groups: compared, too small and not in the reference', () => {
    const labels = ['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a', 'new', 'a', 'c'];
    const outcome = driftCheck.run(small({ min_group_size: 60 }), context(rows(600, labels, 'a', 30), rows(1200, ['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a', 'c'])));
    const details = JSON.parse(JSON.stringify(outcome.details)) as DriftDetails;
    expect(details.groups!.map((g) => g.status).sort()).toEqual(['fail', 'no_data', 'no_data', 'pass']);
    expect(validate(details), JSON.stringify(validate.errors)).toBe(true);
  });
});
