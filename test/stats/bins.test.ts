import { describe, expect, it } from 'vitest';
import { binCounts, binCountLength, categoryCounts, quantileEdges } from '../../src/stats/bins.js';
import { adultNumbers, oracle } from './drift-fixture.js';

// Expected edges and counts: numpy 1.24 quantile(method='linear') + unique, and searchsorted,
// in drift_oracle.py (which repeats the binning rules of src/stats/bins.ts).

describe('quantileEdges / binCounts on UCI Adult', () => {
  for (const [column, entry] of Object.entries(oracle.numeric)) {
    for (const [bins, expected] of Object.entries(entry.full.bins)) {
      it(`${column}, ${bins} bins`, () => {
        const ref = adultNumbers('reference', column).sort();
        const cur = adultNumbers('current', column);
        const edges = quantileEdges(ref, Number(bins));
        expect(Array.from(edges)).toEqual(expected.edges);
        expect(Array.from(binCounts(ref, edges))).toEqual(expected.reference_counts);
        expect(Array.from(binCounts(cur, edges))).toEqual(expected.current_counts);
      });
    }
  }

  it('heavy ties collapse edges (capital_gain is mostly 0)', () => {
    const edges = quantileEdges(adultNumbers('reference', 'capital_gain').sort(), 10);
    expect(edges.length).toBeLessThan(11);
  });
});

describe('bin sides', () => {
  const edges = Float64Array.of(1, 2, 3);
  it('below, [e0, e1], (e1, e2], above', () => {
    expect(Array.from(binCounts(Float64Array.of(0.5, 1, 1.5, 2, 2.5, 3, 3.5, -Infinity, Infinity), edges))).toEqual([
      2, 3, 2, 2,
    ]);
  });
  it('a single edge keeps a point bin between the open ones', () => {
    const one = Float64Array.of(5);
    expect(binCountLength(one)).toBe(3);
    expect(Array.from(binCounts(Float64Array.of(4, 5, 5, 6), one))).toEqual([1, 2, 1]);
    expect(Array.from(quantileEdges(Float64Array.of(5, 5, 5), 10))).toEqual([5]);
  });
  it('throws RangeError on an empty reference or a bad bin count', () => {
    expect(() => quantileEdges(new Float64Array(0), 10)).toThrow(RangeError);
    expect(() => quantileEdges(Float64Array.of(1), 0)).toThrow(RangeError);
  });
});

describe('categoryCounts', () => {
  it('aligns two dictionaries by category string, keeping categories new in current', () => {
    const ref = { codes: Int32Array.of(0, 1, 1, -1, 2), dictionary: ['a', 'b', 'unused', 'c'] };
    const cur = { codes: Int32Array.of(0, 0, 1, 2), dictionary: ['c', 'd', 'b'] };
    // 'unused' has no rows on either side; code 2 in ref is 'unused'... so use it: it counts once.
    const aligned = categoryCounts(ref, cur);
    expect(aligned.categories).toEqual(['a', 'b', 'unused', 'c', 'd']);
    expect(Array.from(aligned.reference)).toEqual([1, 2, 1, 0, 0]);
    expect(Array.from(aligned.current)).toEqual([0, 1, 0, 2, 1]);
  });
  it('drops dictionary entries that never occur', () => {
    const aligned = categoryCounts({ codes: Int32Array.of(1), dictionary: ['x', 'y'] }, { codes: Int32Array.of(0), dictionary: ['y'] });
    expect(aligned.categories).toEqual(['y']);
  });
});
