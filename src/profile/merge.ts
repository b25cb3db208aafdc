/**
 * Merging profiles (daily into weekly; shards of one table): counts, buckets, categories and
 * joint tuples add, least and greatest values combine, mean and M2 combine by Chan's formula.
 * Counts, buckets and categories are exact and merge is associative and commutative on them
 * (test/profile/merge-laws.test.ts); sums, means and M2 are doubles and agree to rounding.
 *
 * What cannot be merged is dropped and said so, never guessed: a reference's quantile edges (the
 * quantiles of a union are not a function of the parts' quantiles), and the duplicate-id count
 * (an id may be in both parts). Profiles of different models, bucket sizes or split points are
 * refused (`profile/merge`).
 */
import { failure, ok, type Result } from '../problems.js';
import { compareBuckets } from './buckets.js';
import { keepTop } from './build.js';
import { compareTuples, roundScore } from './joint.js';
import { EXACT_VALUES, SCORE_STEP } from './needs.js';
import type { Bucket, CategoricalProfile, ColumnProfile, IdProfile, JointProfile, NumericProfile, Profile, RuleCount, TimestampProfile } from './types.js';

export function mergeProfiles(profiles: readonly Profile[]): Result<Profile> {
  if (profiles.length === 0) return failure('profile/merge', 'no profile to merge');
  let merged = profiles[0]!;
  for (const next of profiles.slice(1)) {
    const result = mergeTwo(merged, next);
    if (!result.ok) return result;
    merged = result.value;
  }
  return ok(merged);
}

function mergeTwo(a: Profile, b: Profile): Result<Profile> {
  if (a.model !== b.model) return failure('profile/merge', `profiles of two models ("${a.model}", "${b.model}") cannot be merged`);
  if (a.bits !== b.bits) return failure('profile/merge', `profiles with buckets of ${a.bits} and ${b.bits} mantissa bits cannot be merged: profile both with the same --bits`);
  const columns: ColumnProfile[] = [];
  const names = [...new Set([...a.columns.map((c) => c.name), ...b.columns.map((c) => c.name)])];
  for (const name of names) {
    const x = a.columns.find((c) => c.name === name);
    const y = b.columns.find((c) => c.name === name);
    const result = mergeColumn(name, x ?? absent(y!, a.rows), y ?? absent(x!, b.rows));
    if (!result.ok) return result;
    columns.push(result.value);
  }
  const idNames = [...new Set([...a.ids.map((c) => c.name), ...b.ids.map((c) => c.name)])];
  const ids: IdProfile[] = idNames.map((name) => {
    const found = a.ids.find((c) => c.name === name) ?? b.ids.find((c) => c.name === name)!;
    const x = a.ids.find((c) => c.name === name) ?? { count: 0, missing: a.rows };
    const y = b.ids.find((c) => c.name === name) ?? { count: 0, missing: b.rows };
    return { name, kind: found.kind, count: x.count + y.count, missing: x.missing + y.missing, duplicates: null };
  });
  const joint = mergeJoint(a.joint, b.joint);
  const jointMissing = a.joint_missing ?? b.joint_missing ?? (joint.ok ? undefined : joint.message);
  return ok({
    format: a.format,
    made_by: a.made_by,
    model: a.model,
    policy_fingerprint: a.policy_fingerprint === b.policy_fingerprint ? a.policy_fingerprint : [a.policy_fingerprint, b.policy_fingerprint].sort().join('+'),
    sources: [...new Set([...a.sources, ...b.sources])].sort(),
    computed: a.computed === b.computed ? a.computed : 'rows',
    window: a.window === null || b.window === null ? null : { start: Math.min(a.window.start, b.window.start), end: Math.max(a.window.end, b.window.end) },
    rows: a.rows + b.rows,
    bits: a.bits,
    columns,
    ids,
    joint: joint.ok ? joint.value : null,
    ...(jointMissing !== undefined && { joint_missing: jointMissing }),
    rules: mergeRules(a, b),
  });
}

/** A column one profile lacks, as that profile's rows with every value missing. */
function absent(like: ColumnProfile, rows: number): ColumnProfile {
  switch (like.kind) {
    case 'numeric':
      return { kind: 'numeric', name: like.name, count: 0, missing: rows, min: null, max: null, mean: 0, m2: 0, splits: like.splits, buckets: [] };
    case 'categorical':
      return { kind: 'categorical', name: like.name, count: 0, missing: rows, categories: [], counts: [], other: { categories: 0, count: 0 }, top: like.top };
    case 'timestamp':
      return { kind: 'timestamp', name: like.name, count: 0, missing: rows, min: null, max: null };
  }
}

function mergeColumn(name: string, x: ColumnProfile, y: ColumnProfile): Result<ColumnProfile> {
  if (x.kind !== y.kind) return failure('profile/merge', `column "${name}" is ${x.kind} in one profile and ${y.kind} in the other`);
  if (x.kind === 'numeric') return mergeNumeric(name, x, y as NumericProfile);
  if (x.kind === 'categorical') return ok(mergeCategorical(name, x, y as CategoricalProfile));
  const t = y as TimestampProfile;
  return ok({ kind: 'timestamp', name, count: x.count + t.count, missing: x.missing + t.missing, min: least(x.min, t.min), max: greatest(x.max, t.max) });
}

function least(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function greatest(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

function mergeNumeric(name: string, x: NumericProfile, y: NumericProfile): Result<NumericProfile> {
  if (x.splits.length !== y.splits.length || x.splits.some((s, i) => s !== y.splits[i])) {
    return failure('profile/merge', `column "${name}" was bucketed at different split points in the two profiles (made against different references or policies): profile both against the same reference`);
  }
  const n = x.count + y.count;
  const delta = y.mean - x.mean;
  const mean = n === 0 ? 0 : x.count === 0 ? y.mean : y.count === 0 ? x.mean : x.mean + (delta * y.count) / n;
  const m2 = n === 0 ? 0 : x.m2 + y.m2 + (delta * delta * x.count * y.count) / n;
  return ok({
    kind: 'numeric',
    name,
    count: n,
    missing: x.missing + y.missing,
    min: least(x.min, y.min),
    max: greatest(x.max, y.max),
    mean,
    m2,
    splits: x.splits,
    buckets: mergeBuckets(x.buckets, y.buckets),
    ...mergeValues(x, y),
  });
}

/** Both lists of distinct values added up, while both have one and the union has at most EXACT_VALUES values. */
function mergeValues(x: NumericProfile, y: NumericProfile): Pick<NumericProfile, 'values'> {
  const a = x.count === 0 ? [] : x.values;
  const b = y.count === 0 ? [] : y.values;
  if (a === undefined || b === undefined) return {};
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (out.length === EXACT_VALUES) return {};
    const p = a[i];
    const q = b[j];
    if (q === undefined || (p !== undefined && p[0] < q[0])) {
      out.push([p![0], p![1]]);
      i++;
    } else if (p === undefined || q[0] < p[0]) {
      out.push([q[0], q[1]]);
      j++;
    } else {
      out.push([p[0], p[1] + q[1]]);
      i++;
      j++;
    }
  }
  return { values: out };
}

/** Two bucket lists in value order, joined in one pass; buckets of one key and split add up. */
export function mergeBuckets(a: readonly Bucket[], b: readonly Bucket[]): Bucket[] {
  const out: Bucket[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const order = i === a.length ? 1 : j === b.length ? -1 : compareBuckets(a[i]!, b[j]!);
    if (order < 0) out.push(a[i++]!);
    else if (order > 0) out.push(b[j++]!);
    else {
      const p = a[i++]!;
      const q = b[j++]!;
      out.push({ key: p.key, split: p.split, count: p.count + q.count, min: Math.min(p.min, q.min), max: Math.max(p.max, q.max), sum: p.sum + q.sum });
    }
  }
  return out;
}

function mergeCategorical(name: string, x: CategoricalProfile, y: CategoricalProfile): CategoricalProfile {
  const counts = new Map<string, number>();
  x.categories.forEach((c, i) => counts.set(c, x.counts[i]!));
  y.categories.forEach((c, i) => counts.set(c, (counts.get(c) ?? 0) + y.counts[i]!));
  const other = { categories: x.other.categories + y.other.categories, count: x.other.count + y.other.count };
  return keepTop(name, [...counts.keys()], [...counts.values()], x.count + y.count, x.missing + y.missing, Math.min(x.top, y.top), other);
}

type Cell = number | string | null;

function mergeJoint(a: JointProfile | null, b: JointProfile | null): Result<JointProfile | null> {
  if (a === null || b === null) return a === b ? ok(null) : failure('profile/missing', 'only one of the merged profiles holds the joint aggregate');
  if (a.columns.join('\u0000') !== b.columns.join('\u0000')) return failure('profile/missing', 'the merged profiles hold joint aggregates of different columns');
  const limit = Math.min(a.limit, b.limit);
  let step = a.score_step ?? b.score_step;
  let merged = addTuples(a, b, step);
  if (merged.size > limit && step === null && a.score_columns.length > 0) {
    step = SCORE_STEP;
    merged = addTuples(a, b, step);
  }
  if (merged.size > limit) return failure('profile/missing', `the merged joint aggregate has more than ${limit.toLocaleString('en')} combinations: profile the union of the rows with a higher --joint-limit`);
  return ok({ columns: a.columns, kinds: a.kinds, tuples: [...merged.values()].sort(compareTuples), limit, score_step: step, score_columns: a.score_columns });
}

function addTuples(a: JointProfile, b: JointProfile, step: number | null): Map<string, Cell[]> {
  const rounded = new Set(step === null ? [] : a.score_columns);
  const merged = new Map<string, Cell[]>();
  for (const joint of [a, b]) {
    for (const tuple of joint.tuples) {
      const cells = tuple.slice(0, -1).map((v, k) => (rounded.has(joint.columns[k]!) && typeof v === 'number' ? roundScore(v) : v));
      const key = JSON.stringify(cells);
      const entry = merged.get(key);
      const count = tuple[tuple.length - 1] as number;
      if (entry !== undefined) (entry[entry.length - 1] as number) += count;
      else merged.set(key, [...cells, count]);
    }
  }
  return merged;
}

/** Rule counts add up where both profiles counted the rule; a rule only one counted, or that failed in either, is dropped. */
function mergeRules(a: Profile, b: Profile): RuleCount[] {
  const out: RuleCount[] = [];
  for (const x of a.rules) {
    const y = b.rules.find((r) => r.rule === x.rule);
    if (y === undefined) continue;
    if ('error' in x || 'error' in y) out.push('error' in x ? x : y);
    else out.push({ rule: x.rule, rows: x.rows + y.rows, holding: x.holding + y.holding, nulls: x.nulls + y.nulls });
  }
  return out;
}
