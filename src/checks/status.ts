/**
 * How statuses combine: the worse state wins. A failing check outranks one that could not run
 * (error), which outranks a warning; `no_data` is worse than a pass because nothing was proven.
 */
import type { Status } from './types.js';

const SEVERITY: Readonly<Record<Status, number>> = {
  fail: 8,
  error: 7,
  pending: 6,
  warn: 5,
  no_data: 4,
  pass: 3,
  inhibited: 2,
  silenced: 1,
  skipped: 0,
};

/** Statuses from worst to best. */
export const STATUSES_BY_SEVERITY: readonly Status[] = ['fail', 'error', 'pending', 'warn', 'no_data', 'pass', 'inhibited', 'silenced', 'skipped'];

export function severity(status: Status): number {
  return SEVERITY[status];
}

export function worstStatus(statuses: Iterable<Status>, empty: Status = 'skipped'): Status {
  let worst: Status | null = null;
  for (const status of statuses) if (worst === null || SEVERITY[status] > SEVERITY[worst]) worst = status;
  return worst ?? empty;
}
