/**
 * Every mapped PostgreSQL type reads to its kind with its values, against the real server
 * (src/data/sources/postgres-types.ts): numbers as numbers, text, enums, booleans and uuids as
 * categories, dates and timestamps as epoch ms in UTC, anything else as its text; NULL is
 * missing in every type; PII columns never leave the server; declared kinds win.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadOptions } from '../../src/data/read.js';
import { readTable } from '../../src/data/sources/registry.js';
import type { Column, Table } from '../../src/data/table.js';
import { DataError } from '../../src/data/errors.js';
import { appName, freshSchema, leftoverConnections, pgSpec, pgUrl, urlFor, withClient } from './server.js';

/** A column's values as the checks see them: numbers (NaN missing) or texts (null missing). */
function values(table: Table, name: string): (number | string | null)[] {
  const column: Column | undefined = table.column(name);
  if (column === undefined) throw new Error(`no column ${name}; have ${table.columnNames.join(', ')}`);
  if (column.kind === 'categorical') return [...column.codes].map((code) => (code < 0 ? null : column.dictionary[code]!));
  return [...column.values];
}

function read(table: string, options: ReadOptions = {}, url?: string): Promise<Table> {
  return readTable(pgSpec({ table }, url), { options, window: null });
}

describe.skipIf(pgUrl() === undefined)('PostgreSQL types', () => {
  let schema = '';
  let drop = async () => {};
  beforeAll(async () => {
    ({ schema, drop } = await freshSchema('types'));
    await withClient((client) =>
      client.query(`
        CREATE TYPE ${schema}.mood AS ENUM ('sad', 'ok', 'happy');
        CREATE DOMAIN ${schema}.percent AS integer CHECK (VALUE BETWEEN 0 AND 100);
        CREATE TABLE ${schema}.every_type (
          i2 int2, i4 int4, i8 int8, num numeric, r real, d double precision,
          t text, vc varchar(10), c char(5), b boolean, e ${schema}.mood, u uuid,
          dt date, ts timestamp, tstz timestamptz, j json, arr int[], iv interval, pc ${schema}.percent,
          "Mixed Case" text
        );
        INSERT INTO ${schema}.every_type VALUES
          (1, 100000, 9007199254740993, 1.50, 0.1, 0.1, 'a', 'x', 'ab', true, 'sad', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
           '2026-11-20', '2026-11-20 10:00:00.123456', '2026-11-20 10:00:00+02', '{"a": 1}', '{1,2}', '1 day', 42, 'Yes'),
          (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
          (-32768, -7, -1, -0.000001, 3.4e38, 1e-300, 'a, "quoted"\nline', '', 'abcde', false, 'happy', '00000000-0000-0000-0000-000000000000',
           '1970-01-01', '1999-12-31 23:59:59', '2000-01-01 00:00:00.5+00', '[]', '{}', '-2 hours', 0, 'NA'),
          (7, 7, 7, 'NaN', 'NaN', 12345678.9, 'NaN', 'null', 'NA   ', true, 'ok', NULL, NULL, NULL, NULL, 'null', NULL, NULL, 100, 'No');
        -- A PII column whose reading fails the query: if it were selected, the read would fail.
        CREATE FUNCTION ${schema}.refuse_pii(text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS
          $$ BEGIN RAISE EXCEPTION 'the PII column was read'; END $$;
        CREATE TABLE ${schema}.people_data (id int, email text, score double precision);
        INSERT INTO ${schema}.people_data VALUES (1, 'a@example.com', 0.5), (2, 'b@example.com', 0.25);
        CREATE VIEW ${schema}.people AS SELECT id, ${schema}.refuse_pii(email) AS email, score FROM ${schema}.people_data;
        CREATE TABLE ${schema}.as_text (n text, ts text, flag boolean);
        INSERT INTO ${schema}.as_text VALUES ('1.5', '2026-11-20T10:00:00Z', true), ('-2', '2026-11-21', false), (NULL, NULL, NULL);
      `),
    );
  });
  afterAll(() => drop());

  it('maps each type to its kind, with its values; NULL is missing in every one', async () => {
    const application = appName('types');
    const table = await read(`${schema}.every_type`, {}, urlFor(application));
    expect(table.rowCount).toBe(4);
    const kinds = Object.fromEntries(table.columnNames.map((n) => [n, table.column(n)!.kind]));
    expect(kinds).toEqual({
      i2: 'numeric', i4: 'numeric', i8: 'numeric', num: 'numeric', r: 'numeric', d: 'numeric',
      t: 'categorical', vc: 'categorical', c: 'categorical', b: 'categorical', e: 'categorical', u: 'categorical',
      dt: 'timestamp', ts: 'timestamp', tstz: 'timestamp',
      j: 'categorical', arr: 'categorical', iv: 'categorical', pc: 'numeric', 'Mixed Case': 'categorical',
    });
    expect(values(table, 'i2')).toEqual([1, NaN, -32768, 7]);
    expect(values(table, 'i4')).toEqual([100000, NaN, -7, 7]);
    // int8 beyond 2^53 reads as the nearest double, as the same number in a CSV file does.
    expect(values(table, 'i8')).toEqual([9007199254740992, NaN, -1, 7]);
    expect(values(table, 'num')).toEqual([1.5, NaN, -0.000001, NaN]);
    // real: the shortest text of the float4 (extra_float_digits = 1), read back as that decimal.
    expect(values(table, 'r')).toEqual([0.1, NaN, 3.4e38, NaN]);
    expect(values(table, 'd')).toEqual([0.1, NaN, 1e-300, 12345678.9]);
    // Text: quotes, commas and line breaks survive; '' and the missing tokens are missing (known difference).
    expect(values(table, 't')).toEqual(['a', null, 'a, "quoted"\nline', null]);
    expect(values(table, 'vc')).toEqual(['x', null, null, null]);
    // char(n): the padding is cut ('NA   ' becomes NA, a missing token).
    expect(values(table, 'c')).toEqual(['ab', null, 'abcde', null]);
    expect(values(table, 'b')).toEqual(['true', null, 'false', 'true']);
    expect(values(table, 'e')).toEqual(['sad', null, 'happy', 'ok']);
    expect(values(table, 'u')).toEqual(['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', null, '00000000-0000-0000-0000-000000000000', null]);
    expect(values(table, 'dt')).toEqual([Date.parse('2026-11-20T00:00:00Z'), NaN, 0, NaN]);
    expect(values(table, 'ts')).toEqual([Date.parse('2026-11-20T10:00:00.123Z'), NaN, Date.parse('1999-12-31T23:59:59Z'), NaN]);
    expect(values(table, 'tstz')).toEqual([Date.parse('2026-11-20T08:00:00Z'), NaN, Date.parse('2000-01-01T00:00:00.500Z'), NaN]);
    expect(values(table, 'j')).toEqual(['{"a": 1}', null, '[]', null]);
    expect(values(table, 'arr')).toEqual(['{1,2}', null, '{}', null]);
    expect(values(table, 'iv')).toEqual(['1 day', null, '-02:00:00', null]);
    expect(values(table, 'pc')).toEqual([42, NaN, 0, 100]);
    expect(values(table, 'Mixed Case')).toEqual(['Yes', null, null, 'No']);
    expect(await leftoverConnections(application)).toBe(0);
  });

  it('never selects a PII column: a view whose PII column fails when read reads fine without it', async () => {
    const table = await read(`${schema}.people`, { skip: new Set(['email']) });
    expect(table.columnNames).toEqual(['id', 'score']);
    expect(values(table, 'score')).toEqual([0.5, 0.25]);
    // The same view with the column not skipped: the server evaluates it, and the read fails.
    const error = await read(`${schema}.people`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toContain('the PII column was read');
  });

  it('reads only the columns the engine wants (only)', async () => {
    const table = await read(`${schema}.every_type`, { only: new Set(['i4', 'b']) });
    expect(table.columnNames).toEqual(['i4', 'b']);
    expect(table.rowCount).toBe(4);
  });

  it('counts the rows when no column is wanted', async () => {
    const table = await read(`${schema}.every_type`, { only: new Set(['absent']) });
    expect(table.columnNames).toEqual([]);
    expect(table.rowCount).toBe(4);
  });

  it('a declared kind wins over the mapped one', async () => {
    const table = await read(`${schema}.as_text`, { kinds: { n: 'numeric', ts: 'timestamp', flag: 'categorical' } });
    expect(table.column('n')!.kind).toBe('numeric');
    expect(values(table, 'n')).toEqual([1.5, -2, NaN]);
    expect(values(table, 'ts')).toEqual([Date.parse('2026-11-20T10:00:00Z'), Date.parse('2026-11-21T00:00:00Z'), NaN]);
    const numbers = await read(`${schema}.every_type`, { kinds: { i4: 'categorical' }, only: new Set(['i4']) });
    expect(values(numbers, 'i4')).toEqual(['100000', null, '-7', '7']);
    // A declared numeric column whose text is not a number is the reader's error, naming row and column.
    const error = await read(`${schema}.every_type`, { kinds: { t: 'numeric' }, only: new Set(['t']) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).code).toBe('data/not-a-number');
    expect((error as DataError).message).toMatch(/^postgres table ".*every_type": row 1, column "t": "a" is not a number/);
  });
});
