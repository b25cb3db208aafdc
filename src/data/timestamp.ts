/**
 * Timestamps as epoch milliseconds (UTC). Accepted, and nothing else:
 *  - ISO 8601 text: a date `YYYY-MM-DD` (midnight UTC), or a date-time
 *    `YYYY-MM-DDTHH:MM[:SS[.fraction]]` with `T` or one space between date and time, and an
 *    optional zone `Z`, `±HH:MM`, `±HHMM` or `±HH`. A date-time without a zone is UTC.
 *    Fields are range-checked (month 1–12, day within the month, hour ≤ 23, minute ≤ 59,
 *    second ≤ 59). Fractions beyond milliseconds are truncated.
 *  - Epoch numbers: |x| < 1e11 is seconds, otherwise milliseconds. The cut-off separates the two
 *    unambiguously for any instant between 1973-03-03 (1e11 ms) and 5138-11-16 (1e11 s).
 *    An epoch beyond ±8.64e15 ms (the range of a JavaScript Date) is not a timestamp.
 * O(length). Returns NaN for text that is none of these; the reader turns that into a DataError.
 */

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** 1e11: below it an epoch number is read as seconds, from it on as milliseconds. */
export const EPOCH_SECONDS_LIMIT = 1e11;

/** ±8.64e15 ms (±100,000,000 days from 1970): the range of an instant JavaScript can show. */
export const MAX_EPOCH_MS = 8.64e15;

/** Epoch ms for an epoch number; NaN when it is not finite or lies outside MAX_EPOCH_MS. */
export function epochNumberToMs(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const ms = Math.abs(x) < EPOCH_SECONDS_LIMIT ? x * 1000 : x;
  return Math.abs(ms) <= MAX_EPOCH_MS ? ms : NaN;
}

/** Parses ISO 8601 text (see above) to epoch ms; NaN when it is not such a text. */
export function parseIsoTimestamp(text: string): number {
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
  if (m[4] !== undefined) {
    hour = Number(m[4]);
    minute = Number(m[5]);
    second = m[6] === undefined ? 0 : Number(m[6]);
    if (hour > 23 || minute > 59 || second > 59) return NaN;
    if (m[7] !== undefined) ms = Number((m[7] + '00').slice(0, 3));
  }
  let offsetMinutes = 0;
  const zone = m[8];
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
    if (oh > 23 || om > 59) return NaN;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear undoes that.
  const fixed = year < 100 ? new Date(utc).setUTCFullYear(year) : utc;
  return fixed - offsetMinutes * 60_000;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
