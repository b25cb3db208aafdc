/**
 * A profile read back as tables the checks already know how to read (docs/architecture.md,
 * "Profiles"). Not rows: two views of the aggregates.
 *
 * - The columns view: every numeric and categorical column holds its values in sorted order
 *   (each bucket as buckets.ts fills it, then the missing ones), so every statistic of one
 *   column — bins, tests, distances, percentiles, missing and out-of-range shares — is the one
 *   the rows give (exactly where buckets hold one distinct value, within readBackError
 *   elsewhere). Row i of one column has nothing to do with row i of another.
 * - The joint view: the columns performance and fairness read together, expanded from the joint
 *   tuples, so row i is one real combination of target, prediction, scores and groups.
 *
 * Which check may use which view, and which needs rows, is checks/profile-support.ts. The facts
 * a check needs beyond the values (edges, bounds, ids, timestamps) are `profileFacts(table)`.
 */
import { Table, type CategoricalColumn, type Column } from '../data/table.js';
import { fillBucket, readBackError } from './buckets.js';
import type { CategoricalProfile, ColumnProfile, IdProfile, NumericProfile, Profile, TimestampProfile } from './types.js';

export interface ProfileFacts {
  readonly profile: Profile;
  /** Where the aggregates were computed: read from a profile file, or pushed down into the database. */
  readonly computed: 'profile' | 'database';
  readonly view: 'columns' | 'joint';
  numeric(name: string): NumericProfile | undefined;
  categorical(name: string): CategoricalProfile | undefined;
  timestamp(name: string): TimestampProfile | undefined;
  id(name: string): IdProfile | undefined;
  /** How far the read-back values of a numeric column may be from the rows' (buckets.ts). */
  error(name: string): { readonly cdf: number; readonly shift: number };
}

const facts = new WeakMap<Table, ProfileFacts>();

/** The facts of a table read back from a profile, or undefined for a table of rows. */
export function profileFacts(table: Table | null): ProfileFacts | undefined {
  return table === null ? undefined : facts.get(table);
}

/** Whether a table read back from a profile knows a column it does not hold as values (a timestamp, an id). */
export function profileKnows(table: Table, name: string): boolean {
  const f = facts.get(table);
  if (f === undefined) return false;
  return f.profile.columns.some((c) => c.name === name) || f.profile.ids.some((c) => c.name === name);
}

/** The columns view. `origin` names it in messages. */
export function columnsView(profile: Profile, origin: string, computed: ProfileFacts['computed']): Table {
  const columns: Column[] = [];
  for (const column of profile.columns) {
    if (column.kind === 'numeric') columns.push({ kind: 'numeric', name: column.name, values: numericValues(column, profile.rows) });
    else if (column.kind === 'categorical') columns.push(categoricalValues(column, profile.rows));
  }
  const table = new Table(profile.rows, columns, origin);
  facts.set(table, factsOf(profile, computed, 'columns'));
  return table;
}

/** The joint view, or null when the profile holds no joint aggregate. */
export function jointView(profile: Profile, origin: string, computed: ProfileFacts['computed']): Table | null {
  const joint = profile.joint;
  if (joint === null) return null;
  const n = profile.rows;
  const columns: Column[] = joint.columns.map((name, k) => {
    if (joint.kinds[k] === 'numeric') {
      const values = new Float64Array(n);
      let at = 0;
      for (const t of joint.tuples) {
        const count = t[t.length - 1] as number;
        const v = t[k];
        values.fill(v === null ? NaN : (v as number), at, at + count);
        at += count;
      }
      return { kind: 'numeric', name, values };
    }
    // Categories in the order the per-column profile keeps (the rows' first-seen order), then any the joint alone has.
    const known = profile.columns.find((c) => c.name === name);
    const dictionary = known?.kind === 'categorical' ? [...known.categories] : [];
    const index = new Map(dictionary.map((c, i) => [c, i]));
    const codes = new Int32Array(n);
    let at = 0;
    for (const t of joint.tuples) {
      const count = t[t.length - 1] as number;
      const v = t[k];
      let code = -1;
      if (v !== null) {
        code = index.get(v as string) ?? -1;
        if (code < 0) {
          code = dictionary.length;
          dictionary.push(v as string);
          index.set(v as string, code);
        }
      }
      codes.fill(code, at, at + count);
      at += count;
    }
    return { kind: 'categorical', name, codes, dictionary } satisfies CategoricalColumn;
  });
  const table = new Table(n, columns, origin);
  facts.set(table, factsOf(profile, computed, 'joint'));
  return table;
}

function numericValues(column: NumericProfile, rows: number): Float64Array {
  const values = new Float64Array(rows);
  let at = 0;
  if (column.values !== undefined) {
    for (const [value, count] of column.values) {
      values.fill(value, at, at + count);
      at += count;
    }
  } else for (const bucket of column.buckets) at = fillBucket(bucket, values, at);
  values.fill(NaN, at);
  return values;
}

/** The category the rows beyond a profile's top categories read back as (one category for all of them). */
export function otherCategory(column: CategoricalProfile): string {
  return `(${column.other.categories} other categories)`;
}

function categoricalValues(column: CategoricalProfile, rows: number): CategoricalColumn {
  const dictionary = [...column.categories];
  const codes = new Int32Array(rows).fill(-1);
  let at = 0;
  column.counts.forEach((count, code) => {
    codes.fill(code, at, at + count);
    at += count;
  });
  if (column.other.count > 0) {
    dictionary.push(otherCategory(column));
    codes.fill(dictionary.length - 1, at, at + column.other.count);
  }
  return { kind: 'categorical', name: column.name, codes, dictionary };
}

function factsOf(profile: Profile, computed: ProfileFacts['computed'], view: ProfileFacts['view']): ProfileFacts {
  const byName = new Map<string, ColumnProfile>(profile.columns.map((c) => [c.name, c]));
  const errors = new Map<string, { cdf: number; shift: number }>();
  const kind = <K extends ColumnProfile['kind']>(name: string, k: K): Extract<ColumnProfile, { kind: K }> | undefined => {
    const c = byName.get(name);
    return c?.kind === k ? (c as Extract<ColumnProfile, { kind: K }>) : undefined;
  };
  return {
    profile,
    computed,
    view,
    numeric: (name) => kind(name, 'numeric'),
    categorical: (name) => kind(name, 'categorical'),
    timestamp: (name) => kind(name, 'timestamp'),
    id: (name) => profile.ids.find((c) => c.name === name),
    error: (name) => {
      let e = errors.get(name);
      if (e === undefined) {
        const c = kind(name, 'numeric');
        e = c === undefined || c.values !== undefined ? { cdf: 0, shift: 0 } : readBackError(c.buckets, c.count);
        errors.set(name, e);
      }
      return e;
    },
  };
}
