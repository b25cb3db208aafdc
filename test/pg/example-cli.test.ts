/**
 * The PostgreSQL example as a user runs it (issue 10): examples/postgres/load.sh loads the
 * prediction log and labels into the real server, `modelwatch check examples/postgres/` (the
 * bundle, the policy's YAML, the URL from the environment) gives the same checks, values and
 * details as the file-based adult-income-labels, and neither its output nor its report holds
 * the URL or its password.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { profileModel } from '../../src/engine/profile-model.js';
import { loadPolicies } from '../../src/engine/run.js';
import type { Policy } from '../../src/policy/types.js';
import { profileJson } from '../../src/profile/json.js';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../e2e/run-cli.js';
import { pgUrl } from './server.js';

const url = pgUrl();
const NOW = '2026-12-01T06:00:00Z';

interface JsonCheck {
  readonly duration_ms?: number;
  readonly [key: string]: unknown;
}

function checksOf(stdout: string): JsonCheck[] {
  const report = JSON.parse(stdout) as { models: { checks: JsonCheck[] }[] };
  return report.models[0]!.checks.map(({ duration_ms: _, ...check }) => check);
}

describe.skipIf(url === undefined)('examples/postgres through the CLI', { timeout: 120_000 }, () => {
  it('reports what the file-based example reports, and never prints the URL', () => {
    const load = spawnSync('bash', ['examples/postgres/load.sh', url!], { cwd: ROOT, encoding: 'utf8' });
    expect(load.stderr).toBe('');
    expect(load.stdout).toContain('loaded 16281 predictions and 7120 labels');

    const fromPg = runCli(['check', 'examples/postgres/', '--format', 'json', '--now', NOW, '--fail-on', 'never'], { env: { PREDICTIONS_DB_URL: url! } });
    const fromFiles = runCli(['check', 'examples/monitors/adult-income-labels.yaml', '--format', 'json', '--now', NOW, '--fail-on', 'never']);
    expect(fromPg.code, fromPg.stderr).toBe(0);
    expect(fromFiles.code, fromFiles.stderr).toBe(0);
    const pgModel = (JSON.parse(fromPg.stdout) as { models: { status: string; rows: unknown }[] }).models[0]!;
    const fileModel = (JSON.parse(fromFiles.stdout) as { models: { status: string; rows: unknown }[] }).models[0]!;
    expect(pgModel.status).toBe(fileModel.status);
    expect(pgModel.rows).toEqual(fileModel.rows);
    expect(checksOf(fromPg.stdout)).toEqual(checksOf(fromFiles.stdout));

    const password = new URL(url!).password;
    for (const text of [fromPg.stdout, fromPg.stderr]) {
      expect(text).not.toContain(url!);
      expect(text).not.toContain(password);
    }
  });

  it('examples/pushdown: every check computed in the database, as from the rows, its baseline the profile of the training rows', async () => {
    const env = { PREDICTIONS_DB_URL: url! };
    const args = ['check', 'examples/pushdown/', '--format', 'json', '--now', NOW, '--fail-on', 'never'];
    const pushed = runCli(args, { env });
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(pushed.stderr).toMatch(/current aggregates computed in the database over 16,281 rows \([\d,]+ rows returned\)/);
    const checks = checksOf(pushed.stdout);
    expect(checks.length).toBe(7);
    for (const check of checks) expect(check.aggregates, String(check.id)).toEqual({ reference: 'profile', current: 'database' });
    // The same policy reading the rows: the same statuses (values within the bounds the report states).
    const policy = readFileSync(`${ROOT}examples/pushdown/adult-income.yaml`, 'utf8');
    const dir = mkdtempSync(join(ROOT, 'examples/pushdown/.rows-'));
    try {
      writeFileSync(join(dir, 'rows.yaml'), policy.replaceAll('pushdown: required', 'pushdown: never').replace('{ profile: adult-income.baseline.json }', '{ profile: ../adult-income.baseline.json }'));
      const rows = runCli(['check', dir, '--format', 'json', '--now', NOW, '--fail-on', 'never'], { env });
      expect(rows.code, rows.stderr).toBe(0);
      expect(checksOf(rows.stdout).map((c) => [c.id, c.status])).toEqual(checks.map((c) => [c.id, c.status]));
      for (const text of [pushed.stdout, pushed.stderr, rows.stdout, rows.stderr]) expect(text).not.toContain(new URL(url!).password);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The committed baseline is `modelwatch profile` of the training rows, byte for byte.
    const loaded = await loadPolicies([`${ROOT}examples/pushdown/adult-income.yaml`], { cwd: ROOT, env });
    expect(loaded.errors).toEqual([]);
    const training: Policy = { ...loaded.policies[0]!, data: { ...loaded.policies[0]!.data, reference: { kind: 'file', paths: [`${ROOT}examples/data/adult/reference.csv`], root: ROOT } } };
    const made = JSON.parse(profileJson(await profileModel(training, { side: 'reference', now: new Date(NOW) }))) as Record<string, unknown>;
    const committed = JSON.parse(readFileSync(`${ROOT}examples/pushdown/adult-income.baseline.json`, 'utf8')) as Record<string, unknown>;
    expect({ ...made, sources: null, made_by: null }, 'regenerate examples/pushdown/adult-income.baseline.json as its policy says').toEqual({ ...committed, sources: null, made_by: null });
  });

  it('read on a reader thread, the report is the one the main thread gives', () => {
    const args = ['check', 'examples/postgres/', '--format', 'json', '--now', NOW, '--fail-on', 'never'];
    const onWorker = runCli(args, { env: { PREDICTIONS_DB_URL: url!, MODELWATCH_PARALLEL_READ_BYTES: '0' } });
    const onMain = runCli(args, { env: { PREDICTIONS_DB_URL: url!, MODELWATCH_PARALLEL_READ_BYTES: 'Infinity' } });
    expect(onWorker.code, onWorker.stderr).toBe(0);
    expect(onWorker.stderr).toContain('read postgres table "adult_predictions" on a worker thread (16,281 rows)');
    expect(onMain.stderr).not.toContain('on a worker thread');
    expect(checksOf(onWorker.stdout)).toEqual(checksOf(onMain.stdout));
  });

  it('a wrong password is the model\'s error, naming the source and not the URL', () => {
    const wrong = new URL(url!);
    wrong.password = 'not-the-password';
    const run = runCli(['check', 'examples/postgres/', '--format', 'json', '--now', NOW, '--fail-on', 'never'], { env: { PREDICTIONS_DB_URL: wrong.toString() } });
    expect(run.code, run.stderr).toBe(0);
    const model = (JSON.parse(run.stdout) as { models: { status: string; error_code: string; error: string }[] }).models[0]!;
    expect(model).toMatchObject({ status: 'error', error_code: 'source/auth' });
    // Current and labels are read at once, and both use the URL: whichever is refused first names the model's error.
    expect(model.error).toMatch(/^postgres (table "adult_predictions"|query): /);
    for (const text of [run.stdout, run.stderr]) expect(text).not.toContain('not-the-password');
  });
});
