/**
 * The degrading example (examples/degrading: 30 daily files written by make-days.mjs) pinned to
 * scikit-learn: a run of the engine with `--now 2026-11-DDT23:59:59Z` sees day DD's rows only,
 * and its roc_auc and accuracy equal roc_auc_score / accuracy_score on that file
 * (test/fixtures/degrading-daily-metrics.json, from test/fixtures/oracle/degrading_oracle.py).
 * The shape the README documents (where the fixed bounds are crossed, the blips, the recovery)
 * is checked on the fixture, so a regenerated series that moved would be caught.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/engine/run.js';
import { ROOT } from './run-cli.js';

interface Day {
  day: number;
  file: string;
  now: string;
  rows: number;
  positives: number;
  roc_auc: number;
  accuracy: number;
}

const fixture = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/degrading-daily-metrics.json'), 'utf8')) as { days: Day[] };
const POLICY = 'examples/degrading/adult-income-degrading.yaml';
const AUC_FAIL = 0.82;
const AUC_WARN = 0.86;
const ACCURACY_FAIL = 0.805;

function close(actual: number | null, expected: number) {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('examples/degrading: the shape README.md documents', () => {
  const auc = (day: number) => fixture.days[day - 1]!.roc_auc;
  const below = (bound: number, metric: 'roc_auc' | 'accuracy') => fixture.days.filter((d) => d[metric] < bound).map((d) => d.day);

  it('holds 30 days, 2026-11-01 … 2026-11-30, of 300–899 rows each', () => {
    expect(fixture.days.map((d) => d.day)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    for (const d of fixture.days) {
      expect(d.now).toBe(`2026-11-${String(d.day).padStart(2, '0')}T23:59:59Z`);
      expect(d.rows).toBeGreaterThanOrEqual(300);
      expect(d.rows).toBeLessThan(900);
    }
  });

  it('crosses the fixed fail bound 0.82 on day 19 and stays below it until the fix on day 27; blips on days 9 and 16', () => {
    expect(below(AUC_FAIL, 'roc_auc')).toEqual([9, 16, 19, 20, 21, 22, 23, 24, 25, 26]);
    // A blip is far worse than both its neighbours.
    for (const blip of [9, 16]) {
      expect(auc(blip - 1) - auc(blip)).toBeGreaterThan(0.06);
      expect(auc(blip + 1) - auc(blip)).toBeGreaterThan(0.06);
    }
    expect(below(AUC_WARN, 'roc_auc')).toEqual([9, ...Array.from({ length: 16 }, (_, i) => i + 11)]);
    expect(below(ACCURACY_FAIL, 'accuracy')).toEqual([16, 21, 22, 23, 24, 25, 26]);
  });

  it('slides by about 0.005 a day over days 1–26 (blips left out) and is back near its start on days 27–30', () => {
    const slide = fixture.days.filter((d) => d.day <= 26 && d.day !== 9 && d.day !== 16);
    const n = slide.length;
    const mx = slide.reduce((s, d) => s + d.day, 0) / n;
    const my = slide.reduce((s, d) => s + d.roc_auc, 0) / n;
    const slope = slide.reduce((s, d) => s + (d.day - mx) * (d.roc_auc - my), 0) / slide.reduce((s, d) => s + (d.day - mx) ** 2, 0);
    expect(slope).toBeGreaterThan(-0.0055);
    expect(slope).toBeLessThan(-0.0043);
    for (const day of [27, 28, 29, 30]) expect(Math.abs(auc(day) - auc(1))).toBeLessThan(0.01);
  });
});

describe('examples/degrading: one run a day agrees with scikit-learn', () => {
  // Healthy, first blip, second blip, the last day above the fail bound, the first below, fixed.
  for (const day of [1, 9, 16, 18, 19, 27]) {
    it(`day ${day}`, async () => {
      const expected = fixture.days[day - 1]!;
      const report = await runChecks({ paths: [POLICY], cwd: ROOT, env: {}, now: new Date(expected.now) });
      const model = report.models[0]!;
      expect(model.status).not.toBe('error');
      expect(model.rows.current).toBe(expected.rows);
      expect(model.window.end).toBe(new Date(expected.now).toISOString());
      const check = (id: string) => model.checks.find((c) => c.id === id)!;
      close(check('auc').value, expected.roc_auc);
      close(check('accuracy').value, expected.accuracy);
      const status = expected.roc_auc < AUC_FAIL ? 'fail' : expected.roc_auc < AUC_WARN ? 'warn' : 'pass';
      expect(check('auc').status).toBe(status);
    });
  }
});
