/** Thresholds against stored runs: the band equals the formula on the stored values; no_data until enough runs. */
import { describe, expect, it } from 'vitest';
import { judgeAgainstMemory, type StoredValue } from '../../src/engine/memory-thresholds.js';
import type { CheckReport } from '../../src/engine/report.js';

const check = (value: number, status: CheckReport['status'] = 'pass'): CheckReport => ({ id: 'auc', type: 'performance', status, value, thresholds: {}, message: `roc_auc ${value}`, details: null, duration_ms: 0 });
const stored = (values: readonly (number | null)[]): StoredValue[] => values.map((value, i) => ({ at: new Date(Date.UTC(2026, 10, 1 + i)).toISOString(), value }));

describe('vs: history', () => {
  const values = [0.81, 0.8, 0.82, 0.805, 0.79, 0.815, 0.8, 0.81, 0.795, 0.8, 0.81, 0.82, 0.8, 0.805, 0.6];
  const last14 = values.slice(0, 14);
  const mean = last14.reduce((a, b) => a + b, 0) / 14;
  const sd = Math.sqrt(last14.reduce((s, v) => s + (v - mean) ** 2, 0) / 13);
  const edge = mean - 3 * sd;

  it('fails below mean − k·sd of the last runs (sample sd), and shows the edge as the fail bound', () => {
    const judged = judgeAgainstMemory(check(edge - 1e-9), { fail: { vs: 'history', runs: 14, k: 3, side: 'below' } }, stored(last14));
    expect(judged.status).toBe('fail');
    expect(judged.thresholds.fail?.lt).toBeCloseTo(edge, 14);
    expect(judged.thresholds.derived_from).toMatch(/fail from mean 0\.80\d* − 3 × sd 0\.00\d+ of the last 14 runs/);
  });

  it('passes just inside the edge', () => {
    expect(judgeAgainstMemory(check(edge + 1e-9), { fail: { vs: 'history', runs: 14, k: 3, side: 'below' } }, stored(last14)).status).toBe('pass');
  });

  it('uses only the last N runs with a value', () => {
    const judged = judgeAgainstMemory(check(0.7), { fail: { vs: 'history', runs: 3, k: 1, side: 'above' } }, stored([0.1, null, 0.2, 0.3, 0.4]));
    expect(judged.thresholds.fail?.gt).toBeCloseTo(0.3 + 0.1, 14);
    expect(judged.status).toBe('fail');
  });

  it('is no_data (check/no-history) until enough runs are stored', () => {
    const judged = judgeAgainstMemory(check(0.8), { fail: { vs: 'history', runs: 14, k: 3, side: 'below' } }, stored(values.slice(0, 5)));
    expect(judged).toMatchObject({ status: 'no_data', code: 'check/no-history' });
    expect(judged.message).toContain('needs 14 stored runs with a value, 5 stored');
  });

  it('is no_data without a state store, never pass', () => {
    expect(judgeAgainstMemory(check(0.8), { fail: { vs: 'history', runs: 14, k: 3, side: 'below' } }, null).status).toBe('no_data');
  });

  it('keeps a fail the check found on its own even when history is short', () => {
    expect(judgeAgainstMemory(check(0.5, 'fail'), { warn: { vs: 'history', runs: 14, k: 3, side: 'below' } }, stored([0.8])).status).toBe('fail');
  });
});

describe('vs: previous', () => {
  it('warns on a relative drop beyond the bound, and shows the bound on the value', () => {
    const judged = judgeAgainstMemory(check(0.78), { warn: { vs: 'previous', relative: { lt: -0.02 } } }, stored([0.7, 0.8]));
    expect(judged.status).toBe('warn');
    expect(judged.thresholds.warn?.lt).toBeCloseTo(0.8 - 0.02 * 0.8, 15);
    expect(judged.message).toContain('relative change < -0.02 vs the previous run (0.8)');
  });

  it('passes on a smaller drop', () => {
    expect(judgeAgainstMemory(check(0.79), { warn: { vs: 'previous', relative: { lt: -0.02 } } }, stored([0.8])).status).toBe('pass');
  });

  it('an absolute change', () => {
    expect(judgeAgainstMemory(check(0.9), { fail: { vs: 'previous', absolute: { gt: 0.05 } } }, stored([0.8])).status).toBe('fail');
  });

  it('skips runs without a value for the previous one', () => {
    expect(judgeAgainstMemory(check(0.78), { warn: { vs: 'previous', relative: { lt: -0.02 } } }, stored([0.8, null])).status).toBe('warn');
  });

  it('no_data before any run is stored', () => {
    expect(judgeAgainstMemory(check(0.78), { warn: { vs: 'previous', relative: { lt: -0.02 } } }, []).status).toBe('no_data');
  });

  it('leaves a check that could not be computed as it is', () => {
    const broken: CheckReport = { ...check(0), status: 'error', value: null };
    expect(judgeAgainstMemory(broken, { warn: { vs: 'previous', relative: { lt: -0.02 } } }, stored([0.8]))).toBe(broken);
  });
});
