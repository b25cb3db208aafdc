/** quantileSorted against numpy.percentile (default "linear") on real Adult columns; values from test/fixtures/oracle/fairness_oracle.py. */
import { describe, expect, it } from 'vitest';
import { quantile, quantileSorted, sortedFinite } from '../../src/stats/quantile.js';
import { adultTable, fairnessOracle } from '../checks/adult-table.js';

const oracle = fairnessOracle();

describe.each(['reference', 'current'] as const)('quantileSorted on Adult %s', (name) => {
  it.each(['age', 'fnlwgt', 'hours_per_week'])('%s equals numpy.percentile exactly', async (columnName) => {
    const table = await adultTable(name);
    const column = table.column(columnName);
    if (column?.kind !== 'numeric') throw new Error(`${columnName} should be numeric`);
    const sorted = sortedFinite(column.values);
    expect(sorted.length).toBe(table.rowCount);
    for (const q of oracle.quantile_levels) {
      expect(quantileSorted(sorted, q), `q=${q}`).toBe(oracle.quantiles[name][columnName]![String(q)]);
    }
  });
});

describe('quantileSorted', () => {
  it('interpolates from the nearer end as numpy does', () => {
    // np.quantile([17, 25, 40, 63.], 0.95) == 59.54999999999999, np.quantile([1, 2.], 0.25) == 1.25
    expect(quantileSorted(Float64Array.of(17, 25, 40, 63), 0.95)).toBe(59.54999999999999);
    expect(quantileSorted(Float64Array.of(1, 2), 0.25)).toBe(1.25);
    expect(quantileSorted(Float64Array.of(5), 0.3)).toBe(5);
    expect(quantileSorted(new Float64Array(0), 0.5)).toBeNaN();
    expect(quantile(Float64Array.of(3, Number.NaN, 1, 2), 0.5)).toBe(2);
    expect(() => quantileSorted(Float64Array.of(1), 1.5)).toThrow(RangeError);
  });
});
