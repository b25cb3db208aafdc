/**
 * The standard normal quantile Φ⁻¹(p): the z with P(Z ≤ z) = p. Wichura's algorithm AS 241
 * (PPND16; Applied Statistics 37(3), 1988, 477–484): a rational approximation in
 * r = 0.180625 − (p − ½)² for |p − ½| ≤ 0.425, else in √(−ln min(p, 1 − p)) on two ranges;
 * about 16 significant digits (the coefficients below are the paper's 20-digit ones as the
 * doubles they round to). Checked against scipy.stats.norm.ppf (test/fixtures/oracle/
 * interval_oracle.py) within 1e-9 relative; Φ⁻¹(0.975) = 1.959963984540054.
 * O(1). Throws RangeError unless 0 < p < 1.
 */
const A = [3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987, 67265.7709270087, 33430.57558358813, 2509.0809287301227];
const B = [1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271, 28729.085735721943, 5226.495278852854];
const C = [1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684, 0.2417807251774506, 0.022723844989269184, 0.0007745450142783414];
const D = [1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9];
const E = [6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124, 0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7];
const F = [1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133, 0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15];

/** Σ c_i·x^i by Horner's rule. */
function poly(c: readonly number[], x: number): number {
  let v = c[c.length - 1]!;
  for (let i = c.length - 2; i >= 0; i--) v = v * x + c[i]!;
  return v;
}

export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must lie in (0, 1), got ${p}`);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(A, r)) / poly(B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z = poly(C, r) / poly(D, r);
  } else {
    r -= 5;
    z = poly(E, r) / poly(F, r);
  }
  return q < 0 ? -z : z;
}

/** z of a two-sided interval at `confidence`: Φ⁻¹((1 + confidence) / 2). Throws RangeError unless 0 < confidence < 1. */
export function twoSidedZ(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`twoSidedZ: confidence must lie in (0, 1), got ${confidence}`);
  return normalQuantile((1 + confidence) / 2);
}
