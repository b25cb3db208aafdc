import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/errors.js';
import { cells, read, tempPath, writeData } from './tmp.js';

describe('readSource, sources', () => {
  it('reads every file a glob matches, in path order, into one table with merged dictionaries', async () => {
    writeData('part-2.csv', 'x,g\n3,c\n4,a\n');
    writeData('part-1.csv', 'x,g\n1,a\n2,b\n');
    writeData('part-3.csv.gz', 'x,g,extra\n5,d,e\n');
    const table = await read(tempPath('part-*.csv*'));
    expect(table.rowCount).toBe(5);
    expect(cells(table, 'x')).toEqual([1, 2, 3, 4, 5]);
    expect(cells(table, 'g')).toEqual(['a', 'b', 'c', 'a', 'd']);
    const g = table.column('g');
    expect(g?.kind === 'categorical' ? g.dictionary.length : -1).toBe(4);
    // A column absent from the earlier files is missing on their rows.
    expect(cells(table, 'extra')).toEqual([null, null, null, null, 'e']);
    expect(table.origin).toMatch(/part-1\.csv \+ 2 more$/);
  });

  it('recovers the text of a column that turns categorical in a later file', async () => {
    const a = writeData('late-a.csv', 'k\n1.0\n2\n');
    const b = writeData('late-b.jsonl', '{"k": 3}\n');
    const c = writeData('late-c.csv', 'k\nx\n');
    const table = await read([a, b, c]);
    expect(cells(table, 'k')).toEqual(['1.0', '2', '3', 'x']);
  });

  it('never stores PII columns, and materialises only the columns asked for', async () => {
    const file = writeData('pii.csv', 'email,age,city\na@b.c,31,Oslo\n"d,e@f.g",42,Rome\n');
    const table = await read(file, { skip: new Set(['email']) });
    expect(table.has('email')).toBe(false);
    expect(table.columnNames).toEqual(['age', 'city']);
    const only = await read(file, { only: new Set(['age', 'email']), skip: new Set(['email']) });
    expect(only.columnNames).toEqual(['age']);
    expect(cells(only, 'age')).toEqual([31, 42]);
  });

  it('reads gzip CSV the same as plain CSV, across many decompressed chunks', async () => {
    const lines = ['a,b'];
    for (let i = 0; i < 200_000; i++) lines.push(`${i},"q${i % 10}"`);
    const text = lines.join('\n') + '\n';
    const plain = await read(writeData('big.csv', text));
    const gz = await read(writeData('big.csv.gz', text));
    expect(gz.rowCount).toBe(200_000);
    expect(cells(gz, 'a')).toEqual(cells(plain, 'a'));
    expect(cells(gz, 'b')).toEqual(cells(plain, 'b'));
  });

  it('throws DataError for a missing file, an unmatched glob, an unknown extension, corrupt gzip', async () => {
    await expect(read(tempPath('nope.csv'))).rejects.toThrow(DataError);
    await expect(read(tempPath('nope.csv'))).rejects.toThrow(/file not found/);
    await expect(read(tempPath('nothing-*.csv'))).rejects.toThrow(/no file matches this pattern/);
    await expect(read(writeData('data.txt', 'a\n1\n'))).rejects.toThrow(/unknown format/);
    writeFileSync(tempPath('fake.csv.gz'), 'a\n1\n');
    await expect(read(tempPath('fake.csv.gz'))).rejects.toThrow(/fake\.csv\.gz: not valid gzip data/);
  });

  it('uses source.format over the extension', async () => {
    const file = writeData('rows.txt', '{"a": 1}\n');
    const { readSource } = await import('../../src/data/read.js');
    const table = await readSource({ kind: 'file', paths: [file], format: 'jsonl' }, {});
    expect(cells(table, 'a')).toEqual([1]);
  });
});
