/**
 * forecastCrossing: the crossing time of a Theil–Sen trend and when it warns. The line itself is
 * checked against scipy in theil-sen.test.ts; here, its use: days from the last run, the interval
 * from the slope's ends, the three conditions of `warns`, the minimum number of runs, and flat
 * noisy series (the Adult daily AUC, seeded normals) that must not warn.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/data/random.js';
import { theilSen } from '../../src/stats/theil-sen.js';
import { DEFAULT_FORECAST_CONFIDENCE, MIN_FORECAST_RUNS, forecastCrossing, type ForecastInput } from '../../src/stats/trend-forecast.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 2, 6);
const oracle = JSON.parse(readFileSync(new URL('../fixtures/theil-sen-oracle.json', import.meta.url), 'utf8')) as {
  series: Record<string, { x: number[]; y: number[] }>;
};
const adultAuc = oracle.series['adult-daily-auc']!.y;

/** Daily runs ending at NOW. */
function daily(values: readonly number[], everyDays = 1): Float64Array {
  return Float64Array.from(values, (_, i) => NOW - (values.length - 1 - i) * everyDays * DAY);
}

function input(values: readonly number[], partial: Partial<ForecastInput> = {}): ForecastInput {
  return { at: daily(values), values: Float64Array.from(values), bound: 0.7, side: 'below', horizonDays: 21, ...partial };
}

function normals(seed: number): () => number {
  const random = mulberry32(seed);
  return () => Math.sqrt(-2 * Math.log(1 - random.uniform())) * Math.cos(2 * Math.PI * random.uniform());
}

/** 0.80 − 0.004·day + noise(0.005): crosses 0.70 on day 25 of 0 … 13. */
function decline(): number[] {
  const normal = normals(7);
  return Array.from({ length: 14 }, (_, i) => 0.8 - 0.004 * i + 0.005 * normal());
}

describe('forecastCrossing', () => {
  it('needs MIN_FORECAST_RUNS (7) runs; the default confidence is 0.9', () => {
    expect(MIN_FORECAST_RUNS).toBe(7);
    expect(DEFAULT_FORECAST_CONFIDENCE).toBe(0.9);
    const values = decline();
    expect(forecastCrossing(input(values.slice(0, 6)))).toBeNull();
    expect(forecastCrossing(input(values.slice(0, 7)))).not.toBeNull();
  });

  it('a steady decline warns, with the crossing (bound − level)/slope days after the last run inside its interval', () => {
    const values = decline();
    const f = forecastCrossing(input(values))!;
    expect(f.warns).toBe(true);
    // The same line by hand: x in days relative to the last run, joint intercept at x = 0.
    const x = Float64Array.from(values, (_, i) => i - 13);
    const line = theilSen(x, Float64Array.from(values), 0.9, 'joint');
    expect(f.slope_per_day).toBe(line.slope);
    expect([f.slope_low, f.slope_high]).toEqual([line.lowSlope, line.highSlope]);
    expect(f.level).toBe(line.intercept);
    const c = f.crossing!;
    expect(c.days).toBe((0.7 - line.intercept) / line.slope);
    expect(c.low).toBe((0.7 - line.intercept) / line.lowSlope);
    expect(c.high).toBe((0.7 - line.intercept) / line.highSlope);
    // The truth: 0.748 at the last run, −0.004 a day: 12 days.
    expect(f.slope_low).toBeLessThan(-0.004);
    expect(f.slope_high).toBeGreaterThan(-0.004);
    expect(c.low).toBeLessThan(12);
    expect(c.high!).toBeGreaterThan(12);
    expect(c.low).toBeLessThan(c.days);
    expect(c.days).toBeLessThan(c.high!);
    expect(Math.abs(c.days - 12)).toBeLessThan(3);
  });

  it('measures x in days: runs every 12 hours halve nothing but the time axis', () => {
    const values = decline();
    const daily1 = forecastCrossing(input(values))!;
    const twice = forecastCrossing({ ...input(values), at: daily(values, 0.5) })!;
    expect(twice.slope_per_day).toBeCloseTo(2 * daily1.slope_per_day, 12);
    expect(twice.crossing!.days).toBeCloseTo(daily1.crossing!.days / 2, 9);
    expect(twice.level).toBeCloseTo(daily1.level, 12);
  });

  it('does not warn when the crossing lies beyond the horizon', () => {
    const f = forecastCrossing(input(decline(), { horizonDays: 7 }))!;
    expect(f.crossing!.days).toBeGreaterThan(7);
    expect(f.warns).toBe(false);
  });

  it('side "above" is the mirror image of "below"', () => {
    const values = decline();
    const below = forecastCrossing(input(values))!;
    const above = forecastCrossing(input(values.map((v) => 1 - v), { bound: 0.3, side: 'above' }))!;
    expect(above.warns).toBe(true);
    expect(above.slope_per_day).toBeCloseTo(-below.slope_per_day, 12);
    expect(above.crossing!.days).toBeCloseTo(below.crossing!.days, 9);
    expect(above.crossing!.low).toBeCloseTo(below.crossing!.low, 9);
    expect(above.crossing!.high!).toBeCloseTo(below.crossing!.high!, 9);
  });

  it('already beyond the bound: the check fails by itself, no crossing and no warn', () => {
    const values = decline();
    const f = forecastCrossing(input(values, { bound: 0.79 }))!;
    expect(f.level).toBeLessThan(0.79);
    expect(f.crossing).toBeNull();
    expect(f.warns).toBe(false);
  });

  it('a slope heading away from the bound forecasts nothing', () => {
    const f = forecastCrossing(input(decline(), { bound: 0.9, side: 'above' }))!;
    expect(f.slope_per_day).toBeLessThan(0);
    expect(f.crossing).toBeNull();
    expect(f.warns).toBe(false);
  });

  it('an interval that holds 0: the crossing without a slow end (high null), and no warn', () => {
    // A gentle decline in heavy noise: the point slope heads down, the interval's top end up.
    const normal = normals(11);
    const values = Array.from({ length: 10 }, (_, i) => 0.8 - 0.001 * i + 0.02 * normal());
    const f = forecastCrossing(input(values, { horizonDays: 1e6 }))!;
    expect(f.slope_per_day).toBeLessThan(0);
    expect(f.slope_high).toBeGreaterThan(0);
    expect(f.crossing!.high).toBeNull();
    expect(f.crossing!.low).toBeLessThan(f.crossing!.days);
    expect(f.warns).toBe(false);
  });

  it('flat noisy series: the 32 fortnights of the Adult daily AUC (mean 0.905, sd 0.016)', () => {
    const windows = (bound: number, confidence: number): number[] => {
      const warned: number[] = [];
      for (let start = 0; start + 14 <= adultAuc.length; start++) {
        const f = forecastCrossing(input(adultAuc.slice(start, start + 14), { bound, confidence }))!;
        if (f.warns) warned.push(start);
      }
      return warned;
    };
    // A bound 6σ away (0.80) is never forecast.
    expect(windows(0.8, 0.9)).toEqual([]);
    // 3.4σ away (0.85), two dips are: the windows from days 10–11 and 25 slope down by
    // 0.0025 a day with 90% intervals below 0 (the 5% a 90% interval lets through on each side),
    // and forecast 0.85 in 13–16 days; at 99% confidence none does.
    expect(windows(0.85, 0.9)).toEqual([10, 11, 25]);
    expect(windows(0.85, 0.99)).toEqual([]);
  });

  it('flat noisy series: fewer than 5% of 400 seeded stationary fortnights warn of a bound 3σ away', () => {
    const normal = normals(20261202);
    let warns = 0;
    for (let s = 0; s < 400; s++) {
      const values = Array.from({ length: 14 }, () => 0.9 + 0.016 * normal());
      if (forecastCrossing(input(values, { bound: 0.9 - 3 * 0.016 }))!.warns) warns++;
    }
    expect(warns / 400).toBeLessThan(0.05);
  });

  it('one wild run in a flat fortnight does not make a forecast (least squares would: theil-sen.test.ts)', () => {
    const values = adultAuc.slice(20, 34);
    values[12] = 0.5;
    const f = forecastCrossing(input(values, { bound: 0.8 }))!;
    expect(f.slope_high).toBeGreaterThan(0);
    expect(f.warns).toBe(false);
  });

  it('throws on mismatched lengths, unordered or repeated times, non-finite values and bad parameters', () => {
    const values = decline();
    const good = input(values);
    expect(() => forecastCrossing({ ...good, values: good.values.slice(1) })).toThrow(/14 run times, 13 values/);
    const repeated = good.at.slice();
    repeated[5] = repeated[4]!;
    expect(() => forecastCrossing({ ...good, at: repeated })).toThrow(/strictly increasing/);
    expect(() => forecastCrossing({ ...good, at: good.at.slice().reverse() })).toThrow(/strictly increasing/);
    const missing = good.values.slice();
    missing[3] = Number.NaN;
    expect(() => forecastCrossing({ ...good, values: missing })).toThrow(/finite/);
    expect(() => forecastCrossing({ ...good, bound: Number.NaN })).toThrow(/bound/);
    expect(() => forecastCrossing({ ...good, horizonDays: 0 })).toThrow(/horizonDays/);
    expect(() => forecastCrossing({ ...good, confidence: 1 })).toThrow(/confidence/);
    expect(() => forecastCrossing({ ...good, side: 'sideways' as 'below' })).toThrow(/side/);
  });
});
