/**
 * Missing-value tokens of text formats (CSV cells; also JSON strings in a numeric or timestamp
 * column): the empty cell, `NA`, `NaN` and `null`, matched exactly (case-sensitive, no spaces),
 * as pandas' default `na_values` do for these four. JSON `null` and Parquet nulls are missing
 * too. Missing cells become NaN (numeric, timestamp) or code −1 (categorical). O(1).
 */

export const MISSING_TOKENS: readonly string[] = ['', 'NA', 'NaN', 'null'];

/** Whether bytes[start, end) is one of the missing tokens. */
export function isMissingBytes(bytes: Uint8Array, start: number, end: number): boolean {
  switch (end - start) {
    case 0:
      return true;
    case 2:
      return bytes[start] === 78 && bytes[start + 1] === 65; // NA
    case 3:
      return bytes[start] === 78 && bytes[start + 1] === 97 && bytes[start + 2] === 78; // NaN
    case 4:
      return bytes[start] === 110 && bytes[start + 1] === 117 && bytes[start + 2] === 108 && bytes[start + 3] === 108; // null
    default:
      return false;
  }
}

export function isMissingText(text: string): boolean {
  return text === '' || text === 'NA' || text === 'NaN' || text === 'null';
}
