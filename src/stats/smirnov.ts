/**
 * Survival function of the one-sided Kolmogorov-Smirnov statistic D⁺ₙ (Smirnov's exact
 * distribution), as `scipy.special.smirnov(n, x)` (scipy 1.10.1, cephes/kolmogorov.c):
 *
 *   P(D⁺ₙ ≥ x) = x · Σ_{v=0}^{⌊n(1−x)⌋} C(n, v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v)
 *
 * (Smirnov 1944; Birnbaum and Tingey 1951). The terms are all positive, so the sum is formed in
 * plain doubles from log-space terms instead of scipy's double-double arithmetic: relative error
 * about n·1e-16, far inside the 1e-6 asked of p-values. The special cases (x ≤ 1/n,
 * x ≥ 1 − 1/n, underflow, n > 10⁶) and the early stop follow scipy. scipy's "upper sum" branch
 * (x ≤ 0.5/√n with ≤ 3 upper terms) is not ported: the two-sided distribution in kolmogorov.ts
 * only calls this with n·x² ≥ 2.2 or x ≥ 0.5, where scipy takes the lower sum too.
 * O(n) for n ≤ 10⁶, O(1) above. Returns NaN outside n ≥ 1, 0 ≤ x ≤ 1.
 */

/** log(2⁻¹⁰⁷⁵): cephes' MINLOG with denormals. */
const MINLOG = -745.1332191019412;
const SMIRNOV_MAX_COMPUTE_N = 1_000_000;

/** Dekker's exact product: n·x = hi + lo. */
function twoProduct(a: number, b: number): [number, number] {
  const hi = a * b;
  const split = 134217729; // 2^27 + 1
  const ca = split * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = split * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  const lo = ah * bh - hi + ah * bl + al * bh + al * bl;
  return [hi, lo];
}

/** ⌊n·x⌋ and the fractional part n·x − ⌊n·x⌋, both exact (scipy's modNX). */
function floorAndFraction(n: number, x: number): [number, number] {
  const [hi, lo] = twoProduct(n, x);
  let floor: number;
  let alpha: number;
  const fh = Math.floor(hi);
  if (fh === hi) {
    const fl = Math.floor(lo);
    floor = hi + fl;
    alpha = lo - fl;
  } else {
    floor = fh;
    alpha = hi - fh + lo;
  }
  if (alpha >= 1) {
    floor += 1;
    alpha = 0;
  }
  return [floor, alpha];
}

export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return Number.NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;

  const [nxfl, alpha] = floorAndFraction(n, x);
  let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
  if (alpha === 0) n1mxfl -= 1;

  // x ≤ 1/n: P(D⁺ < x) = x (1 + x)^(n−1).
  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
    const cdf = x * Math.pow(1 + x, n - 1);
    return clip(1 - cdf);
  }
  if (-2 * n * x * x < MINLOG) return 0;
  // x ≥ 1 − 1/n: only the v = 0 term survives.
  if (nxfl >= n - 1) return clip(Math.pow(1 - x, n));
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logp = -Math.pow(6.0 * n * x + 1, 2) / 18.0 / n;
    return clip(logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp));
  }

  const nTerms = n1mxfl + 1;
  const vmid = Math.floor(n / 2);
  // v = 0 term: (1 − x)^n / x.
  let sum = Math.exp(n * Math.log1p(-x)) / x;
  let logBinomial = Math.log(n); // log C(n, 1)
  for (let v = 1; v < nTerms; v++) {
    // 1 − x − v/n and x + v/n from the exact ⌊nx⌋ and fraction, without cancellation.
    const oneMinus = (n - nxfl - v - alpha) / n;
    const plus = (nxfl + v + alpha) / n;
    const term = Math.exp(logBinomial + (n - v) * Math.log(oneMinus) + (v - 1) * Math.log(plus));
    if (Number.isFinite(term) && term !== 0) sum += term;
    if (term !== 0) {
      if (4 * (nTerms - v) * Math.abs(term) < Number.EPSILON * sum && v !== nTerms - 1) break;
    } else if (v > vmid) {
      break;
    }
    logBinomial += Math.log((n - v) / (v + 1));
  }
  return clip(x * sum);
}

function clip(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}
