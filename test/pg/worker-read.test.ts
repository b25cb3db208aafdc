/**
 * A PostgreSQL source read on a reader thread (engine/read-sources.ts: beside another source
 * large enough for a thread it goes to a worker, whose allocator memory leaves with it),
 * through the bundle as a user runs it: when the model's time budget is spent, the worker
 * aborts its read, the server cancels the query and the connection closes. (That the report
 * equals the main thread's is in example-cli.test.ts, which loads the example tables.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../e2e/run-cli.js';
import { appName, leftoverConnections, openConnections, pgUrl, urlFor } from './server.js';

const url = pgUrl();
const dir = mkdtempSync(join(tmpdir(), 'modelwatch-pg-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(url === undefined)('PostgreSQL on a reader thread', { timeout: 120_000 }, () => {
  it('is stopped with its model\'s time budget: the worker ends and so does its connection', async () => {
    const application = appName('worker-budget');
    writeFileSync(join(dir, '.git'), '');
    writeFileSync(join(dir, 'reference.csv'), 'x\n1\n2\n');
    writeFileSync(
      join(dir, 'slow.yaml'),
      `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: slow, task: regression }
data:
  reference: { file: reference.csv }
  current:
    postgres: { url: "\${SLOW_DB_URL}", query: "select 1 as x, pg_sleep(60)::text as pause" }
defaults: { time_budget: 3s }
checks:
  - { id: rows, type: data_quality, metric: row_count, fail: { lt: 1 } }
`,
    );
    const started = performance.now();
    const run = runCli(['check', 'slow.yaml', '--format', 'json', '--fail-on', 'never'], { cwd: dir, env: { SLOW_DB_URL: urlFor(application), MODELWATCH_PARALLEL_READ_BYTES: '0' } });
    expect((performance.now() - started) / 1000).toBeLessThan(20);
    const model = (JSON.parse(run.stdout) as { models: { status: string; error_code: string }[] }).models[0]!;
    expect(model).toMatchObject({ status: 'error', error_code: 'model/time-budget' });
    expect(await leftoverConnections(application, 10_000)).toBe(0);
    expect(await openConnections(application)).toBe(0);
  });
});
