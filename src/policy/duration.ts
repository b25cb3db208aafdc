/**
 * Durations of the policy language: a time span (`30m`, `6h`, `7d`, `2w`) or a count of
 * consecutive runs (`1 run`, `3 runs`). Pure; O(length of text). Returns null for anything else,
 * never throws, so callers can report the text at its position. A time span is at most
 * 100,000,000 days, the range of a JavaScript Date: a longer window could not be placed in time.
 */
import type { Duration } from './types.js';

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
const TIME = /^(\d+)(m|h|d|w)$/;
const RUNS = /^(\d+) runs?$/;
/** The largest span a Date can be moved by (ECMAScript: ±8.64e15 ms around 1970). */
export const MAX_SPAN_MS = 8.64e15;

/** Parses `30m`, `6h`, `7d`, `2w`, `1 run` or `3 runs` (exactly these forms, no spaces around). */
export function parseDuration(text: string): Duration | null {
  const time = TIME.exec(text);
  if (time) {
    const amount = Number(time[1]);
    const unit = time[2] as keyof typeof UNIT_MS;
    const ms = amount * UNIT_MS[unit];
    if (!Number.isSafeInteger(amount) || ms > MAX_SPAN_MS) return null;
    return { kind: 'time', ms, text };
  }
  const runs = RUNS.exec(text);
  if (runs) {
    const count = Number(runs[1]);
    if (!Number.isSafeInteger(count)) return null;
    return { kind: 'runs', runs: count, text };
  }
  return null;
}

/** The forms parseDuration accepts, for messages. */
export const DURATION_FORMS = '30m, 6h, 7d, 2w or N runs';

/**
 * Why `text` (parsed to `parsed`) is not a duration the key can take, or null. A zero duration
 * (`0m`, `0d`, `0 runs`) means "none" for a delay or a cooldown, but where only a positive one
 * makes sense (`positive`: a window, which would select no row) it is refused.
 */
export function durationProblem(text: string, parsed: Duration | null, positive: boolean): string | null {
  if (parsed === null) {
    return TIME.test(text) ? `"${text}" is longer than a date can span (at most 100000000d)` : `"${text}" is not a duration: use ${DURATION_FORMS}`;
  }
  const zero = parsed.kind === 'time' ? parsed.ms === 0 : parsed.runs === 0;
  if (positive && zero) return `a duration of zero ("${text}") selects nothing: use one longer than zero, such as 30m, 6h or 7d`;
  return null;
}
