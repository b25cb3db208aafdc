/**
 * Decimal keys: a lossless 32-bit form for numbers written with few significant digits, which is
 * how most logged features look: six-digit floats ("12.3456", "0.0731"), printf's `%f` with six
 * decimals ("12.345678", "-0.000000", "123.456789"), counts ("1042"). A numeric CSV column is
 * stored as keys while every value has one, so a table takes 4 bytes a cell instead of 8
 * (`npm run bench`: peak memory); a value without a key turns the column into doubles
 * (builders.ts). The idea is that of ALP (Afroozeh, Kuffó and Boncz, "ALP: Adaptive Lossless
 * floating-Point Compression", SIGMOD 2024): most doubles in data files are short decimals.
 *
 * Layout. A nonzero number lies in a decade d (10^d ≤ |x| < 10^(d+1)), −16 ≤ d ≤ 28 here, and
 * each decade has a precision P(d): seven significant digits, eight for 10^−2 ≤ |x| < 10^9, nine
 * for 100 ≤ |x| < 1000 — so `%.6f` has keys below 1000 (it writes 7 + d digits), and so do
 * `%.2f` below 10^6 and `%.4f` below 10^4. Its digits normalised to a mantissa
 * 10^(P−1) ≤ m < 10^P, the number is m × 10^(d−P+1), and its key is
 *
 *     BASE(d) + (m − 10^(P−1)) + 2       (negated for negative numbers; 0 for +0, −1 for −0)
 *
 * where BASE(d) is the count of mantissas of the decades below d (9·10^(P−1) each). The largest
 * key is 2,106,000,001, so every key fits an Int32 with room for MISSING_KEY (−2^31).
 * Three properties make keys usable in place of the doubles:
 *
 * - Exact: `decodeKey` computes m × 10^q or m / 10^−q (|q| ≤ 22), one correctly rounded operation
 *   on exact operands (m < 10^9 < 2^53, 10^|q| ≤ 10^22), so it gives the double nearest the
 *   decimal number — the same double as `Number(text)` and as csv.ts's parser (Clinger 1990).
 * - Ordered: keys compare as the numbers do (−0 just below +0, as `Float64Array.prototype.sort`
 *   puts them), and equal keys mean equal numbers (distinct decimals of at most nine digits are
 *   at least 10^−9 apart relatively, far more than a double's 2^−52), so a sort of the keys,
 *   decoded, is the sort of the doubles — a 32-bit sort instead of a 64-bit one.
 * - Canonical: "1.5", "1.50" and "15e-1" have one key.
 *
 * NaN and infinities have no key as values (MISSING_KEY stands for a missing value).
 */
import { POW10 } from './pow10.js';

/** The key of a missing value (never the key of a number). */
export const MISSING_KEY = -0x80000000;
/** What `decimalKey` returns for a number that has no key (not an Int32). */
export const NO_KEY = 0x80000000;
/** The key of −0. */
const NEGATIVE_ZERO_KEY = -1;

const D_MIN = -16;
const D_MAX = 28;
const DECADES = D_MAX - D_MIN + 1;
/** Every decade's span of mantissas is a multiple of this: 9 × 10^6. */
const UNIT = 9_000_000;

/** Significant digits of decade d (index d − D_MIN). */
const PRECISION = new Uint8Array(DECADES);
/** Keys (minus 2) before decade d's first, its lowest mantissa 10^(P−1), and its q = d − P + 1. */
const BASE = new Float64Array(DECADES);
const LOWEST = new Float64Array(DECADES);
const Q = new Int8Array(DECADES);
let keysBelow = 0;
for (let i = 0; i < DECADES; i++) {
  const d = i + D_MIN;
  const p = d === 2 ? 9 : d >= -2 && d <= 8 ? 8 : 7;
  PRECISION[i] = p;
  BASE[i] = keysBelow;
  LOWEST[i] = POW10[p - 1]!;
  Q[i] = d - p + 1;
  keysBelow += 9 * POW10[p - 1]!;
}
/** Decade index of each run of UNIT keys: decade of |key| − 2 is DECADE_OF[((|key| − 2) / UNIT) | 0]. */
const DECADE_OF = new Uint8Array(keysBelow / UNIT);
for (let i = 0; i < DECADES; i++) DECADE_OF.fill(i, BASE[i]! / UNIT, (BASE[i]! + 9 * LOWEST[i]!) / UNIT);
/** The largest key (2,106,000,001). */
export const MAX_KEY = keysBelow + 1;

/** Digits of an integer 1 ≤ m < 10^9. */
function digitCount(m: number): number {
  if (m < 1e4) return m < 1e2 ? (m < 10 ? 1 : 2) : m < 1e3 ? 3 : 4;
  if (m < 1e6) return m < 1e5 ? 5 : 6;
  return m < 1e7 ? 7 : m < 1e8 ? 8 : 9;
}

/**
 * The key of (−1)^negative × mantissa × 10^exponent, for an exact integer mantissa
 * (0 ≤ mantissa < 2^53), or NO_KEY when the number has more significant digits than its decade
 * holds or lies outside 10^−16 ≤ |x| < 10^29. O(digits).
 */
export function decimalKey(mantissa: number, exponent: number, negative: boolean): number {
  if (mantissa === 0) return negative ? NEGATIVE_ZERO_KEY : 0;
  let m = mantissa;
  let q = exponent;
  if (m >= 1e9) {
    // Trailing zeros ("1.5000000000") do not count as digits; m / 10 is exact when m % 10 is 0.
    while (m % 10 === 0) {
      m /= 10;
      q++;
    }
    if (m >= 1e9) return NO_KEY;
  }
  let digits = digitCount(m);
  const i = digits - 1 + q - D_MIN;
  if (i < 0 || i >= DECADES) return NO_KEY;
  const p = PRECISION[i]!;
  if (digits > p) {
    while (digits > p && m % 10 === 0) {
      m /= 10;
      digits--;
    }
    if (digits > p) return NO_KEY;
  }
  const key = BASE[i]! + (m * POW10[p - digits]! - LOWEST[i]!) + 2;
  return negative ? -key : key;
}

/** The number a key stands for (NaN for MISSING_KEY). */
export function decodeKey(key: number): number {
  if (key === MISSING_KEY) return NaN;
  if (key === 0) return 0;
  if (key === NEGATIVE_ZERO_KEY) return -0;
  const k = (key < 0 ? -key : key) - 2;
  const i = DECADE_OF[(k / UNIT) | 0]!;
  const m = k - BASE[i]! + LOWEST[i]!;
  const q = Q[i]!;
  const x = q >= 0 ? m * POW10[q]! : m / POW10[-q]!;
  return key < 0 ? -x : x;
}

/**
 * Decodes keys[0, n) into target[0, n), in index order, each key read before its double is
 * written — so target may share the keys' buffer if it starts far enough before them
 * (checks/drift-measure.ts, keysWithRoom). Gives decodeKey's doubles, faster on sorted keys:
 * a run of keys with one sign and one decade shares its offset and power of ten, so each key
 * costs a subtraction and one multiplication or division.
 */
export function decodeKeys(keys: Int32Array, n: number, target: Float64Array): Float64Array {
  let i = 0;
  while (i < n) {
    const first = keys[i]!;
    if (first === MISSING_KEY || first === 0 || first === NEGATIVE_ZERO_KEY) {
      target[i++] = first === 0 ? 0 : first === NEGATIVE_ZERO_KEY ? -0 : NaN;
      continue;
    }
    const negative = first < 0;
    const decade = DECADE_OF[(((negative ? -first : first) - 2) / UNIT) | 0]!;
    // |key| in [low, high) have this decade; m = |key| − offset.
    const low = BASE[decade]! + 2;
    const high = low + 9 * LOWEST[decade]!;
    const offset = low - LOWEST[decade]!;
    const q = Q[decade]!;
    const power = POW10[q >= 0 ? q : -q]!;
    const sign = negative ? -1 : 1;
    for (; i < n; i++) {
      const magnitude = sign * keys[i]!;
      if (magnitude < low || magnitude >= high) break;
      const m = magnitude - offset;
      target[i] = sign * (q >= 0 ? m * power : m / power);
    }
  }
  return target;
}
