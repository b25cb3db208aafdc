/**
 * Correctly rounded doubles for decimals of 16 to 19 significant digits — the 17-digit floats
 * that pandas (`to_csv`), `repr` and most tools write — without a string and `Number()`, which
 * cost ~160 ns a cell. Beyond Clinger's fast path (number.ts), which needs the digits below 2^53.
 *
 * The digits are split into two exact integers, d = a·10^n + b (a: the first ten significant
 * digits, b: the rest, n of them), so the value is a·10^(n+e) + b·10^e. With both powers of ten
 * exact (|exponent| ≤ 22), each term is computed as a double-double (an unevaluated sum of two
 * doubles carrying ~106 bits): a product exactly with Dekker's TwoProduct, a quotient q = a/10^k
 * with its exact remainder a − q·10^k (representable, since q is correctly rounded) divided
 * again. Their sum, normalised, is `hi + lo` with |hi + lo − value| < 2^-100·|value|, and hi is
 * the correctly rounded double when hi + lo ± 2^-99·hi both round to hi, that is, unless the
 * value is (nearly) halfway between two doubles: then, and for anything outside the
 * scope above, the caller falls back to `Number()` (NaN is returned). Property-tested against
 * `Number()` on random and on halfway decimals (test/data/long-decimal.test.ts).
 */
import { POW10 } from './pow10.js';

const SPLITTER = 134217729; // 2^27 + 1 (Veltkamp's split of a double into two 26-bit halves)
const MARGIN = 2 ** -99;

/** A double-double result (hi, lo), reused so that nothing is allocated per cell. */
const dd = new Float64Array(2);

/** x·y exactly as dd[0] + dd[1] (Dekker's TwoProduct; no overflow for our magnitudes). */
function twoProduct(x: number, y: number): void {
  const p = x * y;
  let c = SPLITTER * x;
  const xh = c - (c - x);
  const xl = x - xh;
  c = SPLITTER * y;
  const yh = c - (c - y);
  const yl = y - yh;
  dd[0] = p;
  dd[1] = xh * yh - p + xh * yl + xl * yh + xl * yl;
}

/** m·10^k for an integer m < 2^53 and |k| ≤ 22, as a double-double in dd. */
function scaled(m: number, k: number): void {
  if (k >= 0) {
    twoProduct(m, POW10[k]!);
    return;
  }
  const d = POW10[-k]!;
  const q = m / d;
  twoProduct(q, d);
  // m − q·d exactly: m − p is exact (Sterbenz), and the remainder is representable.
  const remainder = m - dd[0]! - dd[1]!;
  dd[0] = q;
  dd[1] = remainder / d;
}

/**
 * The double nearest to the decimal in bytes[start, end) (grammar of number.ts), when it has
 * 16 to 19 significant digits and both of its powers of ten are within 10^±22; NaN when it does
 * not, or when it lies too near halfway between two doubles to decide here.
 */
export function longDecimal(bytes: Uint8Array, start: number, end: number): number {
  let p = start;
  let negative = false;
  const first = bytes[p];
  if (first === 45 || first === 43) {
    negative = first === 45;
    p++;
  }
  // Digits: the first ten significant ones into a, the next nine into b; zeros beyond those
  // only move the exponent; any other digit beyond them is more than this handles.
  let a = 0;
  let b = 0;
  let significant = 0;
  let exponent = 0;
  let c: number;
  while (p < end && bytes[p] === 48) p++;
  for (; p < end; p++) {
    c = bytes[p]! - 48;
    if (c < 0 || c > 9) break;
    if (significant < 10) a = a * 10 + c;
    else if (significant < 19) b = b * 10 + c;
    else if (c === 0) {
      exponent++;
      continue;
    } else return NaN;
    significant++;
  }
  if (p < end && bytes[p] === 46) {
    p++;
    if (significant === 0) {
      for (; p < end && bytes[p] === 48; p++) exponent--;
    }
    for (; p < end; p++) {
      c = bytes[p]! - 48;
      if (c < 0 || c > 9) break;
      if (significant < 10) a = a * 10 + c;
      else if (significant < 19) b = b * 10 + c;
      else if (c === 0) continue;
      else return NaN;
      significant++;
      exponent--;
    }
  }
  if (p < end) {
    c = bytes[p++]!;
    if (c !== 101 && c !== 69) return NaN;
    let expNegative = false;
    if (bytes[p] === 45 || bytes[p] === 43) expNegative = bytes[p++] === 45;
    if (p >= end) return NaN;
    let e = 0;
    for (; p < end; p++) {
      const digit = bytes[p]! - 48;
      if (digit < 0 || digit > 9) return NaN;
      if (e < 1000) e = e * 10 + digit;
    }
    exponent += expNegative ? -e : e;
  }
  if (significant < 16) return NaN;
  return doubleDouble(a, b, significant, exponent, negative);
}

/**
 * The double nearest (a·10^(significant−10) + b)·10^exponent, negated when `negative`: a holds
 * the first ten significant digits, b the next (significant − 10 ≤ 9) — or NaN when a power of
 * ten is beyond 10^±22 or the value is too near halfway between two doubles (see above).
 */
function doubleDouble(a: number, b: number, significant: number, exponent: number, negative: boolean): number {
  // value = (a·10^n + b)·10^exponent, n = significant − 10 digits in b.
  const n = significant - 10;
  const highExponent = exponent + n;
  if (exponent < -22 || highExponent > 22) return NaN;
  scaled(a, highExponent);
  const x1 = dd[0]!;
  const y1 = dd[1]!;
  scaled(b, exponent);
  const x2 = dd[0]!;
  const y2 = dd[1]!;
  // (x1 + y1) + (x2 + y2): TwoSum of the heads, then the tails, then normalise.
  const s = x1 + x2;
  const v = s - x1;
  const e = x1 - (s - v) + (x2 - v) + y1 + y2;
  const hi = s + e;
  const lo = e - (hi - s);
  // The value lies within hi + lo ± hi·2^-100. Rounding is monotone, so when both ends of a
  // slightly wider interval (±hi·2^-99, which also covers the rounding of lo ± margin) round to
  // hi, so does the value: hi is RN(value). Otherwise it is (nearly) halfway: decline.
  const margin = hi * MARGIN;
  if (hi + (lo + margin) !== hi || hi + (lo - margin) !== hi) return NaN;
  return negative ? -hi : hi;
}

/** Where the last field that `numberField` parsed ends (the byte after it). */
export let fieldEnd = 0;

/**
 * A CSV field's number in one pass from bytes[start]: the grammar of number.ts up to the first
 * `sep`, line feed or carriage return (the caller guarantees one before the buffer ends), its
 * end left in `fieldEnd`. Up to 15 significant digits with |exponent| ≤ 22 take Clinger's fast
 * path (an exact integer times or over an exact power of ten); 16 to 19 digits the double-double
 * above. NaN for anything else — not a number, a missing token, more digits, larger exponents,
 * near-halfway values — so that the caller's general path decides (it gives `Number(text)`).
 * Never gives another double than `Number(text)`. O(length).
 */
export function numberField(bytes: Uint8Array, start: number, sep: number): number {
  let p = start;
  let c = bytes[p]!;
  let negative = false;
  if (c === 45 || c === 43) {
    negative = c === 45;
    c = bytes[++p]!;
  }
  let a = 0;
  let b = 0;
  let significant = 0;
  let exponent = 0;
  let any = false;
  while (c === 48) {
    any = true;
    c = bytes[++p]!;
  }
  while (c >= 48 && c <= 57) {
    any = true;
    if (significant < 10) a = a * 10 + (c - 48);
    else if (significant < 19) b = b * 10 + (c - 48);
    else if (c === 48) {
      exponent++;
      c = bytes[++p]!;
      continue;
    } else return NaN;
    significant++;
    c = bytes[++p]!;
  }
  if (c === 46) {
    c = bytes[++p]!;
    if (significant === 0) {
      while (c === 48) {
        any = true;
        exponent--;
        c = bytes[++p]!;
      }
    }
    while (c >= 48 && c <= 57) {
      any = true;
      if (significant < 10) a = a * 10 + (c - 48);
      else if (significant < 19) b = b * 10 + (c - 48);
      else if (c === 48) {
        c = bytes[++p]!;
        continue;
      } else return NaN;
      significant++;
      exponent--;
      c = bytes[++p]!;
    }
  }
  if (!any) return NaN;
  if (c === 101 || c === 69) {
    c = bytes[++p]!;
    let expNegative = false;
    if (c === 45 || c === 43) {
      expNegative = c === 45;
      c = bytes[++p]!;
    }
    if (c < 48 || c > 57) return NaN;
    let e = 0;
    while (c >= 48 && c <= 57) {
      if (e < 1000) e = e * 10 + (c - 48);
      c = bytes[++p]!;
    }
    exponent += expNegative ? -e : e;
  }
  if (c !== sep && c !== 10 && c !== 13) return NaN;
  fieldEnd = p;
  if (significant === 0) return negative ? -0 : 0;
  if (significant <= 15) {
    // An exact integer below 10^15 < 2^53: one correctly rounded operation (Clinger).
    const m = significant <= 10 ? a : a * POW10[significant - 10]! + b;
    if (exponent < -22 || exponent > 22) return NaN;
    const v = exponent >= 0 ? m * POW10[exponent]! : m / POW10[-exponent]!;
    return negative ? -v : v;
  }
  return doubleDouble(a, b, significant, exponent, negative);
}
