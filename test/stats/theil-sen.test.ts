/**
 * The Theil–Sen line and Sen's slope interval against scipy.stats.theilslopes 1.10.1
 * (test/fixtures/oracle/theil_sen_oracle.py → test/fixtures/theil-sen-oracle.json): daily ROC
 * AUCs of the Adult prediction log (as they are, the last 14, epoch days, with a planted decline,
 * with two wild runs, rounded to ties), seeded synthetic series, ties in x and y, two and three
 * points, and σ² < 0; at confidence 0.9 and 0.95, both intercepts, within 1e-12 relative. Then
 * the reason the forecast uses it: one or two wild runs swing least squares, not Theil–Sen.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { theilSen, type TheilSenIntercept } from '../../src/stats/theil-sen.js';

interface Result {
  confidence: number;
  method: TheilSenIntercept;
  slope: number;
  intercept: number;
  low_slope: number | null;
  high_slope: number | null;
}

const oracle = JSON.parse(readFileSync(new URL('../fixtures/theil-sen-oracle.json', import.meta.url), 'utf8')) as {
  scipy: string;
  series: Record<string, { x: number[]; y: number[]; results: Result[] }>;
};

function close(actual: number, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual, what).toBeNaN();
    return;
  }
  const error = expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
  expect(error, `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-12);
}

/** Ordinary least squares, y = a + b·x: the estimator Theil–Sen is preferred to. */
function ols(x: Float64Array, y: Float64Array): { slope: number; intercept: number } {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]! / n;
    my += y[i]! / n;
  }
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
  }
  return { slope: sxy / sxx, intercept: my - (sxy / sxx) * mx };
}

describe('theilSen against scipy.stats.theilslopes', () => {
  it('was made with scipy 1.10.1 on 13 series', () => {
    expect(oracle.scipy).toBe('1.10.1');
    expect(Object.keys(oracle.series)).toHaveLength(13);
  });

  it.each(Object.keys(oracle.series))('%s: slope, interval and both intercepts', (name) => {
    const s = oracle.series[name]!;
    const x = Float64Array.from(s.x);
    const y = Float64Array.from(s.y);
    expect(s.results).toHaveLength(4);
    for (const r of s.results) {
      const what = `${name} at ${r.confidence}, ${r.method}`;
      const result = theilSen(x, y, r.confidence, r.method);
      close(result.slope, r.slope, `${what}: slope`);
      close(result.intercept, r.intercept, `${what}: intercept`);
      close(result.lowSlope, r.low_slope, `${what}: low slope`);
      close(result.highSlope, r.high_slope, `${what}: high slope`);
    }
  });

  it('counts only pairs with distinct x, and widens the interval with the confidence', () => {
    const s = oracle.series['ties-x-and-y']!;
    const x = Float64Array.from(s.x);
    // 12 values, x tied in groups of 2, 3, 2: 66 − 1 − 3 − 1 pairs.
    expect(theilSen(x, Float64Array.from(s.y)).pairs).toBe(61);
    const auc = oracle.series['adult-daily-auc']!;
    const at90 = theilSen(Float64Array.from(auc.x), Float64Array.from(auc.y), 0.9);
    const at95 = theilSen(Float64Array.from(auc.x), Float64Array.from(auc.y), 0.95);
    expect(at95.lowSlope).toBeLessThan(at90.lowSlope);
    expect(at95.highSlope).toBeGreaterThan(at90.highSlope);
    expect(at90.lowSlope).toBeLessThan(at90.slope);
    expect(at90.highSlope).toBeGreaterThan(at90.slope);
  });

  it('throws on fewer than two distinct x, non-finite values, unequal lengths or a confidence outside [0.5, 1)', () => {
    const one = new Float64Array([1]);
    expect(() => theilSen(one, one)).toThrow(/two distinct/);
    expect(() => theilSen(new Float64Array([2, 2, 2]), new Float64Array([1, 2, 3]))).toThrow(/two distinct/);
    expect(() => theilSen(new Float64Array([0, 1, 2]), new Float64Array([1, Number.NaN, 3]))).toThrow(/finite/);
    expect(() => theilSen(new Float64Array([0, Number.POSITIVE_INFINITY]), new Float64Array([1, 2]))).toThrow(/finite/);
    expect(() => theilSen(new Float64Array([0, 1]), new Float64Array([1, 2, 3]))).toThrow(/2 x values, 3 y values/);
    expect(() => theilSen(new Float64Array([0, 1]), new Float64Array([1, 2]), 0.4)).toThrow(/confidence/);
    expect(() => theilSen(new Float64Array([0, 1]), new Float64Array([1, 2]), 1)).toThrow(/confidence/);
  });
});

describe('why Theil–Sen and not least squares', () => {
  // Days 20–33 of the Adult daily AUC: no trend (Theil–Sen −0.00022 a day, 90% interval −0.0022
  // to 0.0018; least squares 0.0004).
  const auc = oracle.series['adult-daily-auc']!;
  const x = Float64Array.from(auc.x.slice(20, 34));
  const clean = Float64Array.from(auc.y.slice(20, 34));

  it('the clean fortnight has no trend by either estimator', () => {
    const ts = theilSen(x, clean, 0.9, 'joint');
    expect(ts.lowSlope).toBeLessThan(0);
    expect(ts.highSlope).toBeGreaterThan(0);
    expect(Math.abs(ols(x, clean).slope)).toBeLessThan(0.001);
  });

  it.each([
    ['one wild run (a broken feed on the last day but one)', [12]],
    ['two wild runs (two broken days, then recovery)', [10, 11]],
  ])('%s: least squares sees a steep fall, Theil–Sen no trend', (_, days) => {
    const wild = clean.slice();
    for (const d of days) wild[d] = 0.5;
    const ts = theilSen(x, wild, 0.9, 'joint');
    const fit = ols(x, wild);
    // Least squares: below −0.007 a day, from 0.90 at 0.80 within a fortnight.
    expect(fit.slope).toBeLessThan(-0.007);
    // Theil–Sen: its interval still holds 0, and its slope moved a fifth as far or less.
    expect(ts.lowSlope).toBeLessThan(0);
    expect(ts.highSlope).toBeGreaterThan(0);
    const clean0 = { ts: theilSen(x, clean, 0.9, 'joint').slope, ols: ols(x, clean).slope };
    expect(Math.abs(fit.slope - clean0.ols)).toBeGreaterThan(5 * Math.abs(ts.slope - clean0.ts));
  });

  it('two wild runs on a real decline: Theil–Sen keeps the planted slope, least squares loses a third of it', () => {
    const s = oracle.series['adult-daily-auc-outliers']!; // days 30 and 31 at 0.50 and 0.55
    const xs = Float64Array.from(s.x);
    const declining = Float64Array.from(s.y, (v, i) => v - 0.002 * xs[i]!);
    const ts = theilSen(xs, declining, 0.9, 'joint');
    const fit = ols(xs, declining);
    expect(Math.abs(ts.slope - -0.002)).toBeLessThan(0.0001);
    expect(ts.lowSlope).toBeLessThan(-0.002);
    expect(ts.highSlope).toBeGreaterThan(-0.002);
    expect(Math.abs(fit.slope - -0.002)).toBeGreaterThan(0.0007);
  });
});
