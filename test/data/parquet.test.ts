// Fixtures: test/fixtures/data/make-parquet.mjs (hyparquet-writer), with the values each column
// must read back as in mixed.expected.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/errors.js';
import { cells, read, writeData } from './tmp.js';

const fixtures = new URL('../fixtures/data/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('mixed.expected.json', fixtures), 'utf8')) as {
  rows: number;
  numeric: Record<string, (number | null)[]>;
  timestamp: Record<string, (number | null)[]>;
  categorical: Record<string, (string | null)[]>;
};

describe.each(['snappy', 'gzip'])('readSource, Parquet (%s)', (codec) => {
  const file = new URL(`mixed.${codec}.parquet`, fixtures).pathname;

  it('reads numbers, BigInts, strings, booleans, timestamps and dates with their nulls', async () => {
    const table = await read(file, { skip: new Set(['email']) });
    expect(table.rowCount).toBe(expected.rows);
    for (const [name, values] of Object.entries(expected.numeric)) {
      expect(table.column(name)?.kind, name).toBe('numeric');
      expect(cells(table, name), name).toEqual(values);
    }
    for (const [name, values] of Object.entries(expected.timestamp)) {
      expect(table.column(name)?.kind, name).toBe('timestamp');
      expect(cells(table, name), name).toEqual(values);
    }
    for (const [name, values] of Object.entries(expected.categorical)) {
      expect(table.column(name)?.kind, name).toBe('categorical');
      expect(cells(table, name), name).toEqual(values);
    }
    expect(table.has('email')).toBe(false);
  });

  it('reads only the columns asked for, and honours a declared categorical kind', async () => {
    const table = await read(file, { only: new Set(['id', 'region']), kinds: { id: 'categorical' } });
    expect(table.columnNames.sort()).toEqual(['id', 'region']);
    expect(cells(table, 'id')).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('readSource, Parquet: non-finite numbers', () => {
  it('refuses an infinite DOUBLE or FLOAT with file, row and column (one rule with CSV and JSON Lines); NaN is missing', async () => {
    const { parquetWriteBuffer } = await import('hyparquet-writer');
    for (const [type, kinds] of [
      ['DOUBLE', {}],
      ['FLOAT', {}],
      ['DOUBLE', { x: 'categorical' }],
    ] as const) {
      const bytes = parquetWriteBuffer({ columnData: [{ name: 'x', data: [1.5, NaN, -Infinity], type }] });
      const file = writeData(`infinite-${type}.parquet`, new Uint8Array(bytes));
      const error = await read(file, { kinds }).catch((e: unknown) => e);
      expect(error, `${type} ${JSON.stringify(kinds)}`).toBeInstanceOf(DataError);
      expect((error as DataError).code).toBe('data/not-a-number');
      expect((error as DataError).message).toContain(`infinite-${type}.parquet: row 3, column "x": -Infinity is not a finite number`);
    }
    const finite = writeData('finite.parquet', new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'x', data: [1.5, NaN, 1e300], type: 'DOUBLE' }] })));
    expect(cells(await read(finite), 'x')).toEqual([1.5, null, 1e300]);
  });
});
