/**
 * What the bundled CLI says when the user's machine or arguments get in the way (issue 9, items
 * 14 and 15): a report that cannot be written (a folder, a full disk, a path through a file, a
 * closed pipe), an impossible --now, a policy path that is a FIFO or a device. Each is a
 * sentence naming the path with a stable code and exit 2 — never "internal error", never a stack.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli, type CliResult } from './run-cli.js';

const CSV = ['id,x,colour', ...Array.from({ length: 60 }, (_, i) => `${i},${i % 7},${i % 3 === 0 ? 'red' : 'blue'}`)].join('\n');

function project(): { dir: string; policy: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mw-cli-errors-'));
  writeFileSync(join(dir, 'data.csv'), CSV);
  const policy = join(dir, 'small.yaml');
  writeFileSync(
    policy,
    `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: small, task: regression }
columns: { id: id }
data:
  reference: { file: data.csv }
  current: { file: data.csv }
defaults: { min_samples: 10 }
checks:
  - { id: missing, type: data_quality, metric: missing_share, fail: { gt: 0.1 } }
`,
  );
  return { dir, policy };
}

function expectClean(result: CliResult, what: string): void {
  expect(result.stderr, what).not.toMatch(/internal error|\n\s+at |node:internal|Node\.js v/);
  expect(result.stdout, what).not.toMatch(/internal error|\n\s+at /);
}

describe('--out that cannot be written', () => {
  const { dir, policy } = project();
  mkdirSync(join(dir, 'folder'));

  it.each([
    ['a folder', () => join(dir, 'folder'), 'it is a folder'],
    ['a path through a file', () => join(policy, 'report.json'), `${policy} is a file, not a folder`],
    ['a path through a file, two folders down', () => join(policy, 'a', 'b', 'report.json'), `${policy} is a file, not a folder`],
    ['a full disk', () => '/dev/full', 'no space left on the device'],
  ])('%s: a sentence, code cli/output, exit 2', (_, out, reason) => {
    for (const format of ['text', 'json']) {
      const result = runCli(['check', policy, '--format', format, '--out', out(), '--quiet'], { cwd: dir });
      expectClean(result, `${format} ${out()}`);
      expect(result.stderr).toBe(`modelwatch: cannot write the report to ${out()}: ${reason} [cli/output]\n`);
      expect(result.code).toBe(2);
    }
  });

  it('still writes a report to a new folder', () => {
    const out = join(dir, 'new', 'deeper', 'report.json');
    expect(runCli(['check', policy, '--format', 'json', '--out', out, '--quiet'], { cwd: dir }).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

describe('standard output that fails', () => {
  const { dir, policy } = project();

  it('a full disk behind > file: a sentence and exit 2', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [CLI, 'check', policy, '--format', 'json', '--quiet'], { cwd: dir, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(result.stderr).toBe('modelwatch: cannot write to standard output: no space left on the device [cli/output]\n');
      expect(result.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });

  it('a reader that closes the pipe early (| head): no stack trace', async () => {
    // A report larger than a pipe's buffer (64 KiB), so that writing it meets the closed end.
    const columns = Array.from({ length: 400 }, (_, c) => `c${c}`);
    writeFileSync(join(dir, 'wide.csv'), [columns.join(','), ...Array.from({ length: 30 }, (_, r) => columns.map((_, c) => (r * c) % 11).join(','))].join('\n'));
    const wide = join(dir, 'wide.yaml');
    writeFileSync(wide, `apiVersion: modelwatch/v1\nkind: ModelMonitor\nmodel: { name: wide, task: regression }\ndata:\n  reference: { file: wide.csv }\n  current: { file: wide.csv }\ndefaults: { min_samples: 10 }\nchecks:\n  - { id: drift, type: drift, features: all }\n`);
    const child = spawn(process.execPath, [CLI, 'check', wide, '--format', 'json', '--quiet'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at |Unhandled/);
    expect(code).toBe(0);
  });
});

describe('--now', () => {
  const { dir, policy } = project();

  it.each(['2026-02-30', '2026-02-29T10:00:00Z', '2026-11-24T24:00:00Z', '2026-11-24T12:60Z', '2026-13-01', 'yesterday'])('refuses %s, which does not exist', (now) => {
    const result = runCli(['check', policy, '--now', now, '--quiet'], { cwd: dir });
    expectClean(result, now);
    expect(result.stderr).toBe(`modelwatch: --now must be an ISO 8601 date or date-time that exists (2026-11-24, 2026-11-24T06:00:00Z), got "${now}" [cli/usage]\nRun 'modelwatch help check' for usage.\n`);
    expect(result.code).toBe(2);
  });

  it.each(['2028-02-29', '2026-11-24T06:00:00Z', '2026-11-24T06:00:00.250+05:30', '2026-11-24 06:00'])('takes %s', (now) => {
    expect(runCli(['check', policy, '--now', now, '--quiet'], { cwd: dir }).code).toBe(0);
  });
});

describe('policy paths that are not regular files', () => {
  const { dir, policy } = project();
  const fifo = join(dir, 'x.yaml');
  spawnSync('mkfifo', [fifo]);
  mkdirSync(join(dir, 'folder.yaml'));

  it.each([
    ['a FIFO named x.yaml', () => fifo, `${fifo}:1:1: cannot read the policy file: it is not a regular file (a FIFO, socket or device)`],
    ['a device', () => '/dev/zero', '/dev/zero:1:1: cannot read the policy file: it is not a regular file (a FIFO, socket or device)'],
  ])('%s given by name is a policy error at 1:1, at once', (_, path, message) => {
    for (const command of ['check', 'validate']) {
      const started = Date.now();
      const result = spawnSync(process.execPath, [CLI, command, path(), '--quiet'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
      expect(result.signal, `${command} ${path()} hung`).toBeNull();
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(result.status).toBe(command === 'check' ? 2 : 1);
    }
  });

  it('a folder holding a FIFO and a folder named *.yaml: the real policy is evaluated, nothing hangs', () => {
    const result = spawnSync(process.execPath, [CLI, 'check', dir, '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    expect(result.signal).toBeNull();
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
    const report = JSON.parse(result.stdout) as { models: { name: string; status: string }[] };
    expect(report.models.map((m) => [m.name, m.status])).toEqual([['small', 'pass']]);
    expect(policy.endsWith('small.yaml')).toBe(true);
  });
});
