/**
 * Issue #12's acceptance on the CLI's engine: 30 daily runs of examples/degrading with a state
 * folder show pending → firing → resolved exactly where docs/policy.md#alert-lifecycle says
 * (`for: 2 runs`, `keep_firing_for: 1 run`), the `vs: history` band equals the formula on the
 * stored values, the forecast warns before the fixed fail bound is crossed, and each record
 * names the policy's git blob SHA.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { evaluate } from '../../src/engine/run.js';
import type { CheckReport, Report } from '../../src/engine/report.js';
import { DirectoryStore } from '../../src/state/directory-store.js';
import type { ModelHistory } from '../../src/state/record.js';
import { ROOT } from './run-cli.js';

const POLICY = 'examples/degrading/adult-income-degrading.yaml';
const MODEL = 'adult-income-degrading';
const day = (d: number) => new Date(`2026-11-${String(d).padStart(2, '0')}T23:59:59Z`);

let dir: string;
const reports: Report[] = [];
let stored: ModelHistory;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mw-memory-'));
  const store = new DirectoryStore(dir);
  for (let d = 1; d <= 30; d++) {
    const { report, records } = await evaluate({ paths: [POLICY], cwd: ROOT, root: ROOT, now: day(d), state: store });
    reports.push(report);
    await store.append(records);
  }
  const read = await store.read([MODEL]);
  if (!read.ok) throw new Error(read.message);
  const entry = read.models.get(MODEL);
  if (entry === undefined || !entry.ok || entry.history === null) throw new Error('nothing stored');
  stored = entry.history;
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const checkOn = (d: number, id: string): CheckReport => {
  const check = reports[d - 1]!.models[0]!.checks.find((c) => c.id === id);
  if (check === undefined) throw new Error(`no check ${id} on day ${d}`);
  return check;
};
const alertOf = (c: CheckReport) => (c.alert === undefined ? 'none' : c.alert.kept === true ? 'firing(kept)' : c.alert.state);

describe('30 daily runs with --state (examples/degrading)', () => {
  it('stores one record per run, in order, each naming the policy by its git blob SHA', () => {
    expect(stored.runs).toHaveLength(30);
    expect(stored.runs.map((r) => r.at)).toEqual(Array.from({ length: 30 }, (_, i) => day(i + 1).toISOString()));
    const blob = execFileSync('git', ['hash-object', POLICY], { cwd: ROOT, encoding: 'utf8' }).trim();
    expect(new Set(stored.runs.map((r) => r.policy.blob_sha))).toEqual(new Set([blob]));
    expect(stored.runs[0]!.sources.map((s) => s.role)).toEqual(['reference', 'current']);
    expect(stored.runs[0]!.sources[1]!.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('auc (fail < 0.82, for: 2 runs, keep_firing_for: 1 run) follows the lifecycle table day by day', () => {
    const expected = [
      ...Array(8).fill('inactive'), // 1–8 healthy
      'pending', // 9: one-day blip below 0.82
      ...Array(6).fill('inactive'), // 10–15
      'pending', // 16: the second blip
      'inactive', 'inactive', // 17–18
      'pending', // 19: the slide crosses 0.82
      ...Array(7).fill('firing'), // 20–26: the second breaching run fires, and it holds
      'firing(kept)', // 27: the fix; clear for one run, kept by keep_firing_for
      'resolved', // 28
      'inactive', 'inactive', // 29–30
    ];
    expect(Array.from({ length: 30 }, (_, i) => alertOf(checkOn(i + 1, 'auc')))).toEqual(expected);
    expect(checkOn(9, 'auc').status).toBe('pending');
    expect(checkOn(9, 'auc').message).toMatch(/^fail held 1 run of for: 2 runs, not firing yet: /);
    expect(checkOn(27, 'auc').status).toBe('pass');
  });

  it('the vs: history band is mean − 3·sd (n − 1) of the last 14 stored values', () => {
    for (const d of [15, 20, 25]) {
      const previous = stored.runs.slice(0, d - 1).map((r) => r.checks.find((c) => c.id === 'auc-vs-previous')!.value!).slice(-14);
      const mean = previous.reduce((a, b) => a + b, 0) / previous.length;
      const sd = Math.sqrt(previous.reduce((s, v) => s + (v - mean) ** 2, 0) / (previous.length - 1));
      const fail = checkOn(d, 'auc-vs-previous').thresholds.fail as { lt: number };
      expect(Math.abs(fail.lt - (mean - 3 * sd))).toBeLessThan(1e-15);
    }
    // Before 14 runs are stored the band cannot be judged: no_data, never pass.
    expect(checkOn(5, 'auc-vs-previous')).toMatchObject({ status: 'no_data', code: 'check/no-history' });
  });

  it('vs: previous warns on the 2% drops of days 9 and 23; day 16 falls below the history band, which fail judges first', () => {
    const drops = Array.from({ length: 29 }, (_, i) => i + 2).filter((d) => checkOn(d, 'auc-vs-previous').message.includes('relative change < -0.02 vs the previous run'));
    expect(drops).toEqual([9, 23]);
    expect(checkOn(16, 'auc-vs-previous').message).toMatch(/; fail: < 0\.\d+ \(mean 0\.\d+ − 3 × sd 0\.\d+ of the last 14 runs\)/);
    expect(checkOn(16, 'auc-vs-previous').status).toBe('pending');
  });

  it('the forecast warns days before the fixed fail bound is crossed, and says when', () => {
    const firstFail = Array.from({ length: 30 }, (_, i) => i + 1).find((d) => checkOn(d, 'auc').value! < 0.82 && d > 16)!;
    expect(firstFail).toBe(19);
    const forecastWarn = Array.from({ length: 18 }, (_, i) => i + 1).filter((d) => checkOn(d, 'auc-forecast').status === 'warn');
    expect(forecastWarn.length).toBeGreaterThan(0);
    expect(forecastWarn[0]!).toBeLessThan(firstFail - 3);
    const first = checkOn(forecastWarn[0]!, 'auc-forecast');
    expect(first.message).toMatch(/at the trend of the last \d+ runs \(-0\.\d+ a day, 99% interval -0\.\d+ to -0\.\d+\) it crosses 0\.82 in about [\d.]+ days/);
    expect(first.forecast).toMatchObject({ method: 'theil_sen', bound: 0.82, confidence: 0.99 });
    // Every check gets its trend once 7 runs are stored; without forecast: it never warns.
    expect(checkOn(12, 'auc').forecast).toMatchObject({ method: 'theil_sen', bound: 0.82, horizon_days: null });
    expect(checkOn(6, 'auc').forecast).toBeUndefined();
    expect(checkOn(12, 'auc').message).not.toContain('at the trend');
    // A flat stretch forecasts nothing: the first week is healthy and noisy.
    expect(Array.from({ length: 8 }, (_, i) => checkOn(i + 1, 'auc-forecast').status)).toEqual(Array(8).fill('pass'));
  });

  it('a failing check carries its last runs for the chart, with the fail bound as a line', () => {
    const history = checkOn(22, 'auc').history!;
    expect(history.points).toHaveLength(22);
    expect(history.points[21]).toMatchObject({ at: day(22).toISOString(), status: 'fail' });
    expect(history.lines).toEqual([{ level: 'warn', value: 0.86 }, { level: 'fail', value: 0.82 }]);
  });

  it('every report of the 30 runs, with its alerts, forecasts and history, is valid against schema/report.v1.schema.json', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema/report.v1.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    for (const report of reports) {
      const ok = validate(JSON.parse(renderJson(report)));
      expect(validate.errors ?? [], report.generated_at).toEqual([]);
      expect(ok).toBe(true);
    }
    expect(reports[21]!.state).toEqual({ store: `directory ${dir}`, read: 'ok', error: null });
  });
});
