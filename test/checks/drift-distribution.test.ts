/**
 * The distributions a drift check keeps for the report's charts (src/checks/drift-distribution.ts):
 * the same bins as stats/bins.ts counts, bounded sizes, only for warn and fail columns, never for
 * a pii or id column, and the same numbers whether a column is compared here or on a worker.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DriftDetails } from '../../src/checks/details.js';
import { CHART_BINS, CHART_CATEGORIES, CHARTED_COLUMNS, driftDistribution, sortedBinCounts } from '../../src/checks/drift-distribution.js';
import { driftCheck } from '../../src/checks/drift.js';
import { binCounts, quantileEdges } from '../../src/stats/bins.js';
import { categorical, context, driftSpec, numeric, policyWith, table } from './context.js';

const range = <T,>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const columns = (outcome: ReturnType<typeof driftCheck.run>) => (outcome.details as DriftDetails).columns;

describe('sortedBinCounts', () => {
  it('equals binCounts on every input (ties, values outside the reference range, one edge)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 30 }), { minLength: 1, maxLength: 200 }),
        fc.array(fc.integer({ min: -10, max: 40 }), { maxLength: 200 }),
        fc.integer({ min: 1, max: 25 }),
        (ref, cur, bins) => {
          const edges = quantileEdges(Float64Array.from(ref).sort(), bins);
          const sorted = Float64Array.from(cur).sort();
          expect(sortedBinCounts(sorted, edges)).toEqual(Array.from(binCounts(sorted, edges)));
        },
      ),
    );
  });
});

describe('driftDistribution', () => {
  const prepared = (values: number[]) => ({ kind: 'numeric' as const, sorted: Float64Array.from(values).sort() });

  it('counts numeric columns on at most CHART_BINS reference quantile bins', () => {
    const d = driftDistribution(prepared(range(1000, (i) => i)), prepared(range(500, (i) => i * 3)), 50);
    expect(d?.kind).toBe('bins');
    if (d?.kind !== 'bins') return;
    expect(d.edges).toHaveLength(CHART_BINS + 1);
    expect(d.reference.reduce((a, b) => a + b)).toBe(1000);
    expect(d.current.reduce((a, b) => a + b)).toBe(500);
    expect(d.current.at(-1)).toBe(500 - 334); // above the reference's largest value, 999: 3·334 on
  });

  it('shows a numeric column with few distinct values as its values, in order', () => {
    expect(driftDistribution(prepared([0, 1, 1, 2]), prepared([2, 2, 5]), 10)).toEqual({
      kind: 'categories',
      categories: ['0', '1', '2', '5'],
      reference: [1, 2, 1, 0],
      current: [0, 0, 2, 1],
      other_categories: 0,
      other_reference: 0,
      other_current: 0,
    });
  });

  it('keeps the CHART_CATEGORIES largest categories by either share, a category new in current included, and sums the rest', () => {
    const refValues = range(3000, (i) => `c${i % 30}`);
    const curValues = [...range(1000, (i) => `c${i % 30}`), ...range(1000, () => 'new')];
    const ref = { kind: 'categorical' as const, column: categorical('x', refValues) as never, total: 3000 };
    const cur = { kind: 'categorical' as const, column: categorical('x', curValues) as never, total: 2000 };
    const d = driftDistribution(ref, cur, 10);
    expect(d?.kind).toBe('categories');
    if (d?.kind !== 'categories') return;
    expect(d.categories).toHaveLength(CHART_CATEGORIES);
    expect(d.categories[0]).toBe('new');
    expect(d.other_categories).toBe(31 - CHART_CATEGORIES);
    expect(d.reference.reduce((a, b) => a + b) + d.other_reference).toBe(3000);
    expect(d.current.reduce((a, b) => a + b) + d.other_current).toBe(2000);
  });
});

describe('the drift check keeps distributions', () => {
  const shifted = (n: number, shift: number) => range(n, (i) => (i % 97) + shift);

  it('for warn and fail columns only', () => {
    const ref = table(numeric('moved', shifted(2000, 0)), numeric('still', shifted(2000, 0)), categorical('cat', range(2000, (i) => ['a', 'b', 'c'][i % 3]!)));
    const cur = table(numeric('moved', shifted(1000, 40)), numeric('still', shifted(1000, 0)), categorical('cat', range(1000, (i) => ['a', 'a', 'd'][i % 3]!)));
    const out = columns(driftCheck.run(driftSpec(), context(cur, ref)));
    expect(out.map((c) => [c.column, c.status, c.distribution?.kind])).toEqual([
      ['moved', 'fail', 'bins'],
      ['still', 'pass', undefined],
      ['cat', 'fail', 'categories'],
    ]);
  });

  it('never for a pii or id column, even when the policy names it', () => {
    const ref = table(numeric('salary', shifted(2000, 0)), numeric('request_id', range(2000, (i) => i)));
    const cur = table(numeric('salary', shifted(1000, 40)), numeric('request_id', range(1000, (i) => 5000 + i)));
    const policy = policyWith({ pii: ['salary'], id: 'request_id' });
    const out = columns(driftCheck.run(driftSpec({ features: ['salary', 'request_id'] }), context(cur, ref, policy)));
    expect(out.map((c) => c.status)).toEqual(['fail', 'fail']);
    expect(out.map((c) => c.distribution)).toEqual([undefined, undefined]);
  });

  it(`for at most ${CHARTED_COLUMNS} columns of one check, failing ones first`, () => {
    const names = range(30, (i) => `f${i}`);
    const ref = table(...names.map((n) => numeric(n, shifted(1200, 0))));
    const cur = table(...names.map((n, i) => numeric(n, shifted(600, i < 5 ? 2 : 30))));
    const out = columns(driftCheck.run(driftSpec({ per_feature: { warn: { gte: 0.05 }, fail: { gte: 0.2 } } }), context(cur, ref)));
    const charted = out.filter((c) => c.distribution !== undefined);
    expect(out.filter((c) => c.status === 'fail')).toHaveLength(25);
    expect(out.filter((c) => c.status === 'warn')).toHaveLength(5); // the first five: dropped for failing ones
    expect(charted).toHaveLength(CHARTED_COLUMNS);
    expect(charted.every((c) => c.status === 'fail')).toBe(true);
  });
});
