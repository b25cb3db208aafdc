/**
 * Check normalisers keyed by `type`. Adding a check type (docs/policy.md#adding-a-check-type):
 * its `$defs` entry and `oneOf` line in schema/policy.v1.schema.json, its spec in the CheckSpec
 * union of ../types.ts, a normaliser file in this folder and one line here. The mapped type makes
 * the compiler refuse a CheckSpec member without a normaliser.
 */
import type { CheckType } from '../types.js';
import type { CheckNormaliser } from './base.js';
import { normaliseDataQuality } from './data-quality.js';
import { normaliseDrift } from './drift.js';
import { normaliseFairness } from './fairness.js';
import { normaliseOperational } from './operational.js';
import { normaliseBusiness } from './business.js';
import { normalisePerformance } from './performance.js';
import { normaliseConceptDrift } from './concept-drift.js';
import { normaliseLabelShift } from './label-shift.js';
import { normaliseMultivariateDrift } from './multivariate-drift.js';

export const checkNormalisers: { readonly [T in CheckType]: CheckNormaliser<T> } = {
  drift: normaliseDrift,
  data_quality: normaliseDataQuality,
  fairness: normaliseFairness,
  operational: normaliseOperational,
  business: normaliseBusiness,
  performance: normalisePerformance,
  concept_drift: normaliseConceptDrift,
  label_shift: normaliseLabelShift,
  multivariate_drift: normaliseMultivariateDrift,
};

export function isCheckType(type: string): type is CheckType {
  return Object.hasOwn(checkNormalisers, type);
}
