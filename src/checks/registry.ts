/**
 * Check modules keyed by `type`. Adding a check type: one file in this folder, one line here,
 * its spec in src/policy/types.ts and its `$defs` entry in schema/policy.v1.schema.json.
 */
import type { CheckSpec, CheckType } from '../policy/types.js';
import type { CheckModule } from './types.js';
import { driftCheck } from './drift.js';
import { dataQualityCheck } from './data-quality.js';
import { fairnessCheck } from './fairness.js';
import { operationalCheck } from './operational.js';
import { businessCheck } from './business.js';
import { performanceCheck } from './performance.js';
import { conceptDriftCheck } from './concept-drift.js';
import { labelShiftCheck } from './label-shift.js';
import { multivariateDriftCheck } from './multivariate-drift.js';

type Registry = { readonly [T in CheckType]: CheckModule<Extract<CheckSpec, { type: T }>> };

export const checkRegistry: Registry = {
  drift: driftCheck,
  data_quality: dataQualityCheck,
  fairness: fairnessCheck,
  operational: operationalCheck,
  business: businessCheck,
  performance: performanceCheck,
  concept_drift: conceptDriftCheck,
  label_shift: labelShiftCheck,
  multivariate_drift: multivariateDriftCheck,
};

export function checkModuleFor<T extends CheckType>(type: T): CheckModule<Extract<CheckSpec, { type: T }>> {
  return checkRegistry[type];
}
