/**
 * What a profile must hold for one policy's checks: which columns are ids, which are read
 * together (the joint aggregate), the bin counts whose reference edges are kept, and the split
 * points that keep bin and range counts exact. A profile of the reference needs only the policy;
 * a profile of the current side also needs the reference (its edges and range), so that its
 * buckets never straddle a bin edge.
 */
import { createHash } from 'node:crypto';
import type { Policy } from '../policy/types.js';
import { DEFAULT_BITS, edgeSplits, rangeSplits } from './buckets.js';

/** Categories kept per column by default (the rest counted as other). */
export const DEFAULT_TOP = 1000;
/** Distinct joint tuples kept before scores are rounded (then refused). */
export const DEFAULT_JOINT_LIMIT = 10_000;
/** The step scores are rounded to when the joint tuples exceed the limit: a histogram of 1,001 bins a class. */
export const SCORE_STEP = 1e-3;

/** Distinct values a numeric column may have for a reference profile to list them all (NumericProfile.values). */
export const EXACT_VALUES = 10_000;

export interface ProfileNeeds {
  readonly bits: number;
  /** List each numeric column's distinct values while they are at most EXACT_VALUES (reference profiles). */
  readonly exactValues: boolean;
  readonly top: number;
  readonly jointLimit: number;
  readonly ids: readonly string[];
  /** The data_quality rules to count on the rows (their text). */
  readonly rules: readonly string[];
  /** Columns read together, in this order (those the data lacks are left out). */
  readonly joint: readonly string[];
  readonly scoreColumns: readonly string[];
  /** Bin counts whose quantile edges a reference profile keeps; none for a current profile (the checks bin it at the reference's edges). */
  binsOf(name: string): readonly number[];
  /** Split points a numeric column's buckets must respect. */
  splitsOf(name: string): readonly number[];
  /** The reference's largest |value| of a numeric column, where a pushdown's cells are finest (pushdown/grid.ts); undefined when not known. */
  scaleOf(name: string): number | undefined;
}

/**
 * What is known of the reference when the current side is profiled: per numeric column, its
 * edges by bin count and its range. `profileNeeds(policy, null)` is a reference profile's needs;
 * a current profile without a reference passes NO_REFERENCE.
 */
export interface ReferenceFacts {
  edges(name: string, bins: number): readonly number[] | undefined;
  range(name: string): { readonly min: number; readonly max: number } | undefined;
}

/** Facts of a reference that is not there: a current profile of a policy without data.reference. */
export const NO_REFERENCE: ReferenceFacts = { edges: () => undefined, range: () => undefined };

export interface NeedsOptions {
  readonly bits?: number;
  readonly top?: number;
  readonly jointLimit?: number;
}

export function profileNeeds(policy: Policy, reference: ReferenceFacts | null, options: NeedsOptions = {}): ProfileNeeds {
  const columns = policy.columns;
  const bins = new Set<number>();
  const explicit = new Map<string | null, number[]>();
  const joint: string[] = [];
  const add = (name: string | undefined): void => {
    if (name !== undefined && !joint.includes(name)) joint.push(name);
  };
  let wantsReferenceRange = false;
  for (const check of policy.checks) {
    if (check.type === 'drift') bins.add(check.bins);
    if (check.type === 'data_quality' && check.metric === 'out_of_range_share' && check.range !== undefined) {
      if (check.range === 'reference') wantsReferenceRange = true;
      else {
        const points = rangeSplits(check.range.min, check.range.max);
        for (const name of check.columns === 'all' ? [null] : check.columns) explicit.set(name, [...(explicit.get(name) ?? []), ...points]);
      }
    }
    if (check.type === 'performance' && check.by !== undefined) add(check.by);
    if (check.type === 'fairness') for (const name of check.by) add(name);
  }
  const scoreColumns = [...(columns.score !== undefined ? [columns.score] : []), ...Object.values(columns.class_scores ?? {})];
  const labelled = [columns.target, columns.prediction, ...scoreColumns];
  const groups = [...joint];
  joint.length = 0;
  for (const name of [...labelled, ...columns.sensitive, ...groups]) add(name);
  const binList = [...bins].sort((a, b) => a - b);
  return {
    bits: options.bits ?? DEFAULT_BITS,
    exactValues: reference === null,
    top: options.top ?? DEFAULT_TOP,
    jointLimit: options.jointLimit ?? DEFAULT_JOINT_LIMIT,
    rules: [...new Set(policy.checks.flatMap((c) => (c.type === 'data_quality' && c.metric === 'rule' && c.rule !== undefined ? [c.rule] : [])))],
    ids: [...new Set([columns.id, policy.data.labels?.join].filter((n): n is string => n !== undefined))],
    joint: columns.target !== undefined || columns.prediction !== undefined ? joint : [],
    scoreColumns,
    // Decision: a current profile keeps no edges of its own. Its buckets are split at the
    // reference's (splitsOf), which is all binned drift reads of it, and a profile pushed down
    // into a database could compute quantile edges only with a second pass over the rows.
    binsOf: () => (reference === null ? binList : []),
    splitsOf: (name) => {
      const points = [...(explicit.get(null) ?? []), ...(explicit.get(name) ?? [])];
      if (reference === null) return points;
      for (const b of binList) points.push(...edgeSplits(reference.edges(name, b) ?? []));
      const range = reference.range(name);
      if (range !== undefined && wantsReferenceRange) points.push(...rangeSplits(range.min, range.max));
      return points;
    },
    scaleOf: (name) => {
      const range = reference?.range(name);
      return range === undefined ? undefined : Math.max(Math.abs(range.min), Math.abs(range.max));
    },
  };
}

/**
 * SHA-256 of what the policy says that a profile depends on: the columns' roles and types, and
 * each check's type with the keys that decide what it reads (features, columns, bins, ranges,
 * groups). Thresholds, ids and messages can change without making a profile stale.
 */
export function policyFingerprint(policy: Policy): string {
  const checks = policy.checks.map((c) => {
    const spec = c as unknown as Record<string, unknown>;
    return Object.fromEntries(['type', 'features', 'columns', 'bins', 'range', 'by', 'metric', 'column'].filter((k) => spec[k] !== undefined).map((k) => [k, spec[k]]));
  });
  const text = JSON.stringify({ model: policy.model.name, task: policy.model.task, columns: policy.columns, checks });
  return createHash('sha256').update(text).digest('hex');
}
