/**
 * Where a drift check's status comes from (docs/statistics.md#drift): per-column verdicts are
 * evidence; with `dataset.share_drifted` the share's verdict decides, without it the columns do.
 * A column that could not be compared still makes the check `error` unless the share fails.
 */
import { describe, expect, it } from 'vitest';
import { driftCheck } from '../../src/checks/drift.js';
import type { DriftDetails } from '../../src/checks/details.js';
import type { DriftCheckSpec } from '../../src/policy/types.js';
import { categorical, context, driftSpec, numeric, table } from './context.js';

const spec = (partial: Partial<DriftCheckSpec> = {}): DriftCheckSpec => driftSpec({ method: 'wasserstein', per_feature: { warn: { gte: 0.05 }, fail: { gte: 0.1 } }, ...partial });

const range = (n: number, f: (i: number) => number): number[] => Array.from({ length: n }, (_, i) => f(i));
const names = ['a', 'b', 'c', 'd'] as const;
const reference = table(...names.map((name) => numeric(name, range(2000, (i) => i % 100))));
/** `shifted` of the four columns moved by 30 (drifted), the others the same as the reference. */
const currentWith = (shifted: number) => table(...names.map((name, k) => numeric(name, range(1000, (i) => (i % 100) + (k < shifted ? 30 : 0)))));
const columnStatuses = (outcome: ReturnType<typeof driftCheck.run>) => (outcome.details as DriftDetails).columns.map((c) => c.status);

describe('with dataset.share_drifted, the share decides', () => {
  const dataset = { share_drifted: { warn: { gte: 0.5 }, fail: { gte: 0.75 } } };

  it('one drifted column of four (25%) is evidence, not a failure', () => {
    const outcome = driftCheck.run(spec({ dataset }), context(currentWith(1), reference));
    expect(columnStatuses(outcome)).toEqual(['fail', 'pass', 'pass', 'pass']);
    expect(outcome.value).toBe(0.25);
    expect((outcome.details as DriftDetails).share_drifted_status).toBe('pass');
    expect(outcome.status).toBe('pass');
    expect(outcome.thresholds).toEqual(dataset.share_drifted);
  });

  it('warns and fails on the share, not on the columns', () => {
    expect(driftCheck.run(spec({ dataset }), context(currentWith(2), reference)).status).toBe('warn');
    expect(driftCheck.run(spec({ dataset }), context(currentWith(3), reference)).status).toBe('fail');
  });

  it('a column that could not be compared makes the check error, unless the share already fails', () => {
    const kindChanged = (shifted: number) => table(...names.map((name, k) => (name === 'd' ? categorical('d', range(1000, () => 1).map(() => 'x')) : numeric(name, range(1000, (i) => (i % 100) + (k < shifted ? 30 : 0))))));
    const passing = driftCheck.run(spec({ dataset }), context(kindChanged(0), reference));
    expect(columnStatuses(passing)).toEqual(['pass', 'pass', 'pass', 'error']);
    expect(passing.status).toBe('error');
    const failing = driftCheck.run(spec({ dataset }), context(kindChanged(3), reference));
    expect(failing.value).toBe(1);
    expect(failing.status).toBe('fail');
  });
});

describe('without dataset.share_drifted, the columns decide', () => {
  it('one drifted column fails the check; a warning column warns it', () => {
    expect(driftCheck.run(spec(), context(currentWith(1), reference)).status).toBe('fail');
    const near = table(...names.map((name, k) => numeric(name, range(1000, (i) => (i % 100) + (k === 0 ? 2 : 0)))));
    const outcome = driftCheck.run(spec(), context(near, reference));
    expect(columnStatuses(outcome)).toEqual(['warn', 'pass', 'pass', 'pass']);
    expect(outcome.status).toBe('warn');
    expect(driftCheck.run(spec(), context(currentWith(0), reference)).status).toBe('pass');
  });
});
