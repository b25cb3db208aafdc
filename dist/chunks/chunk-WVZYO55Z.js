import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  POW10
} from "./chunk-7MBXNNCL.js";

// src/data/long-decimal.ts
var SPLITTER = 134217729;
var MARGIN = 2 ** -99;
var dd = new Float64Array(2);
function twoProduct(x, y) {
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
function scaled(m, k) {
  if (k >= 0) {
    twoProduct(m, POW10[k]);
    return;
  }
  const d = POW10[-k];
  const q = m / d;
  twoProduct(q, d);
  const remainder = m - dd[0] - dd[1];
  dd[0] = q;
  dd[1] = remainder / d;
}
function longDecimal(bytes, start, end) {
  let p = start;
  let negative = false;
  const first = bytes[p];
  if (first === 45 || first === 43) {
    negative = first === 45;
    p++;
  }
  let a = 0;
  let b = 0;
  let significant = 0;
  let exponent = 0;
  let c;
  while (p < end && bytes[p] === 48) p++;
  for (; p < end; p++) {
    c = bytes[p] - 48;
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
      c = bytes[p] - 48;
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
    c = bytes[p++];
    if (c !== 101 && c !== 69) return NaN;
    let expNegative = false;
    if (bytes[p] === 45 || bytes[p] === 43) expNegative = bytes[p++] === 45;
    if (p >= end) return NaN;
    let e = 0;
    for (; p < end; p++) {
      const digit = bytes[p] - 48;
      if (digit < 0 || digit > 9) return NaN;
      if (e < 1e3) e = e * 10 + digit;
    }
    exponent += expNegative ? -e : e;
  }
  if (significant < 16) return NaN;
  return doubleDouble(a, b, significant, exponent, negative);
}
function doubleDouble(a, b, significant, exponent, negative) {
  const n = significant - 10;
  const highExponent = exponent + n;
  if (exponent < -22 || highExponent > 22) return NaN;
  scaled(a, highExponent);
  const x1 = dd[0];
  const y1 = dd[1];
  scaled(b, exponent);
  const x2 = dd[0];
  const y2 = dd[1];
  const s = x1 + x2;
  const v = s - x1;
  const e = x1 - (s - v) + (x2 - v) + y1 + y2;
  const hi = s + e;
  const lo = e - (hi - s);
  const margin = hi * MARGIN;
  if (hi + (lo + margin) !== hi || hi + (lo - margin) !== hi) return NaN;
  return negative ? -hi : hi;
}
var fieldEnd = 0;
function numberField(bytes, start, sep) {
  let p = start;
  let c = bytes[p];
  let negative = false;
  if (c === 45 || c === 43) {
    negative = c === 45;
    c = bytes[++p];
  }
  let a = 0;
  let b = 0;
  let significant = 0;
  let exponent = 0;
  let any = false;
  while (c === 48) {
    any = true;
    c = bytes[++p];
  }
  while (c >= 48 && c <= 57) {
    any = true;
    if (significant < 10) a = a * 10 + (c - 48);
    else if (significant < 19) b = b * 10 + (c - 48);
    else if (c === 48) {
      exponent++;
      c = bytes[++p];
      continue;
    } else return NaN;
    significant++;
    c = bytes[++p];
  }
  if (c === 46) {
    c = bytes[++p];
    if (significant === 0) {
      while (c === 48) {
        any = true;
        exponent--;
        c = bytes[++p];
      }
    }
    while (c >= 48 && c <= 57) {
      any = true;
      if (significant < 10) a = a * 10 + (c - 48);
      else if (significant < 19) b = b * 10 + (c - 48);
      else if (c === 48) {
        c = bytes[++p];
        continue;
      } else return NaN;
      significant++;
      exponent--;
      c = bytes[++p];
    }
  }
  if (!any) return NaN;
  if (c === 101 || c === 69) {
    c = bytes[++p];
    let expNegative = false;
    if (c === 45 || c === 43) {
      expNegative = c === 45;
      c = bytes[++p];
    }
    if (c < 48 || c > 57) return NaN;
    let e = 0;
    while (c >= 48 && c <= 57) {
      if (e < 1e3) e = e * 10 + (c - 48);
      c = bytes[++p];
    }
    exponent += expNegative ? -e : e;
  }
  if (c !== sep && c !== 10 && c !== 13) return NaN;
  fieldEnd = p;
  if (significant === 0) return negative ? -0 : 0;
  if (significant <= 15) {
    const m = significant <= 10 ? a : a * POW10[significant - 10] + b;
    if (exponent < -22 || exponent > 22) return NaN;
    const v = exponent >= 0 ? m * POW10[exponent] : m / POW10[-exponent];
    return negative ? -v : v;
  }
  return doubleDouble(a, b, significant, exponent, negative);
}

// src/data/missing.ts
function isMissingBytes(bytes, start, end) {
  switch (end - start) {
    case 0:
      return true;
    case 2:
      return bytes[start] === 78 && bytes[start + 1] === 65;
    // NA
    case 3:
      return bytes[start] === 78 && bytes[start + 1] === 97 && bytes[start + 2] === 78;
    // NaN
    case 4:
      return bytes[start] === 110 && bytes[start + 1] === 117 && bytes[start + 2] === 108 && bytes[start + 3] === 108;
    // null
    default:
      return false;
  }
}
function isMissingText(text) {
  return text === "" || text === "NA" || text === "NaN" || text === "null";
}

// src/data/number.ts
var OVERFLOW_REASON = "it overflows a double (beyond \xB11.8e308)";
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
      const v2 = exponent >= 0 ? mantissa * POW10[exponent] : mantissa / POW10[-exponent];
      return negative ? -v2 : v2;
    }
  }
  const v = longDecimal(bytes, start, end);
  if (v === v) return v;
  const x = Number(latin1(bytes, start, end));
  return x === Infinity || x === -Infinity ? NaN : x;
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
  longDecimal,
  fieldEnd,
  numberField,
  isMissingBytes,
  isMissingText,
  OVERFLOW_REASON,
  scanDecimal,
  decimalValue,
  asciiBytes,
  parseDecimalString
};
