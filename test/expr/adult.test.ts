/** KPI expressions on the scored Adult data against pandas (test/fixtures/oracle/fairness_oracle.py). */
import { describe, expect, it } from 'vitest';
import { evaluateScalar, parseExpression } from '../../src/expr/index.js';
import { adultTable, fairnessOracle } from '../checks/adult-table.js';

const oracle = fairnessOracle();

describe.each(['reference', 'current'] as const)('expressions on Adult %s', (name) => {
  it.each(Object.keys(oracle.expressions[name]))('%s equals pandas', async (text) => {
    const parsed = parseExpression(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const expected = oracle.expressions[name][text]!;
    const actual = evaluateScalar(parsed.value, await adultTable(name));
    // Counts, extremes and quantiles are exact; sums differ from numpy's pairwise sum in the last bits.
    expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected));
  });
});
