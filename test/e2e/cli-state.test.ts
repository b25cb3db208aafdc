/**
 * `modelwatch check --state` and `modelwatch history` as a user runs them (dist/cli.js): runs
 * are stored, printed back oldest first and exported as JSON; a state file that cannot be read
 * is warned about on stderr even with -q, left as it is, and the run is judged without memory.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const POLICY = 'examples/degrading';
const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T23:59:59Z`;

describe('check --state and history', () => {
  it('stores each run, and history prints them back as text and JSON', () => {
    const state = mkdtempSync(join(tmpdir(), 'mw-cli-state-'));
    for (const d of [8, 9, 10]) expect(runCli(['check', POLICY, '--now', day(d), '--state', state, '-q', '--fail-on', 'never']).code).toBe(0);
    const text = runCli(['history', 'adult-income-degrading', '--state', state, '--check', 'auc']);
    expect(text.code, text.stderr).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toMatch(/^adult-income-degrading: 3 runs in .* \(latest policy examples\/degrading\/adult-income-degrading\.yaml, blob [0-9a-f]{12}\)$/);
    expect(lines.find((l) => l.startsWith('2026-11-09'))).toMatch(/pending\s+pending 0\.7917 pending$/);
    const json = runCli(['history', 'adult-income-degrading', '--state', state, '--format', 'json', '--runs', '2']);
    const history = JSON.parse(json.stdout) as { runs: { run: { id: string } }[] };
    expect(history.runs.map((r) => r.run.id)).toEqual(['local-2026-11-09T23:59:59.000Z', 'local-2026-11-10T23:59:59.000Z']);
    expect(runCli(['history', 'no-such-model', '--state', state]).code).toBe(1);
    expect(runCli(['history', 'adult-income-degrading', '--state', state, '--check', 'nope']).stderr).toContain('its checks: auc, accuracy, auc-vs-previous, auc-forecast');
  }, 60_000);

  it('warns about an unreadable state file even with -q, leaves it, and judges without memory', () => {
    const state = mkdtempSync(join(tmpdir(), 'mw-cli-state-'));
    mkdirSync(join(state, 'models'));
    writeFileSync(join(state, 'models', 'adult-income-degrading.json'), 'not json');
    const run = runCli(['check', POLICY, '--now', day(9), '--state', state, '-q', '--fail-on', 'never', '--format', 'json']);
    expect(run.stderr).toMatch(/^modelwatch: warning: cannot read the state in .*not valid JSON.* judged without memory, and nothing stored for what could not be read \[state\/read\]$/m);
    expect(readFileSync(join(state, 'models', 'adult-income-degrading.json'), 'utf8')).toBe('not json');
    const report = JSON.parse(run.stdout) as { state: { read: string }; models: { checks: { id: string; status: string; alert?: unknown }[] }[] };
    expect(report.state.read).toBe('failed');
    const auc = report.models[0]!.checks.find((c) => c.id === 'auc')!;
    // Without memory a breach fires at once: fail, not pending, and no alert is reported.
    expect(auc.status).toBe('fail');
    expect(auc.alert).toBeUndefined();
  }, 60_000);

  it('refuses --run-id without --state', () => {
    const run = runCli(['check', POLICY, '--run-id', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--run-id names the run in the state: it needs --state');
  });
});
