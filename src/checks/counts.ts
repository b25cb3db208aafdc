/** A count in a check's message, with thousands separators as the report's tables show them: 16,281 rows. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
