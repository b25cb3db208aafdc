/**
 * The server stops in the middle of a read (issue 10): a second throwaway server of
 * scripts/pg-test-server.sh (its own folder and port, so the other test files keep theirs) is
 * stopped with `pg_ctl stop -m immediate` while a COPY streams, and the read is the model's
 * `source/interrupted`, naming the source and not the URL, promptly.
 */
import { execFileSync } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/errors.js';
import { readTable } from '../../src/data/sources/registry.js';
import pg from 'pg';
import { pgSpec, pgUrl, ROOT } from './server.js';

const SCRIPT = `${ROOT}scripts/pg-test-server.sh`;
const env = { ...process.env, MODELWATCH_PG_DIR: `/tmp/modelwatch-pg-stopped-${process.pid}`, MODELWATCH_PG_PORT: '55432' };

describe.skipIf(pgUrl() === undefined)('a server stopped halfway through a read', { timeout: 60_000 }, () => {
  afterAll(() => {
    execFileSync(SCRIPT, ['stop'], { env });
  });

  it('is source/interrupted', async () => {
    const url = /MODELWATCH_TEST_PG_URL=(\S+)/.exec(execFileSync(SCRIPT, ['start'], { env, encoding: 'utf8' }))?.[1];
    expect(url).toBeDefined();
    // A million rows with ten pauses of 0.3 s: three seconds of streaming at least.
    const spec = pgSpec({ query: "select g, case when g % 100000 = 0 then pg_sleep(0.3)::text end as pause from generate_series(1, 1000000) as g", retries: 0 }, url);
    const started = performance.now();
    const read = readTable(spec, { options: {}, window: null }).then(
      () => null,
      (e: unknown) => e,
    );
    // Stopped once the query runs (not after a fixed delay: on a loaded machine the login could
    // still be under way, which is source/connect), and a moment later, so rows are streaming.
    await untilRunning(url!, 'pg_sleep');
    await delay(300);
    execFileSync(SCRIPT, ['stop'], { env });
    const error = await read;
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).code).toBe('source/interrupted');
    expect((error as DataError).message).toMatch(/^postgres query: /);
    expect((error as DataError).message).not.toContain(new URL(url!).password);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

/** Waits (at most 20 s) until a query containing `text` is active on the server at `url`. */
async function untilRunning(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const deadline = performance.now() + 20_000; performance.now() < deadline; await delay(50)) {
      const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND strpos(query, $1) > 0", [text]);
      if (rows[0]!.n > 0) return;
    }
    throw new Error(`no query with ${JSON.stringify(text)} ran within 20 s`);
  } finally {
    await client.end();
  }
}
