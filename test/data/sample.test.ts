import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/data/random.js';
import { sampleRows } from '../../src/data/sample.js';
import { Table } from '../../src/data/table.js';

/** A table whose single column holds the row index, so a sample shows which rows it took. */
function indexTable(n: number): Table {
  const values = Float64Array.from({ length: n }, (_, i) => i);
  const codes = Int32Array.from({ length: n }, (_, i) => i % 3);
  return new Table(n, [{ kind: 'numeric', name: 'i', values }, { kind: 'categorical', name: 'c', codes, dictionary: ['a', 'b', 'c'] }], 'test');
}

function taken(table: Table): number[] {
  const column = table.column('i');
  if (column?.kind !== 'numeric') throw new Error('no index column');
  return Array.from(column.values);
}

// Golden from an independent Python implementation: test/fixtures/oracle/data_oracle.py.
const golden = JSON.parse(readFileSync(new URL('../fixtures/data/sample.json', import.meta.url), 'utf8')) as {
  mulberry32_seed7_first5: number[];
  n: number;
  k: number;
  seed: number;
  indices: number[];
};

describe('sampleRows', () => {
  it('matches the Python reference implementation for one seed', () => {
    const random = mulberry32(7);
    expect(Array.from({ length: 5 }, () => random.next32())).toEqual(golden.mulberry32_seed7_first5);
    expect(taken(sampleRows(indexTable(golden.n), golden.k, golden.seed))).toEqual(golden.indices);
  });

  it('is deterministic, keeps original order, never repeats a row, keeps all columns aligned', () => {
    const table = indexTable(10_000);
    const a = sampleRows(table, 500, 42);
    const b = sampleRows(table, 500, 42);
    expect(taken(a)).toEqual(taken(b));
    const rows = taken(a);
    expect(rows.length).toBe(500);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!).toBeGreaterThan(rows[i - 1]!);
    const c = a.column('c');
    if (c?.kind !== 'categorical') throw new Error('no category column');
    rows.forEach((row, i) => expect(c.codes[i]).toBe(row % 3));
    expect(taken(sampleRows(table, 500, 43))).not.toEqual(rows);
  });

  it('returns the table itself when it has at most maxRows rows', () => {
    const table = indexTable(50);
    expect(sampleRows(table, 50, 1)).toBe(table);
    expect(sampleRows(table, 51, 1)).toBe(table);
    expect(() => sampleRows(table, -1, 1)).toThrow(RangeError);
  });

  it('includes every row with the same probability (chi-square over 4,000 seeds)', () => {
    const n = 20;
    const k = 5;
    const seeds = 4000;
    const counts = new Array<number>(n).fill(0);
    const table = indexTable(n);
    for (let seed = 0; seed < seeds; seed++) for (const row of taken(sampleRows(table, k, seed))) counts[row]!++;
    const expected = (seeds * k) / n;
    const chiSquare = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // 19 degrees of freedom: P(χ² > 43.82) = 0.001 under uniform inclusion.
    expect(chiSquare).toBeLessThan(43.82);
    // Pairs too: rows 0 and 19 are together with probability k(k−1)/(n(n−1)) = 1/19.
    let together = 0;
    for (let seed = 0; seed < seeds; seed++) {
      const rows = taken(sampleRows(table, k, seed));
      if (rows[0] === 0 && rows[k - 1] === n - 1) together++;
    }
    const p = (k * (k - 1)) / (n * (n - 1));
    expect(Math.abs(together - seeds * p)).toBeLessThan(5 * Math.sqrt(seeds * p * (1 - p)));
  });
});
