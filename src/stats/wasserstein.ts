/**
 * First Wasserstein (earth mover's) distance between two empirical distributions, as
 * `scipy.stats.wasserstein_distance(a, b)`:
 *
 *   W₁ = ∫ |F_a(x) − F_b(x)| dx = Σ over consecutive merged values |F_a − F_b| · (x_{i+1} − x_i)
 *
 * and Evidently's normed variant, W₁ divided by the reference's population standard deviation
 * (floor 0.001, so a constant reference does not divide by zero).
 * O((n₁+n₂) log(n₁+n₂)) to sort; the ...Sorted variants take sorted input and are O(n₁+n₂).
 * Throws RangeError when a sample is empty. Inputs must hold no NaN.
 */

/** Lower bound of the standard deviation that divides W₁ in normedWasserstein. */
export const WASSERSTEIN_STD_FLOOR = 0.001;

export function wasserstein1(a: Float64Array, b: Float64Array): number {
  return wasserstein1Sorted(Float64Array.from(a).sort(), Float64Array.from(b).sort());
}

/**
 * As wasserstein1, for samples already sorted ascending (not checked). One merge of the two
 * samples over their distinct values: each closes the step from the one before it, over which
 * the CDFs are i/n₁ and j/n₂ (the values merged so far), and its ties in both samples are
 * skipped; |F_a − F_b| is the integer |i·n₂ − j·n₁| (exact while n₁·n₂ is below 2^53) times
 * 1/(n₁·n₂). Every operation of the loop runs from its first value on (a used-up sample reads
 * as +∞, so there is no tail loop): V8's optimized code then keeps the sums unboxed, where the
 * walk this replaced allocated a heap number a value (docs/architecture.md, "Threads").
 */
export function wasserstein1Sorted(sortedA: Float64Array, sortedB: Float64Array): number {
  const n1 = sortedA.length;
  const n2 = sortedB.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('wasserstein1: a sample is empty');
  const usedUp = Number.POSITIVE_INFINITY;
  // Each step's weight |F_a − F_b| ≤ 1 before its width multiplies it, so values near ±1.8e308
  // give the finite sum they have (a width times the integer gap alone would overflow).
  const weight = 1 / (n1 * n2);
  let i = 0;
  let j = 0;
  let sum = 0;
  let v = Math.min(sortedA[0]!, sortedB[0]!);
  while (i < n1 || j < n2) {
    const a = i < n1 ? sortedA[i]! : usedUp;
    const b = j < n2 ? sortedB[j]! : usedUp;
    const x = a <= b ? a : b;
    sum += x > v ? Math.abs(i * n2 - j * n1) * weight * (x - v) : 0;
    v = x;
    while (i < n1 && sortedA[i] === x) i++;
    while (j < n2 && sortedB[j] === x) j++;
  }
  return sum;
}

/** W₁(reference, current) / max(σ_reference, 0.001), σ the population standard deviation. */
export function normedWasserstein(reference: Float64Array, current: Float64Array): number {
  return normedWassersteinSorted(Float64Array.from(reference).sort(), Float64Array.from(current).sort());
}

/** As normedWasserstein, for samples already sorted ascending (not checked). */
export function normedWassersteinSorted(sortedReference: Float64Array, sortedCurrent: Float64Array): number {
  return normedWassersteinSortedParts(sortedReference, sortedCurrent).statistic;
}

/** As normedWassersteinSorted, with the reference's population standard deviation it divided by (before the floor). */
export function normedWassersteinSortedParts(sortedReference: Float64Array, sortedCurrent: Float64Array): { readonly statistic: number; readonly referenceStd: number } {
  const distance = wasserstein1Sorted(sortedReference, sortedCurrent);
  const referenceStd = populationStd(sortedReference);
  return { statistic: distance / Math.max(referenceStd, WASSERSTEIN_STD_FLOOR), referenceStd };
}

/** √(Σ(x − x̄)²/n), two-pass, summing in index order. (Indexed loops: `for…of` over a typed array was 3× slower in `npm run bench`.) */
function populationStd(values: Float64Array): number {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - mean;
    squares += d * d;
  }
  return Math.sqrt(squares / n);
}
