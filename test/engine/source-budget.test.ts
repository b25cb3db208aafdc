/**
 * Sources through the engine (issue 10): a command that hangs is stopped when its model's time
 * budget is spent (the engine aborts the read, the process is gone, the other model is still
 * reported), a failing source is that model's `error` with its code and the other models go on,
 * and the current source is asked for the window reaching back by the labels' delay.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { pushedWindow } from '../../src/engine/model.js';
import { evaluate } from '../../src/engine/run.js';
import { loadPolicySource } from '../../src/policy/load.js';
import { alive } from '../sources/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'modelwatch-source-budget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function policy(name: string, current: string, extra = ''): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: ${name}, task: regression }
data:
  current: ${current}
${extra}checks:
  - { id: rows, type: data_quality, metric: row_count, fail: { lt: 1 } }
`,
  );
  return file;
}


describe('sources in a run', { timeout: 60_000 }, () => {
  writeFileSync(join(dir, 'small.csv'), 'x\n1\n2\n');
  // Writes its pid, then a header, then nothing for a minute.
  writeFileSync(join(dir, 'hang.mjs'), `import { writeFileSync } from 'node:fs';\nwriteFileSync(process.argv[2], String(process.pid));\nprocess.stdout.write('x\\n1\\n');\nsetTimeout(() => {}, 60_000);\n`);

  it('stops a hanging command at the model\'s time budget and reports the other model', async () => {
    const pidFile = join(dir, 'hang.pid');
    const slow = policy('slow', `{ command: [${JSON.stringify(process.execPath)}, hang.mjs, ${JSON.stringify(pidFile)}], timeout: 5m }`, 'defaults: { time_budget: 2s }\n');
    const good = policy('good', '{ file: small.csv }');
    const started = performance.now();
    const { report } = await evaluate({ paths: [slow, good], cwd: dir, env: {} });
    expect((performance.now() - started) / 1000).toBeLessThan(15);
    expect(report.models.find((m) => m.name === 'slow')).toMatchObject({ status: 'error', error_code: 'model/time-budget' });
    expect(report.models.find((m) => m.name === 'good')).toMatchObject({ status: 'pass' });
    const pid = Number(readFileSync(pidFile, 'utf8'));
    // Aborted with the budget: SIGTERM at once, SIGKILL after the command source's grace.
    for (let i = 0; i < 50 && alive(pid); i++) await delay(100);
    expect(alive(pid)).toBe(false);
  });

  it('a failing source is its model\'s error with the source\'s code; the others go on', async () => {
    const failing = policy('failing', `{ command: [${JSON.stringify(process.execPath)}, -e, "process.stderr.write('no credentials for the warehouse\\\\n'); process.exit(3)"] }`);
    const unreachable = policy('unreachable', '{ postgres: { url: "postgres://monitor:pw-1234@127.0.0.1:9/preds", table: predictions, retries: 0, connect_timeout: 2s } }');
    const good = policy('good', '{ file: small.csv }');
    const { report } = await evaluate({ paths: [failing, unreachable, good], cwd: dir, env: {} });
    const byName = new Map(report.models.map((m) => [m.name, m]));
    expect(byName.get('failing')).toMatchObject({ status: 'error', error_code: 'source/command' });
    expect(byName.get('failing')?.error).toContain('no credentials for the warehouse');
    expect(byName.get('unreachable')).toMatchObject({ status: 'error', error_code: 'source/connect' });
    expect(byName.get('unreachable')?.error).not.toContain('pw-1234');
    expect(byName.get('unreachable')?.error).toContain('postgres table "predictions"');
    expect(byName.get('good')).toMatchObject({ status: 'pass' });
  });
});

describe('the window a source is asked for', () => {
  const load = (data: string) => {
    const { policy: loaded, errors } = loadPolicySource('p.yaml', `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: m, task: binary_classification }
columns: { id: id, timestamp: ts, target: y }
data:
${data}
checks:
  - { id: rows, type: data_quality, metric: row_count, fail: { lt: 1 } }
`, { env: {}, dir: '/tmp' });
    expect(errors).toEqual([]);
    return loaded!;
  };
  const now = new Date('2026-12-01T06:00:00Z');
  const day = 86_400_000;

  it('is the window, moved back by the labels\' delay', () => {
    const p = load('  current: { file: c.csv }\n  labels: { file: l.csv, delay: 14d }\n  window: 7d');
    expect(pushedWindow(p, now)).toEqual({ start: now.getTime() - 21 * day, end: now.getTime() });
  });

  it('is the window alone without a delay, and none without a window', () => {
    expect(pushedWindow(load('  current: { file: c.csv }\n  window: 7d'), now)).toEqual({ start: now.getTime() - 7 * day, end: now.getTime() });
    expect(pushedWindow(load('  current: { file: c.csv }'), now)).toBeNull();
  });
});
