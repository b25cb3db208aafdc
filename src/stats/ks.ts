/**
 * Two-sample Kolmogorov-Smirnov test, two-sided, as `scipy.stats.ks_2samp(a, b,
 * alternative='two-sided', method='auto')` of scipy 1.10.1:
 *
 *   D = max over all observed x of |F_a(x) − F_b(x)|   (right-continuous empirical CDFs, so
 *                                                       ties are handled on the merged sample)
 *
 * p-value: exact when max(n₁, n₂) ≤ 10,000 — the lattice-path count of Hodges (1958), with
 * Viehmann's (2021) recursion for 1 − p when n₁ ≠ n₂ and the alternating-sum closed form when
 * n₁ = n₂ — and D is then rounded to the lattice h/lcm(n₁, n₂). If the exact value falls
 * outside [0, 1] (rounding) scipy falls back, and so does this: asymptotic p-value =
 * kstwo.sf(D, round(n₁n₂/(n₁+n₂))) (kolmogorov.ts). `method` says which one was used.
 *
 * Cost: O((n₁+n₂) log(n₁+n₂)) to sort (ksTwoSampleSorted skips it), O(n₁+n₂) for D; the
 * exact p-value is O(n) when n₁ = n₂ and O(n₁·n₂·D) otherwise (worst ~0.3 s at 10,000 × 9,999
 * with D near 1; see docs/statistics.md#ks). Throws RangeError when a sample is empty.
 * Inputs must hold no NaN (drop missing values first).
 */
import { kolmogorovSf } from './kolmogorov.js';

export interface KsResult {
  readonly statistic: number;
  readonly pValue: number;
  readonly method: 'exact' | 'asymp';
}

/** Largest sample size for which `auto` computes the exact p-value (scipy's MAX_AUTO_N). */
export const KS_MAX_EXACT_N = 10000;

export function ksTwoSample(a: Float64Array, b: Float64Array): KsResult {
  return ksTwoSampleSorted(Float64Array.from(a).sort(), Float64Array.from(b).sort());
}

/** As ksTwoSample, for samples already sorted ascending (not checked). */
export function ksTwoSampleSorted(sortedA: Float64Array, sortedB: Float64Array): KsResult {
  const n1 = sortedA.length;
  const n2 = sortedB.length;
  if (n1 === 0 || n2 === 0) throw new RangeError('ksTwoSample: a sample is empty');

  let d = ksStatistic(sortedA, sortedB);
  let method: 'exact' | 'asymp' = Math.max(n1, n2) <= KS_MAX_EXACT_N ? 'exact' : 'asymp';
  let prob = Number.NaN;
  if (method === 'exact') {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) {
      prob = 1.0;
    } else {
      prob = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
      if (!(prob >= 0 && prob <= 1)) method = 'asymp';
    }
  }
  if (method === 'asymp') {
    const en = (n1 * n2) / (n1 + n2);
    prob = kolmogorovSf(roundHalfEven(en), d);
  }
  return { statistic: d, pValue: Math.min(Math.max(prob, 0), 1), method };
}

/**
 * max |F_a − F_b| evaluated at every distinct value of the merged sample, for samples sorted
 * ascending: scipy's D before the exact path rounds it to its lattice. O(n₁ + n₂).
 */
export function ksStatistic(a: Float64Array, b: Float64Array): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let maxDiff = -Infinity;
  let minDiff = Infinity;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    while (i < n1 && a[i]! <= v) i++;
    while (j < n2 && b[j]! <= v) j++;
    const diff = i / n1 - j / n2;
    if (diff > maxDiff) maxDiff = diff;
    if (diff < minDiff) minDiff = diff;
  }
  const minS = Math.min(Math.max(-minDiff, 0), 1);
  return minS > maxDiff ? minS : maxDiff;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** numpy's round(): halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * P(D_{n,n} ≥ h/n) = 2 Σ_{k≥1} (−1)^(k−1) C(2n, n−kh)/C(2n, n), evaluated Horner-style as
 * scipy's _compute_prob_outside_square to avoid cancellation. O(n).
 */
function probOutsideSquare(n: number, h: number): number {
  let P = 0.0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1.0;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1.0 - P);
    k -= 1;
  }
  return 2 * P;
}

/**
 * Share of the lattice paths from (0,0) to (m,n) that leave the band |x/m − y/n| < h/lcm,
 * computed directly as 1 − (inside share) by Viehmann's recursion over a sliding window of one
 * column (scipy's _compute_outer_prob_inside_method). O(m · window), window ≈ 2h·g/m.
 */
function outerProbInside(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = Math.floor(m / g);
  const ng = Math.floor(n / g);

  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1.0);
  A.fill(0.0, minj, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1.0;
    let val = minj === 0 ? 0.0 : 1.0;
    const shift = minj - lastminj;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + shift]! * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) A.fill(1, maxj - minj, maxj - minj + (lastlen - curlen));
  }
  return A[maxj - minj - 1]!;
}
