/**
 * The laws profiles are built on (src/profile/types.ts, merge.ts), as fast-check properties on
 * generated tables: merge is associative and commutative, profiling A and B then merging equals
 * profiling A∪B, the same rows in any order give the same bytes, JSON reads back to the same
 * profile, and the columns view reads back each numeric column within readBackError.
 *
 * Exact: rows, counts, missing, min/max, buckets' key, split, count, min and max, categories as
 * a multiset of (category, count), joint tuples. To rounding (1e-9 of the values' scale): sums,
 * means, M2. Not compared: the order of columns, ids and categories, which is first-profile-first
 * after a merge (a profile's categories are in its table's dictionary order).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { missingCount, Table, type Column } from '../../src/data/table.js';
import { edgeSplits, readBackError } from '../../src/profile/buckets.js';
import { profileTable } from '../../src/profile/build.js';
import { profileJson, readProfile } from '../../src/profile/json.js';
import { mergeProfiles } from '../../src/profile/merge.js';
import { loadPolicies } from '../../src/engine/run.js';
import { referenceFacts } from '../../src/profile/reference-facts.js';
import { profileNeeds, type ProfileNeeds } from '../../src/profile/needs.js';
import { columnsView } from '../../src/profile/table.js';
import type { Bucket, ColumnProfile, Profile } from '../../src/profile/types.js';
import { normedWassersteinSortedParts } from '../../src/stats/wasserstein.js';

const RUNS = 60;

// ---- generated tables -------------------------------------------------------------------------

type Cell = number | string | null;
interface Rows {
  readonly names: readonly string[];
  readonly kinds: readonly Column['kind'][];
  readonly rows: readonly (readonly Cell[])[];
}

const NAMES = ['few', 'wide', 'tiny', 'grade', 'at', 'request', 'target', 'prediction', 'score'] as const;
const KINDS: Column['kind'][] = ['numeric', 'numeric', 'numeric', 'categorical', 'timestamp', 'categorical', 'categorical', 'categorical', 'numeric'];

/** Few distinct values, −0 and 0 among them, and values on the split points below. */
const few = fc.constantFrom(-2, -1, -0, 0, 0.5, 1, 1, 3, 100, 1e6, NaN);
/** Continuous values of every size and sign, some missing. */
const wide = fc.oneof({ weight: 8, arbitrary: fc.double({ min: -1e9, max: 1e9, noNaN: true }) }, { weight: 1, arbitrary: fc.constant(NaN) }, { weight: 1, arbitrary: fc.constantFrom(-0, 0, -1, 100) });
/** Small values near one another: many share a bucket with different values. */
const tiny = fc.oneof({ weight: 9, arbitrary: fc.integer({ min: -2000, max: 2000 }).map((k) => k / 1024) }, { weight: 1, arbitrary: fc.constant(NaN) });
const category = (values: readonly string[]): fc.Arbitrary<string | null> => fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constant(null) });
const score = fc.oneof({ weight: 9, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }, { weight: 1, arbitrary: fc.constantFrom(NaN, 0, 0.5, 0.0004, 0.9995) });

const row: fc.Arbitrary<Cell[]> = fc.tuple(
  few,
  wide,
  tiny,
  category(['a', 'b', 'c', 'ü', '10', '']),
  fc.oneof(fc.integer({ min: 1.7e12, max: 1.8e12 }), fc.constant(NaN)),
  category(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8']),
  category(['yes', 'no']),
  category(['yes', 'no']),
  score,
);

const rowsArb = (max: number): fc.Arbitrary<Rows> => fc.array(row, { maxLength: max }).map((rows) => ({ names: NAMES, kinds: KINDS, rows }));

/** A table of rows, each categorical column's dictionary in first-seen order (as a reader makes it), or the one given. */
function tableOf(data: Rows, dictionaries?: ReadonlyMap<string, readonly string[]>): Table {
  const n = data.rows.length;
  const columns = data.names.map((name, k): Column => {
    const kind = data.kinds[k]!;
    if (kind === 'categorical') {
      const dictionary = [...(dictionaries?.get(name) ?? [])];
      const index = new Map(dictionary.map((c, i) => [c, i]));
      const codes = new Int32Array(n);
      data.rows.forEach((r, i) => {
        const v = r[k] as string | null;
        if (v === null) codes[i] = -1;
        else {
          let code = index.get(v);
          if (code === undefined) {
            code = dictionary.length;
            dictionary.push(v);
            index.set(v, code);
          }
          codes[i] = code;
        }
      });
      return { kind, name, codes, dictionary };
    }
    return { kind, name, values: Float64Array.from(data.rows, (r) => r[k] as number) };
  });
  return new Table(n, columns, 'generated');
}

function dictionariesOf(table: Table): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const name of table.columnNames) {
    const c = table.column(name)!;
    if (c.kind === 'categorical') out.set(name, c.dictionary);
  }
  return out;
}

// ---- what is profiled -------------------------------------------------------------------------

/** Fixed split points, as a current side profiled against one reference has (bin edges −1, 0, 0.5, 100; a range up to 1e6). */
const SPLITS = [...edgeSplits([-1, 0, 0.5, 100]), 1e6].sort((a, b) => a - b);

function needs(options: { jointLimit?: number; top?: number; bins?: readonly number[]; bits?: number } = {}): ProfileNeeds {
  return {
    bits: options.bits ?? 6,
    top: options.top ?? 1000,
    jointLimit: options.jointLimit ?? 10_000,
    exactValues: false,
    rules: [],
    ids: ['request'],
    joint: ['target', 'prediction', 'score', 'grade'],
    scoreColumns: ['score'],
    binsOf: () => options.bins ?? [],
    splitsOf: (name) => (name === 'tiny' ? [] : SPLITS),
    scaleOf: () => undefined,
  };
}

const ORIGIN = { model: 'churn', fingerprint: 'f'.repeat(64), source: 'generated', computed: 'rows', window: null, version: '0.0.0-test' } as const;

function profileOf(data: Rows, n: ProfileNeeds = needs()): Profile {
  return profileTable(tableOf(data), n, ORIGIN);
}

function merged(...profiles: Profile[]): Profile {
  const result = mergeProfiles(profiles);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function concat(...parts: Rows[]): Rows {
  return { names: NAMES, kinds: KINDS, rows: parts.flatMap((p) => p.rows) };
}

// ---- comparing profiles -----------------------------------------------------------------------

const TOLERANCE = 1e-9;

/** |a − b| within 1e-9 of the values' scale, or a few of the least doubles (subnormal means round coarsely). */
function close(a: number, b: number, scale: number): boolean {
  return Math.abs(a - b) <= Math.max(TOLERANCE * Math.max(Math.abs(a), Math.abs(b), scale), 4 * Number.MIN_VALUE);
}

/** The exact part of a column, in one order. */
function exactColumn(c: ColumnProfile): unknown {
  switch (c.kind) {
    case 'numeric':
      return { kind: c.kind, name: c.name, count: c.count, missing: c.missing, min: c.min, max: c.max, splits: c.splits, buckets: c.buckets.map((b) => [b.key, b.split, b.count, b.min, b.max]) };
    case 'categorical':
      return { kind: c.kind, name: c.name, count: c.count, missing: c.missing, categories: c.categories.map((x, i) => [x, c.counts[i]] as const).sort(([x], [y]) => (x < y ? -1 : 1)), other: c.other, top: c.top };
    case 'timestamp':
      return c;
  }
}

function exactPart(p: Profile): unknown {
  return {
    model: p.model,
    rows: p.rows,
    bits: p.bits,
    columns: [...p.columns].sort((a, b) => (a.name < b.name ? -1 : 1)).map(exactColumn),
    ids: [...p.ids].sort((a, b) => (a.name < b.name ? -1 : 1)).map((c) => ({ name: c.name, count: c.count, missing: c.missing })),
    joint: p.joint,
  };
}

/** Problems with the rounded part: sums, means and M2 that differ by more than rounding. */
function roundedDifferences(p: Profile, q: Profile): string[] {
  const out: string[] = [];
  for (const c of p.columns) {
    if (c.kind !== 'numeric') continue;
    const d = q.columns.find((x) => x.name === c.name);
    if (d?.kind !== 'numeric') continue;
    const scale = Math.max(Math.abs(c.min ?? 0), Math.abs(c.max ?? 0));
    if (!close(c.mean, d.mean, scale)) out.push(`${c.name}: mean ${c.mean} ≠ ${d.mean}`);
    if (!close(c.m2, d.m2, c.count * scale * scale)) out.push(`${c.name}: m2 ${c.m2} ≠ ${d.m2}`);
    c.buckets.forEach((b: Bucket, i) => {
      const e = d.buckets[i];
      if (e !== undefined && !close(b.sum, e.sum, b.count * Math.max(Math.abs(b.min), Math.abs(b.max)))) out.push(`${c.name}: bucket ${i} sum ${b.sum} ≠ ${e.sum}`);
    });
  }
  return out;
}

function expectSame(p: Profile, q: Profile): void {
  expect(exactPart(p)).toEqual(exactPart(q));
  expect(roundedDifferences(p, q)).toEqual([]);
}

// ---- the laws ---------------------------------------------------------------------------------

describe('merge laws', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(rowsArb(40), rowsArb(40), (a, b) => {
        expectSame(merged(profileOf(a), profileOf(b)), merged(profileOf(b), profileOf(a)));
      }),
      { numRuns: RUNS },
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(rowsArb(30), rowsArb(30), rowsArb(30), (a, b, c) => {
        const [pa, pb, pc] = [profileOf(a), profileOf(b), profileOf(c)];
        expectSame(merged(merged(pa, pb), pc), merged(pa, merged(pb, pc)));
        expectSame(merged(pa, pb, pc), merged(merged(pa, pb), pc));
      }),
      { numRuns: RUNS },
    );
  });

  it('profiling A and B then merging equals profiling A∪B', () => {
    fc.assert(
      fc.property(rowsArb(40), rowsArb(40), (a, b) => {
        expectSame(merged(profileOf(a), profileOf(b)), profileOf(concat(a, b)));
      }),
      { numRuns: RUNS },
    );
  });

  it('holds when the joint tuples overflow their limit and scores are rounded, on either side of a merge', () => {
    const small = needs({ jointLimit: 12 });
    fc.assert(
      fc.property(rowsArb(25), rowsArb(25), rowsArb(25), (a, b, c) => {
        const [pa, pb, pc] = [profileOf(a, small), profileOf(b, small), profileOf(c, small)];
        const union = profileOf(concat(a, b, c), small);
        expect(exactPart(merged(merged(pa, pb), pc))).toEqual(exactPart(union));
        expect(exactPart(merged(pa, merged(pb, pc)))).toEqual(exactPart(union));
        expect(exactPart(merged(pc, merged(pb, pa)))).toEqual(exactPart(union));
        expect(union.joint === null).toBe(union.joint_missing !== undefined);
      }),
      { numRuns: RUNS },
    );
  });

  it('holds with top-K categories when the union fits K, and keeps the same categories in either order when it does not', () => {
    const top2 = needs({ top: 2 });
    fc.assert(
      fc.property(rowsArb(30), rowsArb(30), (a, b) => {
        const [pa, pb] = [profileOf(a, top2), profileOf(b, top2)];
        // Which categories a union keeps is decided by counts, then by the category's text: never by order.
        expectSame(merged(pa, pb), merged(pb, pa));
        const grades = (p: Profile): unknown => exactColumn(p.columns.find((c) => c.name === 'grade')!);
        const whole = (rows: Rows): Profile => profileOf(rows, needs());
        const wholeUnion = whole(concat(a, b)).columns.find((c) => c.name === 'grade');
        if (wholeUnion?.kind === 'categorical' && wholeUnion.categories.length <= 2) expect(grades(merged(pa, pb))).toEqual(grades(profileOf(concat(a, b), top2)));
      }),
      { numRuns: RUNS },
    );
  });

  it('merges buckets made with other bit counts: never (refused)', () => {
    const a = profileOf({ names: NAMES, kinds: KINDS, rows: [[1, 2, 3, 'a', 1.75e12, 'r1', 'yes', 'no', 0.5]] }, needs({ bits: 6 }));
    const b = profileOf({ names: NAMES, kinds: KINDS, rows: [[1, 2, 3, 'a', 1.75e12, 'r1', 'yes', 'no', 0.5]] }, needs({ bits: 5 }));
    const result = mergeProfiles([a, b]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.code, result.message]).toEqual(['profile/merge', 'profiles with buckets of 6 and 5 mantissa bits cannot be merged: profile both with the same --bits']);
  });
});

describe("a reference profile's quantile edges", () => {
  const ref = needs({ bins: [4] });

  it('are dropped by a merge, which keeps everything else', () => {
    fc.assert(
      fc.property(rowsArb(30), (a) => {
        const p = profileOf(a, ref);
        const withEdges = p.columns.filter((c) => c.kind === 'numeric' && c.edges !== undefined).map((c) => c.name);
        expect(withEdges.sort()).toEqual(p.columns.filter((c) => c.kind === 'numeric' && c.count > 0).map((c) => c.name).sort());
        // The same rows twice share their splits (their own edges), so they merge: without edges.
        const twice = merged(p, p);
        for (const c of twice.columns) if (c.kind === 'numeric') expect(c).not.toHaveProperty('edges');
        const splitsOf = (name: string): readonly number[] => {
          const c = p.columns.find((x) => x.name === name);
          return c?.kind === 'numeric' ? c.splits : [];
        };
        expect(exactPart(twice)).toEqual(exactPart(profileOf(concat(a, a), { ...needs(), splitsOf })));
      }),
      { numRuns: 30 },
    );
  });

  it('make two references of different rows unmergeable (their splits differ), with a message saying why', () => {
    const a = profileOf({ names: NAMES, kinds: KINDS, rows: [[1, 2, 3, 'a', 1.75e12, 'r1', 'yes', 'no', 0.5], [5, 6, 7, 'a', 1.75e12, 'r2', 'yes', 'no', 0.5]] }, ref);
    const b = profileOf({ names: NAMES, kinds: KINDS, rows: [[1, 2, 3, 'a', 1.75e12, 'r1', 'yes', 'no', 0.5], [9, 6, 7, 'a', 1.75e12, 'r2', 'yes', 'no', 0.5]] }, ref);
    const result = mergeProfiles([a, b]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.code, result.message]).toEqual(['profile/merge', 'column "few" was bucketed at different split points in the two profiles (made against different references or policies): profile both against the same reference']);
  });
});

describe("current profiles made against one reference (the policy's needs)", () => {
  it('merge (daily into weekly) and equal the profile of their union: their splits are the reference\'s alone', async () => {
    const { policies } = await loadPolicies(['examples/monitors/adult-income.yaml']);
    const policy = policies[0]!;
    fc.assert(
      fc.property(rowsArb(40).filter((r) => r.rows.length > 0), rowsArb(30), rowsArb(30), (reference, a, b) => {
        const current = profileNeeds(policy, referenceFacts(tableOf(reference)));
        const [pa, pb] = [profileOf(a, current), profileOf(b, current)];
        for (const c of [...pa.columns, ...pb.columns]) if (c.kind === 'numeric') expect(c).not.toHaveProperty('edges');
        const result = mergeProfiles([pa, pb]);
        expect(result.ok ? 'merged' : result.message).toBe('merged');
        expectSame(merged(pa, pb), profileOf(concat(a, b), current));
      }),
      { numRuns: 30 },
    );
  });
});

describe('writing', () => {
  it('gives the same bytes for the same rows in any order (the same dictionaries)', () => {
    fc.assert(
      fc.property(
        rowsArb(60).chain((data) => fc.tuple(fc.constant(data), fc.shuffledSubarray([...data.rows.keys()], { minLength: data.rows.length, maxLength: data.rows.length }))),
        ([data, order]) => {
          const table = tableOf(data);
          const shuffled = tableOf({ ...data, rows: order.map((i) => data.rows[i]!) }, dictionariesOf(table));
          expect(profileJson(profileTable(shuffled, needs({ bins: [4] }), ORIGIN))).toBe(profileJson(profileTable(table, needs({ bins: [4] }), ORIGIN)));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('gives the same profile up to the order of categories for rows read in another order (dictionaries in first-seen order)', () => {
    fc.assert(
      fc.property(
        rowsArb(60).chain((data) => fc.tuple(fc.constant(data), fc.shuffledSubarray([...data.rows.keys()], { minLength: data.rows.length, maxLength: data.rows.length }))),
        fc.integer({ min: 1, max: 4 }),
        ([data, order], top) => {
          const shuffled = { ...data, rows: order.map((i) => data.rows[i]!) };
          const [p, q] = [profileOf(data, needs({ top })), profileOf(shuffled, needs({ top }))];
          expect(exactPart(q)).toEqual(exactPart(p));
          // Sums are made in sorted order: the very same doubles.
          expect(q.columns.map((c) => (c.kind === 'numeric' ? [c.mean, c.m2, c.buckets.map((b) => b.sum)] : null))).toEqual(p.columns.map((c) => (c.kind === 'numeric' ? [c.mean, c.m2, c.buckets.map((b) => b.sum)] : null)));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reads back what it wrote', () => {
    fc.assert(
      fc.property(rowsArb(60), rowsArb(20), fc.boolean(), (a, b, window) => {
        let p = merged(profileOf(a, needs({ jointLimit: 15 })), profileOf(b, needs({ jointLimit: 15 })));
        if (window) p = { ...p, window: { start: Date.UTC(2026, 10, 1), end: Date.UTC(2026, 10, 8, 6, 30) } };
        const read = readProfile(profileJson(p), 'p.json');
        expect(read).toEqual({ ok: true, value: p });
        const single = profileOf(a, needs({ bins: [3, 10] }));
        expect(readProfile(profileJson(single), 'single.json')).toEqual({ ok: true, value: single });
      }),
      { numRuns: RUNS },
    );
  });
});

describe('reading back as the columns view', () => {
  it('holds each numeric column exactly when every bucket holds one value, and within readBackError otherwise', () => {
    fc.assert(
      fc.property(rowsArb(80), fc.integer({ min: 0, max: 8 }), (data, bits) => {
        const p = profileOf(data, needs({ bits }));
        const view = columnsView(p, 'p.json', 'profile');
        for (const c of p.columns) {
          if (c.kind !== 'numeric') continue;
          const k = NAMES.indexOf(c.name as (typeof NAMES)[number]);
          const truth = Float64Array.from(data.rows.map((r) => r[k] as number).filter((v) => v === v)).sort();
          const column = view.column(c.name)!;
          expect(column.kind).toBe('numeric');
          const all = (column as { values: Float64Array }).values;
          expect(all.subarray(c.count).every((v) => Number.isNaN(v))).toBe(true);
          const read = all.slice(0, c.count);
          expect(read.length).toBe(truth.length);
          // Read back in ascending order: a checks' sort leaves it as it is.
          expect(read.every((v, i) => i === 0 || read[i - 1]! <= v)).toBe(true);
          if (c.buckets.every((b) => b.min === b.max)) {
            expect(read.every((v, i) => v === truth[i])).toBe(true);
            expect(readBackError(c.buckets, c.count)).toEqual({ cdf: 0, shift: 0 });
            continue;
          }
          const bound = readBackError(c.buckets, c.count);
          expect(cdfDistance(read, truth)).toBeLessThanOrEqual(bound.cdf + 1e-12);
          const n = truth.length;
          let shift = 0;
          for (let i = 0; i < n; i++) shift += Math.abs(read[i]! - truth[i]!) / n;
          const scale = Math.max(Math.abs(truth[0]!), Math.abs(truth[n - 1]!));
          expect(shift).toBeLessThanOrEqual(bound.shift * (1 + 1e-12) + 1e-15 * scale);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the columns view holds one column at a time', () => {
  it('says its length, missing values, sorted values and spread as the values it writes', () => {
    fc.assert(
      fc.property(rowsArb(80), fc.integer({ min: 0, max: 8 }), (data, bits) => {
        const p = profileOf(data, needs({ bits }));
        const view = columnsView(p, 'p.json', 'profile');
        for (const c of p.columns) {
          const column = view.column(c.name);
          if (c.kind === 'numeric' && column?.kind === 'numeric') {
            const values = column.values;
            expect(column.rows).toBe(p.rows);
            expect(column.missing).toBe(missingCount({ kind: 'numeric', name: c.name, values }));
            const target = new Float64Array(p.rows).fill(7);
            const n = column.writeSorted!(target);
            expect(n).toBe(p.rows - column.missing!);
            expect([...target.subarray(0, n)]).toEqual([...values.subarray(0, n)]);
            // The spread of the values as written, summed in their order: exactly, not to rounding.
            const present = values.subarray(0, n);
            const mean = present.reduce((a, v) => a + v, 0) / n;
            const std = Math.sqrt(present.reduce((a, v) => a + (v - mean) * (v - mean), 0) / n);
            // The drift bound's σ is the one the Wasserstein measure divides by, from the values written (an empty side is never measured).
            if (n > 0) expect(Object.is(normedWassersteinSortedParts(present, present).referenceStd, std)).toBe(true);
          } else if (c.kind === 'categorical' && column?.kind === 'categorical') {
            expect(column.missing).toBe(missingCount({ kind: 'categorical', name: c.name, codes: column.codes, dictionary: column.dictionary }));
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('lets a column\'s values go when another column is read, and writes them again the same', () => {
    const data: Rows = { names: ['few', 'wide'], kinds: ['numeric', 'numeric'], rows: [[1, 10], [2.5, NaN], [NaN, 30], [0.1, 40]] };
    const view = columnsView(profileOf(data), 'p.json', 'profile');
    const a = view.column('few') as { values: Float64Array };
    const first = a.values;
    expect(a.values).toBe(first);
    void (view.column('wide') as { values: Float64Array }).values;
    const again = a.values;
    expect(again).not.toBe(first);
    expect([...again]).toEqual([...first]);
  });
});

/** sup |F_a(x) − F_b(x)| over every x, for two sorted samples of one size. */
function cdfDistance(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  let i = 0;
  let j = 0;
  let worst = 0;
  while (i < n || j < n) {
    const x = Math.min(i < n ? a[i]! : Infinity, j < n ? b[j]! : Infinity);
    while (i < n && a[i]! <= x) i++;
    while (j < n && b[j]! <= x) j++;
    worst = Math.max(worst, Math.abs(i - j) / n);
  }
  return worst;
}
