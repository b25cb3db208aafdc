/**
 * A profile: the aggregates of a table that the checks of one policy need, and no row
 * (schema/profile.v1.schema.json, docs/statistics.md#profiles). Made from rows (build.ts) or by
 * a database (the PostgreSQL pushdown), merged (merge.ts), written and read as JSON (json.ts),
 * and read back by the checks as a table of each column's values in sorted order (table.ts).
 *
 * Numeric columns are held as buckets: a bucket is every value that shares the top bits of its
 * IEEE 754 double (sign, exponent and `bits` bits of the mantissa) and lies between the same two
 * split points (the reference's bin edges and range bounds, so that bin and range counts stay
 * exact). A bucket keeps its count, least and greatest value and sum: a bucket whose least and
 * greatest value are equal holds one distinct value exactly, so a column of few distinct values
 * (ages, counts, flags) is held exactly, and a continuous one within a bound the profile states.
 * Every part of a profile adds up when two are merged, so merge is associative and commutative
 * and profiling A and B then merging equals profiling their union.
 */

export const PROFILE_FORMAT = 'modelwatch-profile/v1';

/** One bucket: the key of its top bits, the split interval it lies in, and its values' count, least, greatest and sum. */
export interface Bucket {
  readonly key: number;
  readonly split: number;
  readonly count: number;
  readonly min: number;
  readonly max: number;
  readonly sum: number;
}

export interface NumericProfile {
  readonly kind: 'numeric';
  readonly name: string;
  /** Rows with a value (not missing). */
  readonly count: number;
  readonly missing: number;
  /** Least and greatest value; null when count is 0. */
  readonly min: number | null;
  readonly max: number | null;
  /** Mean and sum of squared deviations (Welford's M2), merged with Chan's formula; 0 when count is 0. */
  readonly mean: number;
  readonly m2: number;
  /** Split points (ascending): values below a point and values at or above it never share a bucket. */
  readonly splits: readonly number[];
  /** Buckets in the order of their values. */
  readonly buckets: readonly Bucket[];
  /**
   * Every distinct value with its count, ascending, while the column has at most EXACT_VALUES
   * of them (reference profiles; needs.ts `exactValues`): the column then reads back exactly
   * whatever its buckets hold.
   */
  readonly values?: readonly (readonly [number, number])[];
  /**
   * The reference's quantile bin edges per bin count (drift's `bins`), computed from the values
   * themselves when the profile is made, so binned drift methods use the very edges the rows give.
   */
  readonly edges?: Readonly<Record<string, readonly number[]>>;
}

export interface CategoricalProfile {
  readonly kind: 'categorical';
  readonly name: string;
  readonly count: number;
  readonly missing: number;
  /** Categories in the order the rows first show them (the order the table's dictionary has), at most `top` of them. */
  readonly categories: readonly string[];
  readonly counts: readonly number[];
  /** Rows and distinct categories beyond the top `top` (by count); both 0 when every category is kept. */
  readonly other: { readonly categories: number; readonly count: number };
  /** Most categories kept (the rest are counted in `other`). */
  readonly top: number;
}

export interface TimestampProfile {
  readonly kind: 'timestamp';
  readonly name: string;
  readonly count: number;
  readonly missing: number;
  /** Epoch milliseconds; null when count is 0. */
  readonly min: number | null;
  readonly max: number | null;
}

export type ColumnProfile = NumericProfile | CategoricalProfile | TimestampProfile;

/**
 * The joint distribution of the columns that performance and fairness read together (target,
 * prediction, scores, group columns): each distinct tuple of their values with its count. Null
 * cells are missing values. `exact` is false when scores were rounded to `score_step` so that
 * the tuples fit `limit`.
 */
export interface JointProfile {
  readonly columns: readonly string[];
  readonly kinds: readonly ('numeric' | 'categorical')[];
  /** Each tuple's values, then its count; sorted. */
  readonly tuples: readonly (readonly (number | string | null)[])[];
  readonly limit: number;
  /** Scores rounded to this step to fit the limit, or null when the tuples are the rows' own values. */
  readonly score_step: number | null;
  /** The score columns among `columns` (those rounded when score_step is set). */
  readonly score_columns: readonly string[];
}

/** Id columns: how many rows share an id with another row (duplicate_ids), when known. */
export interface IdProfile {
  readonly name: string;
  /** How the ids were read (numbers or text). */
  readonly kind: 'numeric' | 'categorical';
  readonly count: number;
  readonly missing: number;
  /** Rows whose id appeared before in the rows profiled; null once profiles of different rows were merged (an id may be in both). */
  readonly duplicates: number | null;
}

export interface Profile {
  readonly format: typeof PROFILE_FORMAT;
  /** The modelwatch version that wrote it. */
  readonly made_by: string;
  readonly model: string;
  /** SHA-256 of what the policy says about the columns and checks a profile serves (needs.ts). */
  readonly policy_fingerprint: string;
  /** What it was made from: the source as the policy names it, or several after a merge. */
  readonly sources: readonly string[];
  /** Where it was computed: from rows read by modelwatch, or inside the database. */
  readonly computed: 'rows' | 'database';
  /** The data window it covers (epoch ms, start exclusive), or null for every row. */
  readonly window: { readonly start: number; readonly end: number } | null;
  readonly rows: number;
  /** Mantissa bits of the numeric buckets. */
  readonly bits: number;
  /** In the order of the table's columns (an array, since JSON objects reorder integer-like keys). */
  readonly columns: readonly ColumnProfile[];
  readonly ids: readonly IdProfile[];
  readonly joint: JointProfile | null;
  /** Why the joint aggregate is absent when the policy needs one (too many tuples even rounded). */
  readonly joint_missing?: string;
  /** Each data_quality rule of the policy, counted on the rows (a rule reads several columns of a row: no other aggregate serves it). */
  readonly rules: readonly RuleCount[];
}

/** A row rule's counts: rows where it holds, rows it could not be evaluated on (missing values), all rows; or why it failed. */
export type RuleCount =
  | { readonly rule: string; readonly rows: number; readonly holding: number; readonly nulls: number }
  | { readonly rule: string; readonly error: string };
