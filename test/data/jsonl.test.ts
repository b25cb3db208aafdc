import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/errors.js';
import { cells, read, writeData } from './tmp.js';

describe('readSource, JSON Lines', () => {
  it('maps numbers, strings, booleans and null; skips blank lines; absent keys are missing', async () => {
    const file = writeData(
      'rows.jsonl',
      '{"x": 1.5, "s": "a", "b": true, "n": null}\n\n{"x": -2, "s": "b", "b": false, "n": 3}\r\n{"s": "a", "late": "z"}\n',
    );
    const table = await read(file);
    expect(table.rowCount).toBe(3);
    expect(cells(table, 'x')).toEqual([1.5, -2, null]);
    expect(cells(table, 's')).toEqual(['a', 'b', 'a']);
    expect(cells(table, 'b')).toEqual(['true', 'false', null]);
    expect(cells(table, 'n')).toEqual([null, 3, null]);
    expect(cells(table, 'late')).toEqual([null, null, 'z']);
    expect(table.column('n')?.kind).toBe('numeric');
  });

  it('parses declared numeric and timestamp strings; a number column meeting a string turns categorical', async () => {
    const file = writeData('typed.ndjson', '{"v": "12.5", "t": "2024-03-01T00:00:00Z", "m": 1}\n{"v": 3, "t": 1700000000, "m": "x"}\n');
    const table = await read(file, { kinds: { v: 'numeric', t: 'timestamp' } });
    expect(cells(table, 'v')).toEqual([12.5, 3]);
    expect(cells(table, 't')).toEqual([Date.UTC(2024, 2, 1), 1_700_000_000_000]);
    expect(cells(table, 'm')).toEqual(['1', 'x']);
  });

  it('reports invalid JSON, non-objects, nested values and bad declared numbers with their row', async () => {
    await expect(read(writeData('bad.jsonl', '{"a": 1}\n\n{"a": 2,}\n'))).rejects.toThrow(/bad\.jsonl: row 2: not valid JSON/);
    await expect(read(writeData('arr.jsonl', '[1, 2]\n'))).rejects.toThrow(/arr\.jsonl: row 1: each line must be a JSON object/);
    await expect(read(writeData('nested.jsonl', '{"a": {"b": 1}}\n'))).rejects.toThrow(/row 1, column "a": nested object values/);
    await expect(read(writeData('num.jsonl', '{"a": 1}\n{"a": "x1"}\n'), { kinds: { a: 'numeric' } })).rejects.toThrow(
      /num\.jsonl: row 2, column "a": "x1" is not a number/,
    );
  });

  it('never quotes the line in a syntax error (JSON.parse quotes it): only where it failed', async () => {
    for (const line of ['{"age":NaN,"token":"tok-a1b2c3d4"}', '{"token":"tok-a1b2c3d4",}', '{"token":"tok-a1b2c3d4"']) {
      const error = await read(writeData('quote.jsonl', `{"a": 1}\n${line}\n`)).catch((e: unknown) => e);
      expect(error, line).toBeInstanceOf(DataError);
      expect((error as DataError).code).toBe('data/malformed');
      expect((error as DataError).message, line).toMatch(/quote\.jsonl: row 2: not valid JSON( \(at character \d+\)| \(the line ends inside a value\))?$/);
      expect((error as DataError).message).not.toContain('tok-a1b2c3d4');
    }
  });

  it('refuses a number that overflows a double (JSON.parse gives Infinity) with file, row and column, in every kind of column', async () => {
    for (const [kinds, line] of [
      [{}, '{"x": 1e400}'],
      [{ x: 'numeric' }, '{"x": -1e400}'],
      [{ x: 'categorical' }, '{"x": 1e400}'],
      [{ x: 'timestamp' }, '{"x": 1e400}'],
      [{ x: 'numeric' }, '{"x": "1e400"}'],
    ] as const) {
      const file = writeData('overflow.jsonl', `{"x": 1}\n${line}\n`);
      const error = await read(file, { kinds }).catch((e: unknown) => e);
      expect(error, line).toBeInstanceOf(DataError);
      expect((error as DataError).code, line).toBe('data/not-a-number');
      expect((error as DataError).message, line).toMatch(/overflow\.jsonl: row 2, column "x": .*overflows a double/);
    }
    // A string in an undeclared column is text, as with "Infinity".
    const table = await read(writeData('overflow-text.jsonl', '{"x": 1}\n{"x": "1e400"}\n'));
    expect(cells(table, 'x')).toEqual(['1', '1e400']);
    // Underflow is zero, as in CSV.
    expect(cells(await read(writeData('underflow.jsonl', '{"x": 1e-400}\n')), 'x')).toEqual([0]);
  });

  it('refuses an epoch beyond the range of a date (it crashed the report when shown), in numbers and in text', async () => {
    for (const line of ['{"t": 1e300}', '{"t": -9e15}', '{"t": "1e300"}']) {
      const error = await read(writeData('far.jsonl', `{"t": 1700000000}\n${line}\n`), { kinds: { t: 'timestamp' } }).catch((e: unknown) => e);
      expect(error, line).toBeInstanceOf(DataError);
      expect((error as DataError).code, line).toBe('data/bad-timestamp');
      expect((error as DataError).message, line).toMatch(/far\.jsonl: row 2, column "t": .*not a timestamp/);
    }
    // The last instant a date can hold is still one.
    expect(cells(await read(writeData('edge.jsonl', '{"t": 8.64e15}\n'), { kinds: { t: 'timestamp' } }), 't')).toEqual([8.64e15]);
  });

  it('reads gzip-compressed JSON Lines', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ i, g: `g${i % 3}` })).join('\n');
    const table = await read(writeData('big.jsonl.gz', lines));
    expect(table.rowCount).toBe(5000);
    expect(cells(table, 'i')[4999]).toBe(4999);
    expect(cells(table, 'g')[4]).toBe('g1');
  });
});
