import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);

// src/data/timestamp.ts
var ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
var EPOCH_SECONDS_LIMIT = 1e11;
var MAX_EPOCH_MS = 864e13;
function epochNumberToMs(x) {
  if (!Number.isFinite(x)) return NaN;
  const ms = Math.abs(x) < EPOCH_SECONDS_LIMIT ? x * 1e3 : x;
  return Math.abs(ms) <= MAX_EPOCH_MS ? ms : NaN;
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

export {
  EPOCH_SECONDS_LIMIT,
  MAX_EPOCH_MS,
  epochNumberToMs,
  parseIsoTimestamp
};
