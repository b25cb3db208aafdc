import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/data/number.ts
var POW10 = new Float64Array(23);
for (let i = 0, p = 1; i < 23; i++, p *= 10) POW10[i] = p;
var MANTISSA_LIMIT = 900719925474099;
function scanDecimal(bytes, start, end, parts2) {
  let p = start;
  if (p >= end) return false;
  let c = bytes[p];
  let negative = false;
  if (c === 45 || c === 43) {
    negative = c === 45;
    if (++p >= end) return false;
  }
  let mantissa = 0;
  let exponent = 0;
  let digits = 0;
  let exact = true;
  while (p < end) {
    c = bytes[p];
    const d = c - 48;
    if (d < 0 || d > 9) break;
    if (mantissa < MANTISSA_LIMIT) mantissa = mantissa * 10 + d;
    else if (exact) exact = false;
    digits++;
    p++;
  }
  if (p < end && bytes[p] === 46) {
    p++;
    while (p < end) {
      c = bytes[p];
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
    c = bytes[p];
    if (c !== 101 && c !== 69) return false;
    p++;
    let expNegative = false;
    if (p < end && (bytes[p] === 45 || bytes[p] === 43)) {
      expNegative = bytes[p] === 45;
      p++;
    }
    if (p >= end) return false;
    let e = 0;
    while (p < end) {
      const d = bytes[p] - 48;
      if (d < 0 || d > 9) return false;
      if (e < 1e5) e = e * 10 + d;
      p++;
    }
    exponent += expNegative ? -e : e;
  }
  parts2.mantissa = mantissa;
  parts2.exponent = exponent;
  parts2.negative = negative;
  parts2.exact = exact;
  return true;
}
function decimalValue(parts2, bytes, start, end) {
  const { mantissa, exponent, negative } = parts2;
  if (parts2.exact) {
    if (mantissa === 0) return negative ? -0 : 0;
    if (exponent >= -22 && exponent <= 22) {
      const v = exponent >= 0 ? mantissa * POW10[exponent] : mantissa / POW10[-exponent];
      return negative ? -v : v;
    }
  }
  return Number(latin1(bytes, start, end));
}
var parts = { mantissa: 0, exponent: 0, negative: false, exact: true };
function parseDecimal(bytes, start, end) {
  return scanDecimal(bytes, start, end, parts) ? decimalValue(parts, bytes, start, end) : NaN;
}
function asciiBytes(text) {
  const n = text.length;
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) return null;
    bytes[i] = code;
  }
  return bytes;
}
function parseDecimalString(text) {
  const bytes = asciiBytes(text);
  return bytes === null ? NaN : parseDecimal(bytes, 0, bytes.length);
}
function latin1(bytes, start, end) {
  if (end - start <= 256) return String.fromCharCode.apply(null, bytes.subarray(start, end));
  let s = "";
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  POW10,
  scanDecimal,
  decimalValue,
  asciiBytes,
  parseDecimalString
};
