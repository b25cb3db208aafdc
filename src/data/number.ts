/**
 * Decimal number parsing straight from bytes, bit-identical to `Number(text)`.
 *
 * Grammar (what counts as a number in a data file): `[+-]? (d+ (. d*)? | . d+) ([eE] [+-]? d+)?`,
 * ASCII only, no surrounding spaces, no hex/octal/binary, no `Infinity`, and finite: a text whose
 * value overflows a double (`1e400`, beyond ±1.8e308) is not a number either, by the same rule
 * as `Infinity`, since `Number` would make it one. A value below the smallest double rounds to
 * zero (or a subnormal), keeping its sign, as `Number` does (docs/architecture.md, Numbers).
 * Anything else is not a number (the caller decides whether it is a missing token, a category,
 * or an error).
 *
 * Fast path (Clinger 1990, "How to read floating point numbers accurately"): when the decimal
 * significand, read as an integer m, stays below 2^53 and the decimal exponent e satisfies
 * |e| ≤ 22, both m and 10^|e| are exact doubles, so the single IEEE multiply m·10^e (or divide
 * m/10^−e) is the correctly rounded result — the same double `Number(text)` returns. Numbers
 * of 16 to 19 significant digits go through long-decimal.ts; anything else (more digits, larger
 * exponents, values too near halfway between two doubles) is handed to `Number`; only that path
 * can overflow, so only it looks for an infinity. O(length). Never throws.
 */

import { longDecimal } from './long-decimal.js';
import { POW10 } from './pow10.js';

export { POW10 };

/** Why a text in the grammar is not a number, for error messages (one wording in every reader). */
export const OVERFLOW_REASON = 'it overflows a double (beyond ±1.8e308)';

/** Largest m for which m·10 + 9 < 2^53, so accumulating one more digit stays exact. */
export const MANTISSA_LIMIT = 900719925474099;

/** A scanned decimal number: (−1)^negative × mantissa × 10^exponent; `exact` when no digit was dropped. */
export interface DecimalParts {
  mantissa: number;
  exponent: number;
  negative: boolean;
  exact: boolean;
}

/**
 * Scans bytes[start, end) by the grammar above into `parts`; false when they are not a number.
 * The mantissa keeps its digits while it stays below 2^53 (`exact`), and the exponent counts
 * the fraction digits, so "1.50" is 150 × 10^−2.
 */
export function scanDecimal(bytes: Uint8Array, start: number, end: number, parts: DecimalParts): boolean {
  let p = start;
  if (p >= end) return false;
  let c = bytes[p]!;
  let negative = false;
  if (c === 45 /* - */ || c === 43 /* + */) {
    negative = c === 45;
    if (++p >= end) return false;
  }
  let mantissa = 0;
  let exponent = 0;
  let digits = 0;
  let exact = true;
  while (p < end) {
    c = bytes[p]!;
    const d = c - 48;
    if (d < 0 || d > 9) break;
    if (mantissa < MANTISSA_LIMIT) mantissa = mantissa * 10 + d;
    else if (exact) exact = false;
    digits++;
    p++;
  }
  if (p < end && bytes[p] === 46 /* . */) {
    p++;
    while (p < end) {
      c = bytes[p]!;
      const d = c - 48;
      if (d < 0 || d > 9) break;
      if (mantissa < MANTISSA_LIMIT) {
        mantissa = mantissa * 10 + d;
        exponent--;
      } else if (exact) exact = false;
      digits++;
      p++;
    }
  }
  if (digits === 0) return false;
  if (p < end) {
    c = bytes[p]!;
    if (c !== 101 /* e */ && c !== 69 /* E */) return false;
    p++;
    let expNegative = false;
    if (p < end && (bytes[p] === 45 || bytes[p] === 43)) {
      expNegative = bytes[p] === 45;
      p++;
    }
    if (p >= end) return false;
    let e = 0;
    while (p < end) {
      const d = bytes[p]! - 48;
      if (d < 0 || d > 9) return false;
      if (e < 100000) e = e * 10 + d;
      p++;
    }
    exponent += expNegative ? -e : e;
  }
  parts.mantissa = mantissa;
  parts.exponent = exponent;
  parts.negative = negative;
  parts.exact = exact;
  return true;
}

/**
 * The double of parts scanned from bytes[start, end): the fast path when it applies, then
 * long-decimal.ts for 16 to 19 digits, else `Number`. NaN when the value overflows a double.
 */
export function decimalValue(parts: DecimalParts, bytes: Uint8Array, start: number, end: number): number {
  const { mantissa, exponent, negative } = parts;
  if (parts.exact) {
    if (mantissa === 0) return negative ? -0 : 0;
    if (exponent >= -22 && exponent <= 22) {
      const v = exponent >= 0 ? mantissa * POW10[exponent]! : mantissa / POW10[-exponent]!;
      return negative ? -v : v;
    }
  }
  const v = longDecimal(bytes, start, end);
  if (v === v) return v;
  const x = Number(latin1(bytes, start, end));
  return x === Infinity || x === -Infinity ? NaN : x;
}

const parts: DecimalParts = { mantissa: 0, exponent: 0, negative: false, exact: true };

/**
 * Parses bytes[start, end) as a decimal number. Returns NaN when the bytes are not a number
 * by the grammar above, overflow included (a valid number is never NaN).
 */
export function parseDecimal(bytes: Uint8Array, start: number, end: number): number {
  return scanDecimal(bytes, start, end, parts) ? decimalValue(parts, bytes, start, end) : NaN;
}

/** A text's bytes when it is all ASCII (a number always is), else null. */
export function asciiBytes(text: string): Uint8Array | null {
  const n = text.length;
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) return null;
    bytes[i] = code;
  }
  return bytes;
}

/** The same grammar and result for a string (quoted CSV cells, JSON strings). */
export function parseDecimalString(text: string): number {
  // Numbers are short; encoding them is cheaper than a second implementation.
  const bytes = asciiBytes(text);
  return bytes === null ? NaN : parseDecimal(bytes, 0, bytes.length);
}

/** bytes[start, end) as a string, one character per byte. */
export function latin1(bytes: Uint8Array, start: number, end: number): string {
  // One call for a number's few bytes (10% faster on a file of 17-digit floats); a loop for a
  // long run, which could exceed the argument limit of `apply`.
  if (end - start <= 256) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}
