/**
 * `confidence` on a threshold: breached only when the value's whole interval lies beyond the
 * bound (docs/policy.md#thresholds). judge() is the one place that decides; these pin the side
 * of the interval each comparator reads and the refusal to guess without an interval.
 */
import { describe, expect, it } from 'vitest';
import { judge } from '../../src/checks/threshold.js';

const interval = { confidence: 0.95, low: 0.69, high: 0.73 };

describe('judge with confidence', () => {
  it.each([
    // [threshold, value, expected status]: the value breaches in every row; only the interval decides.
    [{ lt: 0.72, confidence: 0.95 }, 0.712, 'pass'], // 0.73 is not below 0.72
    [{ lt: 0.74, confidence: 0.95 }, 0.712, 'fail'], // 0.73 < 0.74
    [{ lte: 0.73, confidence: 0.95 }, 0.712, 'fail'], // 0.73 ≤ 0.73
    [{ gt: 0.70, confidence: 0.95 }, 0.712, 'pass'], // 0.69 is not above 0.70
    [{ gt: 0.68, confidence: 0.95 }, 0.712, 'fail'], // 0.69 > 0.68
    [{ gte: 0.69, confidence: 0.95 }, 0.712, 'fail'], // 0.69 ≥ 0.69
  ] as const)('%j on %s with interval 0.69–0.73 → %s', (fail, value, expected) => {
    expect(judge(value, { fail }, null, interval).status).toBe(expected);
  });

  it('without confidence the same value fails on the point alone', () => {
    expect(judge(0.712, { fail: { lt: 0.72 } }, null, interval).status).toBe('fail');
  });

  it('says which end of the interval breached', () => {
    const verdict = judge(0.712, { fail: { lt: 0.74, confidence: 0.95 } }, null, interval);
    expect(verdict).toEqual({ status: 'fail', breached: '95% interval wholly < 0.74 (upper end 0.73)' });
  });

  it('shows the end to 6 significant digits, in full where rounding would put it on the bound', () => {
    const long = { confidence: 0.95, low: 0.12522447668097017, high: 0.7399996 };
    expect(judge(0.2, { fail: { gt: 0.1, confidence: 0.95 } }, null, long)).toEqual({ status: 'fail', breached: '95% interval wholly > 0.1 (lower end 0.125224)' });
    // 0.7399996 to 6 digits is 0.74, which is not below 0.74.
    expect(judge(0.5, { fail: { lt: 0.74, confidence: 0.95 } }, null, long)).toEqual({ status: 'fail', breached: '95% interval wholly < 0.74 (upper end 0.7399996)' });
    expect(judge(0.5, { fail: { lte: 0.74, confidence: 0.95 } }, null, long)).toEqual({ status: 'fail', breached: '95% interval wholly ≤ 0.74 (upper end 0.74)' });
  });

  it('applies to warn as well, fail still judged first', () => {
    const thresholds = { warn: { lt: 0.75, confidence: 0.95 }, fail: { lt: 0.72, confidence: 0.95 } };
    expect(judge(0.712, thresholds, null, interval).status).toBe('warn');
    expect(judge(0.712, { ...thresholds, fail: { lt: 0.6 } }, null, { ...interval, high: 0.8 }).status).toBe('pass');
  });

  it('is an error with check/no-interval when the value has no interval, never a pass', () => {
    const verdict = judge(0.5, { fail: { lt: 0.7, confidence: 0.95 } }, null, null);
    expect(verdict.status).toBe('error');
    expect(verdict).toMatchObject({ code: 'check/no-interval' });
    expect(judge(0.5, { fail: { lt: 0.7, confidence: 0.95 } }).status).toBe('error');
  });

  it('refuses an interval at another level than the threshold asks', () => {
    const verdict = judge(0.5, { fail: { lt: 0.7, confidence: 0.9 } }, null, interval);
    expect(verdict).toMatchObject({ status: 'error', code: 'check/no-interval' });
  });

  it('a threshold without confidence does not need an interval', () => {
    expect(judge(0.5, { fail: { lt: 0.7 } }, null, null).status).toBe('fail');
  });
});
