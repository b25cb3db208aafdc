/**
 * Bins for numeric drift distances, fixed from the reference alone so that a stored baseline
 * profile or a SQL query can reproduce them (docs/statistics.md#bins).
 *
 * quantileEdges: e_k = numpy.quantile(reference, k/bins, method='linear') for k = 0..bins,
 * with repeated edges removed (heavy ties give fewer bins). O(bins) on sorted input.
 *
 * binCounts: counts over max(m − 1, 1) + 2 bins for m edges:
 *   bin 0               x < e₀                      (open, below the reference range)
 *   bin 1               e₀ ≤ x ≤ e₁                 (closed; just x = e₀ when m = 1)
 *   bin k, 2 ≤ k ≤ m−1  e_{k−1} < x ≤ e_k
 *   last bin            x > e_{m−1}                 (open, above the reference range)
 * O(n log m).
 *
 * categoryCounts: aligned counts of two dictionary-encoded columns over the union of their
 * categories, matched by string. O(n + dictionary size).
 *
 * Throws RangeError on an empty reference, bins < 1, or no edges.
 */

export function quantileEdges(sortedReference: Float64Array, bins: number): Float64Array {
  const n = sortedReference.length;
  if (n === 0) throw new RangeError('quantileEdges: the reference is empty');
  if (!(Number.isInteger(bins) && bins >= 1)) throw new RangeError(`quantileEdges: ${bins} bins`);
  const edges: number[] = [];
  for (let k = 0; k <= bins; k++) {
    const edge = linearQuantile(sortedReference, k / bins);
    if (edges.length === 0 || edge !== edges[edges.length - 1]) edges.push(edge);
  }
  return Float64Array.from(edges);
}

/** numpy's `linear` quantile (its _lerp included, which interpolates from the nearer end). */
function linearQuantile(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  const virtual = (n - 1) * q;
  if (virtual >= n - 1) return sorted[n - 1]!;
  if (virtual <= 0) return sorted[0]!;
  const below = Math.floor(virtual);
  const a = sorted[below]!;
  const b = sorted[below + 1]!;
  const t = virtual - below;
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/** Number of bins binCounts returns for these edges. */
export function binCountLength(edges: Float64Array): number {
  return Math.max(edges.length - 1, 1) + 2;
}

export function binCounts(values: Float64Array, edges: Float64Array): Float64Array {
  const m = edges.length;
  if (m === 0) throw new RangeError('binCounts: no edges');
  const counts = new Float64Array(binCountLength(edges));
  const first = edges[0]!;
  const last = edges[m - 1]!;
  const above = counts.length - 1;
  for (const x of values) {
    if (x < first) counts[0]!++;
    else if (x > last) counts[above]!++;
    else counts[Math.max(lowerBound(edges, x), 1)]!++;
  }
  return counts;
}

/** First index i with edges[i] ≥ x (numpy searchsorted side='left'). */
function lowerBound(edges: Float64Array, x: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edges[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A dictionary-encoded column: codes into `dictionary`, negative = missing (skipped). */
export interface EncodedCategories {
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
}

export interface AlignedCategoryCounts {
  /** Categories seen at least once on either side: reference dictionary order, then new ones. */
  readonly categories: readonly string[];
  readonly reference: Float64Array;
  readonly current: Float64Array;
}

export function categoryCounts(reference: EncodedCategories, current: EncodedCategories): AlignedCategoryCounts {
  const refByCategory = countByCategory(reference);
  const curByCategory = countByCategory(current);
  const categories = [...refByCategory.keys()];
  for (const category of curByCategory.keys()) if (!refByCategory.has(category)) categories.push(category);
  const ref = new Float64Array(categories.length);
  const cur = new Float64Array(categories.length);
  categories.forEach((category, i) => {
    ref[i] = refByCategory.get(category) ?? 0;
    cur[i] = curByCategory.get(category) ?? 0;
  });
  return { categories, reference: ref, current: cur };
}

/** Counts keyed by category string (a dictionary may repeat a string), zero counts dropped. */
function countByCategory(column: EncodedCategories): Map<string, number> {
  const perCode = new Float64Array(column.dictionary.length);
  for (const code of column.codes) if (code >= 0) perCode[code]!++;
  const counts = new Map<string, number>();
  column.dictionary.forEach((category, code) => {
    const c = perCode[code]!;
    if (c > 0) counts.set(category, (counts.get(category) ?? 0) + c);
  });
  return counts;
}

/**
 * The bin of `binCounts` that holds x: 0 below edges[0], the last bin above the last edge, else
 * the closed-open rule above. O(log m). NaN has no bin (−1): the caller decides where missing goes.
 */
export function binIndex(x: number, edges: Float64Array): number {
  const m = edges.length;
  if (m === 0) throw new RangeError('binIndex: no edges');
  if (Number.isNaN(x)) return -1;
  if (x < edges[0]!) return 0;
  if (x > edges[m - 1]!) return binCountLength(edges) - 1;
  return Math.max(lowerBound(edges, x), 1);
}
