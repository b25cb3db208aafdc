/**
 * Φ⁻¹ by AS 241 against scipy.stats.norm.ppf (test/fixtures/oracle/interval_oracle.py →
 * test/fixtures/interval-oracle.json) within 1e-9 relative, from 1e-300 to 1 − 1e-10.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Z_95 } from '../../src/stats/fairness/wilson.js';
import { normalQuantile, twoSidedZ } from '../../src/stats/normal-quantile.js';

const oracle = JSON.parse(readFileSync(new URL('../fixtures/interval-oracle.json', import.meta.url), 'utf8')) as { normal_quantile: { p: number; z: number }[] };

describe('normalQuantile', () => {
  it.each(oracle.normal_quantile.map((c) => [c.p, c.z] as const))('Φ⁻¹(%s) = scipy %s', (p, z) => {
    const got = normalQuantile(p);
    if (z === 0) expect(got).toBe(0);
    else expect(Math.abs(got - z) / Math.abs(z)).toBeLessThan(1e-9);
  });

  it('is odd about ½ and gives the constant Wilson and DeLong use at 95%', () => {
    for (const p of [0.6, 0.9, 0.99, 0.999]) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 12);
    expect(Math.abs(twoSidedZ(0.95) - Z_95)).toBeLessThan(1e-15);
  });

  it('throws outside (0, 1)', () => {
    for (const p of [0, 1, -0.1, Number.NaN]) expect(() => normalQuantile(p)).toThrow(RangeError);
    expect(() => twoSidedZ(1)).toThrow(RangeError);
  });
});
