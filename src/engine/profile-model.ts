/**
 * `modelwatch profile`: a model's reference or current data read as the engine reads it for a
 * run (the same sources, declared kinds, pii never read; the current side cut to the window
 * ending at `now`, never sampled) and reduced to a profile for the policy's checks
 * (profile/needs.ts). A current profile is made against the reference, so that its buckets
 * respect the reference's bin edges and range.
 */
import { describeSource } from '../data/sources/registry.js';
import { filterWindow } from '../data/window.js';
import type { Policy, PostgresSourceSpec } from '../policy/types.js';
import { profileTable } from '../profile/build.js';
import { NO_REFERENCE, policyFingerprint, profileNeeds, type NeedsOptions } from '../profile/needs.js';
import { referenceFacts } from '../profile/reference-facts.js';
import type { Profile } from '../profile/types.js';
import { declaredKinds, evaluatedWindow, pushedWindow } from './model.js';
import { readSources, type ReadContext } from './read-sources.js';
import { planPushdown, pushedCurrent } from './pushdown.js';
import { count } from '../checks/counts.js';

export class ProfileUsageError extends Error {
  override readonly name = 'ProfileUsageError';
}

export interface ProfileModelOptions extends NeedsOptions {
  readonly side: 'reference' | 'current';
  readonly now: Date;
  readonly log?: (line: string) => void;
}

export async function profileModel(policy: Policy, options: ProfileModelOptions): Promise<Profile> {
  const { reference: referenceSpec, current: currentSpec } = policy.data;
  const read = { options: { kinds: declaredKinds(policy), skip: new Set(policy.columns.pii) }, timestampColumn: policy.columns.timestamp, log: options.log };
  if (options.side === 'reference' && referenceSpec === undefined) throw new ProfileUsageError(`the policy of "${policy.model.name}" has no data.reference to profile`);
  const spec = options.side === 'reference' ? referenceSpec! : currentSpec;
  if (spec.kind === 'profile') throw new ProfileUsageError(`data.${options.side} of "${policy.model.name}" is a profile already; merge profiles with 'modelwatch profile merge'`);
  const plan = options.side === 'current' ? await planPushdown(policy) : null;
  if (plan?.push === true) return pushedProfile(policy, plan.spec, read, options);
  const window = options.side === 'current' ? pushedWindow(policy, options.now) : null;
  const [referenceTable, table] = await readSources(
    options.side === 'reference' ? [undefined, { spec, window: null }] : [referenceSpec === undefined ? undefined : { spec: referenceSpec, window: null }, { spec, window }],
    read,
  );
  let rows = table!;
  const evaluated = options.side === 'current' ? profiledWindow(policy, options.now) : null;
  if (evaluated !== null) rows = filterWindow(rows, policy.columns.timestamp!, evaluated.start, evaluated.end).table;
  const facts = options.side === 'reference' ? null : referenceTable === null || referenceTable === undefined ? NO_REFERENCE : referenceFacts(referenceTable);
  return profileTable(rows, profileNeeds(policy, facts, options), {
    model: policy.model.name,
    fingerprint: policyFingerprint(policy),
    source: await describeSource(spec),
    computed: 'rows',
    window: evaluated,
    version: __MODELWATCH_VERSION__,
  });
}

/** A current profile computed in the database (engine/pushdown.ts), over the window ending at `now`. */
async function pushedProfile(policy: Policy, spec: PostgresSourceSpec, read: ReadContext, options: ProfileModelOptions): Promise<Profile> {
  const referenceSpec = policy.data.reference;
  const [reference] = await readSources([referenceSpec === undefined ? undefined : { spec: referenceSpec, window: null }], read);
  const window = profiledWindow(policy, options.now);
  const { profile, rowsReturned } = await pushedCurrent(policy, spec, reference ?? null, window, read, options);
  options.log?.(`${profile.sources[0]}: computed in the database over ${count(profile.rows)} rows (${count(rowsReturned)} rows returned)`);
  return profile;
}

/** The window a current profile covers: the run's (engine/model.ts evaluatedWindow), which a policy without a time window or timestamp does not have. */
function profiledWindow(policy: Policy, now: Date): Profile['window'] {
  return policy.data.window?.kind === 'time' && policy.columns.timestamp !== undefined ? evaluatedWindow(policy, now) : null;
}
