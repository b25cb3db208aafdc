/**
 * Adjusted p-values for a family of m tests, as `statsmodels.stats.multitest.multipletests(p,
 * method=…)` of statsmodels 0.13.5 computes them (p_(1) ≤ … ≤ p_(m) the sorted p-values):
 *
 *   bonferroni   p̃_i   = min(1, m · p_i)                                  controls the FWER
 *   holm         p̃_(i) = min(1, max_{j ≤ i} (m − j + 1) · p_(j))           controls the FWER
 *                (Holm 1979, "A simple sequentially rejective multiple test procedure")
 *   bh           p̃_(i) = min(1, min_{j ≥ i} p_(j) / (j / m))               controls the FDR
 *                (Benjamini & Hochberg 1995, "Controlling the false discovery rate";
 *                statsmodels' `fdr_bh`, valid for independent or positively dependent tests)
 *   none         p̃_i   = p_i
 *
 * A test rejects at level α when p̃_i ≤ α: the same decisions as the procedures' step-up and
 * step-down rules. The arithmetic is statsmodels' own (p / (j / m) for bh, p · (m − j + 1) for
 * holm), so the values agree to the last bit or so. Tied p-values get the same adjusted value
 * whatever order they are sorted in. Under the complete null (no test has a real effect) every
 * method but `none` keeps P(any rejection) ≤ α.
 *
 * O(m log m). Throws RangeError for a p-value that is NaN or outside [0, 1].
 */
export type PValueCorrection = 'bh' | 'holm' | 'bonferroni' | 'none';

export function adjustPValues(pValues: ArrayLike<number>, method: PValueCorrection): Float64Array {
  const m = pValues.length;
  const adjusted = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const p = pValues[i]!;
    if (!(p >= 0 && p <= 1)) throw new RangeError(`adjustPValues: p-value ${p} at ${i} is not in [0, 1]`);
    adjusted[i] = p;
  }
  if (method === 'none' || m <= 1) return adjusted;
  if (method === 'bonferroni') return adjusted.map((p) => Math.min(p * m, 1));

  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => adjusted[a]! - adjusted[b]! || a - b);
  const sorted = Float64Array.from(order, (i) => adjusted[i]!);
  const corrected = new Float64Array(m);
  if (method === 'holm') {
    let running = 0;
    for (let j = 0; j < m; j++) {
      running = Math.max(running, sorted[j]! * (m - j));
      corrected[j] = running;
    }
  } else {
    let running = Infinity;
    for (let j = m - 1; j >= 0; j--) {
      running = Math.min(running, sorted[j]! / ((j + 1) / m));
      corrected[j] = running;
    }
  }
  for (let j = 0; j < m; j++) adjusted[order[j]!] = Math.min(corrected[j]!, 1);
  return adjusted;
}
