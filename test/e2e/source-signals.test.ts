/**
 * Ctrl-C during a command source (issue 10): the terminal's SIGINT reaches modelwatch but not
 * the command's process group, so the CLI exits through process.exit and its exit hook stops the
 * group: nothing the command started outlives modelwatch, and the spooled output is removed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI } from './run-cli.js';
import { alive } from '../sources/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'modelwatch-signals-'));
const spoolRoot = mkdtempSync(join(tmpdir(), 'modelwatch-signals-tmp-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(spoolRoot, { recursive: true, force: true });
});


describe('SIGINT while a command source runs', { timeout: 60_000 }, () => {
  it('stops the command and its background child, and leaves no spool', async () => {
    writeFileSync(join(dir, '.git'), ''); // the repository root
    writeFileSync(
      join(dir, 'slow.yaml'),
      `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: slow, task: regression }
data:
  current:
    command: [/bin/sh, -c, "sleep 60 & echo $! > sleep.pid; echo $$ > sh.pid; echo x; echo 1; wait"]
checks:
  - { id: rows, type: data_quality, metric: row_count, fail: { lt: 1 } }
`,
    );
    const child = spawn(process.execPath, [CLI, 'check', 'slow.yaml'], { cwd: dir, env: { ...process.env, TMPDIR: spoolRoot }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    for (let i = 0; i < 100 && !(existsSync(join(dir, 'sleep.pid')) && existsSync(join(dir, 'sh.pid'))); i++) await delay(100);
    const sleepPid = Number(readFileSync(join(dir, 'sleep.pid'), 'utf8'));
    const shPid = Number(readFileSync(join(dir, 'sh.pid'), 'utf8'));
    expect(alive(sleepPid)).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    for (let i = 0; i < 30 && (alive(sleepPid) || alive(shPid)); i++) await delay(100);
    expect(alive(shPid)).toBe(false);
    expect(alive(sleepPid)).toBe(false);
    expect(readdirSync(spoolRoot)).toEqual([]);
  });
});
