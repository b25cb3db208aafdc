/**
 * Normalises a `performance` check: the metric must suit model.task; `average` defaults to
 * macro; `decision_threshold` is for binary models; `by` names a column and `min_group_size`
 * defaults to the check's min_samples; `when_unlabelled: estimate` needs a CBPE metric, a
 * classification task and data.reference; `attribution` (default on) is kept as written. Without warn/fail the thresholds are derived from the
 * reference at run time, so data.reference is then required.
 */
import type { NormaliseContext } from '../context.js';
import { normaliseThreshold } from '../thresholds.js';
import type { RawCheck, RawThreshold } from '../raw.js';
import type { PerformanceCheckSpec, PerformanceMetric } from '../types.js';
import type { CheckBaseFields } from './base.js';
import { refuseIdGroups } from './grouping.js';

interface RawPerformance extends RawCheck {
  readonly metric: PerformanceMetric;
  readonly average?: 'macro' | 'weighted';
  readonly decision_threshold?: number;
  readonly by?: string;
  readonly min_group_size?: number;
  readonly when_unlabelled?: 'estimate';
  readonly attribution?: boolean;
  readonly warn?: RawThreshold;
  readonly fail?: RawThreshold;
}

const REGRESSION: readonly PerformanceMetric[] = ['mae', 'mse', 'rmse', 'mape', 'r2'];
const BINARY_ONLY: readonly PerformanceMetric[] = ['average_precision', 'brier'];
const ESTIMABLE: readonly PerformanceMetric[] = ['accuracy', 'precision', 'recall', 'f1', 'specificity', 'roc_auc'];

export function normalisePerformance(check: RawCheck, base: CheckBaseFields, ctx: NormaliseContext): PerformanceCheckSpec {
  const raw = check as RawPerformance;
  const at = base.pointer;
  const { metric } = raw;
  const task = ctx.task;
  if (task !== undefined) {
    const regression = REGRESSION.includes(metric);
    if (task === 'regression' && !regression) ctx.error(`${at}/metric`, 'policy/conflict', `metric ${metric} is for classification, but model.task is regression`);
    if (task !== 'regression' && regression) ctx.error(`${at}/metric`, 'policy/conflict', `metric ${metric} is for regression, but model.task is ${task}`);
    if (task === 'multiclass_classification' && BINARY_ONLY.includes(metric)) {
      ctx.error(`${at}/metric`, 'policy/conflict', `metric ${metric} is defined for binary classification only`);
    }
    if (raw.decision_threshold !== undefined && task !== 'binary_classification') {
      ctx.error(`${at}/decision_threshold`, 'policy/conflict', '"decision_threshold" applies to binary classification only', 'key');
    }
  }
  if (raw.when_unlabelled === 'estimate') {
    if (!ESTIMABLE.includes(metric)) ctx.error(`${at}/when_unlabelled`, 'policy/conflict', `CBPE cannot estimate ${metric}; it estimates ${ESTIMABLE.join(', ')}`);
    if (task === 'regression') ctx.error(`${at}/when_unlabelled`, 'policy/conflict', 'CBPE estimates classification metrics only');
    if (!ctx.hasReference) ctx.error(`${at}/when_unlabelled`, 'policy/conflict', 'estimation fits on labelled reference data: add data.reference');
  }
  const hasThreshold = raw.warn !== undefined || raw.fail !== undefined;
  if (!hasThreshold && !ctx.hasReference) {
    ctx.error(`${at}/metric`, 'policy/conflict', 'without "warn" or "fail" the thresholds are derived from reference chunks: add data.reference or a threshold');
  }
  if (raw.by !== undefined) {
    ctx.referColumn(`${at}/by`, raw.by);
    refuseIdGroups(raw.by, `${at}/by`, ctx);
  }

  const spec: { -readonly [K in keyof PerformanceCheckSpec]: PerformanceCheckSpec[K] } = {
    ...base,
    type: 'performance',
    metric,
    average: raw.average ?? 'macro',
    min_group_size: raw.min_group_size ?? base.min_samples,
  };
  if (raw.decision_threshold !== undefined) spec.decision_threshold = raw.decision_threshold;
  if (raw.by !== undefined) spec.by = raw.by;
  if (raw.when_unlabelled !== undefined) spec.when_unlabelled = raw.when_unlabelled;
  if (raw.attribution !== undefined) spec.attribution = raw.attribution;
  if (raw.warn !== undefined) spec.warn = normaliseThreshold(raw.warn, `${at}/warn`, ctx);
  if (raw.fail !== undefined) spec.fail = normaliseThreshold(raw.fail, `${at}/fail`, ctx);
  return spec;
}
