/**
 * Normalises a `label_shift` check: a classification model with labelled reference data
 * (data.reference and columns.target); `decision_threshold` for binary models; `max_condition`
 * (default 100) bounds how ill-conditioned the reference confusion matrix may be. warn/fail judge
 * each class's |q̂ − p̂|, already a change against the reference, so `vs: reference` is refused;
 * without either, `warn: { gt: 0.05 }` and `fail: { gt: 0.1 }` (docs/policy.md#type-label_shift).
 */
import type { NormaliseContext } from '../context.js';
import { normaliseThreshold } from '../thresholds.js';
import type { RawCheck, RawThreshold } from '../raw.js';
import type { LabelShiftCheckSpec } from '../types.js';
import type { CheckBaseFields } from './base.js';

interface RawLabelShift extends RawCheck {
  readonly decision_threshold?: number;
  readonly max_condition?: number;
  readonly warn?: RawThreshold;
  readonly fail?: RawThreshold;
}

export const LABEL_SHIFT_DEFAULTS = {
  warn: { gt: 0.05 },
  fail: { gt: 0.1 },
  max_condition: 100,
} as const;

export function normaliseLabelShift(check: RawCheck, base: CheckBaseFields, ctx: NormaliseContext): LabelShiftCheckSpec {
  const raw = check as RawLabelShift;
  const at = base.pointer;
  if (ctx.task === 'regression') ctx.error(`${at}/type`, 'policy/conflict', 'label_shift estimates class priors: model.task must be binary_classification or multiclass_classification');
  if (!ctx.hasReference) ctx.error(`${at}/type`, 'policy/conflict', 'label_shift estimates from the labelled reference: add data.reference');
  if (ctx.columns.target === undefined) ctx.error(`${at}/type`, 'policy/conflict', 'label_shift reads the reference\'s labels: add columns.target');
  if (raw.decision_threshold !== undefined && ctx.task !== undefined && ctx.task !== 'binary_classification') {
    ctx.error(`${at}/decision_threshold`, 'policy/conflict', '"decision_threshold" applies to binary classification only', 'key');
  }
  for (const level of ['warn', 'fail'] as const) {
    const threshold = raw[level];
    if (threshold?.vs !== undefined || threshold?.relative !== undefined || threshold?.absolute !== undefined) {
      ctx.error(`${at}/${level}`, 'policy/conflict', `label_shift judges |current prior − reference prior| of each class, already a change against the reference: write the bound on it (e.g. ${level}: { gt: 0.1 }) without vs, relative or absolute`, 'key');
    }
  }
  const spec: { -readonly [K in keyof LabelShiftCheckSpec]: LabelShiftCheckSpec[K] } = {
    ...base,
    type: 'label_shift',
    max_condition: raw.max_condition ?? LABEL_SHIFT_DEFAULTS.max_condition,
  };
  if (raw.decision_threshold !== undefined) spec.decision_threshold = raw.decision_threshold;
  if (raw.warn !== undefined) spec.warn = normaliseThreshold(raw.warn, `${at}/warn`, ctx);
  if (raw.fail !== undefined) spec.fail = normaliseThreshold(raw.fail, `${at}/fail`, ctx);
  if (raw.warn === undefined && raw.fail === undefined) {
    spec.warn = LABEL_SHIFT_DEFAULTS.warn;
    spec.fail = LABEL_SHIFT_DEFAULTS.fail;
  }
  return spec;
}
