/**
 * Threshold evaluation: the one place that decides pass / warn / fail from a value.
 *
 * A comparator holds (is breached) when ANY of its conditions holds. A threshold with
 * `vs: reference` compares the change against the reference value instead of the value:
 *   relative = (value − reference) / |reference|,   absolute = value − reference.
 * `fail` is tested before `warn`: the worse state wins. A `vs: reference` threshold without a
 * reference value cannot be decided, and says so, rather than passing.
 *
 * A threshold with `confidence` (performance checks) is judged on the value's interval at that
 * level instead of the value: `gt`/`gte` hold when its lower end is beyond the bound, `lt`/`lte`
 * when its upper end is, so the threshold is breached only when the whole interval lies beyond
 * it. The loader allows no other condition beside `confidence`. Without an interval at that
 * level the threshold cannot be decided: `error` with check/no-interval, never a pass.
 */
import type { Comparator, Scalar, Threshold, Thresholds } from '../policy/types.js';
import { failure, type Failure, type ProblemCode } from '../problems.js';
import { inDigits } from './counts.js';

/** Why a value cannot be judged: always `error` (the caller decides `no_data` before judging). */
export type Unjudgeable = Failure & { readonly status: 'error' };

/** A verdict, or why the value cannot be judged, with its code. */
export type Verdict = {
  readonly status: 'pass' | 'warn' | 'fail';
  /** The condition that holds (`> 0.2`), on a warn or fail. */
  readonly breached?: string;
  /** The bound of that condition when it is one number compared with the value itself (`gt` … `lte`, not a change, an interval or a band). */
  readonly bound?: number;
} | Unjudgeable;

function unjudgeable(code: ProblemCode, message: string): Unjudgeable {
  return { ...failure(code, message), status: 'error' };
}

/** The interval of the judged value at a confidence level (checks/performance-interval.ts). */
export interface ValueInterval {
  readonly confidence: number;
  readonly low: number;
  readonly high: number;
}

function percent(confidence: number): string {
  return `${Number((confidence * 100).toPrecision(4))}%`;
}

/** The condition of a `confidence` threshold that the interval lies wholly beyond, or null. */
function intervalHolds(threshold: Threshold, interval: ValueInterval): string | null {
  const level = percent(interval.confidence);
  const { low, high } = interval;
  const { gt, gte, lt, lte } = threshold;
  if (gt !== undefined && low > gt) return `${level} interval wholly > ${gt} (lower end ${shownBeyond(low, (x) => x > gt)})`;
  if (gte !== undefined && low >= gte) return `${level} interval wholly ≥ ${gte} (lower end ${shownBeyond(low, (x) => x >= gte)})`;
  if (lt !== undefined && high < lt) return `${level} interval wholly < ${lt} (upper end ${shownBeyond(high, (x) => x < lt)})`;
  if (lte !== undefined && high <= lte) return `${level} interval wholly ≤ ${lte} (upper end ${shownBeyond(high, (x) => x <= lte)})`;
  return null;
}

/**
 * An interval's end in a message, to 6 significant digits like a band's (bandEnd), unless the
 * rounded end would no longer be beyond the bound (0.7399996 shown as 0.74 beside "< 0.74"):
 * then in full.
 */
function shownBeyond(end: number, beyond: (x: number) => boolean): string {
  const shown = bandEnd(end);
  return beyond(Number(shown)) ? shown : String(end);
}

/**
 * A judged value in a message, as `format` writes it, unless it would then read as the bound it
 * breached (a PSI of 0.20004 as 0.200 beside "> 0.2", a share of 0.02004 as 2% beside "> 2%"):
 * then to 6 significant digits, and in full where those still read as the bound. `fine(x, digits)`
 * writes x to that many significant digits (undefined: in full), in the unit `format` writes.
 */
export function shownAgainst(value: number, verdict: Verdict, format: (x: number) => string, fine: (x: number, digits?: number) => string = inDigits): string {
  return shownBeside(value, verdict.status === 'error' ? undefined : verdict.bound, format, fine);
}

/** As shownAgainst, given the bound breached (undefined: none, so as `format` writes it). */
export function shownBeside(value: number, bound: number | undefined, format: (x: number) => string, fine: (x: number, digits?: number) => string = inDigits): string {
  const shown = format(value);
  if (bound === undefined || shown !== format(bound)) return shown;
  const six = fine(value, 6);
  return six !== fine(bound, 6) ? six : fine(value);
}

/** The bound of the one-number condition (`gt` … `lte`) of `comparator` that `value` breaches, if one does. */
export function breachedBound(comparator: Comparator, value: number): number | undefined {
  return comparatorBreach(comparator, value)?.bound;
}

const SYMBOLS = { gt: '>', gte: '≥', lt: '<', lte: '≤', eq: '=', not_eq: '≠' } as const;

/**
 * A band's end in a message, to 6 significant digits: a band derived from data (a reference's
 * mean ± 3 std) would otherwise print all 17 digits, and its last ones differ with the order the
 * rows were summed in. The thresholds in the report keep the exact values.
 */
export function bandEnd(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6)));
}

/**
 * Whether one comparator holds for `value`; returns the first condition that holds, or null.
 * `show` writes a numeric bound as the value is shown (a share's 0.02 as 2%); by default as
 * written, a band's ends to 6 digits (bandEnd).
 */
export function comparatorHolds(comparator: Comparator, value: Scalar, show?: (bound: number) => string): string | null {
  return comparatorBreach(comparator, value, show)?.holds ?? null;
}

/** As comparatorHolds, with the bound when the condition that holds is one number (`gt` … `lte`). */
function comparatorBreach(comparator: Comparator, value: Scalar, show?: (bound: number) => string): { holds: string; bound?: number } | null {
  const n = typeof value === 'number' ? value : Number.NaN;
  const bound = show ?? String;
  const band = show ?? bandEnd;
  if (comparator.gt !== undefined && n > comparator.gt) return { holds: `> ${bound(comparator.gt)}`, bound: comparator.gt };
  if (comparator.gte !== undefined && n >= comparator.gte) return { holds: `≥ ${bound(comparator.gte)}`, bound: comparator.gte };
  if (comparator.lt !== undefined && n < comparator.lt) return { holds: `< ${bound(comparator.lt)}`, bound: comparator.lt };
  if (comparator.lte !== undefined && n <= comparator.lte) return { holds: `≤ ${bound(comparator.lte)}`, bound: comparator.lte };
  const other = otherConditionHolds(comparator, value, n, band);
  return other === null ? null : { holds: other };
}

function otherConditionHolds(comparator: Comparator, value: Scalar, n: number, band: (bound: number) => string): string | null {
  if (comparator.eq !== undefined && value === comparator.eq) return `= ${comparator.eq}`;
  if (comparator.not_eq !== undefined && value !== comparator.not_eq) return `≠ ${comparator.not_eq}`;
  if (comparator.between !== undefined) {
    const [lo, hi] = comparator.between;
    if (n >= lo && n <= hi) return `between ${band(lo)} and ${band(hi)}`;
  }
  if (comparator.not_between !== undefined) {
    const [lo, hi] = comparator.not_between;
    if (!Number.isNaN(n) && (n < lo || n > hi)) return `outside ${band(lo)} to ${band(hi)}`;
  }
  if (comparator.in !== undefined && comparator.in.includes(value)) return `in [${comparator.in.join(', ')}]`;
  if (comparator.not_in !== undefined && !comparator.not_in.includes(value)) {
    return `not in [${comparator.not_in.join(', ')}]`;
  }
  return null;
}

/** Whether a threshold is breached; `error` when it needs a reference value that is missing. */
function thresholdHolds(
  threshold: Threshold,
  value: number,
  reference: number | null | undefined,
  interval: ValueInterval | null | undefined,
  show: ((bound: number) => string) | undefined,
): { holds: string | null; bound?: number } | Unjudgeable {
  if (threshold.confidence !== undefined) {
    const level = percent(threshold.confidence);
    if (interval === null || interval === undefined) {
      return unjudgeable('check/no-interval', `the threshold asks for the ${level} interval, and this value has none`);
    }
    if (interval.confidence !== threshold.confidence) {
      return unjudgeable('check/no-interval', `the threshold asks for the ${level} interval, and this value has the ${percent(interval.confidence)} one only`);
    }
    return { holds: intervalHolds(threshold, interval) };
  }
  const direct = comparatorBreach(threshold, value, show);
  if (direct !== null) return direct;
  if (threshold.relative === undefined && threshold.absolute === undefined) return { holds: null };
  if (reference === null || reference === undefined || !Number.isFinite(reference)) {
    return unjudgeable('check/no-reference', 'the threshold compares against the reference value, which could not be computed');
  }
  if (threshold.absolute !== undefined) {
    const delta = value - reference;
    const holds = comparatorHolds(threshold.absolute, delta);
    if (holds !== null) return { holds: `change ${holds} vs reference` };
  }
  if (threshold.relative !== undefined) {
    if (reference === 0) return unjudgeable('check/undefined-metric', 'a relative change against a reference value of 0 is undefined');
    const change = (value - reference) / Math.abs(reference);
    const holds = comparatorHolds(threshold.relative, change);
    if (holds !== null) return { holds: `relative change ${holds} vs reference` };
  }
  return { holds: null };
}

/**
 * The verdict for a value under warn/fail thresholds. A value that is not a finite number is
 * never a pass: the caller decides between `no_data` and `error` before calling this.
 * `interval` is the value's interval, needed by thresholds with `confidence` only. `show`
 * writes the bounds on the value (not on its change) in `breached` as the value is shown.
 */
export function judge(value: number, thresholds: Thresholds, reference?: number | null, interval?: ValueInterval | null, show?: (bound: number) => string): Verdict {
  if (!Number.isFinite(value)) return unjudgeable('check/undefined-metric', `the value is ${value}`);
  for (const level of ['fail', 'warn'] as const) {
    const threshold = thresholds[level];
    if (threshold === undefined) continue;
    const result = thresholdHolds(threshold, value, reference, interval, show);
    if ('ok' in result) return result;
    if (result.holds !== null) return { status: level, breached: result.holds, ...(result.bound !== undefined && { bound: result.bound }) };
  }
  return { status: 'pass' };
}

/** `fail ≥ 0.2`-style text for messages (renderers have their own richer formatting). */
export function describeComparator(comparator: Comparator): string {
  const parts: string[] = [];
  for (const key of Object.keys(SYMBOLS) as (keyof typeof SYMBOLS)[]) {
    const bound = comparator[key];
    if (bound !== undefined) parts.push(`${SYMBOLS[key]} ${bound}`);
  }
  if (comparator.between) parts.push(`between ${bandEnd(comparator.between[0])} and ${bandEnd(comparator.between[1])}`);
  if (comparator.not_between) parts.push(`outside ${bandEnd(comparator.not_between[0])} to ${bandEnd(comparator.not_between[1])}`);
  if (comparator.in) parts.push(`in [${comparator.in.join(', ')}]`);
  if (comparator.not_in) parts.push(`not in [${comparator.not_in.join(', ')}]`);
  return parts.join(' or ');
}
