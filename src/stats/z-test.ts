/**
 * Two-proportion z test with pooled variance, two-sided, as Evidently's `z_stat_test`:
 *
 *   p̂_a = x_a/n_a,  p̂_b = x_b/n_b,  P = (x_a + x_b)/(n_a + n_b)
 *   z = (p̂_a − p̂_b) / √(P(1 − P)(1/n_a + 1/n_b)),   p = 2·(1 − Φ(|z|)) = erfc(|z|/√2)
 *
 * The erfc form is the same number without the cancellation of 1 − Φ, so tiny p-values stay
 * exact instead of becoming 0 beyond |z| ≈ 8.3. When P is 0 or 1 the pooled variance is 0 and
 * both proportions are equal: z = 0 and p = 1 (Evidently returns p = 1 in that case too).
 * O(1). Throws RangeError unless 0 ≤ x ≤ n and n > 0 on both sides.
 */
import erfc from '@stdlib/math-base-special-erfc';

export interface ZTestResult {
  readonly statistic: number;
  readonly pValue: number;
}

export function twoProportionZ(successA: number, nA: number, successB: number, nB: number): ZTestResult {
  for (const [x, n] of [[successA, nA], [successB, nB]] as const) {
    if (!(n > 0 && x >= 0 && x <= n && Number.isFinite(n))) {
      throw new RangeError(`twoProportionZ: ${x} successes out of ${n}`);
    }
  }
  const pA = successA / nA;
  const pB = successB / nB;
  const pooled = (pA * nA + pB * nB) / (nA + nB);
  const variance = pooled * (1 - pooled) * (1.0 / nA + 1.0 / nB);
  if (!(variance > 0)) return { statistic: 0, pValue: 1 };
  const statistic = (pA - pB) / Math.sqrt(variance);
  return { statistic, pValue: erfc(Math.abs(statistic) / Math.SQRT2) };
}
