/**
 * What a drift chart draws for one column: the reference and current distributions as
 * aggregates, never rows (docs/architecture.md, "Reports"). Numeric columns are counted on the
 * reference's quantile bins (stats/bins.ts: the same edges, the same open bins below and above
 * the reference range), at most CHART_BINS of them; categorical columns, and numeric columns
 * with at most CHART_CATEGORIES distinct values, as their CHART_CATEGORIES largest categories
 * (by the larger of the two shares, so a category that appears only in the current data is
 * shown) with the rest summed as "other".
 *
 * Pure. O(bins · log n) for numeric columns (the values are sorted already), O(n + categories)
 * for categorical ones.
 */
import { categoryCounts, quantileEdges } from '../stats/bins.js';
import type { Prepared } from './drift-measure.js';

/** Most numeric bins a chart holds (the check's `bins` when lower). */
export const CHART_BINS = 20;
/** Most categories a chart names; the rest are summed as other. */
export const CHART_CATEGORIES = 10;
/** Most columns of one drift check whose distributions the report keeps (the worst first). */
export const CHARTED_COLUMNS = 20;

export type DriftDistribution =
  | {
      /** Counts over the reference's quantile edges: below edges[0], [e0, e1], (e1, e2], …, above the last edge. */
      readonly kind: 'bins';
      readonly edges: readonly number[];
      readonly reference: readonly number[];
      readonly current: readonly number[];
    }
  | {
      readonly kind: 'categories';
      readonly categories: readonly string[];
      readonly reference: readonly number[];
      readonly current: readonly number[];
      /** The categories left out, and their rows on each side (0 when none is left out). */
      readonly other_categories: number;
      readonly other_reference: number;
      readonly other_current: number;
    };

/** First index with sorted[i] ≥ x (left) or > x (right). */
function bound(sorted: Float64Array, x: number, right: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x || (right && sorted[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** binCounts (stats/bins.ts) of sorted values, by binary search at each edge instead of per value. */
export function sortedBinCounts(sorted: Float64Array, edges: Float64Array): number[] {
  const m = edges.length;
  const counts: number[] = [bound(sorted, edges[0]!, false)];
  let below = counts[0]!;
  for (let k = m === 1 ? 0 : 1; k < m; k++) {
    const upTo = bound(sorted, edges[k]!, true);
    counts.push(upTo - below);
    below = upTo;
  }
  counts.push(sorted.length - below);
  return counts;
}

/** Distinct values of two sorted arrays with their counts, or null beyond `limit` distinct values. */
function fewValues(a: Float64Array, b: Float64Array, limit: number): { values: number[]; reference: number[]; current: number[] } | null {
  const values: number[] = [];
  const counts: [number[], number[]] = [[], []];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const v = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    if (values.length === limit) return null;
    values.push(v);
    // Runs of one value are skipped by binary search: O(distinct · log n), not O(n).
    const nextI = bound(a, v, true);
    const nextJ = bound(b, v, true);
    counts[0].push(nextI - i);
    counts[1].push(nextJ - j);
    i = nextI;
    j = nextJ;
  }
  return { values, reference: counts[0], current: counts[1] };
}

/** The largest categories first, or (`keepOrder`, when all fit) in the given order. */
function topCategories(categories: readonly string[], reference: ArrayLike<number>, current: ArrayLike<number>, keepOrder = false): DriftDistribution {
  let refTotal = 0;
  let curTotal = 0;
  for (let i = 0; i < categories.length; i++) {
    refTotal += reference[i]!;
    curTotal += current[i]!;
  }
  const share = (i: number): number => Math.max(refTotal === 0 ? 0 : reference[i]! / refTotal, curTotal === 0 ? 0 : current[i]! / curTotal);
  const order = categories.map((_, i) => i);
  if (!(keepOrder && categories.length <= CHART_CATEGORIES)) order.sort((x, y) => share(y) - share(x) || x - y);
  const kept = order.slice(0, CHART_CATEGORIES);
  const left = order.slice(CHART_CATEGORIES);
  const sum = (counts: ArrayLike<number>): number => left.reduce((s, i) => s + counts[i]!, 0);
  return {
    kind: 'categories',
    categories: kept.map((i) => categories[i]!),
    reference: kept.map((i) => reference[i]!),
    current: kept.map((i) => current[i]!),
    other_categories: left.length,
    other_reference: sum(reference),
    other_current: sum(current),
  };
}

/** The column's distributions for a chart, or null when there is nothing finite to draw. */
export function driftDistribution(ref: Prepared, cur: Prepared, bins: number): DriftDistribution | null {
  if (ref.kind === 'categorical' && cur.kind === 'categorical') {
    const counts = categoryCounts(ref.column, cur.column);
    return counts.categories.length === 0 ? null : topCategories(counts.categories, counts.reference, counts.current);
  }
  if (ref.kind !== 'numeric' || cur.kind !== 'numeric' || ref.sorted.length === 0) return null;
  const few = fewValues(ref.sorted, cur.sorted, CHART_CATEGORIES);
  if (few !== null) {
    if (!few.values.every(Number.isFinite)) return null;
    return topCategories(few.values.map(String), few.reference, few.current, true);
  }
  const edges = quantileEdges(ref.sorted, Math.max(1, Math.min(bins, CHART_BINS)));
  if (!edges.every(Number.isFinite)) return null;
  return { kind: 'bins', edges: Array.from(edges), reference: sortedBinCounts(ref.sorted, edges), current: sortedBinCounts(cur.sorted, edges) };
}
