/**
 * The bounds a check computed from aggregates reports (docs/statistics.md#profiles): scores
 * rounded in a joint aggregate, percentiles read from buckets.
 */
import type { CheckContext, CheckOutcome } from '../checks/types.js';
import { SCORE_METRICS } from '../checks/performance-metric.js';
import type { CheckSpec } from '../policy/types.js';
import { failure, ok, type Result } from '../problems.js';
import { profileFacts, type ProfileFacts } from '../profile/table.js';
import type { JointProfile } from '../profile/types.js';

/**
 * A performance metric read from a joint aggregate whose scores were rounded (profile/joint.ts):
 * ROC AUC and the Brier score of a binary model stay within a bound, which the check reports
 * (the value and the reference value alike): rounding moves a score by at most step / 2, so a
 * Brier term moves by at most step; only pairs whose scores now share a cell can change their
 * AUC vote, by at most ½ each; ECE's confidences move by at most step / 2 and only rows in a cell
 * within a step of one of its ten bins' edges can change bin, each moving the sum by at most
 * 2 / n. The other score metrics are refused with what to do.
 */
export function roundedScores(spec: CheckSpec, policy: CheckContext['policy'], sides: readonly (ProfileFacts | undefined)[]): Result<number | null> {
  if (spec.type !== 'performance' || !SCORE_METRICS.includes(spec.metric)) return ok(null);
  let bound: number | null = null;
  for (const facts of sides) {
    const joint = facts?.profile.joint;
    if (joint === undefined || joint === null || joint.score_step === null) continue;
    const binary = policy.model.task === 'binary_classification' && spec.by === undefined;
    if (!binary || (spec.metric !== 'roc_auc' && spec.metric !== 'brier' && spec.metric !== 'ece')) {
      return failure('profile/missing', `the profile rounded scores to ${joint.score_step} to fit its joint aggregate, and ${spec.metric}${binary ? '' : ' (here)'} is not computed from rounded scores: profile again with a higher --joint-limit`);
    }
    const side = spec.metric === 'brier' ? joint.score_step : spec.metric === 'ece' ? eceBound(joint, policy.columns.score) : aucTieBound(joint, policy.columns.target, policy.columns.score);
    bound = Math.max(bound ?? 0, side);
  }
  return ok(bound);
}

/** ½ Σ over rounded-score cells of (rows of one class × rows of the other) / (all pairs of the two classes). */
function aucTieBound(joint: JointProfile, target: string | undefined, score: string | undefined): number {
  const t = target === undefined ? -1 : joint.columns.indexOf(target);
  const s = score === undefined ? -1 : joint.columns.indexOf(score);
  if (t < 0 || s < 0) return 1;
  const classes = new Map<string, number>();
  const cells = new Map<number, Map<string, number>>();
  for (const tuple of joint.tuples) {
    const y = tuple[t];
    const x = tuple[s];
    if (y === null || x === null || y === undefined || typeof x !== 'number') continue;
    const label = String(y);
    const count = tuple[tuple.length - 1] as number;
    classes.set(label, (classes.get(label) ?? 0) + count);
    const cell = cells.get(x) ?? new Map<string, number>();
    cell.set(label, (cell.get(label) ?? 0) + count);
    cells.set(x, cell);
  }
  if (classes.size !== 2) return 1;
  const [a, b] = [...classes.keys()] as [string, string];
  let ties = 0;
  for (const cell of cells.values()) ties += (cell.get(a) ?? 0) * (cell.get(b) ?? 0);
  return (0.5 * ties) / (classes.get(a)! * classes.get(b)!);
}

/** step / 2 + 2 × the share of rows in cells within a step of an inner edge of ECE's ten bins. */
function eceBound(joint: JointProfile, score: string | undefined): number {
  const s = score === undefined ? -1 : joint.columns.indexOf(score);
  const step = joint.score_step ?? 0;
  if (s < 0) return 1;
  let near = 0;
  let rows = 0;
  for (const tuple of joint.tuples) {
    const x = tuple[s];
    const count = tuple[tuple.length - 1] as number;
    if (typeof x !== 'number') continue;
    rows += count;
    const edge = Math.round(x * 10) / 10;
    if (edge > 0 && edge < 1 && Math.abs(x - edge) <= step) near += count;
  }
  return rows === 0 ? 1 : step / 2 + (2 * near) / rows;
}

const PERCENTILES = new Set(['p50', 'p90', 'p95', 'p99', 'max']);

/**
 * An operational percentile read back from buckets: the value lies in one bucket of its side's
 * column, and the rows' percentile in the same bucket, so the bucket's width bounds the error (0
 * when it holds one value). The larger of the value's and the reference value's.
 */
export function percentileBound(spec: CheckSpec, context: CheckContext, outcome: CheckOutcome): number | undefined {
  if (spec.type !== 'operational' || !PERCENTILES.has(spec.metric) || spec.column === undefined) return undefined;
  let bound: number | undefined;
  for (const [table, value] of [[context.current, outcome.value], [context.reference, outcome.reference_value ?? null]] as const) {
    const column = profileFacts(table)?.numeric(spec.column);
    if (column === undefined || value === null) continue;
    const width = column.values !== undefined ? 0 : Math.max(0, ...column.buckets.filter((b) => b.min <= value && value <= b.max).map((b) => b.max - b.min));
    bound = Math.max(bound ?? 0, width);
  }
  return bound;
}

