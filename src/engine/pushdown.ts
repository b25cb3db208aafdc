/**
 * Whether a model's current data is computed inside PostgreSQL (profile/pushdown/) instead of
 * read as rows, and doing it. A `postgres` current source's `pushdown`:
 *
 * - `never` (the default unless data.reference is a profile): rows are read, as always;
 * - `auto` (the default when data.reference is a profile): the checks' aggregates are computed
 *   in the database when every check of the model can be computed from them; when one cannot,
 *   the rows are read, that check's message says why, and the log says so;
 * - `required`: when a check cannot be, the model is `error` (profile/pushdown) with the reasons.
 *
 * What a check needs of the current side is checks/profile-support.ts's `checkNeeds`, the same
 * table that decides what a profile file serves: a check that reads rows (their order, time or
 * several columns of one row) is not pushed down, nor a row rule (`database: false`), nor a
 * check that joins late labels to predictions by id. Pushed down, the current side is the
 * profile's columns view (profile/table.ts): aggregates, not cut to the window again or sampled.
 */
import { checkNeeds } from '../checks/profile-support.js';
import { DataError } from '../data/errors.js';
import { describeSource } from '../data/sources/registry.js';
import type { ReadOptions } from '../data/read.js';
import type { ReadWindow } from '../data/sources/source.js';
import type { Table } from '../data/table.js';
import type { Policy, PostgresSourceSpec } from '../policy/types.js';
import { NO_REFERENCE, policyFingerprint, profileNeeds, type NeedsOptions } from '../profile/needs.js';
import { pushdownProfile } from '../profile/pushdown/run.js';
import { referenceFacts } from '../profile/reference-facts.js';
import { columnsView } from '../profile/table.js';
import type { Profile } from '../profile/types.js';

/** Why each check that cannot be computed in the database cannot, by check id. */
export type PushdownBlockers = ReadonlyMap<string, string>;

export type PushdownPlan =
  | { readonly push: true; readonly spec: PostgresSourceSpec }
  /** Rows are read; `fallback` holds the checks that kept `auto` from pushing down, and why. */
  | { readonly push: false; readonly fallback: PushdownBlockers };

const NOTHING: PushdownBlockers = new Map();

/** The pushdown mode of the current source, with its default; null for a source that has none. */
export function pushdownMode(policy: Policy): 'auto' | 'required' | 'never' | null {
  const spec = policy.data.current;
  if (spec.kind !== 'postgres') return null;
  return spec.pushdown ?? (policy.data.reference?.kind === 'profile' ? 'auto' : 'never');
}

/** Why each check of the policy cannot be computed from aggregates computed in a database. */
export function pushdownBlockers(policy: Policy): PushdownBlockers {
  const blockers = new Map<string, string>();
  for (const check of policy.checks) {
    const needs = checkNeeds(check, policy);
    const current = needs.current;
    if ('rows' in current) blockers.set(check.id, current.rows);
    else if (needs.database === false) blockers.set(check.id, 'a rule reads several columns of each row, and the database computes no row rule');
    else if (current.view === 'joint' && policy.data.labels !== undefined) blockers.set(check.id, `${check.type} joins labels to predictions by id, row by row`);
  }
  return blockers;
}

/** What to do with the current source; throws profile/pushdown when `required` cannot be met. */
export async function planPushdown(policy: Policy): Promise<PushdownPlan> {
  const mode = pushdownMode(policy);
  if (mode === null || mode === 'never') return { push: false, fallback: NOTHING };
  const blockers = pushdownBlockers(policy);
  if (blockers.size === 0) return { push: true, spec: policy.data.current as PostgresSourceSpec };
  if (mode === 'auto') return { push: false, fallback: blockers };
  const reasons = [...blockers].map(([id, why]) => `check "${id}": ${why}`).join('; ');
  throw new DataError('profile/pushdown', await describeSource(policy.data.current), `has pushdown: required, but ${blockers.size === 1 ? 'a check' : `${blockers.size} checks`} cannot be computed in the database (${reasons}); set pushdown: auto to read rows for this model`);
}

/** What a check's message adds when `auto` read rows because of it. */
export function fallbackNote(why: string): string {
  return ` (not computed in the database: ${why}; the current rows were read instead)`;
}

export interface PushedCurrent {
  readonly profile: Profile;
  readonly table: Table;
  /** Rows the database returned: O(columns × buckets). */
  readonly rowsReturned: number;
}

/**
 * The current side computed in the database over the evaluated window (`window`: the run's,
 * null for every row), against the reference (its edges and range split the buckets so that
 * binned drift and range counts stay exact), as the columns view of the profile. `shape`: the
 * bits, top K and joint limit of `modelwatch profile`'s options (the defaults in a run).
 */
export async function pushedCurrent(
  policy: Policy,
  spec: PostgresSourceSpec,
  reference: Table | null,
  window: ReadWindow | null,
  read: { readonly options: ReadOptions; readonly signal?: AbortSignal | undefined },
  shape: NeedsOptions = {},
): Promise<PushedCurrent> {
  const needs = profileNeeds(policy, reference === null ? NO_REFERENCE : referenceFacts(reference), shape);
  const context = { options: read.options, window, timestampColumn: policy.columns.timestamp, signal: read.signal };
  const origin = { model: policy.model.name, fingerprint: policyFingerprint(policy), version: __MODELWATCH_VERSION__ };
  const { profile, rowsReturned } = await pushdownProfile(spec, needs, context, origin);
  return { profile, table: columnsView(profile, profile.sources[0]!, 'database'), rowsReturned };
}
