/**
 * Numbers in a check's message, written as the report's tables write them (report/format.ts
 * uses these), so that a message and the value column beside it read the same.
 */

/** A count with thousands separators: 16,281 rows. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * A share (≥ 0) in percent, three significant digits and at most two decimals (`12.3%`,
 * `3.65%`, `0.41%`), never rounded to a misleading `0%` or `100%` (`<0.01%`, `>99.99%`).
 */
export function asPercent(x: number): string {
  const pct = x * 100;
  if (pct === 0) return '0%';
  if (pct < 0.01) return '<0.01%';
  if (pct > 99.99 && pct < 100) return '>99.99%';
  const decimals = pct >= 100 ? 0 : pct >= 10 ? 1 : 2;
  return `${Number(pct.toFixed(decimals))}%`;
}

/** x to `digits` significant digits without trailing zeros, or in full (undefined), where the usual form would read as a threshold's bound. */
export function inDigits(x: number, digits?: number): string {
  return digits === undefined ? String(x) : String(Number(x.toPrecision(digits)));
}

/** A share in percent, as inDigits writes its percentage. */
export function asPercentIn(x: number, digits?: number): string {
  return `${inDigits(x * 100, digits)}%`;
}
