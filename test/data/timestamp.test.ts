import { describe, expect, it } from 'vitest';
import { epochNumberToMs, parseIsoTimestamp } from '../../src/data/timestamp.js';

describe('timestamps', () => {
  it('parses ISO 8601 dates and date-times, UTC when no zone is given', () => {
    // Expected values from Date.UTC, an independent route to the same instants.
    expect(parseIsoTimestamp('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(parseIsoTimestamp('2024-02-29T23:59')).toBe(Date.UTC(2024, 1, 29, 23, 59));
    expect(parseIsoTimestamp('2024-02-29 23:59:58.123456')).toBe(Date.UTC(2024, 1, 29, 23, 59, 58, 123));
    expect(parseIsoTimestamp('2024-03-01T00:30:00-05:30')).toBe(Date.UTC(2024, 2, 1, 6, 0));
    expect(parseIsoTimestamp('2024-03-01T00:30:00+0100')).toBe(Date.UTC(2024, 1, 29, 23, 30));
    expect(parseIsoTimestamp('2024-03-01T00:30Z')).toBe(Date.parse('2024-03-01T00:30Z'));
    expect(parseIsoTimestamp('0050-01-01')).toBe(Date.parse('0050-01-01T00:00:00Z'));
  });

  it('rejects impossible or non-ISO text', () => {
    for (const text of ['2023-02-29', '2024-13-01', '2024-01-32', '2024-01-01T24:00', '01/02/2024', '2024-1-2', 'today', '2024-01-01T10:00:00+25:00']) {
      expect(parseIsoTimestamp(text), text).toBeNaN();
    }
  });

  it('reads epoch numbers below 1e11 as seconds and from 1e11 on as milliseconds', () => {
    expect(epochNumberToMs(1_700_000_000)).toBe(1_700_000_000_000);
    expect(epochNumberToMs(99_999_999_999)).toBe(99_999_999_999_000);
    expect(epochNumberToMs(100_000_000_000)).toBe(100_000_000_000);
    expect(epochNumberToMs(-86_400)).toBe(-86_400_000);
    expect(epochNumberToMs(Infinity)).toBeNaN();
    expect(epochNumberToMs(8.64e15)).toBe(8.64e15);
    expect(epochNumberToMs(8.64e15 + 1)).toBeNaN();
    expect(epochNumberToMs(-1e300)).toBeNaN();
  });
});
