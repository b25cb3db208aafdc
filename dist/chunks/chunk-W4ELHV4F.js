import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  POW10
} from "./chunk-Y4NRPXVJ.js";

// src/data/errors.ts
import { isAbsolute, relative } from "node:path";
var DataError = class extends Error {
  constructor(file, detail, row, column) {
    super(formatLocation(file, row, column) + detail);
    this.file = file;
    this.row = row;
    this.column = column;
  }
  file;
  row;
  column;
  name = "DataError";
};
function formatLocation(file, row, column) {
  const parts2 = [];
  if (row !== void 0) parts2.push(`row ${row}`);
  if (column !== void 0) parts2.push(`column ${JSON.stringify(column)}`);
  return `${displayPath(file)}: ${parts2.length > 0 ? parts2.join(", ") + ": " : ""}`;
}
function displayPath(file) {
  if (!isAbsolute(file)) return file;
  const rel = relative(process.cwd(), file);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
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

// src/data/long-decimal.ts
var SPLITTER = 134217729;
var TAIL_LIMIT = 2 ** -100;
var bits = new Float64Array(1);
var words = new Uint32Array(bits.buffer);
var HIGH = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 1 : 0;
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
    let e2 = 0;
    for (; p < end; p++) {
      const digit = bytes[p] - 48;
      if (digit < 0 || digit > 9) return NaN;
      if (e2 < 1e3) e2 = e2 * 10 + digit;
    }
    exponent += expNegative ? -e2 : e2;
  }
  if (significant < 16) return NaN;
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
  bits[0] = hi;
  const high = words[HIGH];
  if ((high & 1048575) === 0 && words[1 - HIGH] === 0) return NaN;
  words[HIGH] = (high >>> 20 & 2047) - 52 << 20;
  words[1 - HIGH] = 0;
  const halfUlp = bits[0] / 2;
  const margin = hi * TAIL_LIMIT;
  const tail = lo < 0 ? -lo : lo;
  if (tail >= halfUlp - margin) return NaN;
  return negative ? -hi : hi;
}

// src/data/number.ts
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
  return v === v ? v : Number(latin1(bytes, start, end));
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

// src/data/timestamp.ts
var ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
var EPOCH_SECONDS_LIMIT = 1e11;
function epochNumberToMs(x) {
  if (!Number.isFinite(x)) return NaN;
  return Math.abs(x) < EPOCH_SECONDS_LIMIT ? x * 1e3 : x;
}
function parseIsoTimestamp(text) {
  const m = ISO.exec(text);
  if (m === null) return NaN;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  if (m[4] !== void 0) {
    hour = Number(m[4]);
    minute = Number(m[5]);
    second = m[6] === void 0 ? 0 : Number(m[6]);
    if (hour > 23 || minute > 59 || second > 59) return NaN;
    if (m[7] !== void 0) ms = Number((m[7] + "00").slice(0, 3));
  }
  let offsetMinutes = 0;
  const zone = m[8];
  if (zone !== void 0 && zone !== "Z") {
    const sign = zone[0] === "-" ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 23 || om > 59) return NaN;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const fixed = year < 100 ? new Date(utc).setUTCFullYear(year) : utc;
  return fixed - offsetMinutes * 6e4;
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// src/data/values.ts
function inferredKind(value) {
  return typeof value === "number" || typeof value === "bigint" ? "numeric" : "categorical";
}
function appendValue(table, slot, value, file, row) {
  const b = slot.builder;
  if (value === null || value === void 0) {
    if (b.kind === "categorical") b.pushCode(-1);
    else b.push(NaN);
    return;
  }
  if (typeof value === "bigint") value = Number(value);
  const fail = (what) => {
    throw new DataError(file, what, row, slot.name);
  };
  switch (typeof value) {
    case "number":
      if (b.kind === "categorical") b.push(String(value));
      else b.push(b.kind === "timestamp" ? epochNumberToMs(value) : value);
      return;
    case "string":
      if (b.kind === "categorical") {
        b.push(value);
      } else if (isMissingText(value)) {
        b.push(NaN);
      } else if (b.kind === "timestamp") {
        let t = parseIsoTimestamp(value);
        if (t !== t) t = epochNumberToMs(parseDecimalString(value));
        if (t !== t) fail(`${JSON.stringify(value)} is not a timestamp`);
        b.push(t);
      } else {
        const x = parseDecimalString(value);
        if (x === x) b.push(x);
        else if (slot.declared === "numeric") fail(`${JSON.stringify(value)} is not a number`);
        else table.convertToCategorical(slot).push(value);
      }
      return;
    case "boolean": {
      const text = value ? "true" : "false";
      if (b.kind === "categorical") b.push(text);
      else if (slot.declared !== void 0) fail(`${text} is not a ${slot.declared === "numeric" ? "number" : "timestamp"}`);
      else table.convertToCategorical(slot).push(text);
      return;
    }
    case "object":
      if (value instanceof Date) {
        if (b.kind === "categorical") b.push(value.toISOString());
        else b.push(value.getTime());
        return;
      }
      fail(`nested ${Array.isArray(value) ? "array" : "object"} values are not supported; flatten the data first`);
      return;
    default:
      fail(`unsupported value of type ${typeof value}`);
  }
}

export {
  DataError,
  displayPath,
  longDecimal,
  isMissingBytes,
  isMissingText,
  scanDecimal,
  decimalValue,
  asciiBytes,
  parseDecimalString,
  epochNumberToMs,
  parseIsoTimestamp,
  inferredKind,
  appendValue
};
