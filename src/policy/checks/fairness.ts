/**
 * Normalises a `fairness` check: `by` (required, one or two columns), `aggregate` (default
 * difference), `metric` (required, except for equalized_odds which uses TPR and FPR),
 * `reference_group` (required by, and only for, vs_group), `min_group_size` (default 30),
 * `require_non_overlap` (default false), `positive_label` (default 1), and a warn/fail threshold.
 * Metrics other than selection_rate need labels: columns.target must be declared.
 */
import type { NormaliseContext } from '../context.js';
import type { RawCheck, RawThreshold } from '../raw.js';
import { normaliseThreshold } from '../thresholds.js';
import type { FairnessAggregate, FairnessCheckSpec, FairnessMetric, Scalar } from '../types.js';
import type { CheckBaseFields } from './base.js';
import { DEFAULT_MIN_GROUP_SIZE, normaliseBy } from './grouping.js';

interface RawFairness extends RawCheck {
  readonly metric?: FairnessMetric;
  readonly by: string | readonly string[];
  readonly aggregate?: FairnessAggregate;
  readonly reference_group?: string;
  readonly min_group_size?: number;
  readonly require_non_overlap?: boolean;
  readonly positive_label?: Scalar;
  readonly warn?: RawThreshold;
  readonly fail?: RawThreshold;
}

export function normaliseFairness(check: RawCheck, base: CheckBaseFields, ctx: NormaliseContext): FairnessCheckSpec {
  const raw = check as RawFairness;
  const at = base.pointer;
  const aggregate = raw.aggregate ?? 'difference';
  const by = normaliseBy(raw.by, `${at}/by`, ctx) ?? [];
  if (aggregate === 'equalized_odds' && raw.metric !== undefined) {
    ctx.error(`${at}/metric`, 'policy/conflict', 'aggregate equalized_odds compares both true_positive_rate and false_positive_rate: remove "metric"', 'key');
  }
  if (aggregate !== 'equalized_odds' && raw.metric === undefined) ctx.error(`${at}/type`, 'policy/conflict', `a fairness check needs a "metric" (selection_rate, true_positive_rate, ...)`);
  if (aggregate === 'vs_group' && raw.reference_group === undefined) {
    ctx.error(`${at}/aggregate`, 'policy/conflict', `aggregate vs_group needs "reference_group"${by.length === 2 ? ' (a label such as "Male × White")' : ''}`);
  }
  if (aggregate !== 'vs_group' && raw.reference_group !== undefined) {
    ctx.error(`${at}/reference_group`, 'policy/conflict', `"reference_group" applies only to aggregate vs_group, not ${aggregate}`, 'key');
  }
  const metric = raw.metric ?? 'true_positive_rate';
  if ((metric !== 'selection_rate' || aggregate === 'equalized_odds') && ctx.columns.target === undefined) {
    ctx.error(`${at}/${raw.metric === undefined ? 'aggregate' : 'metric'}`, 'policy/conflict', `${aggregate === 'equalized_odds' ? 'equalized_odds' : metric} compares predictions with labels: declare columns.target`);
  }
  if (ctx.columns.prediction === undefined && ctx.columns.score === undefined) {
    ctx.error(`${at}/type`, 'policy/conflict', 'a fairness check reads predictions: declare columns.prediction (or columns.score, thresholded at 0.5)');
  }
  if (raw.warn === undefined && raw.fail === undefined) ctx.error(`${at}/type`, 'policy/conflict', 'a fairness check needs a "warn" or "fail" threshold');

  const spec: { -readonly [K in keyof FairnessCheckSpec]: FairnessCheckSpec[K] } = {
    ...base,
    type: 'fairness',
    metric,
    by,
    aggregate,
    min_group_size: raw.min_group_size ?? DEFAULT_MIN_GROUP_SIZE,
    require_non_overlap: raw.require_non_overlap ?? false,
    positive_label: raw.positive_label ?? 1,
  };
  if (raw.reference_group !== undefined) spec.reference_group = raw.reference_group;
  if (raw.warn !== undefined) spec.warn = normaliseThreshold(raw.warn, `${at}/warn`, ctx);
  if (raw.fail !== undefined) spec.fail = normaliseThreshold(raw.fail, `${at}/fail`, ctx);
  return spec;
}
