import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  POW10
} from "./chunk-7MBXNNCL.js";

// src/data/decimal-key.ts
var MISSING_KEY = -2147483648;
var NO_KEY = 2147483648;
var NEGATIVE_ZERO_KEY = -1;
var D_MIN = -16;
var D_MAX = 28;
var DECADES = D_MAX - D_MIN + 1;
var UNIT = 9e6;
var PRECISION = new Uint8Array(DECADES);
var BASE = new Float64Array(DECADES);
var LOWEST = new Float64Array(DECADES);
var Q = new Int8Array(DECADES);
var keysBelow = 0;
for (let i = 0; i < DECADES; i++) {
  const d = i + D_MIN;
  const p = d === 2 ? 9 : d >= -2 && d <= 8 ? 8 : 7;
  PRECISION[i] = p;
  BASE[i] = keysBelow;
  LOWEST[i] = POW10[p - 1];
  Q[i] = d - p + 1;
  keysBelow += 9 * POW10[p - 1];
}
var DECADE_OF = new Uint8Array(keysBelow / UNIT);
for (let i = 0; i < DECADES; i++) DECADE_OF.fill(i, BASE[i] / UNIT, (BASE[i] + 9 * LOWEST[i]) / UNIT);
var MAX_KEY = keysBelow + 1;
function digitCount(m) {
  if (m < 1e4) return m < 100 ? m < 10 ? 1 : 2 : m < 1e3 ? 3 : 4;
  if (m < 1e6) return m < 1e5 ? 5 : 6;
  return m < 1e7 ? 7 : m < 1e8 ? 8 : 9;
}
function decimalKey(mantissa, exponent, negative) {
  if (mantissa === 0) return negative ? NEGATIVE_ZERO_KEY : 0;
  let m = mantissa;
  let q = exponent;
  if (m >= 1e9) {
    while (m % 10 === 0) {
      m /= 10;
      q++;
    }
    if (m >= 1e9) return NO_KEY;
  }
  let digits = digitCount(m);
  const i = digits - 1 + q - D_MIN;
  if (i < 0 || i >= DECADES) return NO_KEY;
  const p = PRECISION[i];
  if (digits > p) {
    while (digits > p && m % 10 === 0) {
      m /= 10;
      digits--;
    }
    if (digits > p) return NO_KEY;
  }
  const key = BASE[i] + (m * POW10[p - digits] - LOWEST[i]) + 2;
  return negative ? -key : key;
}
function decodeKeys(keys, n, target) {
  let i = 0;
  while (i < n) {
    const first = keys[i];
    if (first === MISSING_KEY || first === 0 || first === NEGATIVE_ZERO_KEY) {
      target[i++] = first === 0 ? 0 : first === NEGATIVE_ZERO_KEY ? -0 : NaN;
      continue;
    }
    const negative = first < 0;
    const decade = DECADE_OF[((negative ? -first : first) - 2) / UNIT | 0];
    const low = BASE[decade] + 2;
    const high = low + 9 * LOWEST[decade];
    const offset = low - LOWEST[decade];
    const q = Q[decade];
    const power = POW10[q >= 0 ? q : -q];
    const sign = negative ? -1 : 1;
    for (; i < n; i++) {
      const magnitude = sign * keys[i];
      if (magnitude < low || magnitude >= high) break;
      const m = magnitude - offset;
      target[i] = sign * (q >= 0 ? m * power : m / power);
    }
  }
  return target;
}

export {
  MISSING_KEY,
  NO_KEY,
  decimalKey,
  decodeKeys
};
