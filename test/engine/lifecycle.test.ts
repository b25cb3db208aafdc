/**
 * One test per row of the lifecycle table in docs/policy.md#alert-lifecycle: each transition
 * from a state, on a breach or a clear run, with `for` and `keep_firing_for` as runs and as spans.
 */
import { describe, expect, it } from 'vitest';
import { nextAlert } from '../../src/engine/lifecycle.js';
import type { AlertMemory } from '../../src/state/record.js';
import type { Duration, LifecycleSpec } from '../../src/policy/types.js';

const runs = (n: number): Duration => ({ kind: 'runs', runs: n, text: `${n} run${n === 1 ? '' : 's'}` });
const hours = (n: number): Duration => ({ kind: 'time', ms: n * 3_600_000, text: `${n}h` });
const spec = (forDuration: Duration | null, keep: Duration | null = null): LifecycleSpec => ({ for: forDuration, keep_firing_for: keep });
const T0 = new Date('2026-11-01T06:00:00Z');
const at = (h: number) => new Date(T0.getTime() + h * 3_600_000);

/** Runs the lifecycle over a sequence of breaches, one run an hour; returns each run's reported state. */
function walk(breaches: readonly boolean[], lifecycle: LifecycleSpec): string[] {
  let memory: AlertMemory | null = null;
  return breaches.map((breach, i) => {
    const step = nextAlert(memory, breach, lifecycle, at(i));
    memory = step.memory;
    return step.report.kept === true ? 'firing(kept)' : step.report.state;
  });
}

describe('alert lifecycle (docs/policy.md#alert-lifecycle)', () => {
  it('inactive + breach, no for: firing at once', () => {
    expect(walk([true], spec(null))).toEqual(['firing']);
  });

  it('inactive + breach, for: 1 run: firing at once (one run is this one)', () => {
    expect(walk([true], spec(runs(1)))).toEqual(['firing']);
  });

  it('inactive + breach, for: 2 runs: pending, counting 1 of 2', () => {
    const step = nextAlert(null, true, spec(runs(2)), T0);
    expect(step.report).toMatchObject({ state: 'pending', runs: 1, for: '2 runs', since: T0.toISOString() });
  });

  it('pending + breach: firing once for is met', () => {
    expect(walk([true, true], spec(runs(2)))).toEqual(['pending', 'firing']);
    expect(walk([true, true, true], spec(runs(3)))).toEqual(['pending', 'pending', 'firing']);
  });

  it('pending + clear: inactive, never fired (a flapping metric opens nothing)', () => {
    expect(walk([true, false, true, false, true, false], spec(runs(2)))).toEqual(['pending', 'inactive', 'pending', 'inactive', 'pending', 'inactive']);
  });

  it('for as a time span: firing once the breach has held that long', () => {
    expect(walk([true, true, true], spec(hours(2)))).toEqual(['pending', 'pending', 'firing']);
  });

  it('firing + breach: stays firing, since when it fired', () => {
    let memory: AlertMemory | null = null;
    const reports = [0, 1, 2].map((h) => {
      const step = nextAlert(memory, true, spec(runs(2)), at(h));
      memory = step.memory;
      return step.report;
    });
    expect(reports.map((r) => r.state)).toEqual(['pending', 'firing', 'firing']);
    expect(reports[2]!.since).toBe(at(1).toISOString());
  });

  it('firing + clear, no keep_firing_for: resolved, then inactive', () => {
    expect(walk([true, false, false], spec(null))).toEqual(['firing', 'resolved', 'inactive']);
  });

  it('firing + clear, keep_firing_for: 1 run: kept one clear run, resolved on the second', () => {
    expect(walk([true, false, false, false], spec(null, runs(1)))).toEqual(['firing', 'firing(kept)', 'resolved', 'inactive']);
  });

  it('firing, kept, then breach again: firing, and the clear count starts over', () => {
    expect(walk([true, false, true, false, false], spec(null, runs(1)))).toEqual(['firing', 'firing(kept)', 'firing', 'firing(kept)', 'resolved']);
  });

  it('keep_firing_for as a time span: kept while the clear time is under it', () => {
    expect(walk([true, false, false, false], spec(null, hours(2)))).toEqual(['firing', 'firing(kept)', 'firing(kept)', 'resolved']);
  });

  it('resolved + breach: a new alert, pending again under for', () => {
    expect(walk([true, true, false, true, true], spec(runs(2)))).toEqual(['pending', 'firing', 'resolved', 'pending', 'firing']);
  });

  it('inactive + clear: inactive, keeping when it became so', () => {
    const first = nextAlert(null, false, spec(runs(2)), T0);
    const second = nextAlert(first.memory, false, spec(runs(2)), at(5));
    expect(second.report).toMatchObject({ state: 'inactive', since: T0.toISOString(), runs: 0 });
  });
});
