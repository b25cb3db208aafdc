/**
 * Normalises an `operational` check: `metric` (p50 p90 p95 p99 max error_rate throughput
 * null_prediction_share), `column` (required for percentiles, max and error_rate; defaults to
 * columns.prediction, else columns.score, for null_prediction_share; not taken by throughput),
 * `values` or `pattern` (exactly one, for error_rate only; the pattern is compiled by RE2,
 * src/expr/pattern.ts), `by`, `min_group_size`, and a warn/fail threshold. Throughput
 * needs columns.timestamp.
 */
import { patternProblem } from '../../expr/pattern.js';
import type { NormaliseContext } from '../context.js';
import type { RawCheck, RawThreshold } from '../raw.js';
import { normaliseThreshold } from '../thresholds.js';
import type { OperationalCheckSpec, OperationalMetric, Scalar } from '../types.js';
import type { CheckBaseFields } from './base.js';
import { DEFAULT_MIN_GROUP_SIZE, normaliseBy } from './grouping.js';

interface RawOperational extends RawCheck {
  readonly metric: OperationalMetric;
  readonly column?: string;
  readonly values?: readonly Scalar[];
  readonly pattern?: string;
  readonly by?: string | readonly string[];
  readonly min_group_size?: number;
  readonly warn?: RawThreshold;
  readonly fail?: RawThreshold;
}

const NEEDS_COLUMN: readonly OperationalMetric[] = ['p50', 'p90', 'p95', 'p99', 'max', 'error_rate'];

export function normaliseOperational(check: RawCheck, base: CheckBaseFields, ctx: NormaliseContext): OperationalCheckSpec {
  const raw = check as RawOperational;
  const at = base.pointer;
  const { metric } = raw;
  const metricAt = `${at}/metric`;
  if (NEEDS_COLUMN.includes(metric) && raw.column === undefined) {
    ctx.error(metricAt, 'policy/conflict', metric === 'error_rate' ? 'metric error_rate needs "column" (the status column)' : `metric ${metric} needs "column" (e.g. latency_ms)`);
  }
  if (metric === 'throughput' && raw.column !== undefined) ctx.error(`${at}/column`, 'policy/conflict', 'metric throughput counts rows and takes no "column"', 'key');
  if (metric === 'throughput' && ctx.columns.timestamp === undefined) ctx.error(metricAt, 'policy/conflict', 'metric throughput needs columns.timestamp');
  const column = raw.column ?? (metric === 'null_prediction_share' ? ctx.columns.prediction ?? ctx.columns.score : undefined);
  if (metric === 'null_prediction_share' && column === undefined) ctx.error(metricAt, 'policy/conflict', 'metric null_prediction_share needs "column" or columns.prediction');
  if (raw.column !== undefined) ctx.referColumn(`${at}/column`, raw.column);
  for (const key of ['values', 'pattern'] as const) {
    if (raw[key] !== undefined && metric !== 'error_rate') ctx.error(`${at}/${key}`, 'policy/conflict', `"${key}" applies only to metric error_rate, not ${metric}`, 'key');
  }
  if (metric === 'error_rate' && (raw.values === undefined) === (raw.pattern === undefined)) {
    ctx.error(metricAt, 'policy/conflict', 'metric error_rate needs exactly one of "values" (a list of status values) or "pattern" (a regular expression)');
  }
  if (raw.pattern !== undefined) {
    const problem = patternProblem(raw.pattern);
    if (problem !== null) ctx.errorInText(`${at}/pattern`, problem.offset, 'policy/pattern', problem.message);
  }
  if (raw.warn === undefined && raw.fail === undefined) ctx.error(metricAt, 'policy/conflict', 'an operational check needs a "warn" or "fail" threshold');

  const spec: { -readonly [K in keyof OperationalCheckSpec]: OperationalCheckSpec[K] } = {
    ...base,
    type: 'operational',
    metric,
    min_group_size: raw.min_group_size ?? DEFAULT_MIN_GROUP_SIZE,
  };
  const by = normaliseBy(raw.by, `${at}/by`, ctx);
  if (by !== undefined) spec.by = by;
  if (column !== undefined) spec.column = column;
  if (raw.values !== undefined) spec.values = [...raw.values];
  if (raw.pattern !== undefined) spec.pattern = raw.pattern;
  if (raw.warn !== undefined) spec.warn = normaliseThreshold(raw.warn, `${at}/warn`, ctx);
  if (raw.fail !== undefined) spec.fail = normaliseThreshold(raw.fail, `${at}/fail`, ctx);
  return spec;
}
