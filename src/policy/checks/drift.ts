/**
 * Normalises a `drift` check: features (default all), method (default auto), per-feature
 * thresholds on distances (default fail ≥ 0.1) and on p-values (default fail < 0.05), optional
 * dataset share thresholds, bins (default 10), the multiple-testing correction of the p-values
 * (default bh) and an optional effect-size gate (min_effect, measured by ks unless effect says
 * wasserstein). Needs data.reference. correction and min_effect belong to tests: with a distance
 * method they are an error rather than silently ignored. `by` (one column or two, as fairness's)
 * segments the comparison; `min_group_size` (default min_samples) needs `by`.
 */
import type { NormaliseContext } from '../context.js';
import { normaliseThresholds } from '../thresholds.js';
import type { RawCheck, RawThresholds } from '../raw.js';
import type { DriftCheckSpec, DriftCorrection, DriftEffect, DriftMethod } from '../types.js';
import { referColumns } from './base.js';
import { normaliseBy } from './grouping.js';
import type { CheckBaseFields } from './base.js';

interface RawDrift extends RawCheck {
  readonly features?: 'all' | readonly string[];
  readonly method?: DriftMethod | 'auto';
  readonly per_feature?: RawThresholds;
  readonly p_value?: RawThresholds;
  readonly dataset?: { readonly share_drifted?: RawThresholds };
  readonly bins?: number;
  readonly correction?: DriftCorrection;
  readonly min_effect?: number;
  readonly effect?: DriftEffect;
  readonly by?: string | readonly string[];
  readonly min_group_size?: number;
}

/** The methods judged on a p-value (the checks room's TESTS; the policy room imports none of it). */
const TEST_METHODS: ReadonlySet<string> = new Set(['ks', 'chi_square', 'z']);

export const DRIFT_DEFAULTS = {
  features: 'all',
  method: 'auto',
  per_feature: { fail: { gte: 0.1 } },
  p_value: { fail: { lt: 0.05 } },
  bins: 10,
  correction: 'bh',
  effect: 'ks',
} as const;

export function normaliseDrift(check: RawCheck, base: CheckBaseFields, ctx: NormaliseContext): DriftCheckSpec {
  const raw = check as RawDrift;
  const at = base.pointer;
  if (!ctx.hasReference) ctx.error(`${at}/type`, 'policy/conflict', 'a drift check compares with reference data: add data.reference');
  const features = raw.features ?? DRIFT_DEFAULTS.features;
  referColumns(features, `${at}/features`, ctx);
  const spec: { -readonly [K in keyof DriftCheckSpec]: DriftCheckSpec[K] } = {
    ...base,
    type: 'drift',
    features: features === 'all' ? 'all' : [...features],
    method: raw.method ?? DRIFT_DEFAULTS.method,
    per_feature: normaliseThresholds(raw.per_feature, `${at}/per_feature`, ctx) ?? DRIFT_DEFAULTS.per_feature,
    p_value: normaliseThresholds(raw.p_value, `${at}/p_value`, ctx) ?? DRIFT_DEFAULTS.p_value,
    bins: raw.bins ?? DRIFT_DEFAULTS.bins,
    correction: raw.correction ?? DRIFT_DEFAULTS.correction,
  };
  const method = spec.method;
  for (const key of ['correction', 'min_effect'] as const) {
    if (raw[key] !== undefined && method !== 'auto' && !TEST_METHODS.has(method)) {
      ctx.error(`${at}/${key}`, 'policy/conflict', `${key} applies to p-value tests (ks, chi_square, z), but method ${method} is judged on its statistic`, 'key');
    }
  }
  if (raw.effect !== undefined && raw.min_effect === undefined) {
    ctx.error(`${at}/effect`, 'policy/conflict', 'effect says how min_effect is measured: add min_effect', 'key');
  }
  if (raw.min_effect !== undefined) spec.min_effect = { value: raw.min_effect, effect: raw.effect ?? DRIFT_DEFAULTS.effect };
  // A pii column cannot be a segment (referColumn refuses it), nor can the id column (normaliseBy).
  const by = normaliseBy(raw.by, `${at}/by`, ctx);
  if (by !== undefined) {
    spec.by = by;
    spec.min_group_size = raw.min_group_size ?? base.min_samples;
  } else if (raw.min_group_size !== undefined) {
    ctx.error(`${at}/min_group_size`, 'policy/conflict', 'min_group_size applies to the groups of "by": add by, or remove min_group_size', 'key');
  }
  if (raw.dataset !== undefined) {
    const share = normaliseThresholds(raw.dataset.share_drifted, `${at}/dataset/share_drifted`, ctx);
    spec.dataset = share === undefined ? {} : { share_drifted: share };
  }
  return spec;
}
