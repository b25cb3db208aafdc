/**
 * Normalises a `concept_drift` check: `detector` (adwin, page_hinkley, ddm; adwin when not given,
 * the one that does not false-alarm on long stationary streams) with `parameters`
 * filled from River's defaults (docs/statistics.md#change-detectors); a parameter of another
 * detector is an error; DDM needs a classification model (it reads 0/1 errors). Without
 * thresholds on the number of changes found, any change warns (`warn: { gte: 1 }`).
 */
import type { NormaliseContext } from '../context.js';
import { normaliseThreshold } from '../thresholds.js';
import type { RawCheck, RawThreshold } from '../raw.js';
import type { ConceptDriftCheckSpec, ConceptDriftDetector } from '../types.js';
import type { CheckBaseFields } from './base.js';

type Kind = ConceptDriftDetector['kind'];

interface RawConceptDrift extends RawCheck {
  readonly detector?: Kind;
  readonly parameters?: Readonly<Record<string, number | string>>;
  readonly decision_threshold?: number;
  readonly warn?: RawThreshold;
  readonly fail?: RawThreshold;
}

/** River's defaults (river/drift/adwin.py, page_hinkley.py, binary/ddm.py). */
export const DETECTOR_DEFAULTS = {
  adwin: { kind: 'adwin', delta: 0.002, clock: 32, max_buckets: 5, min_window_length: 5, grace_period: 10 },
  page_hinkley: { kind: 'page_hinkley', min_instances: 30, delta: 0.005, threshold: 50, alpha: 1 - 0.0001, mode: 'both' },
  ddm: { kind: 'ddm', warm_start: 30, warning_threshold: 2, drift_threshold: 3 },
} as const satisfies { readonly [K in Kind]: Extract<ConceptDriftDetector, { kind: K }> };

export function normaliseConceptDrift(check: RawCheck, base: CheckBaseFields, ctx: NormaliseContext): ConceptDriftCheckSpec {
  const raw = check as RawConceptDrift;
  const at = base.pointer;
  const kind = raw.detector ?? 'adwin';
  const defaults: ConceptDriftDetector = DETECTOR_DEFAULTS[kind];
  const detector: Record<string, number | string> = { ...defaults };
  for (const [key, value] of Object.entries(raw.parameters ?? {})) {
    if (!(key in defaults) || key === 'kind') {
      const owner = (Object.keys(DETECTOR_DEFAULTS) as Kind[]).find((k) => key in DETECTOR_DEFAULTS[k] && key !== 'kind');
      const known = Object.keys(defaults).filter((k) => k !== 'kind').join(', ');
      ctx.error(`${at}/parameters/${key}`, 'policy/conflict', `"${key}" is ${owner ? `a parameter of ${owner}` : 'not a detector parameter'}, not of ${kind} (which takes ${known})`, 'key');
      continue;
    }
    if (key === 'mode' ? !['up', 'down', 'both'].includes(String(value)) : typeof value !== 'number') {
      ctx.error(`${at}/parameters/${key}`, 'policy/wrong-type', key === 'mode' ? '"mode" is up, down or both' : `"${key}" must be a number`);
      continue;
    }
    detector[key] = value;
  }
  if (kind === 'ddm' && ctx.task === 'regression') ctx.error(`${at}/detector`, 'policy/conflict', 'DDM reads 0/1 errors; for a regression model use adwin or page_hinkley');
  if (raw.decision_threshold !== undefined && ctx.task !== undefined && ctx.task !== 'binary_classification') {
    ctx.error(`${at}/decision_threshold`, 'policy/conflict', '"decision_threshold" applies to binary classification only', 'key');
  }
  const spec: { -readonly [K in keyof ConceptDriftCheckSpec]: ConceptDriftCheckSpec[K] } = {
    ...base,
    type: 'concept_drift',
    detector: detector as unknown as ConceptDriftDetector,
  };
  if (raw.decision_threshold !== undefined) spec.decision_threshold = raw.decision_threshold;
  if (raw.warn !== undefined) spec.warn = normaliseThreshold(raw.warn, `${at}/warn`, ctx);
  if (raw.fail !== undefined) spec.fail = normaliseThreshold(raw.fail, `${at}/fail`, ctx);
  if (raw.warn === undefined && raw.fail === undefined) spec.warn = { gte: 1 };
  return spec;
}
