/**
 * Distances between two binned distributions, each given as counts over the same bins
 * (bins.ts). Counts are turned into proportions p = ref/Σref, q = cur/Σcur inside.
 *
 * - jensenShannonDistance = scipy.spatial.distance.jensenshannon(p, q, base=2):
 *   √(½ KL₂(p‖m) + ½ KL₂(q‖m)), m = (p+q)/2, in [0, 1]; empty bins contribute 0.
 * - psi = Σ (q_i − p_i) · ln(q_i / p_i), with EPSILON for empty bins (Evidently).
 * - klDivergence = KL(reference ‖ current) = Σ p_i ln(p_i / q_i) = scipy.stats.entropy(p, q)
 *   after EPSILON replaces empty bins, which entropy then renormalises — exactly Evidently's
 *   `kl_div` (stats.entropy(reference_percents, current_percents)); never negative.
 * - hellinger = (1/√2) · √(Σ (√p_i − √q_i)²) = √(1 − Σ √(p_i q_i)), in [0, 1], raw proportions.
 *
 * EPSILON = 1e-4 replaces a zero proportion for PSI and KL only, with no renormalisation of the
 * proportions for PSI (docs/statistics.md#empty-bins).
 * O(bins). Throws RangeError when the lengths differ, a count is negative or not finite, or a
 * side has no counts at all.
 */

/** Proportion given to an empty bin by psi and klDivergence. */
export const EPSILON = 1e-4;

function proportions(reference: Float64Array, current: Float64Array, name: string): [Float64Array, Float64Array] {
  if (reference.length !== current.length) {
    throw new RangeError(`${name}: ${reference.length} reference bins, ${current.length} current bins`);
  }
  return [normalise(reference, name, 'reference'), normalise(current, name, 'current')];
}

function normalise(counts: Float64Array, name: string, side: string): Float64Array {
  let total = 0;
  for (const c of counts) {
    if (!(c >= 0 && c < Infinity)) throw new RangeError(`${name}: ${side} count ${c}`);
    total += c;
  }
  if (total === 0) throw new RangeError(`${name}: the ${side} counts sum to 0`);
  return counts.map((c) => c / total);
}

function withEpsilon(p: Float64Array): Float64Array {
  return p.map((v) => (v === 0 ? EPSILON : v));
}

/** x · ln(x / y) with 0 · ln 0 = 0 (scipy.special.rel_entr for x, y ≥ 0, y > 0 when x > 0). */
function relEntr(x: number, y: number): number {
  if (x === 0) return 0;
  return x * Math.log(x / y);
}

export function jensenShannonDistance(reference: Float64Array, current: Float64Array): number {
  const [p, q] = proportions(reference, current, 'jensenShannonDistance');
  let left = 0;
  let right = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i]! + q[i]!) / 2.0;
    left += relEntr(p[i]!, m);
    right += relEntr(q[i]!, m);
  }
  const js = (left + right) / Math.LN2;
  // Rounding can put the divergence a hair outside [0, 2]; scipy would give NaN below 0.
  return Math.min(Math.max(Math.sqrt(Math.max(js, 0) / 2.0), 0), 1);
}

export function psi(reference: Float64Array, current: Float64Array): number {
  const [rawP, rawQ] = proportions(reference, current, 'psi');
  const p = withEpsilon(rawP);
  const q = withEpsilon(rawQ);
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += (p[i]! - q[i]!) * Math.log(p[i]! / q[i]!);
  return sum;
}

export function klDivergence(reference: Float64Array, current: Float64Array): number {
  const [rawP, rawQ] = proportions(reference, current, 'klDivergence');
  const p = withEpsilon(rawP);
  const q = withEpsilon(rawQ);
  let sumP = 0;
  let sumQ = 0;
  for (let i = 0; i < p.length; i++) {
    sumP += p[i]!;
    sumQ += q[i]!;
  }
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += relEntr(p[i]! / sumP, q[i]! / sumQ);
  return Math.max(sum, 0);
}

export function hellinger(reference: Float64Array, current: Float64Array): number {
  const [p, q] = proportions(reference, current, 'hellinger');
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const d = Math.sqrt(p[i]!) - Math.sqrt(q[i]!);
    sum += d * d;
  }
  return Math.min(Math.sqrt(sum) / Math.SQRT2, 1);
}
