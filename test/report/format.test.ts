import { describe, expect, it } from 'vitest';
import type { Status } from '../../src/engine/report.js';
import { alertText, checkThresholds, checkValue, formatChartNumber, formatDriftPValue, formatDriftStatistic, formatInstant, formatThresholds, formatValue, formatValueBeside, statusLabel, statusSymbol, trendText } from '../../src/report/format.js';
import { sampleReport } from './sample-report.js';

describe('formatValue', () => {
  it.each([
    [0.25, '25%'],
    [0.125, '12.5%'],
    [0.05934, '5.93%'],
    [0.000614, '0.06%'],
    [0.00001, '<0.01%'],
    [0.999999, '>99.99%'],
    [1, '100%'],
    [0, '0%'],
    [-0.03, '−3%'],
  ])('share %s → %s', (value, text) => expect(formatValue(value, 'share')).toBe(text));

  it.each([
    [3.2e-7, '3.2e-7'],
    [1e-12, '1e-12'],
    [0.00099, '9.9e-4'],
    [0.001, '0.001'],
    [0.0412, '0.041'],
    [0.0283, '0.028'],
    [0.5, '0.5'],
    [1, '1'],
    [0, '0'],
  ])('p-value %s → %s', (value, text) => expect(formatValue(value, 'p_value')).toBe(text));

  it.each([
    [32561, '32,561'],
    [1250000, '1,250,000'],
    [0, '0'],
    [999, '999'],
  ])('count %s → %s', (value, text) => expect(formatValue(value, 'count')).toBe(text));

  it.each([
    [0.2431, '0.2431'],
    [4.81, '4.81'],
    [0.123456, '0.1235'],
    [123456.78, '123,456.8'],
    [1e-6, '1e-6'],
    [1.2345e-5, '1.23e-5'],
    [-2.5, '−2.5'],
    [2e15, '2e15'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, '∞'],
    [Number.NEGATIVE_INFINITY, '−∞'],
  ])('number %s → %s', (value, text) => expect(formatValue(value)).toBe(text));

  it('shows null as an em dash whatever the hint', () => {
    for (const hint of ['share', 'p_value', 'count', 'number'] as const) expect(formatValue(null, hint)).toBe('—');
  });
});

describe('formatThresholds', () => {
  it.each([
    [{ warn: { gte: 0.1 }, fail: { gte: 0.2 } }, 'number', 'warn ≥ 0.1 · fail ≥ 0.2'],
    [{ fail: { lt: 0.7 } }, 'number', 'fail < 0.7'],
    [{ fail: { lt: 0.7 }, warn: { vs: 'reference', relative: { lt: -0.03 } } }, 'number', 'warn: Δrel < −3% vs reference · fail < 0.7'],
    [{ warn: { gt: 0.05 }, fail: { gt: 0.1 } }, 'share', 'warn > 5% · fail > 10%'],
    [{ warn: { vs: 'reference', absolute: { lt: -0.02 } } }, 'share', 'warn: Δ < −2 pp vs reference'],
    [{ warn: { vs: 'reference', absolute: { gt: 50 } } }, 'number', 'warn: Δ > 50 vs reference'],
    [{ fail: { lt: 100, gt: 5000 } }, 'count', 'fail > 5,000 or < 100'],
    [{ fail: { not_between: [17, 90] } }, 'number', 'fail: outside 17 to 90'],
    [{ fail: { between: [0.1, 0.2] } }, 'share', 'fail: between 10% and 20%'],
    [{ fail: { in: ['a', 2] }, warn: { not_eq: 'x' } }, 'number', 'warn ≠ "x" · fail: in {"a", 2}'],
    [{ fail: { p: 1 } }, 'number', '—'],
    [{}, 'number', '—'],
  ] as const)('%j (%s) → %s', (thresholds, hint, text) => expect(formatThresholds(thresholds as object, hint)).toBe(text));

  it('says where derived thresholds came from', () => {
    expect(formatThresholds({ fail: { gt: 0.01 }, derived_from: 'reference range' }, 'share')).toBe('fail > 1% (from reference range)');
  });

  it('labels the per-column thresholds of a drift check without a share threshold', () => {
    const checks = sampleReport().models[0]!.checks;
    expect(checkThresholds(checks.find((c) => c.id === 'feature-drift')!)).toBe('warn ≥ 12.5% · fail ≥ 25%');
    expect(checkThresholds(checks.find((c) => c.id === 'score-drift')!)).toBe('per column: warn < 0.05 · fail < 0.01');
    expect(checkThresholds(checks.find((c) => c.id === 'missing-values')!)).toBe('warn > 5% · fail > 10%');
  });
});

describe('formatValueBeside: a breaching value never reads as its bound', () => {
  it.each([
    [0.02004, 'share', { fail: { gt: 0.02 } }, 'fail', '2.004%'],
    [0.022, 'share', { fail: { gt: 0.02 } }, 'fail', '2.2%'],
    [0.02 + 1e-12, 'share', { fail: { gt: 0.02 } }, 'fail', `${(0.02 + 1e-12) * 100}%`],
    [0.20004, 'number', { warn: { gt: 0.2 }, fail: { gt: 0.5 } }, 'warn', '0.20004'],
    [-0.50001, 'number', { fail: { lt: -0.5 } }, 'fail', '−0.50001'],
    [0.04999, 'p_value', { fail: { lt: 0.05 } }, 'fail', '0.04999'],
    // Equal to a gte bound: the bound is what it is. A pass, or a threshold on the change: as formatValue.
    [0.02, 'share', { fail: { gte: 0.02 } }, 'fail', '2%'],
    [0.019996, 'share', { fail: { gt: 0.02 } }, 'pass', '2%'],
    [0.02004, 'share', { fail: { vs: 'reference', relative: { gt: 0.1 } } }, 'fail', '2%'],
  ] as const)('%s (%s) under %j, %s → %s', (value, hint, thresholds, status, text) => {
    expect(formatValueBeside(value, hint, thresholds as object, status)).toBe(text);
  });

  it('writes a drift column’s judged number beside its thresholds: the distance, or the (adjusted) p-value', () => {
    const distance = { statistic: 0.1000150719096455, p_value: null, thresholds: { fail: { gte: 0.1 } }, status: 'fail' } as const;
    expect(formatDriftStatistic(distance)).toBe('0.100015');
    expect(formatDriftStatistic({ ...distance, statistic: 0.1015 })).toBe('0.1015');
    const test = { statistic: 0.2, p_value: 0.04996, thresholds: { fail: { lt: 0.05 } }, status: 'fail' } as const;
    expect(formatDriftPValue(test)).toBe('0.04996');
    // A test's statistic is not what its thresholds judge; a corrected p-value's raw one neither.
    expect(formatDriftStatistic({ ...test, statistic: 0.05 })).toBe('0.05');
    expect(formatDriftPValue({ ...test, p_value: 0.0099, p_value_adjusted: 0.04996 })).toBe('0.0099 (adj. 0.04996)');
  });

  it('leaves a drift check’s share beside per-column thresholds as formatValue writes it', () => {
    const checks = sampleReport().models[0]!.checks;
    const perColumn = checks.find((c) => c.id === 'score-drift')!;
    expect(checkValue(perColumn)).toBe(formatValue(perColumn.value, 'share'));
    const missing = checks.find((c) => c.id === 'missing-values')!;
    expect(checkValue({ ...missing, status: 'fail', value: 0.10004 })).toBe('10.004%');
  });
});

describe('formatInstant', () => {
  it.each([
    ['2026-10-08T06:00:00.000Z', '2026-10-08 06:00 UTC'],
    ['2026-10-08T06:00:12.000Z', '2026-10-08 06:00:12 UTC'],
    ['2026-10-08T06:00:12.345Z', '2026-10-08 06:00:12.345 UTC'],
    ['2026-10-08T06:00Z', '2026-10-08 06:00 UTC'],
    ['last tuesday', 'last tuesday'],
  ])('%s → %s', (iso, text) => expect(formatInstant(iso)).toBe(text));
});

describe('statusSymbol and statusLabel', () => {
  const statuses: Status[] = ['pass', 'warn', 'fail', 'no_data', 'error', 'skipped', 'silenced'];
  it('give each status its own symbol and word', () => {
    expect(new Set(statuses.map(statusSymbol)).size).toBe(7);
    expect(statuses.map(statusLabel)).toEqual(['pass', 'warn', 'fail', 'no data', 'error', 'skipped', 'silenced']);
  });
});

describe('formatChartNumber', () => {
  // Mermaid's xychart number token (its grammar: [+-]?(\d+(\.\d+)?|\.\d+)): no exponent, no separator, ASCII minus.
  const MERMAID_NUMBER = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
  it.each([
    [0.7412345, '0.7412'],
    [3.2e-7, '0.00000032'],
    [-0.04, '-0.04'],
    [12_345.678, '12350'],
    [1_250_000, '1250000'],
    [1e22, '10000000000000000000000'],
    [99.995, '100'],
    [-0, '0'],
    [1e-101, '0'],
    [Number.NaN, '0'],
    [Number.POSITIVE_INFINITY, '0'],
  ])('%s → %s, the same four significant digits as formatValue', (value, text) => {
    expect(formatChartNumber(value)).toBe(text);
    expect(text).toMatch(MERMAID_NUMBER);
  });
});

describe('alertText', () => {
  it('says where the alert stands, and nothing without one', () => {
    expect(alertText({})).toBe('');
    expect(alertText({ alert: { state: 'inactive', since: '2026-11-01T00:00:00Z', runs: 0 } })).toBe('');
    expect(alertText({ alert: { state: 'pending', since: '2026-11-09T23:59:59Z', runs: 1, for: '2 runs' } })).toBe('1 of 2 runs');
    expect(alertText({ alert: { state: 'pending', since: '2026-11-09T23:59:59Z', runs: 1, for: '6h' } })).toBe('pending since 2026-11-09');
    expect(alertText({ alert: { state: 'firing', since: '2026-11-20T23:59:59Z', runs: 3 } })).toBe('firing since 2026-11-20');
    expect(alertText({ alert: { state: 'firing', since: '2026-11-20T23:59:59Z', runs: 1, kept: true } })).toBe('kept firing');
    expect(alertText({ alert: { state: 'resolved', since: '2026-11-28T23:59:59Z', runs: 0 } })).toBe('resolved');
  });
});

describe('trendText', () => {
  const forecast = { method: 'theil_sen', runs: 14, confidence: 0.99, slope_per_day: -0.00487, slope_low: -0.0143, slope_high: -0.00143, bound: 0.82, horizon_days: 21 } as const;
  it('says the slope, its interval and when the bound is crossed', () => {
    expect(trendText({})).toBe('');
    expect(trendText({ forecast: { ...forecast, crossing: { days: 8.59, low: 2.94, high: 29.4 } } })).toBe('Trend of the last 14 runs: -0.0049 a day (99% interval -0.014 to -0.0014); at it, 0.82 is crossed in about 8.6 days (2.9–29).');
    expect(trendText({ forecast: { ...forecast, crossing: { days: 0, low: 0, high: 0 } } })).toBe('Trend of the last 14 runs: -0.0049 a day (99% interval -0.014 to -0.0014); the trend line is already past 0.82.');
    expect(trendText({ forecast: { ...forecast, crossing: null } })).toBe('Trend of the last 14 runs: -0.0049 a day (99% interval -0.014 to -0.0014); no crossing of 0.82 ahead at it.');
    expect(trendText({ forecast: { ...forecast, bound: null, crossing: null } })).toBe('Trend of the last 14 runs: -0.0049 a day (99% interval -0.014 to -0.0014).');
  });
});
