/**
 * What fails, fails as a DataError with its code and a message a user can act on, against the
 * real server: a refused login, an unknown database, table or column, a query error, a
 * statement_timeout, an unreachable server (after its retries), the server ending the
 * connection in the middle of a read, the size cap in the middle of a read, an abort, and a
 * write attempt in a read-only transaction. In every case no connection of the test's is left
 * open (pg_stat_activity, by application_name), and no message holds the url, host, port,
 * user or password.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/errors.js';
import { readTable } from '../../src/data/sources/registry.js';
import type { Table } from '../../src/data/table.js';
import type { PostgresSourceSpec } from '../../src/policy/types.js';
import { appName, freshSchema, leftoverConnections, pgSpec, pgUrl, urlFor, withClient } from './server.js';

function read(spec: PostgresSourceSpec, signal?: AbortSignal): Promise<Table> {
  return readTable(spec, { options: {}, window: null, signal });
}

/** The DataError the read fails with; also checks that no message quotes the url's parts. */
async function failure(promise: Promise<unknown>, url: string): Promise<DataError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  const { message } = error as DataError;
  const parts = new URL(url);
  for (const secret of [url, parts.password, parts.username, parts.host, parts.hostname]) {
    if (secret !== '') expect(message).not.toContain(secret);
  }
  expect(message).not.toContain('postgres://');
  return error as DataError;
}

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Waits until the test's connection runs a COPY, for `after` ms more; returns its backend pid. */
async function runningCopy(application: string, after: number): Promise<number> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const rows = await withClient((client) =>
      client.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND state = 'active' AND query LIKE 'COPY%'", [application]),
    );
    if (rows.rows[0] !== undefined) {
      await new Promise((resolve) => setTimeout(resolve, after));
      return rows.rows[0].pid;
    }
    if (Date.now() > deadline) throw new Error('the COPY never started');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A query that streams 1 KB rows for about ten seconds. */
const SLOW_ROWS = "select g, repeat('x', 1000) as pad from generate_series(1, 100000) g, lateral (select case when g % 100 = 0 then pg_sleep(0.01) end) s";

describe.skipIf(pgUrl() === undefined)('PostgreSQL failures', () => {
  let schema = '';
  let drop = async () => {};
  beforeAll(async () => {
    ({ schema, drop } = await freshSchema('failures'));
    await withClient((client) =>
      client.query(`
        CREATE TABLE ${schema}.scores (id int, score double precision);
        INSERT INTO ${schema}.scores SELECT g, g / 10.0 FROM generate_series(1, 100) g;
        CREATE FUNCTION ${schema}.write_row() RETURNS SETOF int LANGUAGE sql VOLATILE AS
          $$ INSERT INTO ${schema}.scores VALUES (0, 0) RETURNING id $$;
      `),
    );
  });
  afterAll(() => drop());

  it('a wrong password is source/auth, naming neither the user nor the password', async () => {
    const application = appName('auth');
    const url = new URL(urlFor(application));
    url.password = 'not-the-password';
    const error = await failure(read(pgSpec({ table: 'scores', retries: 3 }, url.toString())), url.toString());
    expect(error.code).toBe('source/auth');
    expect(error.message).toBe('postgres table "scores": the server refused the login (wrong password, or no pg_hba.conf entry lets this user in); check the user and password in the source\'s url');
    expect(await leftoverConnections(application)).toBe(0);
  });

  it('an unknown database is source/not-found, not retried', async () => {
    const url = new URL(pgUrl()!);
    url.pathname = '/no_such_database';
    const started = Date.now();
    const error = await failure(read(pgSpec({ table: 'scores', retries: 3 }, url.toString())), url.toString());
    expect(error.code).toBe('source/not-found');
    expect(error.message).toContain('the database named in the url does not exist');
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('an unknown table is source/not-found, naming the table', async () => {
    const application = appName('table');
    const error = await failure(read(pgSpec({ table: `${schema}.no_such_table` }, urlFor(application))), pgUrl()!);
    expect(error.code).toBe('source/not-found');
    expect(error.message).toMatch(/^postgres table "mw_failures_\w+\.no_such_table": table "mw_failures_\w+\.no_such_table" does not exist \(or this user cannot see it\): relation .* does not exist/);
    expect(await leftoverConnections(application)).toBe(0);
  });

  it('an unknown column is source/not-found, with the server’s message', async () => {
    const application = appName('column');
    const error = await failure(read(pgSpec({ table: `${schema}.scores`, where: 'scroe > 1' }, urlFor(application))), pgUrl()!);
    expect(error.code).toBe('source/not-found');
    expect(error.message).toContain('column "scroe" does not exist');
    expect(await leftoverConnections(application)).toBe(0);
  });

  it('a query error is source/query, with the server’s message', async () => {
    const application = appName('query');
    const error = await failure(read(pgSpec({ query: `select id, 1 / (id - 50) as boom from ${schema}.scores` }, urlFor(application))), pgUrl()!);
    expect(error.code).toBe('source/query');
    expect(error.message).toBe('postgres query: the server rejected the query: division by zero');
    expect(await leftoverConnections(application)).toBe(0);
  });

  it('more than one statement is refused before connecting', async () => {
    const url = 'postgres://someone:s3cret@127.0.0.1:1/db';
    const error = await failure(read(pgSpec({ query: 'select 1; select 2' }, url)), url);
    expect(error.code).toBe('source/query');
    expect(error.message).toContain('more than one statement');
  });

  it('statement_timeout: a query longer than timeout_ms is source/timeout, stopped by the server', async () => {
    const application = appName('timeout');
    const started = Date.now();
    const error = await failure(read(pgSpec({ query: 'select pg_sleep(5) as slept', timeout_ms: 500 }, urlFor(application))), pgUrl()!);
    expect(error.code).toBe('source/timeout');
    expect(error.message).toBe('postgres query: the query ran longer than its timeout of 500 ms and was stopped by the server; make it cheaper (an index on the window\'s column, a narrower where) or raise timeout on the source');
    expect(Date.now() - started).toBeLessThan(3000);
    expect(await leftoverConnections(application)).toBe(0);
  });

  it('an unreachable server is source/connect after its retries, with backoff', async () => {
    const url = `postgres://modelwatch:secret-password@127.0.0.1:${await closedPort()}/modelwatch_test`;
    const started = Date.now();
    const error = await failure(read(pgSpec({ table: 'scores', retries: 2 }, url)), url);
    const elapsed = Date.now() - started;
    expect(error.code).toBe('source/connect');
    expect(error.message).toBe("postgres table \"scores\": connection refused (after 3 attempts); is the server running, and are the url's host and port right?");
    // Two waits, 0.5 s then 1 s.
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(elapsed).toBeLessThan(5000);
  });

  it('a connect timeout is source/connect, saying the timeout', async () => {
    // A listener that accepts and never answers.
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    try {
      const url = `postgres://modelwatch:pw@127.0.0.1:${port}/modelwatch_test`;
      const error = await failure(read(pgSpec({ table: 'scores', connect_timeout_ms: 300, retries: 1 }, url)), url);
      expect(error.code).toBe('source/connect');
      expect(error.message).toBe('postgres table "scores": no answer from the server within 300 ms (connect_timeout on the postgres source) (after 2 attempts); is the server up and reachable from this runner?');
    } finally {
      silent.close();
    }
  });

  it('an invalid url is source/connect, without quoting it', async () => {
    const url = 'postgres://someone:pa ss@[bad';
    const error = await failure(read(pgSpec({ table: 'scores' }, url)), 'postgres://someone:s3cret@example.invalid/db');
    expect(error.code).toBe('source/connect');
    expect(error.message).not.toContain('pa ss');
    expect(error.message).not.toContain('[bad');
  });

  it('the server ending the connection in the middle of a read is source/interrupted', async () => {
    const application = appName('terminated');
    // Handled from the start: the read fails while the terminating client is still closing.
    const reading = read(pgSpec({ query: SLOW_ROWS }, urlFor(application)));
    reading.catch(() => {});
    const pid = await runningCopy(application, 500);
    await withClient((client) => client.query('SELECT pg_terminate_backend($1)', [pid]));
    const error = await failure(reading, pgUrl()!);
    expect(error.code).toBe('source/interrupted');
    expect(error.message).toContain('the server ended the connection in the middle of the read (terminating connection due to administrator command)');
    expect(await leftoverConnections(application)).toBe(0);
  });

  it('the size cap passed in the middle of a read stops the COPY at once (data/too-large), and the server stops too', async () => {
    const application = appName('cap');
    const started = Date.now();
    const error = await failure(read(pgSpec({ query: SLOW_ROWS, max_bytes: 200_000 }, urlFor(application))), pgUrl()!);
    expect(error.code).toBe('data/too-large');
    expect(error.message).toMatch(/^postgres query: the source is larger than its cap of 195\.3 KiB/);
    expect(Date.now() - started).toBeLessThan(5000);
    // The cancel request and the closed socket end the backend, though its query had seconds to run.
    expect(await leftoverConnections(application, 2000)).toBe(0);
  });

  it('an abort stops the read promptly with the signal’s reason, and the server stops too', async () => {
    const application = appName('abort');
    const controller = new AbortController();
    const reading = read(pgSpec({ query: SLOW_ROWS }, urlFor(application)), controller.signal);
    await runningCopy(application, 300);
    const reason = new Error('time budget spent');
    const aborted = Date.now();
    controller.abort(reason);
    await expect(reading).rejects.toBe(reason);
    expect(Date.now() - aborted).toBeLessThan(1000);
    expect(await leftoverConnections(application, 2000)).toBe(0);
  });

  it('a write is refused: a data-modifying CTE, and a function that writes (read-only transaction)', async () => {
    const application = appName('write');
    const cte = await failure(read(pgSpec({ query: `with w as (insert into ${schema}.scores values (0, 0) returning id) select * from w` }, urlFor(application))), pgUrl()!);
    expect(cte.code).toBe('source/query');
    const fn = await failure(read(pgSpec({ query: `select * from ${schema}.write_row()` }, urlFor(application))), pgUrl()!);
    expect(fn.code).toBe('source/query');
    expect(fn.message).toBe('postgres query: the query tried to write, and the source reads in a read-only transaction: cannot execute INSERT in a read-only transaction');
    const count = await withClient((client) => client.query<{ n: string }>(`select count(*) as n from ${schema}.scores`));
    expect(count.rows[0]!.n).toBe('100');
    expect(await leftoverConnections(application)).toBe(0);
  });

  it('a read that succeeds leaves no connection either', async () => {
    const application = appName('ok');
    const table = await read(pgSpec({ table: `${schema}.scores` }, urlFor(application)));
    expect(table.rowCount).toBe(100);
    expect(await leftoverConnections(application, 0)).toBe(0);
  });
});
