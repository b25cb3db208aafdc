/**
 * Wilson score interval for a binomial proportion k / n (Wilson 1927; Newcombe 1998, method 3),
 * without continuity correction, written as scipy.stats.binomtest(k, n).proportion_ci(
 * method="wilson") computes it:
 *   center = (2·n·p + z²) / (2·(n + z²)),   delta = z / (2·(n + z²)) · √(4·n·p·q + z²)
 *   [center − delta, center + delta], with the low end 0 when k = 0 and the high end 1 when k = n.
 * z defaults to Z_95 = Φ⁻¹(0.975) (scipy.special.ndtri(0.975)). O(1).
 * Throws RangeError unless 0 ≤ k ≤ n and n > 0.
 */
export const Z_95 = 1.959963984540054;

export interface Interval {
  readonly low: number;
  readonly high: number;
}

export function wilsonInterval(k: number, n: number, z: number = Z_95): Interval {
  if (!(n > 0 && k >= 0 && k <= n)) throw new RangeError(`Wilson interval needs 0 ≤ k ≤ n and n > 0, got k=${k}, n=${n}`);
  const p = k / n;
  const q = 1 - p;
  const denom = 2 * (n + z ** 2);
  const center = (2 * n * p + z ** 2) / denom;
  const delta = (z / denom) * Math.sqrt(4 * n * p * q + z ** 2);
  return { low: k === 0 ? 0 : center - delta, high: k === n ? 1 : center + delta };
}

/** True when two intervals share at least one point. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}
