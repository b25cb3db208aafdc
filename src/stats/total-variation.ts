/**
 * Total variation distance between two distributions given as counts over the same categories:
 *   TV = ½ Σ |p_i − q_i|,   p = reference / Σ reference,  q = current / Σ current,
 * the largest difference in probability that the two give to any one set of categories (0 to 1).
 * It is the categorical counterpart of the KS statistic (the largest difference over the sets
 * x ≤ t), and the effect the drift check's `min_effect` reads for categorical columns
 * (docs/statistics.md#effect-size-gate). numpy: `0.5 * np.abs(p - q).sum()`.
 *
 * O(categories). Throws RangeError when the lengths differ, a count is negative or not finite,
 * or a side has no counts.
 */
export function totalVariation(reference: Float64Array, current: Float64Array): number {
  if (reference.length !== current.length) throw new RangeError(`totalVariation: ${reference.length} reference categories, ${current.length} current`);
  const p = shares(reference, 'reference');
  const q = shares(current, 'current');
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += Math.abs(p[i]! - q[i]!);
  return 0.5 * sum;
}

function shares(counts: Float64Array, side: string): Float64Array {
  let total = 0;
  for (const c of counts) {
    if (!(c >= 0 && c < Infinity)) throw new RangeError(`totalVariation: ${side} count ${c}`);
    total += c;
  }
  if (total === 0) throw new RangeError(`totalVariation: the ${side} counts sum to 0`);
  return counts.map((c) => c / total);
}
