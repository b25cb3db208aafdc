import { describe, expect, it } from 'vitest';
import { comparatorHolds, judge, shownAgainst } from '../../src/checks/threshold.js';

describe('comparatorHolds', () => {
  it.each([
    [{ gt: 1 }, 1.5, true],
    [{ gt: 1 }, 1, false],
    [{ gte: 1 }, 1, true],
    [{ lt: 0.7 }, 0.69, true],
    [{ lte: 0.7 }, 0.7, true],
    [{ lte: 0.7 }, 0.71, false],
    [{ eq: 3 }, 3, true],
    [{ not_eq: 3 }, 3, false],
    [{ between: [1, 2] as [number, number] }, 2, true],
    [{ between: [1, 2] as [number, number] }, 2.01, false],
    [{ not_between: [1, 2] as [number, number] }, 0.5, true],
    [{ not_between: [1, 2] as [number, number] }, 1.5, false],
    [{ in: [1, 2] }, 2, true],
    [{ not_in: [1, 2] }, 2, false],
    // Several conditions: breached when any holds.
    [{ lt: 0.1, gt: 0.9 }, 0.95, true],
    [{ lt: 0.1, gt: 0.9 }, 0.5, false],
  ])('%j on %s → %s', (comparator, value, expected) => {
    expect(comparatorHolds(comparator, value) !== null).toBe(expected);
  });

  it('NaN breaches nothing numeric, and not_between does not treat NaN as outside', () => {
    expect(comparatorHolds({ gt: 0, lt: 1, not_between: [0, 1] }, Number.NaN)).toBeNull();
  });
});

describe('judge', () => {
  it('fail wins over warn', () => {
    expect(judge(0.3, { warn: { gte: 0.1 }, fail: { gte: 0.2 } }).status).toBe('fail');
    expect(judge(0.15, { warn: { gte: 0.1 }, fail: { gte: 0.2 } }).status).toBe('warn');
    expect(judge(0.05, { warn: { gte: 0.1 }, fail: { gte: 0.2 } }).status).toBe('pass');
  });

  it('relative and absolute changes against the reference', () => {
    const warn = { vs: 'reference' as const, relative: { lt: -0.03 } };
    expect(judge(0.80, { warn }, 0.85).status).toBe('warn'); // −5.9%
    expect(judge(0.84, { warn }, 0.85).status).toBe('pass'); // −1.2%
    const fail = { vs: 'reference' as const, absolute: { gt: 10 } };
    expect(judge(125, { fail }, 100).status).toBe('fail');
    expect(judge(105, { fail }, 100).status).toBe('pass');
  });

  it('a reference threshold without a reference value is an error, not a pass', () => {
    const verdict = judge(0.8, { fail: { vs: 'reference', relative: { lt: -0.1 } } }, null);
    expect(verdict).toMatchObject({ status: 'error', code: 'check/no-reference' });
    expect(judge(0.8, { fail: { vs: 'reference', relative: { lt: -0.1 } } }, 0)).toMatchObject({ status: 'error', code: 'check/undefined-metric' });
  });

  it('a non-finite value is an error, never a pass', () => {
    expect(judge(Number.NaN, { fail: { gt: 1 } })).toMatchObject({ status: 'error', code: 'check/undefined-metric' });
    expect(judge(Number.POSITIVE_INFINITY, {})).toMatchObject({ status: 'error', code: 'check/undefined-metric' });
  });
});

describe('shownAgainst: a breaching value never reads as its bound', () => {
  const three = (x: number) => x.toPrecision(3);
  it.each([
    // value, thresholds, shown: as formatted, unless that reads as the bound breached
    [0.25, { fail: { gt: 0.2 } }, '0.250'],
    [0.20004, { fail: { gt: 0.2 } }, '0.20004'],
    [0.2 + 1e-12, { fail: { gt: 0.2 } }, '0.20000000000100002'],
    [0.7499999, { warn: { lt: 0.75 } }, '0.7499999'],
    [0.2, { fail: { gte: 0.2 } }, '0.2'],
    // A pass, or a breach of a change or a band, has no bound beside the value: as formatted.
    [0.19999, { fail: { gt: 0.2 } }, '0.200'],
    [0.20004, { fail: { relative: { gt: 0.1 }, vs: 'reference' } }, '0.200'],
    [0.20004, { fail: { not_between: [0.1, 0.2] } }, '0.200'],
  ] as const)('%s under %j → %s', (value, thresholds, shown) => {
    const verdict = judge(value, thresholds as never, 0.1);
    expect(shownAgainst(value, verdict, three)).toBe(shown);
  });
});
