/**
 * How numbers, thresholds and statuses look in every rendered report (terminal, Markdown,
 * HTML, and the GitHub summary, issue and PR bodies), so that one value reads the same
 * everywhere. Pure. The strings returned by `formatThresholds` can carry text from the policy
 * (`in: ["a"]`, `derived_from`) and must be escaped like any other policy text; the other
 * functions return only digits, signs, `%`, `—` and our own words.
 *
 * - shares are percentages, three significant digits, at most two decimals (`12.3%`, `0.41%`),
 *   never rounded to a misleading `0%`/`100%` (`<0.01%`, `>99.99%`);
 * - p-values have two significant digits, in exponent form below 0.001 (`0.041`, `3.2e-7`);
 * - counts are integers with thousands separators (`32,561`);
 * - other numbers have four significant digits, thousands separators from 1,000 on, and
 *   exponent form below 0.0001 or from 10^15;
 * - negative numbers use the minus sign U+2212; null is `—`; NaN and ±∞ are shown as such.
 */
import type { Comparator, Scalar, Threshold, Thresholds } from '../policy/types.js';
import type { AppliedThresholds } from '../checks/types.js';
import type { CheckReport, Status } from '../engine/report.js';
import type { GroupEvidence } from './view.js';
import { asPercent, asPercentIn, inDigits } from '../checks/counts.js';
import { breachedBound, shownBeside } from '../checks/threshold.js';

export type ValueHint = 'share' | 'p_value' | 'count' | 'number';

const MINUS = '\u2212';
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const significant = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4, useGrouping: false });

function signed(negative: boolean, magnitude: string): string {
  return negative ? `${MINUS}${magnitude}` : magnitude;
}

/** `1.2e-7`-style exponent form with `digits` significant digits and no `+` in the exponent. */
function exponent(abs: number, digits: number): string {
  const [mantissa = '', power = ''] = abs.toExponential(digits - 1).split('e');
  const trimmed = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
  return `${trimmed}e${power.replace('+', '')}`;
}

function formatPValue(abs: number): string {
  if (abs === 0) return '0';
  if (abs < 0.001) return exponent(abs, 2);
  return String(Number(abs.toPrecision(2)));
}

function formatNumber(abs: number): string {
  if (abs === 0) return '0';
  if (abs < 1e-4 || abs >= 1e15) return exponent(abs, 3);
  if (abs >= 1000) return grouped.format(abs);
  return significant.format(abs);
}

/** One value as people read it; see the module comment for the rules of each hint. */
export function formatValue(value: number | null, hint: ValueHint = 'number'): string {
  if (value === null) return '—';
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  const negative = value < 0;
  const abs = Math.abs(value);
  switch (hint) {
    case 'share':
      return signed(negative, asPercent(abs));
    case 'p_value':
      return signed(negative, formatPValue(abs));
    case 'count':
      return signed(negative && Math.round(abs) !== 0, integer.format(abs));
    case 'number':
      return signed(negative, formatNumber(abs));
  }
}

/**
 * The headline value beside its thresholds: as formatValue, unless a warn or fail would then read
 * as the bound it breached (a share of 0.02004 as 2% beside `fail > 2%`): then to 6 significant
 * digits, and in full where those still read as the bound, as the check's message writes it
 * (checks/threshold.ts shownAgainst).
 */
export function formatValueBeside(value: number | null, hint: ValueHint, thresholds: Thresholds | AppliedThresholds, status: Status): string {
  const shown = formatValue(value, hint);
  if (value === null || !Number.isFinite(value) || hint === 'count' || (status !== 'warn' && status !== 'fail')) return shown;
  const threshold = thresholds[status];
  if (threshold === undefined || threshold.confidence !== undefined) return shown;
  const fine = (x: number, digits?: number): string => signed(x < 0, hint === 'share' ? asPercentIn(Math.abs(x), digits) : inDigits(Math.abs(x), digits));
  return shownBeside(value, breachedBound(threshold, value), (x) => formatValue(x, hint), fine);
}

/**
 * A drift column's p-value and, when a multiple-testing correction changed it, the adjusted
 * value the thresholds judged beside it: `0.019 (adj. 0.096)`.
 */
export function formatDriftPValue(column: DriftColumnNumbers): string {
  const adjusted = column.p_value_adjusted;
  const corrected = adjusted !== undefined && adjusted !== null && adjusted !== column.p_value;
  // The thresholds judge the adjusted value where there is one, else the raw one.
  const raw = corrected ? formatValue(column.p_value, 'p_value') : judgedBeside(column.p_value, 'p_value', column);
  return corrected ? `${raw} (adj. ${judgedBeside(adjusted, 'p_value', column)})` : raw;
}

/** A drift column's statistic; where it is a distance its thresholds judge it, so formatValueBeside (a test's judge its p-value). */
export function formatDriftStatistic(column: DriftColumnNumbers): string {
  return column.p_value === null ? judgedBeside(column.statistic, 'number', column) : formatValue(column.statistic ?? null);
}

/** What a drift column's cells are written from (checks/details.ts DriftColumnDetail). */
export interface DriftColumnNumbers {
  readonly statistic?: number | null;
  readonly p_value: number | null;
  readonly p_value_adjusted?: number | null;
  readonly thresholds?: Thresholds;
  readonly status?: Status;
}

function judgedBeside(value: number | null | undefined, hint: ValueHint, column: DriftColumnNumbers): string {
  return column.thresholds === undefined || column.status === undefined ? formatValue(value ?? null, hint) : formatValueBeside(value ?? null, hint, column.thresholds, column.status);
}

function formatScalar(value: Scalar, hint: ValueHint): string {
  return typeof value === 'number' ? formatValue(value, hint) : JSON.stringify(value);
}

/** The conditions of one comparator, joined by `or` (a comparator holds when any holds). */
function formatComparator(comparator: Comparator, hint: ValueHint): string[] {
  const parts: string[] = [];
  const bound = (symbol: string, value: number | undefined): void => {
    if (value !== undefined) parts.push(`${symbol} ${formatValue(value, hint)}`);
  };
  bound('>', comparator.gt);
  bound('≥', comparator.gte);
  bound('<', comparator.lt);
  bound('≤', comparator.lte);
  if (comparator.eq !== undefined) parts.push(`= ${formatScalar(comparator.eq, hint)}`);
  if (comparator.not_eq !== undefined) parts.push(`≠ ${formatScalar(comparator.not_eq, hint)}`);
  if (comparator.between) {
    const [lo, hi] = comparator.between;
    parts.push(`between ${formatValue(lo, hint)} and ${formatValue(hi, hint)}`);
  }
  if (comparator.not_between) {
    const [lo, hi] = comparator.not_between;
    parts.push(`outside ${formatValue(lo, hint)} to ${formatValue(hi, hint)}`);
  }
  if (comparator.in) parts.push(`in {${comparator.in.map((v) => formatScalar(v, hint)).join(', ')}}`);
  if (comparator.not_in) parts.push(`not in {${comparator.not_in.map((v) => formatScalar(v, hint)).join(', ')}}`);
  return parts;
}

function formatThreshold(threshold: Threshold, hint: ValueHint): string {
  const parts = formatComparator(threshold, hint);
  if (threshold.absolute) {
    // An absolute change of a share is a difference of percentages: percentage points.
    const changeHint = hint === 'share' ? 'number' : hint;
    const scale = hint === 'share' ? 100 : 1;
    const unit = hint === 'share' ? ' pp' : '';
    const scaled: Comparator = scaleComparator(threshold.absolute, scale);
    for (const part of formatComparator(scaled, changeHint)) parts.push(`Δ ${part}${unit} vs reference`);
  }
  if (threshold.relative) {
    for (const part of formatComparator(threshold.relative, 'share')) parts.push(`Δrel ${part} vs reference`);
  }
  // With confidence the bounds apply to the value's whole interval (src/checks/threshold.ts).
  const interval = threshold.confidence === undefined ? '' : ` (whole ${Number((threshold.confidence * 100).toPrecision(4))}% interval)`;
  return parts.length === 0 ? '' : `${parts.join(' or ')}${interval}`;
}

function scaleComparator(comparator: Comparator, scale: number): Comparator {
  if (scale === 1) return comparator;
  const s = (v: number | undefined): number | undefined => (v === undefined ? undefined : v * scale);
  const pair = (p: readonly [number, number] | undefined): [number, number] | undefined =>
    p === undefined ? undefined : [p[0] * scale, p[1] * scale];
  return {
    gt: s(comparator.gt),
    gte: s(comparator.gte),
    lt: s(comparator.lt),
    lte: s(comparator.lte),
    eq: typeof comparator.eq === 'number' ? comparator.eq * scale : comparator.eq,
    not_eq: typeof comparator.not_eq === 'number' ? comparator.not_eq * scale : comparator.not_eq,
    between: pair(comparator.between),
    not_between: pair(comparator.not_between),
    in: comparator.in?.map((v) => (typeof v === 'number' ? v * scale : v)),
    not_in: comparator.not_in?.map((v) => (typeof v === 'number' ? v * scale : v)),
  };
}

/**
 * `warn ≥ 0.1 · fail ≥ 0.2`, `fail < 70%`, `warn: Δrel < −3% vs reference`: each level that is
 * set, warn first, its bounds in the same units as the value (`hint`); `—` when none is set.
 */
export function formatThresholds(thresholds: Thresholds | AppliedThresholds, hint: ValueHint = 'number'): string {
  const levels: string[] = [];
  for (const level of ['warn', 'fail'] as const) {
    const threshold = thresholds[level];
    if (threshold === undefined) continue;
    const text = formatThreshold(threshold, hint);
    if (text === '') continue;
    levels.push(/^[<>≤≥=≠]/.test(text) ? `${level} ${text}` : `${level}: ${text}`);
  }
  if (levels.length === 0) return '—';
  const derived = 'derived_from' in thresholds ? thresholds.derived_from : undefined;
  const joined = levels.join(' · ');
  return derived === undefined ? joined : `${joined} (from ${derived})`;
}

const SYMBOLS: Readonly<Record<Status, string>> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  error: '⛔',
  no_data: '∅',
  skipped: '⏭️',
  silenced: '🔕',
  pending: '⏳',
  inhibited: '🔇',
};

const LABELS: Readonly<Record<Status, string>> = {
  pass: 'pass',
  warn: 'warn',
  fail: 'fail',
  error: 'error',
  no_data: 'no data',
  skipped: 'skipped',
  silenced: 'silenced',
  pending: 'pending',
  inhibited: 'inhibited',
};

/** The status's symbol for Markdown and HTML (terminals disagree on emoji widths: use the label). */
export function statusSymbol(status: Status): string {
  return SYMBOLS[status];
}

/** The status as a plain English word (`no data` for `no_data`). */
export function statusLabel(status: Status): string {
  return LABELS[status];
}

/**
 * Where the check's alert stands, for the status cell of every check table: `1 of 2 runs` while
 * pending, `firing since 2026-11-20`, `kept firing` while keep_firing_for holds it, `resolved`;
 * empty without an alert (a run without state) or when it is inactive. Plain text: the renderer
 * escapes it.
 */
export function alertText(check: Pick<CheckReport, 'alert'>): string {
  const alert = check.alert;
  if (alert === undefined || alert.state === 'inactive') return '';
  const day = alert.since.slice(0, 10);
  switch (alert.state) {
    case 'pending':
      return alert.for !== undefined && /runs?$/.test(alert.for) ? `${alert.runs} of ${alert.for}` : `pending since ${day}`;
    case 'firing':
      return alert.kept === true ? 'kept firing' : `firing since ${day}`;
    case 'resolved':
      return 'resolved';
  }
}

/**
 * The value's trend in one sentence (a check's `forecast`): "Trend of the last 14 runs: -0.0049 a
 * day (99% interval -0.014 to -0.0014); at it, 0.82 is crossed in about 8.6 days (2.9–29)."
 * Empty without a forecast. Plain text: the renderer escapes it.
 */
export function trendText(check: Pick<CheckReport, 'forecast'>): string {
  const f = check.forecast;
  if (f === undefined) return '';
  const n = (x: number | null): string => (x === null ? '—' : String(Number(x.toPrecision(2))));
  const level = `${Number((f.confidence * 100).toPrecision(3))}%`;
  const head = `Trend of the last ${f.runs} runs: ${n(f.slope_per_day)} a day (${level} interval ${n(f.slope_low)} to ${n(f.slope_high)})`;
  if (f.bound === null) return `${head}.`;
  if (f.crossing === null) return `${head}; no crossing of ${f.bound} ahead at it.`;
  if (f.crossing.days === 0) return `${head}; the trend line is already past ${f.bound}.`;
  const days = (x: number): string => String(x < 10 ? Number(x.toFixed(1)) : Math.round(x));
  return `${head}; at it, ${f.bound} is crossed in about ${days(f.crossing.days)} days (${days(f.crossing.low)}–${f.crossing.high === null ? 'not at the slow end' : days(f.crossing.high)}).`;
}

/** The hint for a check's headline value and its thresholds, from its type and details. */
export function valueHint(check: CheckReport): ValueHint {
  if (check.type === 'drift') return 'share';
  if (check.type === 'data_quality') {
    if (!isRecord(check.details)) return 'number';
    const metric = check.details['metric'];
    switch (metric) {
      case 'row_count':
      case 'duplicate_ids':
      case 'schema':
        return 'count';
      case 'freshness':
        return 'number';
      default:
        return 'share';
    }
  }
  if (check.type === 'operational' && isRecord(check.details)) {
    const metric = check.details['metric'];
    if (metric === 'error_rate' || metric === 'null_prediction_share') return 'share';
  }
  return 'number';
}

/**
 * An ISO 8601 instant as `2026-10-08 06:00 UTC` (seconds and milliseconds only when not zero);
 * text that is not an ISO instant is returned unchanged (it may come from data: escape it).
 */
export function formatInstant(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(\.\d+)?Z$/.exec(iso);
  if (match === null) return iso;
  const [, date, minutes, seconds = ':00', fraction = ''] = match;
  const exact = /^\.?0*$/.test(fraction) ? '' : fraction;
  const clock = seconds === ':00' && exact === '' ? minutes : `${minutes}${seconds}${exact}`;
  return `${date} ${clock} UTC`;
}

/**
 * The thresholds of a check as text, in the units of its value. A drift check without
 * `dataset.share_drifted` reports the per-column thresholds (on a statistic or p-value, not on
 * the share it shows as its value), so they are labelled `per column` and shown as numbers.
 */
export function checkThresholds(check: CheckReport): string {
  if (check.type === 'drift') {
    const shareJudged = judgesItsValue(check);
    const text = formatThresholds(check.thresholds, shareJudged ? 'share' : 'number');
    return shareJudged || text === '—' ? text : `per column: ${text}`;
  }
  return formatThresholds(check.thresholds, valueHint(check));
}

/** A check's headline value, beside the thresholds checkThresholds writes (formatValueBeside where they judge it). */
export function checkValue(check: CheckReport): string {
  const hint = valueHint(check);
  return judgesItsValue(check) ? formatValueBeside(check.value, hint, check.thresholds, check.status) : formatValue(check.value, hint);
}

/** Whether a check's thresholds are on its value: not a drift check's per-column ones beside the share it reports. */
function judgesItsValue(check: CheckReport): boolean {
  if (check.type !== 'drift') return true;
  return isRecord(check.details) && check.details['share_drifted_status'] !== null && check.details['share_drifted_status'] !== undefined;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

/** A group's value, with its interval when it has one: `0.4122 (0.3361 to 0.4927)`. */
export function formatGroupValue(group: GroupEvidence, hint: ValueHint): string {
  const value = formatValue(group.value, hint);
  return group.low === null || group.high === null ? value : `${value} (${formatValue(group.low, hint)} to ${formatValue(group.high, hint)})`;
}

/** The heading of a group table's value column. */
export function groupValueHeading(groups: readonly GroupEvidence[]): string {
  const levels = [...new Set(groups.flatMap((g) => (g.low === null || g.confidence === null ? [] : [g.confidence])))];
  if (levels.length === 0) return 'Value';
  return levels.length === 1 ? `Value (${Number((levels[0]! * 100).toPrecision(4))}% interval)` : 'Value (interval)';
}

/**
 * A number as a chart's data (mermaid's xychart grammar, SVG text): the same four significant
 * digits as `formatValue`'s numbers, but positional (mermaid has no exponent form: `9.3e-7` is
 * a syntax error), with no thousands separator and an ASCII `-`. Non-finite values and
 * magnitudes below 1e-100 are `0`; the caller leaves non-finite points out of a chart.
 */
export function formatChartNumber(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Number(value.toPrecision(4));
  const abs = Math.abs(rounded);
  if (abs < 1e-100) return '0';
  const sign = rounded < 0 ? '-' : '';
  if (abs >= 1e21) return `${sign}${BigInt(Math.round(abs)).toString()}`;
  const decimals = Math.min(100, Math.max(0, 3 - Math.floor(Math.log10(abs))));
  const fixed = abs.toFixed(decimals);
  return `${sign}${fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed}`;
}
