/** The percentile bootstrap's mechanics on cases small enough to count by hand. */
import { describe, expect, it } from 'vitest';
import { percentileBootstrap } from '../../src/stats/bootstrap.js';

/** A uniform source that replays `draws` in a loop. */
const replay = (draws: readonly number[]) => {
  let i = 0;
  return () => draws[i++ % draws.length]!;
};

describe('percentileBootstrap', () => {
  const values = [0, 10];
  const mean = (positions: readonly number[]) => positions.reduce((s, p) => s + values[p]!, 0) / positions.length;

  it('resamples positions with replacement and takes linear quantiles of the statistics', () => {
    // Draws (0.1, 0.1), (0.9, 0.9), (0.1, 0.9), (0.9, 0.1): resample means 0, 10, 5, 5.
    const r = percentileBootstrap(2, mean, replay([0.1, 0.1, 0.9, 0.9, 0.1, 0.9, 0.9, 0.1]), { resamples: 4, confidence: 0.5 })!;
    // Sorted 0, 5, 5, 10; numpy.quantile(…, 0.25) = 3.75, (…, 0.75) = 6.25.
    expect(r).toEqual({ low: 3.75, high: 6.25, resamples: 4 });
  });

  it('leaves out resamples whose statistic is not finite, and gives null with fewer than two left', () => {
    const r = percentileBootstrap(2, (p) => (p[0] === 0 ? Number.NaN : mean(p)), replay([0.9, 0.9, 0.1, 0.1, 0.9, 0.1]), { resamples: 3, confidence: 0.5 })!;
    expect(r.resamples).toBe(2);
    expect(percentileBootstrap(2, () => Number.NaN, Math.random, { resamples: 5 })).toBeNull();
  });

  it('refuses no rows, one resample or a confidence outside (0, 1)', () => {
    expect(() => percentileBootstrap(0, mean, Math.random)).toThrow(RangeError);
    expect(() => percentileBootstrap(2, mean, Math.random, { resamples: 1 })).toThrow(RangeError);
    expect(() => percentileBootstrap(2, mean, Math.random, { confidence: 1 })).toThrow(RangeError);
  });
});
