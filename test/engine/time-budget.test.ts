/**
 * A model that takes longer than `defaults.time_budget` is `error` (model/time-budget), and
 * every other model of the run is still evaluated and reported (issue 9, item 4). The slow
 * cases are real work, not mocks: a pattern check whose matching costs ~0.4 s per status (a
 * synchronous CPU loop, stopped by its own look at the clock), and a data file whose reading
 * takes longer than the budget (awaited, raced against the timer).
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBudget, TimeBudgetExceeded } from '../../src/checks/budget.js';
import { evaluate } from '../../src/engine/run.js';
import { raceBudget } from '../../src/engine/time-budget.js';

const dir = mkdtempSync(join(tmpdir(), 'modelwatch-time-budget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function policy(name: string, data: string, checks: string, budget?: string): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: ${name}, task: regression }
columns: { types: { status: categorical } }
data: { current: { file: ${data} } }
defaults: { min_samples: 1${budget === undefined ? '' : `, time_budget: ${budget}`} }
checks:
${checks}`,
  );
  return file;
}

const ROWS = '  - { id: rows, type: data_quality, metric: row_count, fail: { lt: 1 } }\n';

describe('defaults.time_budget', { timeout: 120_000 }, () => {
  // 300 distinct 1,000-character statuses; this pattern (valid, within the limits) costs RE2
  // ~0.4 s on each, so the check alone would take about two minutes.
  writeFileSync(join(dir, 'statuses.csv'), `status\n${Array.from({ length: 300 }, (_, i) => `${'é'.repeat(995)}${i.toString(36).padStart(4, '0')}`).join('\n')}\n`);
  writeFileSync(join(dir, 'small.csv'), 'status\nok\nok\n');

  it('stops a CPU-bound check at the budget and still reports the other models', async () => {
    const slow = policy('slow', 'statuses.csv', `${ROWS}  - { id: errors, type: operational, metric: error_rate, column: status, pattern: '(?i)(\\pL|\\pN){1,499}z', fail: { gt: 0.5 } }\n`, '2s');
    const good = policy('good', 'small.csv', ROWS);
    const started = performance.now();
    const { report } = await evaluate({ paths: [slow, good], cwd: dir, env: {} });
    const seconds = (performance.now() - started) / 1000;
    expect(report.policy_errors).toEqual([]);
    const slowModel = report.models.find((m) => m.name === 'slow');
    const goodModel = report.models.find((m) => m.name === 'good');
    expect(slowModel).toMatchObject({ name: 'slow', status: 'error', error_code: 'model/time-budget', checks: [] });
    expect(slowModel?.error).toBe('the model exceeded its time budget of 2s (defaults.time_budget) while running check "errors"; the other models were still evaluated');
    expect(goodModel).toMatchObject({ name: 'good', status: 'pass', error: null });
    // The budget plus at most one status's matching, not the two minutes of the whole check.
    expect(seconds).toBeLessThan(15);
  });

  it('stops a model whose data takes longer to read than the budget', async () => {
    // 400 MB of 17-digit decimals, the slowest numbers to parse: ~5 s to read on an idle 2-core
    // machine (long text cells read at ~400 MB/s, under the 1s budget, so they cannot serve).
    const block = Array.from({ length: 50_000 }, (_, i) => `0.${String(12345678901234567n + BigInt(i) * 7919n).padStart(17, '0')}\n`).join('');
    const big = join(dir, 'big.csv');
    const out = openSync(big, 'w');
    writeSync(out, 'v\n');
    for (let i = 0; i < 400; i++) writeSync(out, block);
    closeSync(out);
    const slow = policy('slow-read', 'big.csv', ROWS, '1s');
    const good = policy('good', 'small.csv', ROWS);
    const started = performance.now();
    const { report } = await evaluate({ paths: [slow, good], cwd: dir, env: {} });
    const seconds = (performance.now() - started) / 1000;
    const slowModel = report.models.find((m) => m.name === 'slow-read');
    expect(slowModel).toMatchObject({ status: 'error', error_code: 'model/time-budget' });
    expect(slowModel?.error).toMatch(/^the model exceeded its time budget of 1s \(defaults\.time_budget\) while reading its data/);
    expect(report.models.find((m) => m.name === 'good')).toMatchObject({ status: 'pass' });
    expect(seconds).toBeLessThan(30);
  });

  it('races awaited work against the budget: work that never settles loses, work in time wins', async () => {
    const never = new Promise<number>(() => {});
    const started = performance.now();
    await expect(raceBudget(never, startBudget(200, '200ms'))).rejects.toBeInstanceOf(TimeBudgetExceeded);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    await expect(raceBudget(Promise.resolve(7), startBudget(60_000, '1m'))).resolves.toBe(7);
    await expect(raceBudget(Promise.reject(new Error('boom')), startBudget(60_000, '1m'))).rejects.toThrow('boom');
  });

  it('defaults to 10m and refuses a budget that is not a duration', async () => {
    const { report } = await evaluate({ paths: [policy('default', 'small.csv', ROWS)], cwd: dir, env: {} });
    expect(report.models[0]?.status).toBe('pass');
    const bad = await evaluate({ paths: [policy('bad', 'small.csv', ROWS, 'soon')], cwd: dir, env: {} });
    expect(bad.report.policy_errors.map((e) => `${e.line}:${e.column}: ${e.message}`)).toEqual(['6:42: "time_budget" must be a time budget such as 90s, 10m or 1h, got "soon"']);
  });
});
