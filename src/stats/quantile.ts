/**
 * The q-quantile of sorted values, as `numpy.quantile(a, q)` / `numpy.percentile(a, 100·q)` with
 * numpy's default method `linear` (Hyndman & Fan method 7):
 *   h = (n − 1)·q,  i = ⌊h⌋,  γ = h − i,  Q = lerp(x_i, x_{i+1}, γ)
 * where lerp follows numpy 1.22+ exactly: x_i + (x_{i+1} − x_i)·γ when γ < 0.5, and
 * x_{i+1} − (x_{i+1} − x_i)·(1 − γ) otherwise (so that results match numpy to the last bit).
 * O(1) on sorted input. NaN for an empty array. Throws RangeError when q is outside [0, 1];
 * the input must be sorted ascending and free of NaN (not checked, for speed).
 */
export function quantileSorted(sorted: Float64Array, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile ${q} is outside [0, 1]`);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  if (h >= n - 1) return sorted[n - 1]!;
  const i = Math.floor(h);
  const gamma = h - i;
  const a = sorted[i]!;
  const b = sorted[i + 1]!;
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

/** The q-quantile of unsorted values, NaN ignored (numpy.nanquantile, linear). O(n log n). */
export function quantile(values: Float64Array, q: number): number {
  return quantileSorted(sortedFinite(values), q);
}

/** A sorted copy without NaN. O(n log n). */
export function sortedFinite(values: Float64Array): Float64Array {
  let count = 0;
  for (const v of values) if (!Number.isNaN(v)) count++;
  const out = new Float64Array(count);
  let j = 0;
  for (const v of values) if (!Number.isNaN(v)) out[j++] = v;
  return out.sort();
}
