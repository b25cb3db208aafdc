/**
 * Appending one already-typed value (from JSON or Parquet) to a column: the rules shared by the
 * JSON Lines and Parquet readers.
 *  - null/undefined: missing.
 *  - number or bigint (as Number): numeric as is; timestamp as epoch seconds or ms (timestamp.ts);
 *    categorical as `String(value)` (JSON and Parquet numbers have no other text). NaN is
 *    missing; ±Infinity is an error in every column, whatever its kind: it is what JSON.parse
 *    makes of a number that overflows a double (`1e400`), and CSV refuses the same text
 *    (number.ts), so one rule holds in every reader.
 *  - string: categorical as is; numeric/timestamp parsed by number.ts's grammar, overflow refused
 *    (missing.ts tokens are missing).
 *  - boolean: categorical `true`/`false`; an error in numeric or timestamp columns.
 *  - Date: timestamp; categorical as ISO text.
 *  - objects and arrays: an error (nested data is not a column).
 * An inferred numeric column that meets a string or boolean becomes categorical (builders.ts).
 * O(1) per value. Throws DataError with file, row and column.
 */
import type { ProblemCode } from '../problems.js';
import type { Slot, TableBuilder } from './builders.js';
import { DataError } from './errors.js';
import { isMissingText } from './missing.js';
import { OVERFLOW_REASON, parseDecimalString } from './number.js';
import { epochNumberToMs, parseIsoTimestamp } from './timestamp.js';

/** The kind a column takes from its first non-null value when the policy does not declare it. */
export function inferredKind(value: unknown): 'numeric' | 'categorical' {
  return typeof value === 'number' || typeof value === 'bigint' ? 'numeric' : 'categorical';
}

export function appendValue(table: TableBuilder, slot: Slot, value: unknown, file: string, row: number): void {
  const b = slot.builder;
  if (value === null || value === undefined) {
    if (b.kind === 'categorical') b.pushCode(-1);
    else b.push(NaN);
    return;
  }
  if (typeof value === 'bigint') value = Number(value);
  const fail = (code: ProblemCode, what: string): never => {
    throw new DataError(code, file, what, row, slot.name);
  };
  switch (typeof value) {
    case 'number':
      if (value === Infinity || value === -Infinity) fail('data/not-a-number', infiniteMessage(value));
      if (b.kind === 'categorical') b.push(String(value));
      else if (b.kind !== 'timestamp') b.push(value);
      else {
        const t = epochNumberToMs(value);
        if (t !== t) fail('data/bad-timestamp', `${value} is not a timestamp: an epoch beyond ±8.64e15 ms (the range of a date)`);
        b.push(t);
      }
      return;
    case 'string':
      if (b.kind === 'categorical') {
        b.push(value);
      } else if (isMissingText(value)) {
        b.push(NaN);
      } else if (b.kind === 'timestamp') {
        let t = parseIsoTimestamp(value);
        if (t !== t) t = epochNumberToMs(parseDecimalString(value));
        if (t !== t) fail('data/bad-timestamp', `${JSON.stringify(value)} is not a timestamp`);
        b.push(t);
      } else {
        const x = parseDecimalString(value);
        if (x === x) b.push(x);
        else if (slot.declared === 'numeric') fail('data/not-a-number', `${JSON.stringify(value)} is not a number${inGrammar(value) ? `: ${OVERFLOW_REASON}` : ''}`);
        else table.convertToCategorical(slot).push(value);
      }
      return;
    case 'boolean': {
      const text = value ? 'true' : 'false';
      if (b.kind === 'categorical') b.push(text);
      else if (slot.declared !== undefined) fail(slot.declared === 'numeric' ? 'data/not-a-number' : 'data/bad-timestamp', `${text} is not a ${slot.declared === 'numeric' ? 'number' : 'timestamp'}`);
      else table.convertToCategorical(slot).push(text);
      return;
    }
    case 'object':
      if (value instanceof Date) {
        if (b.kind === 'categorical') b.push(value.toISOString());
        else b.push(value.getTime());
        return;
      }
      fail('data/malformed', `nested ${Array.isArray(value) ? 'array' : 'object'} values are not supported; flatten the data first`);
      return;
    default:
      fail('data/malformed', `unsupported value of type ${typeof value}`);
  }
}

/**
 * The message for an infinite number. JSON has no infinity, so from JSON it is a number that
 * overflowed (its text is gone by then); Parquet stores IEEE infinities as they are.
 */
export function infiniteMessage(value: number): string {
  return `${value} is not a finite number (a number beyond ±1.8e308 overflows a double)`;
}

/** Whether a text is a decimal by number.ts's grammar (so when it is not a number, it overflowed). */
function inGrammar(text: string): boolean {
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text);
}
