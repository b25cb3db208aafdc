/**
 * The alert lifecycle of one check, Prometheus's `pending → firing → resolved`
 * (docs/policy.md#alert-lifecycle, one row of its table per branch below). The condition is a
 * breach: the check's verdict is `fail` or `error` (what opens an incident). Pure: the next
 * memory and what this run reports follow from the previous memory, this run's breach, the
 * policy's `for`/`keep_firing_for` and the clock.
 *
 * - inactive, breach: `pending` (1 run), or `firing` at once when `for` is none or already met.
 * - pending, breach: one more run; `firing` once `for` is met (N runs counting this one, or
 *   `for`'s time span since the breach began).
 * - pending, clear: `inactive`: the breach never fired, nothing was opened.
 * - firing, breach: `firing` (a kept-firing count starts over).
 * - firing, clear: `resolved` at once without `keep_firing_for`; with it, `firing` (kept)
 *   while the clear runs are at most N (or the time since it cleared is under the span), then
 *   `resolved`. A resolved alert starts the next run from `inactive`.
 */
import type { AlertMemory } from '../state/record.js';
import type { Duration, LifecycleSpec } from '../policy/types.js';
import type { AlertReport } from './report.js';

export interface AlertStep {
  readonly memory: AlertMemory;
  readonly report: AlertReport;
}

/** Whether `needed` is met after `runs` consecutive runs that began at `since`. */
function met(needed: Duration, runs: number, since: string, now: Date): boolean {
  return needed.kind === 'runs' ? runs >= needed.runs : now.getTime() - Date.parse(since) >= needed.ms;
}

function report(state: AlertReport['state'], since: string, runs: number, spec: LifecycleSpec, kept = false): AlertReport {
  return {
    state,
    since,
    runs,
    ...(spec.for === null ? {} : { for: spec.for.text }),
    ...(spec.keep_firing_for === null ? {} : { keep_firing_for: spec.keep_firing_for.text }),
    ...(kept ? { kept } : {}),
  };
}

export function nextAlert(previous: AlertMemory | null, breach: boolean, spec: LifecycleSpec, now: Date): AlertStep {
  const at = now.toISOString();
  const state = previous?.state ?? 'inactive';
  if (state === 'firing' && previous !== null) {
    if (breach) {
      const memory: AlertMemory = { state: 'firing', since: previous.since, runs: previous.runs + 1 };
      return { memory, report: report('firing', previous.since, memory.runs, spec) };
    }
    const cleared = { runs: (previous.cleared?.runs ?? 0) + 1, since: previous.cleared?.since ?? at };
    const keep = spec.keep_firing_for;
    const stillKept = keep !== null && (keep.kind === 'runs' ? cleared.runs <= keep.runs : now.getTime() - Date.parse(cleared.since) < keep.ms);
    if (stillKept) {
      return { memory: { state: 'firing', since: previous.since, runs: previous.runs, cleared }, report: report('firing', previous.since, cleared.runs, spec, true) };
    }
    return { memory: { state: 'inactive', since: at, runs: 0 }, report: report('resolved', at, 0, spec) };
  }
  if (!breach) {
    const since = state === 'inactive' && previous !== null ? previous.since : at;
    return { memory: { state: 'inactive', since, runs: 0 }, report: report('inactive', since, 0, spec) };
  }
  const pending = state === 'pending' && previous !== null;
  const runs = pending ? previous.runs + 1 : 1;
  const since = pending ? previous.since : at;
  if (spec.for === null || met(spec.for, runs, since, now)) {
    return { memory: { state: 'firing', since: at, runs }, report: report('firing', at, runs, spec) };
  }
  return { memory: { state: 'pending', since, runs }, report: report('pending', since, runs, spec) };
}
