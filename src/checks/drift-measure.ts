/**
 * The statistics of a drift comparison, shared by the drift check (drift.ts) and the worker
 * threads that compare large numeric columns in parallel (engine/drift-workers.ts). Pure: the
 * same inputs give the same numbers on either side.
 *
 * A column is prepared once: numeric values without the missing ones, sorted (radix sort,
 * stats/sort.ts, on decimal keys when the columns are stored so); categorical codes with their
 * count of non-missing rows. `method: auto` chooses per column as Evidently does (see drift.ts).
 */
import { decodeKeys, MISSING_KEY } from '../data/decimal-key.js';
import type { CategoricalColumn } from '../data/table.js';
import type { DriftEffect, DriftMethod } from '../policy/types.js';
import { failure, ok, type Failure, type Result } from '../problems.js';
import { binCounts, categoryCounts, quantileEdges } from '../stats/bins.js';
import { driftDistribution, type DriftDistribution } from './drift-distribution.js';
import { describeSorted, type SortedDescription } from '../stats/describe-sorted.js';
import { chiSquareGoodnessOfFit } from '../stats/chi-square.js';
import { hellinger, jensenShannonDistance, klDivergence, psi } from '../stats/distances.js';
import { ksStatistic, ksTwoSampleSorted } from '../stats/ks.js';
import { sortFloat64, sortInt32 } from '../stats/sort.js';
import { totalVariation } from '../stats/total-variation.js';
import { normedWassersteinSorted, normedWassersteinSortedParts } from '../stats/wasserstein.js';
import { twoProportionZ } from '../stats/z-test.js';

export const TESTS: ReadonlySet<DriftMethod> = new Set(['ks', 'chi_square', 'z']);
const AUTO_TEST_LIMIT = 1000;

/** A column prepared for comparison: sorted finite values, or the categorical column itself. */
export type Prepared =
  | { readonly kind: 'numeric'; readonly sorted: Float64Array }
  | { readonly kind: 'categorical'; readonly column: CategoricalColumn; readonly total: number };

export interface Measured {
  readonly statistic: number;
  readonly pValue: number | null;
  /** A test's effect size, when the request asks for one (min_effect): see `effectSize`. */
  readonly effect?: number;
  /** wasserstein: the population standard deviation of the reference's values compared, which divides the distance (drift-profile.ts bounds it with this). */
  readonly referenceStd?: number;
}

/**
 * A numeric column's data for a comparison: its doubles (NaN = missing), or — when both sides
 * are stored so — its decimal keys (an Int32Array, MISSING_KEY = missing; data/decimal-key.ts).
 * Keys sort in half the time and travel to a worker in half the bytes; decoded after the sort,
 * they give the very doubles that sorting the values would.
 */
export type NumericData = Float64Array | Int32Array;

/**
 * A column that writes its non-missing values, ascending, into a buffer of `length` (a column
 * read back from a profile, profile/table.ts): prepared without a copy of its values, in this
 * thread only.
 */
export interface SortedValues {
  readonly length: number;
  writeSorted(target: Float64Array): number;
}

/** What a comparison in this thread can prepare. */
export type ColumnData = NumericData | SortedValues;

/** Work buffers for preparing columns, kept and grown across comparisons (no garbage per column). */
export class Scratch {
  readonly #floats: Float64Array[] = [];
  readonly #ints: Int32Array[] = [];

  floats(slot: number, n: number): Float64Array {
    let array = this.#floats[slot];
    if (array === undefined || array.length < n) array = this.#floats[slot] = new Float64Array(n);
    return array.subarray(0, n);
  }

  ints(slot: number, n: number): Int32Array {
    let array = this.#ints[slot];
    if (array === undefined || array.length < n) array = this.#ints[slot] = new Int32Array(n);
    return array.subarray(0, n);
  }
}

/**
 * Keys copied where `prepareNumeric(…, inPlace)` can work on them without buffers of its own:
 * in the upper half of a buffer that can hold their doubles (`room` when it is big enough).
 * The sort uses the lower half as its scratch; the sorted doubles are then decoded over the
 * buffer from its start: double i ends at byte 8i + 8, never past key i + 1, which starts at
 * byte 4·length + 4i + 4.
 */
export function keysWithRoom(keys: Int32Array, room?: ArrayBuffer): Int32Array {
  const n = keys.length;
  const buffer = room !== undefined && room.byteLength >= 8 * n ? room : new ArrayBuffer(8 * n);
  const placed = new Int32Array(buffer, 4 * n, n);
  placed.set(keys);
  return placed;
}

/**
 * The non-missing values, sorted. `side` (0 reference, 1 current) picks the scratch buffers;
 * with `inPlace` the data itself is overwritten (compacted, and for keys placed by
 * `keysWithRoom`, decoded over) instead of copied first.
 */
export function prepareNumeric(data: ColumnData, side: 0 | 1, scratch: Scratch, inPlace = false): Prepared {
  if (!(data instanceof Float64Array || data instanceof Int32Array)) {
    const target = scratch.floats(side, data.length);
    return { kind: 'numeric', sorted: target.subarray(0, data.writeSorted(target)) };
  }
  let n = 0;
  // Scratch is asked for the data's length, not n (which varies by column), so one buffer
  // serves every column of a table instead of growing at each new largest count.
  if (data instanceof Int32Array) {
    if (inPlace && data.byteOffset !== 4 * data.length) throw new Error('prepareNumeric: keys to prepare in place must come from keysWithRoom');
    const keys = inPlace ? data : scratch.ints(side, data.length);
    for (let i = 0; i < data.length; i++) {
      const k = data[i]!;
      if (k !== MISSING_KEY) keys[n++] = k;
    }
    // In place, the lower half of the buffer is free until the decode: the sort's scratch.
    sortInt32(keys.subarray(0, n), inPlace ? new Int32Array(data.buffer, 0, n) : scratch.ints(2, data.length));
    const target = inPlace ? new Float64Array(data.buffer, 0, n) : scratch.floats(side, data.length);
    return { kind: 'numeric', sorted: decodeKeys(keys, n, target).subarray(0, n) };
  }
  const target = inPlace ? data : scratch.floats(side, data.length);
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    if (v === v) target[n++] = v;
  }
  return { kind: 'numeric', sorted: sortFloat64(target.subarray(0, n)) };
}

export function prepareCategorical(column: CategoricalColumn): Prepared {
  let total = 0;
  for (const code of column.codes) if (code >= 0) total++;
  return { kind: 'categorical', column, total };
}

export function sizeOf(p: Prepared): number {
  return p.kind === 'numeric' ? p.sorted.length : p.total;
}

/** Distinct values in the union of two sorted arrays, counting no further than `limit + 1`. */
function distinctUpTo(a: Float64Array, b: Float64Array, limit: number): number {
  const seen = new Set<number>();
  for (const arr of [a, b]) {
    for (let i = 0; i < arr.length; i++) {
      if (i > 0 && arr[i] === arr[i - 1]) continue;
      seen.add(arr[i]!);
      if (seen.size > limit) return seen.size;
    }
  }
  return seen.size;
}

export function autoMethod(ref: Prepared, cur: Prepared): DriftMethod {
  const small = sizeOf(ref) <= AUTO_TEST_LIMIT;
  if (ref.kind === 'numeric' && cur.kind === 'numeric') {
    const distinct = distinctUpTo(ref.sorted, cur.sorted, 5);
    if (small) return distinct > 5 ? 'ks' : distinct > 2 ? 'chi_square' : 'z';
    return distinct > 5 ? 'wasserstein' : 'jensen_shannon';
  }
  if (!small) return 'jensen_shannon';
  return categoryCounts(asCategories(ref), asCategories(cur)).categories.length > 2 ? 'chi_square' : 'z';
}

/** A numeric column with few distinct values, seen as categories (one per distinct value). */
function asCategories(p: Prepared): { codes: Int32Array; dictionary: readonly string[] } {
  if (p.kind === 'categorical') return p.column;
  const dictionary: string[] = [];
  const codes = new Int32Array(p.sorted.length);
  for (let i = 0; i < p.sorted.length; i++) {
    if (i === 0 || p.sorted[i] !== p.sorted[i - 1]) dictionary.push(String(p.sorted[i]));
    codes[i] = dictionary.length - 1;
  }
  return { codes, dictionary };
}

/** Reference and current counts over the union of categories (reference's first). */
function alignedCounts(ref: Prepared, cur: Prepared): ReturnType<typeof categoryCounts> {
  return categoryCounts(asCategories(ref), asCategories(cur));
}

/** Binned counts: quantile bins of the reference for numeric columns, categories otherwise. */
function binned(ref: Prepared, cur: Prepared, bins: number, stored?: readonly number[]): { reference: Float64Array; current: Float64Array } {
  if (ref.kind === 'numeric' && cur.kind === 'numeric') {
    const edges = stored !== undefined ? Float64Array.from(stored) : quantileEdges(ref.sorted, bins);
    return { reference: binCounts(ref.sorted, edges), current: binCounts(cur.sorted, edges) };
  }
  return alignedCounts(ref, cur);
}

function shares(counts: Float64Array): Float64Array {
  let total = 0;
  for (const c of counts) total += c;
  return counts.map((c) => c / total);
}

/** The method's statistic (and p-value for tests), or why it cannot be computed. */
export function measure(method: DriftMethod, ref: Prepared, cur: Prepared, bins: number, edges?: readonly number[]): Result<Measured> {
  const numeric = ref.kind === 'numeric' && cur.kind === 'numeric';
  switch (method) {
    case 'ks': {
      if (!numeric) return failure('check/wrong-kind', 'ks needs a numeric column');
      const r = ksTwoSampleSorted(ref.sorted, cur.sorted);
      return ok({ statistic: r.statistic, pValue: r.pValue });
    }
    case 'wasserstein':
      if (!numeric) return failure('check/wrong-kind', 'wasserstein needs a numeric column');
      return ok({ ...normedWassersteinSortedParts(ref.sorted, cur.sorted), pValue: null });
    case 'chi_square': {
      const { reference, current } = alignedCounts(ref, cur);
      const r = chiSquareGoodnessOfFit(current, shares(reference));
      return ok({ statistic: r.statistic, pValue: r.pValue });
    }
    case 'z': {
      const { categories, reference, current } = alignedCounts(ref, cur);
      if (categories.length > 2) return failure('check/wrong-kind', `z compares two proportions, but the column has ${categories.length} distinct values`);
      const r = twoProportionZ(reference[0] ?? 0, sizeOf(ref), current[0] ?? 0, sizeOf(cur));
      return ok({ statistic: r.statistic, pValue: r.pValue });
    }
    case 'jensen_shannon':
    case 'psi':
    case 'kl':
    case 'hellinger': {
      const { reference, current } = binned(ref, cur, bins, edges);
      const distance = { jensen_shannon: jensenShannonDistance, psi, kl: klDivergence, hellinger }[method];
      return ok({ statistic: distance(reference, current), pValue: null });
    }
  }
}

/** What a comparison of two prepared columns needs besides the data. */
export interface PairRequest {
  readonly method: DriftMethod | 'auto';
  readonly bins: number;
  readonly minSamples: number;
  /** Measure this effect size beside a test's p-value (the policy's min_effect). */
  readonly effect?: DriftEffect;
  /** Count the distributions for a chart on at most this many bins (drift-distribution.ts); absent for pii and id columns. */
  readonly distribution?: number;
  /**
   * The reference's quantile edges for `bins`, when the reference is a profile whose buckets do
   * not hold the values exactly (profile/types.ts): the edges its rows gave, kept in the profile.
   */
  readonly edges?: readonly number[];
}

/**
 * The effect size of a tested column (docs/statistics.md#effect-size-gate): for numeric columns
 * the KS statistic D (the test's own when the test is ks) or the normed Wasserstein distance;
 * for categorical columns the total variation distance, whatever `effect` says.
 */
function effectSize(effect: DriftEffect, method: DriftMethod, measured: Measured, ref: Prepared, cur: Prepared): number {
  if (ref.kind !== 'numeric' || cur.kind !== 'numeric') {
    const { reference, current } = alignedCounts(ref, cur);
    return totalVariation(reference, current);
  }
  if (effect === 'wasserstein') return normedWassersteinSorted(ref.sorted, cur.sorted);
  return method === 'ks' ? measured.statistic : ksStatistic(ref.sorted, cur.sorted);
}

/**
 * The comparison of one column's reference and current values: the non-missing counts, and —
 * unless there are no reference values or fewer current values than `minSamples` — the method
 * used and what it measured (or why it could not).
 */
export interface PairResult {
  readonly referenceRows: number;
  readonly currentRows: number;
  readonly method: DriftMethod | null;
  readonly measured: Measured | Failure | null;
  /** The distributions to chart, when the request asks for them and the column was measured. */
  readonly distribution?: DriftDistribution | null;
  /**
   * Numeric columns, with the distributions: count, mean, median, p5 and p95 of the non-missing
   * values on each side (stats/describe-sorted.ts, from the values sorted for the test).
   */
  readonly description?: { readonly reference: SortedDescription; readonly current: SortedDescription };
}

export function comparePrepared(ref: Prepared, cur: Prepared, request: PairRequest): PairResult {
  const referenceRows = sizeOf(ref);
  const currentRows = sizeOf(cur);
  if (referenceRows === 0 || currentRows < request.minSamples) return { referenceRows, currentRows, method: null, measured: null };
  const method = request.method === 'auto' ? autoMethod(ref, cur) : request.method;
  const result = measure(method, ref, cur, request.bins, request.edges);
  if (!result.ok) return { referenceRows, currentRows, method, measured: result };
  const measured = result.value;
  const chart =
    request.distribution === undefined
      ? {}
      : {
          distribution: driftDistribution(ref, cur, request.distribution),
          ...(ref.kind === 'numeric' && cur.kind === 'numeric' && { description: { reference: describeSorted(ref.sorted), current: describeSorted(cur.sorted) } }),
        };
  if (request.effect === undefined || measured.pValue === null) return { referenceRows, currentRows, method, measured, ...chart };
  return { referenceRows, currentRows, method, measured: { ...measured, effect: effectSize(request.effect, method, measured, ref, cur) }, ...chart };
}

/** Numeric columns (both doubles or both keys), prepared in the scratch buffers or, with `inPlace`, in the data. */
export function compareNumeric(reference: ColumnData, current: ColumnData, request: PairRequest, scratch: Scratch, inPlace = false): PairResult {
  return comparePrepared(prepareNumeric(reference, 0, scratch, inPlace), prepareNumeric(current, 1, scratch, inPlace), request);
}
