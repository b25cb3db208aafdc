/**
 * Decimal keys: a lossless 32-bit form for numbers written with at most seven significant
 * digits, which is how most logged features look ("12.3456", "0.0731", "1042"). A numeric CSV
 * column is stored as keys while every value has one, so a table takes 4 bytes a cell instead
 * of 8 (`npm run bench`: peak memory); a value without a key turns the column into doubles
 * (builders.ts). The idea is that of ALP (Afroozeh, Kuffó and Boncz, "ALP: Adaptive Lossless
 * floating-Point Compression", SIGMOD 2024): most doubles in data files are short decimals.
 *
 * A number m × 10^q with its digits normalised to 10^6 ≤ m < 10^7 and −22 ≤ q ≤ 22 has the key
 *
 *     (q + 22) × 9,000,000 + (m − 10^6) + 1        (negated for negative numbers; 0 for zero)
 *
 * which is at most 405,000,000 in magnitude, so it fits an Int32 with room for MISSING_KEY.
 * Three properties make keys usable in place of the doubles:
 *
 * - Exact: `decodeKey` computes m × 10^q or m / 10^−q, one correctly rounded operation on exact
 *   operands (m < 2^53, 10^|q| ≤ 10^22 is exact), so it gives the double nearest the decimal
 *   number — the same double as `Number(text)` and as csv.ts's parser.
 * - Ordered: keys compare as the numbers do, and equal keys mean equal numbers (distinct decimals
 *   of seven digits in this range are far further apart than a double's precision), so a sort of
 *   the keys, decoded, is the sort of the doubles — a 32-bit sort instead of a 64-bit one.
 * - Canonical: "1.5", "1.50" and "15e-1" have one key.
 *
 * Negative zero has no key (its key would decode to +0); neither do NaN or infinities as values.
 */
import { POW10 } from './pow10.js';

/** The key of a missing value (never the key of a number). */
export const MISSING_KEY = -0x80000000;
/** What `decimalKey` returns for a number that has no key (not an Int32). */
export const NO_KEY = 0x80000000;

const M_START = 1_000_000;
const M_END = 10_000_000;
const M_SPAN = M_END - M_START;
const Q_MIN = -22;
const Q_MAX = 22;

/**
 * The key of (−1)^negative × mantissa × 10^exponent, for an exact integer mantissa
 * (0 ≤ mantissa < 2^53), or NO_KEY when the number has more than seven significant digits,
 * is out of range, or is −0.
 */
export function decimalKey(mantissa: number, exponent: number, negative: boolean): number {
  if (mantissa === 0) return negative ? NO_KEY : 0;
  let m = mantissa;
  let q = exponent;
  if (m >= M_END) {
    // Trailing zeros ("1.5000000") do not count as digits; m / 10 is exact when m % 10 is 0.
    while (m % 10 === 0) {
      m /= 10;
      q++;
    }
    if (m >= M_END) return NO_KEY;
  }
  while (m < M_START) {
    m *= 10;
    q--;
  }
  if (q < Q_MIN || q > Q_MAX) return NO_KEY;
  const key = (q - Q_MIN) * M_SPAN + (m - M_START) + 1;
  return negative ? -key : key;
}

/** The number a key stands for (NaN for MISSING_KEY). */
export function decodeKey(key: number): number {
  if (key === MISSING_KEY) return NaN;
  if (key === 0) return 0;
  const k = (key < 0 ? -key : key) - 1;
  const decade = (k / M_SPAN) | 0;
  const m = k - decade * M_SPAN + M_START;
  const q = decade + Q_MIN;
  const x = q >= 0 ? m * POW10[q]! : m / POW10[-q]!;
  return key < 0 ? -x : x;
}

/**
 * Decodes keys[0, n) into target[0, n), in index order, each key read before its double is
 * written — so target may share the keys' buffer if it starts far enough before them
 * (checks/drift-measure.ts, keysWithRoom). Gives decodeKey's doubles, faster on sorted keys:
 * a run of keys with one sign and one exponent shares its offset and power of ten, so each key
 * costs a subtraction and one multiplication or division.
 */
export function decodeKeys(keys: Int32Array, n: number, target: Float64Array): Float64Array {
  let i = 0;
  while (i < n) {
    const first = keys[i]!;
    if (first === MISSING_KEY || first === 0) {
      target[i++] = first === 0 ? 0 : NaN;
      continue;
    }
    const negative = first < 0;
    const decade = (((negative ? -first : first) - 1) / M_SPAN) | 0;
    // |key| in [low, high) have this decade; m = |key| − offset.
    const low = decade * M_SPAN + 1;
    const high = low + M_SPAN;
    const offset = low - M_START;
    const q = decade + Q_MIN;
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
