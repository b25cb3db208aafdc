/**
 * A check's history (`CheckReport.history`: its last runs, oldest first, and the warn and fail
 * bounds) as every renderer shows it: one model here, laid out by history-mermaid.ts (job
 * summary, issue body, Markdown report), history-svg.ts (HTML) and text.ts (terminal).
 *
 * - Shown only for a check whose history has at least 2 points (one point is no trend).
 * - The chart draws the last MAX_CHART_POINTS runs that have a finite value; the table lists the
 *   last MAX_TABLE_ROWS runs (date, value, status), a run without a value as `—`; the runs
 *   left out of either are counted, and all of them are in the JSON report.
 * - Values read as in the check's table (`formatValue` with the check's hint); a share is drawn
 *   in percent, as it is written. The y range holds every drawn value and every bound, padded by
 *   a tenth of the span and rounded outwards, and never below 0 (or above 100%) unless a value is.
 * - Axis labels are made from the parsed instant (`10-08`, `10-08 06:00` when two runs share a
 *   day, the year too when the runs span years), so no text from the stored history reaches an
 *   axis or table; an instant that does not parse is `run N`. Labels are unique (mermaid would
 *   merge equal ones).
 *
 * Pure; O(points).
 */
import type { CheckReport, Status } from '../engine/report.js';
import type { Threshold } from '../policy/types.js';
import { formatChartNumber, formatInstant, formatValue, statusLabel, valueHint, type ValueHint } from './format.js';

/** Runs one chart draws (the most recent ones). */
export const MAX_CHART_POINTS = 30;
/** Runs the table under a chart lists (the most recent ones). */
export const MAX_TABLE_ROWS = 10;

export interface HistoryLine {
  readonly level: 'warn' | 'fail';
  /** On the chart's scale (percent for a share). */
  readonly value: number;
  /** `fail < 0.7`, `warn ≥ 5%`: the level, the side when the threshold names it, the bound as the value reads. */
  readonly label: string;
}

export interface HistoryPoint {
  /** The axis label (ours: digits, `-`, `:`, space; or `run N`). */
  readonly label: string;
  /** On the chart's scale, as charted (`formatChartNumber`). */
  readonly value: number;
  readonly status: Status;
}

export interface HistoryRow {
  /** The run's instant as `formatInstant` writes it, from the parsed time (our digits and words only). */
  readonly at: string;
  /** `formatValue` with the check's hint, or `—`. */
  readonly value: string;
  readonly status: Status;
}

export interface HistoryView {
  readonly hint: ValueHint;
  /** `value`, or `%` for a share: the y axis's unit. */
  readonly unit: string;
  /** The drawn points, oldest first (finite values only). */
  readonly points: readonly HistoryPoint[];
  readonly lines: readonly HistoryLine[];
  /** The y axis's range, as written on it. */
  readonly min: string;
  readonly max: string;
  /** Runs in the history; of them, runs drawn and runs listed. */
  readonly runs: number;
  readonly rows: readonly HistoryRow[];
  /** The drawn values as `formatValue` writes them (for a text alternative), oldest first. */
  readonly shown: readonly string[];
}

const SYMBOLS = { gt: '>', gte: '≥', lt: '<', lte: '≤' } as const;

/** Which side of a bound breaches, when the threshold says so plainly (`lt: 0.7` → `<`). */
function side(threshold: Threshold | undefined, value: number): string | null {
  if (threshold === undefined) return null;
  for (const key of ['gt', 'gte', 'lt', 'lte'] as const) if (threshold[key] === value) return SYMBOLS[key];
  const between = threshold.between ?? threshold.not_between;
  if (between !== undefined && (between[0] === value || between[1] === value)) return threshold.between ? 'between' : 'outside';
  return null;
}

function axisLabels(instants: readonly string[]): string[] {
  const dates = instants.map((at) => {
    const t = Date.parse(at);
    return Number.isNaN(t) ? null : new Date(t).toISOString();
  });
  const years = new Set(dates.filter((d): d is string => d !== null).map((d) => d.slice(0, 4)));
  const forms: ((iso: string) => string)[] = [
    (iso) => (years.size > 1 ? iso.slice(0, 10) : iso.slice(5, 10)),
    (iso) => `${years.size > 1 ? iso.slice(0, 10) : iso.slice(5, 10)} ${iso.slice(11, 16)}`,
    (iso) => `${iso.slice(0, 10)} ${iso.slice(11, 19)}`,
  ];
  for (const form of forms) {
    const labels = dates.map((d, i) => (d === null ? `run ${i + 1}` : form(d)));
    if (new Set(labels).size === labels.length) return labels;
  }
  return dates.map((d, i) => `${i + 1}. ${d === null ? 'run' : forms[1]!(d)}`);
}

/** The axis bounds: every value and bound inside, padded, rounded outwards to a tenth of the span's order. */
function range(values: readonly number[], share: boolean): { min: string; max: string } {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const span = hi - lo;
  const pad = span > Math.max(Math.abs(hi), Math.abs(lo)) * 1e-9 ? span / 10 : Math.abs(hi) / 10 || 1;
  const floor = lo >= 0 ? 0 : Number.NEGATIVE_INFINITY;
  const ceiling = share && hi <= 100 ? 100 : Number.POSITIVE_INFINITY;
  lo = Math.max(floor, lo - pad);
  hi = Math.min(ceiling, hi + pad);
  const step = 10 ** (Math.floor(Math.log10(hi - lo)) - 1);
  const decimals = Math.min(20, Math.max(0, -Math.floor(Math.log10(step))));
  const out = (x: number): string => {
    // toFixed writes an exponent from 1e21 on, which mermaid's grammar does not read.
    if (Math.abs(x) >= 1e21) return BigInt(Math.round(x)).toString();
    const fixed = x.toFixed(decimals);
    const trimmed = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
    return trimmed === '-0' ? '0' : trimmed;
  };
  return { min: out(Math.floor(lo / step) * step), max: out(Math.ceil(hi / step) * step) };
}

/** A run's time as `formatInstant` writes it, made from the parsed instant (so nothing from the store shows); `run N (time unreadable)` when it does not parse. */
function instant(at: string, index: number): string {
  const t = Date.parse(at);
  return Number.isNaN(t) ? `run ${index + 1} (time unreadable)` : formatInstant(new Date(t).toISOString());
}

/** The history as the renderers show it; null when the check has none or fewer than 2 points. */
export function historyView(check: CheckReport): HistoryView | null {
  const history = check.history;
  if (history === undefined || history.points.length < 2) return null;
  const hint = valueHint(check);
  const share = hint === 'share';
  const scale = (x: number): number => Number(formatChartNumber(share ? x * 100 : x));
  const drawable = history.points.filter((p): p is typeof p & { value: number } => p.value !== null && Number.isFinite(p.value)).slice(-MAX_CHART_POINTS);
  const labels = axisLabels(drawable.map((p) => p.at));
  const points = drawable.map((p, i) => ({ label: labels[i] ?? '', value: scale(p.value), status: p.status }));
  const lines = history.lines
    .filter((l) => Number.isFinite(l.value))
    .map((l) => {
      const symbol = side(check.thresholds[l.level], l.value);
      return { level: l.level, value: scale(l.value), label: `${l.level} ${symbol ?? 'bound'} ${formatValue(l.value, hint)}` };
    });
  const first = history.points.length - Math.min(MAX_TABLE_ROWS, history.points.length);
  const rows = history.points.slice(first).map((p, i) => ({ at: instant(p.at, first + i), value: formatValue(p.value, hint), status: p.status }));
  const axis = points.length === 0 ? { min: '0', max: '1' } : range([...points.map((p) => p.value), ...lines.map((l) => l.value)], share);
  return {
    hint,
    unit: share ? '%' : 'value',
    points,
    lines,
    ...axis,
    runs: history.points.length,
    rows,
    shown: drawable.map((p) => formatValue(p.value, hint)),
  };
}

/** The table's cells as plain text (the caller escapes `at` for its medium): date, value, status. */
export function historyCells(row: HistoryRow): [string, string, string] {
  return [row.at, row.value, statusLabel(row.status)];
}

/** What a chart and its table leave out, as one sentence (empty when nothing is): for a note under the table. */
export function historyOmitted(view: HistoryView): string {
  const notes: string[] = [];
  if (view.runs > view.rows.length) notes.push(`the table lists the last ${view.rows.length} of ${view.runs} runs`);
  if (view.runs > view.points.length) {
    const last = view.points.length === MAX_CHART_POINTS ? `the last ${MAX_CHART_POINTS}` : `the ${view.points.length}`;
    notes.push(`the chart draws ${last} of ${view.runs} runs${view.points.length === MAX_CHART_POINTS ? '' : ' that have a value'}`);
  }
  if (notes.length === 0) return '';
  const text = `${notes.join('; ')}; every run is in the JSON report.`;
  return `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}
