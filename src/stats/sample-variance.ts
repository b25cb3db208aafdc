/**
 * Two-pass sample variance (ddof = 1, as numpy's `var(ddof=1)`): the mean first, then the
 * squared deviations, which keeps the rounding of values far from zero small. O(n). NaN for
 * fewer than two values.
 */
export function sampleVariance(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i]! - mean) ** 2;
  return squares / (n - 1);
}
