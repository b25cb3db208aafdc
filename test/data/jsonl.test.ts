import { describe, expect, it } from 'vitest';
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

  it('reads gzip-compressed JSON Lines', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ i, g: `g${i % 3}` })).join('\n');
    const table = await read(writeData('big.jsonl.gz', lines));
    expect(table.rowCount).toBe(5000);
    expect(cells(table, 'i')[4999]).toBe(4999);
    expect(cells(table, 'g')[4]).toBe('g1');
  });
});
