/**
 * One draw from Binomial(n, p): the number of successes in n independent trials of probability p.
 *
 * - n·min(p, 1 − p) < 10: inversion, walking the pmf up from P(0) = qⁿ with the recurrence
 *   P(k) = P(k − 1) · (n − k + 1)/k · p/q (Kachitvichyanukul & Schmeiser 1988, BINV); expected
 *   cost O(n·p + 1).
 * - otherwise: Hörmann's transformed rejection with squeeze, BTRS (W. Hörmann, "The generation
 *   of binomial random variates", J. Statist. Comput. Simul. 46, 1993, 101–110), whose
 *   acceptance test is exact: it compares ln v with ln P(k)/P(m) computed from log-factorials
 *   (a table below 256, Stirling's series with terms to 1/k⁵ above, error < 10⁻¹⁷); expected
 *   cost O(1), about 1.15 uniforms a draw.
 *
 * p > ½ is drawn as n − Binomial(n, 1 − p). `uniform` returns numbers in [0, 1).
 * Throws RangeError unless n is a non-negative integer and 0 ≤ p ≤ 1.
 */
const LOG_FACTORIAL = (() => {
  const table = new Float64Array(256);
  for (let k = 2; k < 256; k++) table[k] = table[k - 1]! + Math.log(k);
  return table;
})();
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln k! */
export function logFactorial(k: number): number {
  if (k < 256) return LOG_FACTORIAL[k]!;
  const inv = 1 / k;
  const inv2 = inv * inv;
  return (k + 0.5) * Math.log(k) - k + HALF_LOG_TWO_PI + inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260));
}

export function binomialSample(n: number, p: number, uniform: () => number): number {
  if (!(Number.isInteger(n) && n >= 0) || !(p >= 0 && p <= 1)) throw new RangeError(`binomialSample: n=${n}, p=${p}`);
  if (n === 0 || p === 0) return 0;
  if (p === 1) return n;
  if (p > 0.5) return n - draw(n, 1 - p, uniform);
  return draw(n, p, uniform);
}

/** p ≤ ½. */
function draw(n: number, p: number, uniform: () => number): number {
  return n * p < 10 ? inversion(n, p, uniform) : btrs(n, p, uniform);
}

function inversion(n: number, p: number, uniform: () => number): number {
  const q = 1 - p;
  const s = p / q;
  const a = (n + 1) * s;
  const p0 = Math.exp(n * Math.log1p(-p));
  for (;;) {
    let r = p0;
    let u = uniform();
    let k = 0;
    while (u > r) {
      u -= r;
      k++;
      if (k > n) break; // rounding left u above the whole pmf: draw again
      r *= a / k - s;
    }
    if (k <= n) return k;
  }
}

function btrs(n: number, p: number, uniform: () => number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const m = Math.floor((n + 1) * p);
  // Needed only past the squeeze (about a quarter of the draws): computed then, once.
  let lpq = Number.NaN;
  let h = Number.NaN;
  for (;;) {
    const u = uniform() - 0.5;
    let v = uniform();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    // The squeeze: inside it the hat and the pmf agree closely enough to accept at once.
    if (us >= 0.07 && v <= vr) return k;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    if (Number.isNaN(h)) {
      lpq = Math.log(p / q);
      h = logFactorial(m) + logFactorial(n - m);
    }
    if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) return k;
  }
}
