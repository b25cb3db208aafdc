/**
 * When will a metric's trend cross its threshold? A Theil–Sen line (theil-sen.ts) through the
 * last runs, x in days relative to the last run (x = (at − at_last) / 86,400,000 ≤ 0):
 *
 *   slope_per_day, slope_low, slope_high   Theil–Sen slope and Sen's interval at `confidence`
 *   level      the fitted value at the last run: the 'joint' intercept median(y − b·x), since the
 *              last run is x = 0 (why 'joint': theil-sen.ts and docs/statistics.md#trend-forecast)
 *   days       (bound − level) / slope: days from the last run until the line reaches the bound
 *   low, high  the same with the ends of the slope interval: low from the end that heads fastest
 *              toward the bound, high from the slow end, null when the slow end does not head
 *              toward the bound (at that slope the line never gets there)
 *   warns      every slope in the interval heads toward the bad side (the interval excludes 0),
 *              AND days ≤ horizonDays, AND the level is not already beyond the bound
 *
 * `side` names the bad side of the bound: 'below' for a metric that fails when it falls under it
 * (AUC under 0.70), 'above' for one that fails when it rises over it (an error rate). "Beyond"
 * is strictly past the bound. `crossing` is null when the level is already beyond the bound (the
 * check itself says so; no forecast is needed) or when the slope does not head toward the bound
 * (0 or away from it). The result is null with fewer than MIN_FORECAST_RUNS runs.
 *
 * Assumptions: a linear trend over the window and independent noise (a run's error does not
 * carry over to the next). The interval is for the slope of that line; the crossing interval is
 * the slope interval carried through (bound − level)/slope, with the level taken as known, so it
 * is narrower than one that also counted the level's uncertainty. Flat noisy series: a spurious
 * warn needs the whole slope interval on the bad side, at 90% confidence about 5% of flat
 * windows before the horizon condition (docs/statistics.md#trend-forecast has the measured rates).
 *
 * Cost: O(n² log n) for n runs (the Theil–Sen slopes). Throws RangeError when `at` and `values`
 * differ in length, `at` is not strictly increasing, a value or time is not finite, `bound` is
 * not finite, `horizonDays` is not a positive finite number, or `confidence` is outside [0.5, 1).
 */
import { theilSen } from './theil-sen.js';

/** Fewer runs than this give no forecast: a week of daily runs, 21 pairwise slopes. */
export const MIN_FORECAST_RUNS = 7;

export const DEFAULT_FORECAST_CONFIDENCE = 0.9;

const DAY_MS = 86_400_000;

export interface ForecastInput {
  /** Epoch milliseconds of each run, oldest first; the last is now. */
  readonly at: Float64Array;
  readonly values: Float64Array;
  readonly bound: number;
  /** The bad side of the bound. */
  readonly side: 'below' | 'above';
  readonly horizonDays: number;
  /** Of the slope interval; default 0.9. */
  readonly confidence?: number;
}

export interface ForecastCrossing {
  /** Days from the last run until the fitted line reaches the bound. */
  readonly days: number;
  /** The same at the end of the slope interval that heads fastest toward the bound. */
  readonly low: number;
  /** At the slow end; null when that end does not head toward the bound. */
  readonly high: number | null;
}

export interface ForecastResult {
  readonly slope_per_day: number;
  readonly slope_low: number;
  readonly slope_high: number;
  /** The fitted value at the last run. */
  readonly level: number;
  readonly crossing: ForecastCrossing | null;
  readonly warns: boolean;
}

export function forecastCrossing(input: ForecastInput): ForecastResult | null {
  const { at, values, bound, side, horizonDays } = input;
  const confidence = input.confidence ?? DEFAULT_FORECAST_CONFIDENCE;
  const n = at.length;
  if (values.length !== n) throw new RangeError(`forecastCrossing: ${n} run times, ${values.length} values`);
  if (!Number.isFinite(bound)) throw new RangeError(`forecastCrossing: bound must be finite, got ${bound}`);
  if (!(horizonDays > 0 && Number.isFinite(horizonDays))) throw new RangeError(`forecastCrossing: horizonDays must be a positive number, got ${horizonDays}`);
  if (side !== 'below' && side !== 'above') throw new RangeError(`forecastCrossing: side must be 'below' or 'above', got ${String(side)}`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(at[i]!)) throw new RangeError(`forecastCrossing: run time ${at[i]} at ${i} is not finite`);
    if (i > 0 && !(at[i]! > at[i - 1]!)) throw new RangeError(`forecastCrossing: run times must be strictly increasing, oldest first (${at[i - 1]} then ${at[i]} at ${i})`);
  }
  if (n < MIN_FORECAST_RUNS) return null;
  const last = at[n - 1]!;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = (at[i]! - last) / DAY_MS;
  // Distinct x, so Sen's σ² ≥ 0 and the interval's ends are numbers.
  const fit = theilSen(x, values, confidence, 'joint');
  const level = fit.intercept;
  const result = { slope_per_day: fit.slope, slope_low: fit.lowSlope, slope_high: fit.highSlope, level };

  // Signed toward the bad side: positive means heading toward (and past) the bound.
  const sign = side === 'below' ? -1 : 1;
  const beyond = side === 'below' ? level < bound : level > bound;
  if (beyond || !(sign * fit.slope > 0)) return { ...result, crossing: null, warns: false };
  const fast = side === 'below' ? fit.lowSlope : fit.highSlope;
  const slow = side === 'below' ? fit.highSlope : fit.lowSlope;
  const gap = bound - level;
  const days = gap / fit.slope;
  const crossing: ForecastCrossing = { days, low: gap / fast, high: sign * slow > 0 ? gap / slow : null };
  const warns = sign * slow > 0 && days <= horizonDays;
  return { ...result, crossing, warns };
}
