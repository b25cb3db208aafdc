import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  parseDecimalString
} from "./chunk-TO4VI4VD.js";

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
  const parts = [];
  if (row !== void 0) parts.push(`row ${row}`);
  if (column !== void 0) parts.push(`column ${JSON.stringify(column)}`);
  return `${displayPath(file)}: ${parts.length > 0 ? parts.join(", ") + ": " : ""}`;
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
  isMissingBytes,
  isMissingText,
  epochNumberToMs,
  parseIsoTimestamp,
  inferredKind,
  appendValue
};
