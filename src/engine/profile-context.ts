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


export type ProfiledCheck =
  | { readonly ok: true; readonly spec: CheckSpec; readonly context: CheckContext; readonly aggregates?: AggregatesReport }
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
  const currentView = viewOf(context.current, current, chosen.current)!;
  const used: AggregatesReport = { ...(reference !== undefined && chosen.reference !== 'without' && { reference: reference.computed }), ...(current !== undefined && { current: current.computed }) };
  return {
    ok: true,
    spec: needs.spec,
    ...(Object.keys(used).length > 0 && { aggregates: used }),
    context: { ...context, reference: viewOf(context.reference, reference, chosen.reference), current: currentView, currentUnwindowed: current === undefined ? context.currentUnwindowed : currentView },
  };
}

/** What the message adds on a check computed from aggregates: where each side's numbers came from. */
export function aggregatesNote(aggregates: AggregatesReport): string {
  const where = (side: string, from: 'profile' | 'database'): string => (from === 'profile' ? `${side} from a profile` : `${side} computed in the database`);
  const parts = [aggregates.reference && where('reference', aggregates.reference), aggregates.current && where('current', aggregates.current)].filter((p): p is string => typeof p === 'string');
  return parts.length === 0 ? '' : ` (${parts.join('; ')})`;
}
