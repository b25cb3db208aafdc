/** Each data-quality metric on small tables whose answers can be counted by hand. */
import { describe, expect, it } from 'vitest';
import { dataQualityCheck } from '../../src/checks/data-quality.js';
import type { DataQualityDetails } from '../../src/checks/details.js';
import type { DataQualityCheckSpec } from '../../src/policy/types.js';
import { categorical, context, numeric, policyWith, table, timestamps } from './context.js';

function spec(partial: Partial<DataQualityCheckSpec> & Pick<DataQualityCheckSpec, 'metric'>): DataQualityCheckSpec {
  return { id: 'q', type: 'data_quality', columns: 'all', min_samples: 1, pointer: '/checks/0', ...partial };
}

const N = Number.NaN;

describe('missing_share', () => {
  it('judges each column and reports the worst', () => {
    const current = table(numeric('a', [1, N, 3, 4]), categorical('b', ['x', null, null, 'y']));
    const outcome = dataQualityCheck.run(spec({ metric: 'missing_share', warn: { gt: 0.2 }, fail: { gt: 0.4 } }), context(current));
    expect(outcome.status).toBe('fail');
    expect(outcome.value).toBe(0.5);
    const columns = (outcome.details as DataQualityDetails).columns;
    expect(columns.map((c) => [c.column, c.value, c.status, c.count])).toEqual([
      ['a', 0.25, 'warn', 1],
      ['b', 0.5, 'fail', 2],
    ]);
  });

  it('writes the share in its message as the report’s value column does', () => {
    // 3 of 82 missing: 3.66%, not the 3.7% a one-decimal message gave beside the table's 3.66%.
    const values = Array.from({ length: 82 }, (_, i) => (i < 3 ? N : i));
    const outcome = dataQualityCheck.run(spec({ metric: 'missing_share', fail: { gt: 0.02 } }), context(table(numeric('a', values))));
    expect(outcome.status).toBe('fail');
    expect((outcome.details as DataQualityDetails).columns[0]!.message).toBe('3.66% missing (3 of 82)');
    const tiny = Array.from({ length: 20_000 }, (_, i) => (i === 0 ? N : i));
    expect((dataQualityCheck.run(spec({ metric: 'missing_share', fail: { gt: 0.02 } }), context(table(numeric('a', tiny)))).details as DataQualityDetails).columns[0]!.message).toBe('<0.01% missing (1 of 20,000)');
  });

  it('a listed column absent from the data is an error for that column', () => {
    const outcome = dataQualityCheck.run(spec({ metric: 'missing_share', columns: ['nope'], fail: { gt: 0 } }), context(table(numeric('a', [1]))));
    expect(outcome).toMatchObject({ status: 'error', code: 'check/missing-column' });
    expect(outcome.details.columns[0]).toMatchObject({ column: 'nope', status: 'error', code: 'check/missing-column' });
    expect(outcome.message).toMatch(/"nope" is not in the current data/);
  });

  it('gives no_data below min_samples', () => {
    const outcome = dataQualityCheck.run(spec({ metric: 'missing_share', min_samples: 10, fail: { gt: 0 } }), context(table(numeric('a', [N, N]))));
    expect(outcome).toMatchObject({ status: 'no_data', code: 'check/no-data' });
    expect(outcome.value).toBeNull();
  });
});

describe('out_of_range_share', () => {
  it('uses the reference range by default and ignores missing values', () => {
    const reference = table(numeric('age', [18, 40, 90]));
    const current = table(numeric('age', [17, 20, 91, N, 50]));
    const outcome = dataQualityCheck.run(spec({ metric: 'out_of_range_share', fail: { gt: 0.25 } }), context(current, reference));
    expect(outcome.value).toBe(0.5); // 17 and 91 of 4 non-missing
    expect(outcome.status).toBe('fail');
    expect((outcome.details as DataQualityDetails).columns[0]!.range).toEqual({ min: 18, max: 90 });
  });

  it('takes explicit bounds, open on one side', () => {
    const current = table(numeric('x', [-1, 0, 5, 11]));
    const outcome = dataQualityCheck.run(spec({ metric: 'out_of_range_share', range: { min: 0 }, fail: { gt: 0 } }), context(current));
    expect(outcome.value).toBe(0.25);
    expect((outcome.details as DataQualityDetails).columns[0]!.range).toEqual({ min: 0, max: null });
  });
});

describe('unseen_share', () => {
  it('counts current values never seen in the reference, listing the top ones', () => {
    const reference = table(categorical('c', ['a', 'b', 'a']));
    const current = table(categorical('c', ['a', 'z', 'z', 'y', null]));
    const outcome = dataQualityCheck.run(spec({ metric: 'unseen_share', warn: { gt: 0.1 }, fail: { gt: 0.9 } }), context(current, reference));
    expect(outcome.value).toBe(0.75);
    expect(outcome.status).toBe('warn');
    expect((outcome.details as DataQualityDetails).columns[0]!.top_unseen).toEqual([
      { value: 'z', count: 2 },
      { value: 'y', count: 1 },
    ]);
  });

  it('needs reference data', () => {
    const outcome = dataQualityCheck.run(spec({ metric: 'unseen_share', fail: { gt: 0 } }), context(table(categorical('c', ['a']))));
    expect(outcome).toMatchObject({ status: 'error', code: 'check/no-reference' });
  });
});

describe('row_count', () => {
  it('compares with the reference row count', () => {
    const reference = table(numeric('a', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    const current = table(numeric('a', [1, 2, 3]));
    const fail = { vs: 'reference' as const, relative: { lt: -0.5 } };
    const outcome = dataQualityCheck.run(spec({ metric: 'row_count', fail }), context(current, reference));
    expect(outcome).toMatchObject({ status: 'fail', value: 3, reference_value: 10 });
  });
});

describe('duplicate_ids', () => {
  it('counts rows that repeat an earlier id, for string and numeric ids', () => {
    const policy = policyWith({ id: 'id' });
    const strings = dataQualityCheck.run(spec({ metric: 'duplicate_ids' }), context(table(categorical('id', ['a', 'b', 'a', 'a', null])), null, policy));
    expect(strings).toMatchObject({ status: 'fail', value: 2 });
    expect(strings.message).toMatch(/1 rows have no id/);
    const numbers = dataQualityCheck.run(spec({ metric: 'duplicate_ids' }), context(table(numeric('id', [1, 2, 3])), null, policy));
    expect(numbers).toMatchObject({ status: 'pass', value: 0 });
  });
});

describe('freshness', () => {
  it('measures hours from the newest timestamp to the run clock', () => {
    const policy = policyWith({ timestamp: 'ts' });
    const current = table(timestamps('ts', ['2026-11-24T06:00:00Z', '2026-11-23T00:00:00Z', null]));
    const outcome = dataQualityCheck.run(spec({ metric: 'freshness', fail: { gt: 4 } }), context(current, null, policy));
    expect(outcome).toMatchObject({ status: 'fail', value: 6 });
  });
});

describe('schema', () => {
  it('lists each problem', () => {
    const current = table(numeric('a', [1]), categorical('ssn', ['x']));
    const outcome = dataQualityCheck.run(
      spec({ metric: 'schema', schema: { required: ['a', 'b'], forbidden: ['ssn'], types: { a: 'categorical' } } }),
      context(current),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.value).toBe(3);
    expect((outcome.details as DataQualityDetails).problems).toEqual([
      'required column "b" is missing',
      'forbidden column "ssn" is present',
      'column "a" is numeric, expected categorical',
    ]);
  });
});

describe('rule', () => {
  it('holds for the share of rows given by mostly; rows with missing operands do not hold', () => {
    const current = table(numeric('age', [20, 30, 150, N]));
    const outcome = dataQualityCheck.run(spec({ metric: 'rule', rule: 'age >= 0 and age < 130', mostly: 0.9 }), context(current));
    expect(outcome.value).toBe(0.5);
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toMatch(/1 rows could not be evaluated/);
  });

  it('reports a broken rule as an error with its position', () => {
    const outcome = dataQualityCheck.run(spec({ metric: 'rule', rule: 'age >= ', mostly: 0.9 }), context(table(numeric('age', [1]))));
    expect(outcome).toMatchObject({ status: 'error', code: 'policy/expression' });
    expect(outcome.message).toMatch(/at character \d+/);
  });
});
