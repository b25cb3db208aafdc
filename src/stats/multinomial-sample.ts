/**
 * One draw from Multinomial(n, p₁…p_m) into `out` (the counts of n draws among m cells), by
 * sequential conditional binomials: X₁ ~ Bin(n, p₁), then X_j ~ Bin(n − ΣX_{<j}, p_j / (1 − Σp_{<j}))
 * (e.g. Devroye 1986, Non-Uniform Random Variate Generation, XI.1.4), each by
 * ./binomial-sample.ts. The probabilities are given as non-negative weights (counts, say) and
 * divided by their sum. O(m) binomial draws, each O(1) expected.
 * Throws RangeError when a weight is negative or not finite, the weights sum to 0 with n > 0,
 * or `out` is shorter than the weights.
 */
import { binomialSample } from './binomial-sample.js';

export function multinomialSample(n: number, weights: ArrayLike<number>, uniform: () => number, out: Int32Array | Float64Array): void {
  const m = weights.length;
  if (out.length < m) throw new RangeError(`multinomialSample: ${m} weights, room for ${out.length} counts`);
  let total = 0;
  for (let j = 0; j < m; j++) {
    const w = weights[j]!;
    if (!(w >= 0 && Number.isFinite(w))) throw new RangeError(`multinomialSample: weight ${j} is ${w}`);
    total += w;
  }
  if (n > 0 && !(total > 0)) throw new RangeError('multinomialSample: the weights sum to 0');
  let left = n;
  let rest = total;
  for (let j = 0; j < m; j++) {
    const w = weights[j]!;
    if (left === 0 || w === 0) {
      out[j] = 0;
    } else if (j === m - 1 || w >= rest) {
      out[j] = left; // the last cell with weight takes what is left
      left = 0;
    } else {
      const x = binomialSample(left, w / rest, uniform);
      out[j] = x;
      left -= x;
    }
    rest -= w;
  }
}
