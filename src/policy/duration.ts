/**
 * Durations of the policy language: a time span (`30m`, `6h`, `7d`, `2w`) or a count of
 * consecutive runs (`1 run`, `3 runs`). Pure; O(length of text). Returns null for anything else,
 * never throws, so callers can report the text at its position.
 */
import type { Duration } from './types.js';

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
const TIME = /^(\d+)(m|h|d|w)$/;
const RUNS = /^(\d+) runs?$/;

/** Parses `30m`, `6h`, `7d`, `2w`, `1 run` or `3 runs` (exactly these forms, no spaces around). */
export function parseDuration(text: string): Duration | null {
  const time = TIME.exec(text);
  if (time) {
    const amount = Number(time[1]);
    const unit = time[2] as keyof typeof UNIT_MS;
    if (!Number.isSafeInteger(amount)) return null;
    return { kind: 'time', ms: amount * UNIT_MS[unit], text };
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
