/**
 * `modelwatch profile`: a model's reference or current data read as the engine reads it for a
 * run (the same sources, declared kinds, pii never read; the current side cut to the window
 * ending at `now`, never sampled) and reduced to a profile for the policy's checks
 * (profile/needs.ts). A current profile is made against the reference, so that its buckets
 * respect the reference's bin edges and range.
 */
import { describeSource } from '../data/sources/registry.js';
import type { Table } from '../data/table.js';
import { filterWindow } from '../data/window.js';
import type { Policy } from '../policy/types.js';
import { profileTable } from '../profile/build.js';
import { NO_REFERENCE, policyFingerprint, profileNeeds, type NeedsOptions, type ReferenceFacts } from '../profile/needs.js';
import { profileFacts } from '../profile/table.js';
import type { Profile } from '../profile/types.js';
import { quantileEdges } from '../stats/bins.js';
import { sortFloat64 } from '../stats/sort.js';
import { declaredKinds, pushedWindow } from './model.js';
import { readSources } from './read-sources.js';

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
  const window = options.side === 'current' ? pushedWindow(policy, options.now) : null;
  const [referenceTable, table] = await readSources(
    options.side === 'reference' ? [undefined, { spec, window: null }] : [referenceSpec === undefined ? undefined : { spec: referenceSpec, window: null }, { spec, window }],
    read,
  );
  let rows = table!;
  let evaluated: Profile['window'] = null;
  const length = policy.data.window;
  if (options.side === 'current' && length?.kind === 'time' && policy.columns.timestamp !== undefined) {
    evaluated = { start: options.now.getTime() - length.ms, end: options.now.getTime() };
    rows = filterWindow(rows, policy.columns.timestamp, evaluated.start, evaluated.end).table;
  }
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

/** What a current profile needs of the reference: its quantile edges and range, from its rows or its profile. */
export function referenceFacts(reference: Table): ReferenceFacts {
  const facts = profileFacts(reference);
  const sorted = new Map<string, Float64Array | null>();
  const sortedOf = (name: string): Float64Array | null => {
    if (!sorted.has(name)) {
      const column = reference.column(name);
      if (column?.kind !== 'numeric') sorted.set(name, null);
      else sorted.set(name, sortFloat64(column.values.filter((v) => v === v)));
    }
    return sorted.get(name)!;
  };
  return {
    edges(name, bins) {
      const stored = facts?.numeric(name)?.edges?.[String(bins)];
      if (stored !== undefined) return stored;
      const values = sortedOf(name);
      return values === null || values.length === 0 ? undefined : [...quantileEdges(values, bins)];
    },
    range(name) {
      const column = facts?.numeric(name);
      if (column !== undefined) return column.min === null || column.max === null ? undefined : { min: column.min, max: column.max };
      const values = sortedOf(name);
      return values === null || values.length === 0 ? undefined : { min: values[0]!, max: values[values.length - 1]! };
    },
  };
}
