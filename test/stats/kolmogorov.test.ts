import { describe, expect, it } from 'vitest';
import { kolmogorovCdf, kolmogorovSf } from '../../src/stats/kolmogorov.js';
import { smirnovSf } from '../../src/stats/smirnov.js';
import { oracle } from './drift-fixture.js';

// Expected values: scipy 1.10.1 kstwo.sf / kstwo.cdf and scipy.special.smirnov on a grid of
// (n, x) that visits every branch of scipy's kolmogn (drift_oracle.py).

/** Relative 1e-6 down to the smallest normal double; below that, 1e-300 absolute. */
function expectClose(actual: number, expected: number, label: string): void {
  const error = Math.abs(actual - expected);
  const ok = error <= 1e-300 || error <= 1e-6 * Math.abs(expected);
  expect(ok, `${label}: ${actual} vs ${expected}`).toBe(true);
}

describe('kolmogorovSf (scipy kstwo)', () => {
  it('matches scipy across Ruben-Gambino, Durbin, Pomeranz, Pelz-Good and smirnov branches', () => {
    expect(oracle.kstwo.length).toBeGreaterThan(200);
    for (const { n, x, sf, cdf } of oracle.kstwo) {
      expectClose(kolmogorovSf(n, x), sf, `sf(${n}, ${x})`);
      expectClose(kolmogorovCdf(n, x), cdf, `cdf(${n}, ${x})`);
    }
  });

  it('returns NaN for a non-integer n', () => {
    expect(kolmogorovSf(2.5, 0.3)).toBeNaN();
  });
});

describe('smirnovSf (scipy.special.smirnov)', () => {
  it('matches scipy, including the n > 10⁶ approximation', () => {
    for (const { n, x, sf } of oracle.smirnov) expectClose(smirnovSf(n, x), sf, `smirnov(${n}, ${x})`);
  });
});
