/**
 * Which checks can be computed from a profile (or pushed down into a database), side by side,
 * and from which view of it (profile/table.ts): `columns` for a check that reads each column on
 * its own, `joint` for one that reads target, prediction, scores and groups row by row, `rows`
 * for one that reads rows — their order or time, or columns of one row that no aggregate holds.
 * A side that needs rows and is profiled makes the check `profile/rows-needed`, with what to do
 * instead; a reference the check only compares against (`optional`) is left out, as if there
 * were none. docs/statistics.md#profiles lists the same cases for users.
 */
import type { CheckSpec, Policy } from '../policy/types.js';
import { failure, ok, type Result } from '../problems.js';

export type ProfileView = 'columns' | 'joint';

/** What a side of the check needs: a view of aggregates, or rows (`optional`: the check runs without that side). */
export type SideNeed = { readonly view: ProfileView } | { readonly rows: string; readonly optional: boolean };

export interface ProfileNeedsOfCheck {
  readonly reference: SideNeed;
  readonly current: SideNeed;
  /** The spec to run (performance: attribution off, since it reweights the reference by each feature, row by row). */
  readonly spec: CheckSpec;
  /** Columns the joint view must hold, for checks that read it. */
  readonly joint: readonly string[];
  /** False when a profile made from rows serves the check but a database cannot compute it (a row rule): no pushdown. */
  readonly database?: boolean;
}

const view = (v: ProfileView): SideNeed => ({ view: v });
const rows = (why: string, optional = false): SideNeed => ({ rows: why, optional });

export function checkNeeds(spec: CheckSpec, policy: Policy): ProfileNeedsOfCheck {
  const both = (need: SideNeed, joint: readonly (string | undefined)[] = [], changed: CheckSpec = spec): ProfileNeedsOfCheck => ({
    reference: need,
    current: need,
    spec: changed,
    joint: joint.filter((n): n is string => n !== undefined),
  });
  const labels = [policy.columns.target, policy.columns.prediction];
  const currentRows = (why: string): ProfileNeedsOfCheck => ({ reference: rows(why, true), current: rows(why), spec, joint: [] });
  switch (spec.type) {
    case 'drift':
      return both(spec.by === undefined ? view('columns') : rows('drift by segment compares the rows of each group'));
    case 'data_quality':
      // A rule is counted on the rows when the profile is made (not in the database); freshness reads the newest timestamp.
      if (spec.metric === 'rule' || spec.metric === 'freshness') return { reference: rows('a rule or freshness reads current rows only', true), current: view('columns'), spec, joint: [], database: spec.metric !== 'rule' };
      return both(view('columns'));
    case 'operational':
      if (spec.by !== undefined) return both(rows('an operational check by group reads the group of each row'));
      if (spec.metric === 'throughput') return currentRows('throughput counts rows over the time they span');
      return both(view('columns'));
    case 'performance': {
      if (spec.when_unlabelled === 'estimate') return both(rows('CBPE estimates performance over chunks of rows in their order'));
      if (spec.warn === undefined && spec.fail === undefined) return both(rows('thresholds derived from the reference come from chunks of its rows in their order; give warn or fail'));
      const scores = [policy.columns.score, ...Object.values(policy.columns.class_scores ?? {})];
      return both(view('joint'), [...labels, ...scores, spec.by], { ...spec, attribution: false });
    }
    case 'fairness':
      return both(view('joint'), [...labels, ...spec.by]);
    case 'label_shift':
      return both(view('joint'), labels);
    case 'concept_drift':
      return currentRows('concept drift follows the errors of the rows in time order');
    case 'multivariate_drift':
      return both(rows('multivariate drift reads several columns of each row'));
    case 'business':
      return currentRows('a business KPI is an expression over the rows');
  }
}

/**
 * Whether a profiled side can serve what the check needs of it: the view, or why not (`without`:
 * run as if there were no reference). `joint` is the columns that side's joint aggregate holds.
 */
export function sideSupport(side: 'reference' | 'current', check: ProfileNeedsOfCheck, policy: Policy, joint: readonly string[]): Result<ProfileView | 'without'> {
  const need = check[side];
  if ('rows' in need) {
    if (need.optional) return ok('without');
    return failure('profile/rows-needed', `${need.rows}, which aggregates do not hold; read this side as rows (a file, or a postgres source with pushdown: never)`);
  }
  if (need.view === 'columns') return ok('columns');
  if (side === 'current' && policy.data.labels !== undefined) return failure('profile/rows-needed', `${check.spec.type} joins labels to predictions by id, row by row; read the current data as rows`);
  const wanted = check.joint.filter((n) => n === policy.columns.target || n === policy.columns.prediction || !isScore(n, policy) || joint.includes(n));
  const lacking = wanted.filter((n) => !joint.includes(n));
  if (joint.length === 0 || lacking.length > 0) {
    const names = (lacking.length > 0 ? lacking : wanted).map((n) => `"${n}"`).join(', ');
    return failure('profile/missing', `${check.spec.type} reads ${names} with the other label columns row by row, and the profile's joint aggregate lacks ${lacking.length > 0 ? 'them' : 'them all'}: profile again with this policy (modelwatch profile)`);
  }
  return ok('joint');
}

/** Score columns need not all be in the joint aggregate: a metric that reads one finds it missing and says so. */
function isScore(name: string, policy: Policy): boolean {
  return name === policy.columns.score || Object.values(policy.columns.class_scores ?? {}).includes(name);
}
