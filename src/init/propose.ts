/**
 * `modelwatch init`, step 2: checks and their thresholds, from the reference's own variability.
 *
 * Each proposed check is run by its own check module (src/checks/) on R = 20 pairs of seeded
 * random halves of the reference (half A as reference, half B as current; seeds 1..20), and on
 * the whole reference against itself. `largest` is the largest value seen in the direction the
 * check judges (a drift distance of any feature, a missing or unseen share, a drop of the
 * performance metric between the halves). The thresholds are then
 *
 *   warn = ceil2(max(1.5 × largest, floor)),  fail = ceil2(max(3 × largest, 2 × floor)),
 *
 * ceil2 rounding up to two significant digits and floor = 0.001 (so that a reference with no
 * variability at all, e.g. no missing value, still gets a threshold a sound batch passes). Both
 * are strict (`gt`, or `lt` on a drop), so the whole reference, whose value is at most `largest`
 * (a distance or a change of 0 against itself), passes by construction; the caller verifies it.
 *
 * Cost: R × 2 evaluations of each check on half the rows: O(R × rows × log rows × features).
 */
import { mulberry32 } from '../data/random.js';
import type { Table } from '../data/table.js';
import { checkModuleFor } from '../checks/registry.js';
import type { CheckContext, CheckOutcome } from '../checks/types.js';
import type { DriftDetails, DataQualityDetails } from '../checks/details.js';
import type { CheckSpec, Policy, Task } from '../policy/types.js';
import type { Inference } from './infer.js';

export const REPETITIONS = 20;
export const WARN_MARGIN = 1.5;
export const FAIL_MARGIN = 3;
export const FLOOR = 0.001;

/** A check as written in the policy (plain data), with the comment that says where its numbers come from. */
export interface ProposedCheck {
  readonly raw: Record<string, unknown>;
  readonly comment: string;
}

/** What a check's value is in the halves and what thresholds it gets. */
interface Plan {
  readonly raw: (warn: number, fail: number) => Record<string, unknown>;
  /** The value the thresholds judge, from one outcome (null: not measured). */
  readonly measure: (outcome: CheckOutcome) => number | null;
  readonly what: string;
}

/** Placeholder bounds for the measuring run: never reached, so no check computes extras (attribution). */
const UNREACHABLE = 1e300;

/**
 * The checks for these roles. `loadDraft` turns raw checks into the normalised Policy the check
 * modules read (the project's own loader and normaliser, so specs get their defaults).
 */
export function proposeChecks(reference: Table, roles: Inference, loadDraft: (checks: Record<string, unknown>[]) => Policy): ProposedCheck[] {
  let plans = checkPlans(roles);
  if (plans.length === 0) return [];
  // A drift check whose `auto` chose a test on a half (≤ 1,000 values) would be judged on a
  // p-value, which has no "largest between halves": use a distance for every column instead.
  const first = splitHalves(reference, 1).next().value!;
  plans = plans.map((plan) => (isAutoDrift(plan) && usesTests(plan, first, loadDraft) ? withMethod(plan, 'jensen_shannon') : plan));
  const policy = loadDraft(plans.map((plan) => plan.raw(UNREACHABLE / 2, UNREACHABLE)));
  const values: number[][] = plans.map(() => []);
  // Each pair of halves is drawn once and every check measured on it, so that one pair is in
  // memory at a time; then the whole reference against itself.
  const pairs = function* (): Generator<readonly [Table, Table]> {
    yield* splitHalves(reference, REPETITIONS);
    yield [reference, reference];
  };
  for (const [a, b] of pairs()) {
    plans.forEach((plan, i) => {
      const value = plan.measure(runCheck(policy.checks[i]!, policy, a, b));
      if (value !== null) values[i]!.push(value);
    });
  }
  return plans.map((plan, i) => {
    const largest = Math.max(0, ...values[i]!);
    const warn = ceil2(Math.max(WARN_MARGIN * largest, FLOOR));
    const fail = ceil2(Math.max(FAIL_MARGIN * largest, 2 * FLOOR));
    return {
      raw: plan.raw(warn, fail),
      comment: `from ${REPETITIONS} random halves of the reference: largest ${plan.what} ${formatValue(largest)} (warn above ${WARN_MARGIN}×, fail above ${FAIL_MARGIN}×, at least ${FLOOR})`,
    };
  });
}

function isAutoDrift(plan: Plan): boolean {
  const raw = plan.raw(1, 2);
  return raw.type === 'drift' && raw.method === 'auto';
}

function checkPlans(roles: Inference): Plan[] {
  const plans: Plan[] = [];
  const features = roles.numerical.length + roles.categorical.length;
  if (features > 0) {
    plans.push({
      what: 'drift distance of a feature',
      raw: (warn, fail) => ({ id: 'feature-drift', type: 'drift', features: 'all', method: 'auto', per_feature: { warn: { gt: warn }, fail: { gt: fail } } }),
      measure: worstDistance,
    });
  }
  if (roles.score !== undefined) {
    plans.push({
      what: 'PSI of the score',
      raw: (warn, fail) => ({ id: 'score-drift', type: 'drift', features: [roles.score], method: 'psi', per_feature: { warn: { gt: warn }, fail: { gt: fail } } }),
      measure: worstDistance,
    });
  }
  if (features > 0) {
    plans.push({
      what: 'missing share of a feature',
      raw: (warn, fail) => ({ id: 'missing-values', type: 'data_quality', metric: 'missing_share', columns: 'all', warn: { gt: warn }, fail: { gt: fail } }),
      measure: (o) => worstQuality(o),
    });
  }
  if (roles.categorical.length > 0) {
    plans.push({
      what: 'unseen share of a feature',
      raw: (warn, fail) => ({ id: 'unseen-categories', type: 'data_quality', metric: 'unseen_share', columns: 'all', warn: { gt: warn }, fail: { gt: fail } }),
      measure: (o) => worstQuality(o),
    });
  }
  if (roles.target !== undefined) plans.push(...performancePlans(roles.task, roles.prediction, roles.score));
  return plans;
}

function performancePlans(task: Task, prediction: string | undefined, score: string | undefined): Plan[] {
  const drop = (warn: number, fail: number) => ({ warn: { vs: 'reference', absolute: { lt: -warn } }, fail: { vs: 'reference', absolute: { lt: -fail } } });
  // A fall of a score (higher is better): reference value − current value.
  const fall = (o: CheckOutcome): number | null => (o.value === null || o.reference_value == null ? null : o.reference_value - o.value);
  const metric = (name: string, what: string): Plan => ({ what, raw: (warn, fail) => ({ id: name.replace(/_/g, '-'), type: 'performance', metric: name, ...drop(warn, fail) }), measure: fall });
  if (task === 'regression') {
    if (prediction === undefined) return [];
    // An error (lower is better), as a relative rise: the unit of the target drops out.
    return [
      {
        what: 'relative rise of the MAE',
        raw: (warn, fail) => ({ id: 'mae', type: 'performance', metric: 'mae', warn: { vs: 'reference', relative: { gt: warn } }, fail: { vs: 'reference', relative: { gt: fail } } }),
        measure: (o) => (o.value === null || o.reference_value == null || o.reference_value === 0 ? null : (o.value - o.reference_value) / Math.abs(o.reference_value)),
      },
    ];
  }
  // A multiclass check needs columns.class_scores to know the classes, which init cannot guess.
  if (task === 'multiclass_classification') return [];
  const plans: Plan[] = [];
  if (prediction !== undefined) plans.push(metric('accuracy', 'fall of accuracy'));
  if (task === 'binary_classification' && score !== undefined) plans.push(metric('roc_auc', 'fall of ROC AUC'));
  return plans;
}

function worstDistance(outcome: CheckOutcome): number | null {
  const details = outcome.details as DriftDetails | null;
  const stats = (details?.columns ?? []).map((c) => c.statistic).filter((s): s is number => s !== null && Number.isFinite(s));
  return stats.length === 0 ? null : Math.max(...stats);
}

function worstQuality(outcome: CheckOutcome): number | null {
  const details = outcome.details as DataQualityDetails | null;
  const values = (details?.columns ?? []).map((c) => c.value).filter((v): v is number => v !== null);
  return values.length === 0 ? outcome.value : Math.max(...values);
}

function usesTests(plan: Plan, [a, b]: readonly [Table, Table], loadDraft: (checks: Record<string, unknown>[]) => Policy): boolean {
  const policy = loadDraft([plan.raw(UNREACHABLE / 2, UNREACHABLE)]);
  const details = runCheck(policy.checks[0]!, policy, a, b).details as DriftDetails | null;
  return (details?.columns ?? []).some((c) => c.p_value !== null);
}

function withMethod(plan: Plan, method: string): Plan {
  return { ...plan, raw: (warn, fail) => ({ ...plan.raw(warn, fail), method }) };
}

/** One check on (reference, current), as the engine would run it without a window. */
export function runCheck(spec: CheckSpec, policy: Policy, reference: Table, current: Table): CheckOutcome {
  const context: CheckContext = { policy, reference, current, currentUnwindowed: current, window: null, labels: null, now: new Date() };
  return checkModuleFor(spec.type).run(spec as never, context);
}

/**
 * R pairs (lazily) of disjoint random halves (the first ⌊n/2⌋ rows of a seeded Fisher–Yates shuffle,
 * and the rest), seeds 1..R with mulberry32. O(R × rows × columns).
 */
export function* splitHalves(table: Table, repetitions: number): Generator<[Table, Table]> {
  const n = table.rowCount;
  const half = Math.floor(n / 2);
  for (let r = 1; r <= repetitions; r++) {
    const random = mulberry32(r);
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random.uniform() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    yield [table.take(order.subarray(0, half)), table.take(order.subarray(half))];
  }
}

/** Rounds up to two significant digits (0.0312 → 0.032), never below the value. */
export function ceil2(x: number): number {
  if (!(x > 0)) return x;
  const magnitude = 10 ** (Math.floor(Math.log10(x)) - 1);
  const up = Math.ceil(x / magnitude - 1e-9) * magnitude;
  // Printed at two significant digits; bump once more if the print rounded below x.
  const printed = Number(up.toPrecision(2));
  return printed >= x ? printed : Number((up + magnitude).toPrecision(2));
}

function formatValue(x: number): string {
  return x === 0 ? '0' : Number(x.toPrecision(3)).toString();
}
