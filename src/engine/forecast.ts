/**
 * The trend forecast of a check's value (`forecast:`, docs/statistics.md#trend-forecast): the
 * Theil–Sen slope of the last `runs` values (this run's included) against time, and the day it
 * would cross the fail bound. When the whole slope interval heads toward the bound and the
 * expected crossing is within the horizon, a passing check warns and says when; a warning or
 * failing check only gains the forecast in its report. The fail bound is the applied `fail`
 * threshold's single bound (lt/lte: the bad side is below; gt/gte: above); a check without one
 * reports the trend with no crossing. When the fitted line is already past the bound though this
 * run's value is not, the crossing is now (0 days) and a passing check warns so.
 */
import { MIN_FORECAST_RUNS, forecastCrossing } from '../stats/trend-forecast.js';
import type { StoredValue } from './memory-thresholds.js';
import type { CheckReport, ForecastReport } from './report.js';

const DAY_MS = 86_400_000;

function failBound(check: CheckReport): { bound: number; side: 'below' | 'above' } | null {
  const fail = check.thresholds.fail;
  if (fail === undefined) return null;
  const below = [fail.lt, fail.lte].filter((v): v is number => typeof v === 'number');
  const above = [fail.gt, fail.gte].filter((v): v is number => typeof v === 'number');
  if (below.length === 1 && above.length === 0) return { bound: below[0]!, side: 'below' };
  if (above.length === 1 && below.length === 0) return { bound: above[0]!, side: 'above' };
  return null;
}

function short(n: number): string {
  return String(Number(n.toPrecision(2)));
}

function days(n: number): string {
  const rounded = n < 10 ? Number(n.toFixed(1)) : Math.round(n);
  return `${rounded} day${rounded === 1 ? '' : 's'}`;
}

/** The trend every numeric check gets once enough runs are stored, without `forecast:` (it never warns). */
export const TREND_ONLY = { horizon_ms: 0, runs: 14, confidence: 0.99 } as const;

/**
 * The check with its trend; with a horizon (`forecast:`), a passing check heading for its fail
 * bound within it warns. `spec.horizon_ms` 0 (TREND_ONLY): the trend is reported, never a warning.
 */
export function forecastCheck(check: CheckReport, spec: { readonly horizon_ms: number; readonly runs: number; readonly confidence: number }, stored: readonly StoredValue[], now: Date): CheckReport {
  if (check.value === null || !Number.isFinite(check.value)) return check;
  const series = [...stored.filter((s) => s.value !== null && Number.isFinite(s.value)), { at: now.toISOString(), value: check.value }].slice(-spec.runs);
  // Runs at the same instant cannot both be points of a line in time: keep the later.
  const points: { at: number; value: number }[] = [];
  for (const s of series) {
    const at = Date.parse(s.at);
    if (points.length > 0 && at <= points[points.length - 1]!.at) points.pop();
    points.push({ at, value: s.value! });
  }
  if (points.length < MIN_FORECAST_RUNS) return check;
  const target = failBound(check);
  const warns = spec.horizon_ms > 0;
  const horizonDays = warns ? spec.horizon_ms / DAY_MS : 1;
  const fitted = forecastCrossing({
    at: Float64Array.from(points, (p) => p.at),
    values: Float64Array.from(points, (p) => p.value),
    bound: target?.bound ?? check.value,
    side: target?.side ?? 'below',
    horizonDays,
    confidence: spec.confidence,
  });
  if (fitted === null) return check;
  // The fitted line already past the bound while heading on: the crossing is now (0 days).
  const sign = target?.side === 'below' ? -1 : 1;
  const slow = target?.side === 'below' ? fitted.slope_high : fitted.slope_low;
  const past = target !== null && (target.side === 'below' ? fitted.level < target.bound : fitted.level > target.bound) && sign * slow > 0;
  const forecast: ForecastReport = {
    method: 'theil_sen',
    runs: points.length,
    confidence: spec.confidence,
    slope_per_day: fitted.slope_per_day,
    slope_low: fitted.slope_low,
    slope_high: fitted.slope_high,
    bound: target?.bound ?? null,
    crossing: target === null ? null : past ? { days: 0, low: 0, high: 0 } : fitted.crossing,
    horizon_days: warns ? horizonDays : null,
  };
  const withForecast = { ...check, forecast };
  if (!warns || target === null || check.status !== 'pass') return withForecast;
  const level = `${Number((spec.confidence * 100).toPrecision(3))}%`;
  const trend = `at the trend of the last ${points.length} runs (${short(fitted.slope_per_day)} a day, ${level} interval ${short(fitted.slope_low)} to ${short(fitted.slope_high)})`;
  // The fitted line already past the bound while this run's value is not: the crossing is now.
  if (past) return { ...withForecast, status: 'warn', message: `${check.message}; ${trend} it is already past ${target.bound} (fitted ${short(fitted.level)})` };
  if (!fitted.warns || fitted.crossing === null) return withForecast;
  const { crossing } = fitted;
  const when = `in about ${days(crossing.days)} (${days(crossing.low).replace(/ days?$/, '')}–${crossing.high === null ? 'never at the slow end' : days(crossing.high)})`;
  const message = `${check.message}; ${trend} it crosses ${target.bound} ${when}`;
  return { ...withForecast, status: 'warn', message };
}
