/**
 * A profile read back as tables the checks already know how to read (docs/architecture.md,
 * "Profiles"). Not rows: two views of the aggregates.
 *
 * - The columns view: every numeric and categorical column holds its values in sorted order
 *   (each bucket as buckets.ts fills it, then the missing ones), so every statistic of one
 *   column — bins, tests, distances, percentiles, missing and out-of-range shares — is the one
 *   the rows give (exactly where buckets hold one distinct value, within readBackError
 *   elsewhere). Row i of one column has nothing to do with row i of another. A column's values
 *   are written when it is read, and a view holds one column's at a time: reading another
 *   column lets the last one go (decision, by measurement: 20 columns of 1,000,000 rows read
 *   back on both sides held 320 MB; one at a time, under 150 MB is the whole run's peak RSS,
 *   docs/architecture.md "Profiles"). Code that reads two columns of one view in turn, row by
 *   row, would write them again and again: such checks need rows (checks/profile-support.ts).
 * - The joint view: the columns performance and fairness read together, expanded from the joint
 *   tuples, so row i is one real combination of target, prediction, scores and groups.
 *
 * Which check may use which view, and which needs rows, is checks/profile-support.ts. The facts
 * a check needs beyond the values (edges, bounds, ids, timestamps) are `profileFacts(table)`.
 */
import { Table, type CategoricalColumn, type Column, type NumericColumn } from '../data/table.js';
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
  const held = new HeldColumn();
  const columns: Column[] = [];
  for (const column of profile.columns) {
    if (column.kind === 'numeric') columns.push(new ReadBackNumeric(column, profile.rows, held));
    else if (column.kind === 'categorical') columns.push(new ReadBackCategorical(column, profile.rows, held));
  }
  const table = new Table(profile.rows, columns, origin);
  facts.set(table, factsOf(profile, computed, 'columns'));
  return table;
}

/** The one column of a columns view whose values are written out, and them. */
class HeldColumn {
  #owner: object | null = null;
  #data: Float64Array | Int32Array | null = null;

  get<T extends Float64Array | Int32Array>(owner: object, write: () => T): T {
    if (this.#owner !== owner) {
      // Let go of the last column's values before writing the next (they may be as large).
      this.#owner = null;
      this.#data = null;
      this.#data = write();
      this.#owner = owner;
    }
    return this.#data as T;
  }
}

class ReadBackNumeric implements NumericColumn {
  readonly kind = 'numeric';
  readonly name: string;
  readonly #column: NumericProfile;
  readonly #rows: number;
  readonly #held: HeldColumn;

  constructor(column: NumericProfile, rows: number, held: HeldColumn) {
    this.name = column.name;
    this.#column = column;
    this.#rows = rows;
    this.#held = held;
  }

  /** A getter, not a field: a copy made by spreading the column must not carry it. */
  get rows(): number {
    return this.#rows;
  }

  get missing(): number {
    return this.#rows - writtenCount(this.#column);
  }

  get values(): Float64Array {
    return this.#held.get(this, () => {
      const values = new Float64Array(this.#rows);
      values.fill(NaN, writeSorted(this.#column, values));
      return values;
    });
  }

  writeSorted(target: Float64Array): number {
    return writeSorted(this.#column, target);
  }
}

class ReadBackCategorical implements CategoricalColumn {
  readonly kind = 'categorical';
  readonly name: string;
  readonly dictionary: readonly string[];
  readonly #column: CategoricalProfile;
  readonly #rows: number;
  readonly #held: HeldColumn;

  constructor(column: CategoricalProfile, rows: number, held: HeldColumn) {
    this.name = column.name;
    this.#column = column;
    this.#rows = rows;
    this.#held = held;
    this.dictionary = column.other.count > 0 ? [...column.categories, otherCategory(column)] : [...column.categories];
  }

  get rows(): number {
    return this.#rows;
  }

  get missing(): number {
    return this.#rows - this.#column.counts.reduce((a, b) => a + b, 0) - this.#column.other.count;
  }

  get codes(): Int32Array {
    return this.#held.get(this, () => categoricalCodes(this.#column, this.#rows));
  }
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

/** Writes a column's values read back, ascending, from the start of `target`; returns how many. */
function writeSorted(column: NumericProfile, target: Float64Array): number {
  let at = 0;
  if (column.values !== undefined) {
    for (const [value, count] of column.values) {
      target.fill(value, at, at + count);
      at += count;
    }
  } else for (const bucket of column.buckets) at = fillBucket(bucket, target, at);
  return at;
}

/** How many values a column reads back as (its rows less its missing ones). */
function writtenCount(column: NumericProfile): number {
  let n = 0;
  if (column.values !== undefined) for (const [, count] of column.values) n += count;
  else for (const bucket of column.buckets) n += bucket.count;
  return n;
}

/** The category the rows beyond a profile's top categories read back as (one category for all of them). */
export function otherCategory(column: CategoricalProfile): string {
  return `(${column.other.categories} other categories)`;
}

function categoricalCodes(column: CategoricalProfile, rows: number): Int32Array {
  const codes = new Int32Array(rows).fill(-1);
  let at = 0;
  column.counts.forEach((count, code) => {
    codes.fill(code, at, at + count);
    at += count;
  });
  // The rows beyond the top categories read back as one more category, the dictionary's last.
  if (column.other.count > 0) codes.fill(column.categories.length, at, at + column.other.count);
  return codes;
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
