/**
 * A check's context when a side of the model was read from a profile or pushed down into a
 * database: the view of the aggregates the check may read (checks/profile-support.ts), or the
 * outcome that says why it cannot be computed from them. Sides read as rows pass unchanged.
 */
import type { CheckContext, CheckOutcome } from '../checks/types.js';
import { checkNeeds, sideSupport } from '../checks/profile-support.js';
import type { Table } from '../data/table.js';
import type { CheckSpec } from '../policy/types.js';
import { jointView, profileFacts, type ProfileFacts } from '../profile/table.js';
import type { AggregatesReport } from './report.js';
import { failure, ok, type Result } from '../problems.js';
import { roundedScores } from './profile-bounds.js';
import { rangeSplits } from '../profile/buckets.js';
import { qualityColumns } from '../checks/columns.js';


export type ProfiledCheck =
  | { readonly ok: true; readonly spec: CheckSpec; readonly context: CheckContext; readonly aggregates?: AggregatesReport; readonly bound?: number }
  | { readonly ok: false; readonly outcome: CheckOutcome; readonly aggregates: AggregatesReport };

/** Joint views, built once per table. */
const joints = new WeakMap<Table, Table | null>();

function jointOf(table: Table, facts: ProfileFacts): Table | null {
  if (!joints.has(table)) joints.set(table, jointView(facts.profile, table.origin, facts.computed));
  return joints.get(table)!;
}

export function profiledCheck(spec: CheckSpec, context: CheckContext): ProfiledCheck {
  const reference = profileFacts(context.reference);
  const current = profileFacts(context.current);
  if (reference === undefined && current === undefined) return { ok: true, spec, context };
  const aggregates: AggregatesReport = { ...(reference !== undefined && { reference: reference.computed }), ...(current !== undefined && { current: current.computed }) };
  const needs = checkNeeds(spec, context.policy);
  const sides = { reference, current } as const;
  const chosen: Partial<Record<'reference' | 'current', 'columns' | 'joint' | 'without'>> = {};
  for (const side of ['current', 'reference'] as const) {
    const facts = sides[side];
    if (facts === undefined) continue;
    const support = sideSupport(side, needs, context.policy, facts.profile.joint?.columns ?? []);
    if (!support.ok) {
      const what = side === 'reference' ? 'the reference is' : 'the current data is';
      return { ok: false, aggregates, outcome: { status: support.status, code: support.code, value: null, thresholds: {}, message: `${what} aggregates: ${support.message}`, details: null } };
    }
    chosen[side] = support.value;
  }
  const viewOf = (table: Table | null, facts: ProfileFacts | undefined, choice: 'columns' | 'joint' | 'without' | undefined): Table | null => {
    if (table === null || facts === undefined || choice === 'columns') return table;
    return choice === 'without' ? null : jointOf(table, facts);
  };
  const ranged = rangeSplitsHeld(needs.spec, context, current);
  if (!ranged.ok) return { ok: false, aggregates, outcome: { status: ranged.status, code: ranged.code, value: null, thresholds: {}, message: ranged.message, details: null } };
  const rounded = roundedScores(needs.spec, context.policy, [chosen.reference === 'joint' ? reference : undefined, chosen.current === 'joint' ? current : undefined]);
  if (!rounded.ok) return { ok: false, aggregates, outcome: { status: rounded.status, code: rounded.code, value: null, thresholds: {}, message: rounded.message, details: null } };
  const currentView = viewOf(context.current, current, chosen.current)!;
  const used: AggregatesReport = { ...(reference !== undefined && chosen.reference !== 'without' && { reference: reference.computed }), ...(current !== undefined && { current: current.computed }) };
  return {
    ok: true,
    spec: needs.spec,
    ...(Object.keys(used).length > 0 && { aggregates: used }),
    ...(rounded.value !== null && { bound: rounded.value }),
    context: { ...context, reference: viewOf(context.reference, reference, chosen.reference), current: currentView, currentUnwindowed: current === undefined ? context.currentUnwindowed : currentView },
  };
}

/** What the message adds on a check computed from aggregates: where each side's numbers came from. */
export function aggregatesNote(aggregates: AggregatesReport): string {
  const where = (side: string, from: 'profile' | 'database'): string => (from === 'profile' ? `${side} from a profile` : `${side} computed in the database`);
  const parts = [aggregates.reference && where('reference', aggregates.reference), aggregates.current && where('current', aggregates.current)].filter((p): p is string => typeof p === 'string');
  return parts.length === 0 ? '' : ` (${parts.join('; ')})`;
}

/**
 * out_of_range_share on a profiled current side: a column whose buckets hold ranges of values
 * counts exactly only if they were split at the range's bounds (needs.ts puts them there when
 * the profile is made for this policy and reference).
 */
function rangeSplitsHeld(spec: CheckSpec, context: CheckContext, current: ProfileFacts | undefined): Result<null> {
  if (current === undefined || spec.type !== 'data_quality' || spec.metric !== 'out_of_range_share' || spec.range === undefined) return ok(null);
  const names = spec.columns === 'all' ? qualityColumns(context.policy, context.current) : spec.columns;
  for (const name of names) {
    const column = current.numeric(name);
    if (column === undefined || current.error(name).cdf === 0) continue;
    let bounds: { min?: number; max?: number } | undefined;
    if (spec.range === 'reference') {
      const ref = context.reference?.column(name);
      const facts = profileFacts(context.reference)?.numeric(name);
      if (facts !== undefined) bounds = facts.min === null || facts.max === null ? undefined : { min: facts.min, max: facts.max };
      else if (ref?.kind === 'numeric') {
        let min = Infinity;
        let max = -Infinity;
        for (const v of ref.values) if (v === v) [min, max] = [Math.min(min, v), Math.max(max, v)];
        bounds = min <= max ? { min, max } : undefined;
      }
    } else bounds = spec.range;
    if (bounds === undefined) continue;
    if (rangeSplits(bounds.min, bounds.max).some((p) => !column.splits.includes(p))) {
      return failure('profile/missing', `the current profile's buckets of "${name}" were not split at the range's bounds, so its out-of-range count would not be exact: profile the current side again with this policy and reference`);
    }
  }
  return ok(null);
}
