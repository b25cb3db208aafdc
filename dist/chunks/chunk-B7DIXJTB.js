import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  POW10
} from "./chunk-7MBXNNCL.js";

// src/data/decimal-key.ts
var MISSING_KEY = -2147483648;
var NO_KEY = 2147483648;
var M_START = 1e6;
var M_END = 1e7;
var M_SPAN = M_END - M_START;
var Q_MIN = -22;
var Q_MAX = 22;
function decimalKey(mantissa, exponent, negative) {
  if (mantissa === 0) return negative ? NO_KEY : 0;
  let m = mantissa;
  let q = exponent;
  if (m >= M_END) {
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
function decodeKeys(keys, n, target) {
  let i = 0;
  while (i < n) {
    const first = keys[i];
    if (first === MISSING_KEY || first === 0) {
      target[i++] = first === 0 ? 0 : NaN;
      continue;
    }
    const negative = first < 0;
    const decade = ((negative ? -first : first) - 1) / M_SPAN | 0;
    const low = decade * M_SPAN + 1;
    const high = low + M_SPAN;
    const offset = low - M_START;
    const q = decade + Q_MIN;
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
