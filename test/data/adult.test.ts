// The real scored UCI Adult files (examples/data/adult/, origin in its README) against pandas
// 1.5.3: row counts, exact sums of numeric columns, missing and distinct counts. Reference values:
// test/fixtures/oracle/data_oracle.py → test/fixtures/data/adult.json.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/data/read.js';
import { missingCount } from '../../src/data/table.js';

interface Oracle {
  files: Record<string, {
    rows: number;
    numeric: Record<string, { sum: number; missing: number }>;
    categorical: Record<string, { distinct: number; missing: number }>;
  }>;
}
const oracle = JSON.parse(readFileSync(new URL('../fixtures/data/adult.json', import.meta.url), 'utf8')) as Oracle;

/** Exactly rounded sum (Shewchuk / Python's math.fsum), so the comparison can be exact. */
function fsum(values: Float64Array): number {
  const partials: number[] = [];
  for (let x of values) {
    if (Number.isNaN(x)) continue;
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  let hi = 0;
  while (partials.length > 0) {
    const x = hi;
    const y = partials.pop()!;
    hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) {
      // Round-half-even correction as in CPython's math.fsum.
      const last = partials[partials.length - 1];
      if (last !== undefined && ((lo < 0 && last < 0) || (lo > 0 && last > 0))) {
        const y2 = lo * 2;
        const x2 = hi + y2;
        if (y2 === x2 - hi) hi = x2;
      }
      break;
    }
  }
  return hi;
}

describe.each(['reference', 'current'])('Adult %s.csv', (name) => {
  const expected = oracle.files[name]!;
  const path = fileURLToPath(new URL(`../../examples/data/adult/${name}.csv`, import.meta.url));

  it('has the row count, sums, missing and distinct counts pandas finds', async () => {
    const table = await readSource({ kind: 'file', paths: [path] }, {});
    expect(table.rowCount).toBe(expected.rows);
    for (const [column, want] of Object.entries(expected.numeric)) {
      const c = table.column(column);
      if (c?.kind !== 'numeric') throw new Error(`${column} should be numeric, is ${c?.kind}`);
      expect(fsum(c.values), column).toBe(want.sum);
      expect(missingCount(c), column).toBe(want.missing);
    }
    for (const [column, want] of Object.entries(expected.categorical)) {
      const c = table.column(column);
      if (c?.kind !== 'categorical') throw new Error(`${column} should be categorical, is ${c?.kind}`);
      expect(new Set(Array.from(c.codes).filter((code) => code >= 0)).size, column).toBe(want.distinct);
      expect(missingCount(c), column).toBe(want.missing);
    }
  });
});

it('the Adult reference has 32,561 rows (UCI documentation)', () => {
  expect(oracle.files.reference!.rows).toBe(32561);
});
