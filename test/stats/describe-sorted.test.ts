import { describe, expect, it } from 'vitest';
import { describeSorted } from '../../src/stats/describe-sorted.js';

describe('describeSorted', () => {
  it('gives numpy\'s linear quantiles and the mean (numpy.percentile([1, 2, 4, 10], [5, 50, 95]) = 1.15, 3, 9.1)', () => {
    const d = describeSorted(Float64Array.from([1, 2, 4, 10]));
    expect(d.count).toBe(4);
    expect(d.mean).toBe(4.25);
    expect(d.median).toBe(3);
    expect(d.p5).toBeCloseTo(1.15, 12);
    expect(d.p95).toBeCloseTo(9.1, 12);
  });

  it('has only a count without values', () => {
    expect(describeSorted(new Float64Array(0))).toEqual({ count: 0, mean: null, median: null, p5: null, p95: null });
  });
});
