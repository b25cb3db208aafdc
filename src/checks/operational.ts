/**
 * `type: operational` — the serving health of a model, from its prediction log
 * (docs/statistics.md#operational):
 *   p50 p90 p95 p99   latency percentiles of `column`, numpy's default linear interpolation
 *                     (src/stats/quantile.ts), over non-missing values
 *   max               the largest value of `column`
 *   error_rate        share of rows with a non-missing `column` (a status) that is one of
 *                     `values` (numbers compare as numbers, text as text; a number also matches
 *                     its text form) or matches `pattern` (RE2 syntax and linear-time matching,
 *                     src/expr/pattern.ts; once per distinct status, on at most 1,000
 *                     characters of it, checking the model's time budget as it goes)
 *   throughput        rows per hour: rows / (window length), or, without data.window, rows /
 *                     (newest − oldest timestamp); no min_samples, since few rows is the finding
 *   null_prediction_share  share of rows whose prediction (or `column`) is missing
 * Per group with `by:` (src/checks/grouped.ts); `vs: reference` measures the reference the same way.
 */
import type { Column, Table } from '../data/table.js';
import { compilePattern, MAX_MATCHED_LENGTH, patternProblem } from '../expr/pattern.js';
import type { TimeBudget } from './budget.js';
import type { OperationalCheckSpec, OperationalMetric } from '../policy/types.js';
import { failure, ok, type Failure, type Result } from '../problems.js';
import { quantileSorted } from '../stats/quantile.js';
import { formatNumber, thresholdsOf } from './business.js';
import { asPercent, asPercentIn, inDigits } from './counts.js';
import type { LatencyPercentiles, OperationalDetails } from './details.js';
import { judgeGrouped, usesReference } from './grouped.js';
import type { Measure, Measured } from './grouped.js';
import type { CheckContext, CheckModule, CheckOutcome } from './types.js';

const HOUR_MS = 3_600_000;
const QUANTILES: Readonly<Partial<Record<OperationalMetric, number>>> = { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99 };

function numericColumn(table: Table, name: string): Result<Float64Array> {
  const column = table.column(name);
  if (column === undefined) return failure('check/missing-column', `column "${name}" is not in the data`);
  if (column.kind === 'categorical') return failure('check/wrong-kind', `column "${name}" holds text; latency metrics need numbers`);
  return ok(column.values);
}

function rowCount(table: Table, rows: Uint32Array | null): number {
  return rows === null ? table.rowCount : rows.length;
}

function forEachRow(table: Table, rows: Uint32Array | null, visit: (row: number) => void): void {
  if (rows === null) for (let i = 0; i < table.rowCount; i++) visit(i);
  else for (const row of rows) visit(row);
}

function share(count: number, total: number, noun: string): Measured {
  return total === 0 ? failure('check/no-data', `no rows with a ${noun}`, 'no_data') : ok(count / total);
}

/** Per row of the whole table: 1 when its status counts as an error, 0 when not, 2 when missing. */
export function errorFlags(column: Column, values: readonly (number | string)[] | undefined, pattern: string | undefined, budget?: TimeBudget): Uint8Array {
  const compiled = pattern === undefined ? null : compilePattern(pattern);
  if (compiled !== null && !compiled.ok) throw new Error(`pattern: ${compiled.message}`);
  const regex = compiled === null ? null : compiled.value;
  const texts = new Set((values ?? []).map(String));
  const numbers = new Set((values ?? []).filter((v): v is number => typeof v === 'number'));
  // Linear time per status, but statuses can be many and long: the budget is checked as we go.
  const isError =
    regex === null
      ? (text: string): boolean => texts.has(text)
      : (text: string): boolean => {
          budget?.check();
          return regex(text.slice(0, MAX_MATCHED_LENGTH));
        };
  if (column.kind === 'categorical') {
    const perCategory = column.dictionary.map((word) => (isError(word) ? 1 : 0));
    return Uint8Array.from(column.codes, (code) => (code < 0 ? 2 : perCategory[code]!));
  }
  const cache = new Map<number, number>();
  return Uint8Array.from(column.values, (v) => {
    if (Number.isNaN(v)) return 2;
    let flag = cache.get(v);
    if (flag === undefined) {
      flag = (regex === null && numbers.has(v)) || isError(String(v)) ? 1 : 0;
      cache.set(v, flag);
    }
    return flag;
  });
}

/** Hours the rows were counted over: the window, or the span of the table's timestamps. */
function hoursOf(table: Table, timestamp: string | undefined, window: CheckContext['window']): Result<{ hours: number; from: 'window' | 'timestamps' }> {
  if (window !== null) return ok({ hours: (window.end - window.start) / HOUR_MS, from: 'window' });
  if (timestamp === undefined) return failure('policy/missing-key', 'throughput needs columns.timestamp or data.window');
  const column = table.column(timestamp);
  if (column === undefined) return failure('check/missing-column', `timestamp column "${timestamp}" is not in the data`);
  if (column.kind === 'categorical') return failure('check/wrong-kind', `timestamp column "${timestamp}" holds text, not timestamps`);
  let min = Infinity;
  let max = -Infinity;
  for (const t of column.values) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  if (!(max > min)) return failure('check/no-data', 'throughput needs rows spanning some time; all timestamps are equal or missing', 'no_data');
  return ok({ hours: (max - min) / HOUR_MS, from: 'timestamps' });
}

function measureFor(spec: OperationalCheckSpec, context: CheckContext, reference: boolean): Result<Measure> {
  const { metric, min_samples: minSamples } = spec;
  const enough = (n: number): Measured | null => (n < minSamples ? failure('check/no-data', `${n} values, fewer than min_samples ${minSamples}`, 'no_data') : null);
  switch (metric) {
    case 'throughput':
      return ok((table, rows) => {
        const span = hoursOf(table, context.policy.columns.timestamp, reference ? null : context.window);
        if (!span.ok) return span;
        return ok(rowCount(table, rows) / span.value.hours);
      });
    case 'null_prediction_share':
      return ok((table, rows) => {
        const column = table.column(spec.column ?? '');
        if (column === undefined) return failure('check/missing-column', `column "${spec.column}" is not in the data`);
        const n = rowCount(table, rows);
        const few = enough(n);
        if (few !== null) return few;
        let missing = 0;
        forEachRow(table, rows, (row) => {
          if (column.kind === 'categorical' ? column.codes[row]! < 0 : Number.isNaN(column.values[row]!)) missing++;
        });
        return share(missing, n, 'prediction');
      });
    case 'error_rate': {
      const problem = spec.pattern === undefined ? null : patternProblem(spec.pattern);
      if (problem !== null) return failure(problem.code, `pattern: ${problem.message}`);
      const flagsByTable = new Map<Table, Uint8Array>();
      return ok((table, rows) => {
        const column = table.column(spec.column ?? '');
        if (column === undefined) return failure('check/missing-column', `column "${spec.column}" is not in the data`);
        let flags = flagsByTable.get(table);
        if (flags === undefined) flagsByTable.set(table, (flags = errorFlags(column, spec.values, spec.pattern, context.budget)));
        let errors = 0;
        let total = 0;
        forEachRow(table, rows, (row) => {
          const flag = flags[row]!;
          if (flag === 2) return;
          total++;
          errors += flag;
        });
        return enough(total) ?? share(errors, total, 'status');
      });
    }
    default:
      return ok((table, rows) => {
        const column = numericColumn(table, spec.column ?? '');
        if (!column.ok) return column;
        const values = column.value;
        const kept: number[] = [];
        forEachRow(table, rows, (row) => {
          const v = values[row]!;
          if (!Number.isNaN(v)) kept.push(v);
        });
        const few = enough(kept.length);
        if (few !== null) return few;
        const sorted = Float64Array.from(kept).sort();
        const q = QUANTILES[metric];
        return ok(q === undefined ? sorted[sorted.length - 1]! : quantileSorted(sorted, q));
      });
  }
}

/** The percentiles of a numeric column over every row of the table, or null without values. */
function percentilesOf(table: Table | null, name: string | undefined): LatencyPercentiles | null {
  if (table === null || name === undefined) return null;
  const column = numericColumn(table, name);
  if (!column.ok) return null;
  const sorted = column.value.filter((v) => !Number.isNaN(v)).sort();
  if (sorted.length === 0) return null;
  const q = (p: number): number => quantileSorted(sorted, p);
  return { rows: sorted.length, p50: q(0.5), p90: q(0.9), p95: q(0.95), p99: q(0.99), max: sorted[sorted.length - 1]! };
}

/** A metric that is a share of rows, shown in percent (its thresholds are written as fractions). */
function isShare(metric: OperationalMetric): boolean {
  return metric === 'error_rate' || metric === 'null_prediction_share';
}

function formatFor(metric: OperationalMetric, column: string | undefined): (x: number) => string {
  if (isShare(metric)) return asPercent;
  if (metric === 'throughput') return (x) => `${formatNumber(x)} rows/hour`;
  return (x) => `${column ?? ''} ${formatNumber(x)}`;
}

/** As formatFor, to `digits` significant digits (undefined: in full). */
function fineFor(metric: OperationalMetric, column: string | undefined): (x: number, digits?: number) => string {
  if (isShare(metric)) return asPercentIn;
  if (metric === 'throughput') return (x, digits) => `${inDigits(x, digits)} rows/hour`;
  return (x, digits) => `${column ?? ''} ${inDigits(x, digits)}`;
}

export const operationalCheck: CheckModule<OperationalCheckSpec, OperationalDetails> = {
  type: 'operational',
  run(spec: OperationalCheckSpec, context: CheckContext): CheckOutcome<OperationalDetails> {
    const thresholds = thresholdsOf(spec);
    const base = { kind: 'operational', metric: spec.metric, column: spec.column ?? null, by: spec.by ?? null, min_group_size: spec.min_group_size } as const;
    const measured = measureFor(spec, context, false);
    const measuredReference = measureFor(spec, context, true);
    const unmeasured = ({ status, code, message }: Failure): CheckOutcome<OperationalDetails> => ({ status, code, value: null, thresholds, message, details: { ...base, groups: [], rows_without_group: 0 } });
    if (!measured.ok) return unmeasured(measured);
    if (!measuredReference.ok) return unmeasured(measuredReference);
    const measure = measured.value;
    const measureReference = measuredReference.value;
    const outcome = judgeGrouped({
      current: context.current,
      reference: context.reference,
      thresholds,
      by: spec.by,
      min_group_size: spec.min_group_size,
      // The reference has no window of its own: its throughput uses its timestamps' span.
      measure: (table, rows) => (table === context.current ? measure(table, rows) : measureReference(table, rows)),
      format: formatFor(spec.metric, spec.column),
      fine: fineFor(spec.metric, spec.column),
      ...(isShare(spec.metric) && { bound: formatFor(spec.metric, spec.column) }),
      wantsReference: usesReference(thresholds),
    });
    const span = spec.metric === 'throughput' ? hoursOf(context.current, context.policy.columns.timestamp, context.window) : null;
    const hours = span === null ? {} : !span.ok ? { hours: null } : { hours: span.value.hours, hours_from: span.value.from };
    const latency = spec.metric in QUANTILES || spec.metric === 'max';
    const percentiles = latency ? { percentiles: { reference: percentilesOf(context.reference, spec.column), current: percentilesOf(context.current, spec.column) } } : {};
    return {
      status: outcome.status,
      ...(outcome.code === undefined ? {} : { code: outcome.code }),
      value: outcome.value,
      reference_value: outcome.reference_value,
      thresholds,
      message: `${spec.metric}: ${outcome.message}`,
      details: { ...base, ...hours, groups: outcome.groups, rows_without_group: outcome.rows_without_group, ...percentiles },
    };
  },
};
