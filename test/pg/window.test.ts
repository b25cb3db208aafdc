/**
 * The window is applied where the data lives, with its bounds bound as parameters: table mode
 * reads exactly the rows the engine keeps (start < t ≤ end in whole milliseconds), query mode's
 * `$window_start` / `$window_end` are the bounds, and the SQL text the server runs holds neither
 * bound (read from pg_stat_activity while the query runs). Against the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/errors.js';
import { readTable } from '../../src/data/sources/registry.js';
import type { ReadWindow } from '../../src/data/sources/source.js';
import { filterWindow } from '../../src/data/window.js';
import type { PostgresSourceSpec } from '../../src/policy/types.js';
import { appName, freshSchema, ids, leftoverConnections, pgSpec, pgUrl, urlFor, withClient } from './server.js';

const START = Date.parse('2026-11-20T00:00:00Z');
const END = Date.parse('2026-11-21T00:00:00Z');
const WINDOW: ReadWindow = { start: START, end: END };

async function failure(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

describe.skipIf(pgUrl() === undefined)('PostgreSQL window pushdown', () => {
  let schema = '';
  let drop = async () => {};
  beforeAll(async () => {
    ({ schema, drop } = await freshSchema('window'));
    await withClient((client) =>
      client.query(`
        CREATE TABLE ${schema}.events (id int, ts timestamptz, ts_text text, day date);
        INSERT INTO ${schema}.events (id, ts) VALUES
          (1, '2026-11-19 12:00:00+00'),
          (2, '2026-11-20 00:00:00+00'),          -- the start itself: outside
          (3, '2026-11-20 00:00:00.0005+00'),     -- within the start's millisecond: outside (read as the start)
          (4, '2026-11-20 00:00:00.001+00'),      -- inside
          (5, '2026-11-20 12:00:00+00'),
          (6, '2026-11-21 00:00:00+00'),          -- the end: inside
          (7, '2026-11-21 00:00:00.0009+00'),     -- within the end's millisecond: inside (read as the end)
          (8, '2026-11-21 00:00:00.001+00'),      -- outside
          (9, NULL),
          (10, '2026-12-01 00:00:00+00');
        UPDATE ${schema}.events SET ts_text = to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), day = (ts AT TIME ZONE 'UTC')::date;
      `),
    );
  });
  afterAll(() => drop());

  const read = (spec: PostgresSourceSpec, window: ReadWindow | null = WINDOW, timestampColumn?: string) =>
    readTable(spec, { options: { kinds: { ts: 'timestamp' } }, window, timestampColumn });

  it('table mode reads only the rows in the window, exactly those the engine keeps', async () => {
    const all = await read(pgSpec({ table: `${schema}.events` }), null);
    expect(all.rowCount).toBe(10);
    const kept = filterWindow(all, 'ts', START, END).table;
    const windowed = await read(pgSpec({ table: `${schema}.events` }), WINDOW, 'ts');
    expect(ids(windowed)).toEqual([4, 5, 6, 7]);
    expect(ids(windowed)).toEqual(ids(kept));
  });

  it('table mode: the source’s timestamp wins over columns.timestamp; a text or date column is compared as a timestamp', async () => {
    const byText = await read(pgSpec({ table: `${schema}.events`, timestamp: 'ts_text' }), WINDOW, 'no_such_column');
    expect(ids(byText)).toEqual([4, 5, 6, 7]);
    const byDay = await read(pgSpec({ table: `${schema}.events`, timestamp: 'day' }), WINDOW);
    expect(ids(byDay)).toEqual([6, 7, 8]);
  });

  it('table mode: where and the window together', async () => {
    const table = await read(pgSpec({ table: `${schema}.events`, where: 'id % 2 = 0' }), WINDOW, 'ts');
    expect(ids(table)).toEqual([4, 6]);
  });

  it('query mode: $window_start and $window_end are the bounds; inside a literal or a comment they are text', async () => {
    const table = await read(
      pgSpec({
        query: `select id, '$window_start' as literal, $x$ $window_end $x$ as dollar -- not $window_start
                from ${schema}.events where ts > $window_start /* nor $window_end */ and ts <= $window_end order by id;`,
      }),
    );
    expect(ids(table)).toEqual([3, 4, 5, 6]);
    const literal = table.column('literal')!;
    expect(literal.kind === 'categorical' && literal.dictionary).toEqual(['$window_start']);
    const dollar = table.column('dollar')!;
    expect(dollar.kind === 'categorical' && dollar.dictionary).toEqual([' $window_end ']);
  });

  it('the SQL the server runs holds neither bound: it reads them from the transaction’s bound settings', async () => {
    const application = appName('window-text');
    const spec = pgSpec({ query: `select e.id from ${schema}.events e, pg_sleep(1.5) where e.ts > $window_start and e.ts <= $window_end` }, urlFor(application));
    const reading = read(spec);
    let seen: string | undefined;
    const deadline = Date.now() + 5000;
    while (seen === undefined && Date.now() < deadline) {
      const rows = await withClient((client) =>
        client.query<{ query: string }>("SELECT query FROM pg_stat_activity WHERE application_name = $1 AND state = 'active' AND query LIKE 'COPY%'", [application]),
      );
      seen = rows.rows[0]?.query;
      if (seen === undefined) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const table = await reading;
    expect(ids(table).sort()).toEqual([3, 4, 5, 6]);
    expect(seen).toBeDefined();
    expect(seen).toContain("current_setting('modelwatch.window_start')");
    for (const text of [new Date(START).toISOString(), '2026-11-20', '2026-11-21', String(START), String(END)]) expect(seen).not.toContain(text);
    expect(await leftoverConnections(application)).toBe(0);
  });

  it('a query that uses $window_start without a window is refused before connecting', async () => {
    const error = await failure(read(pgSpec({ query: 'select 1 where now() > $window_start' }, 'postgres://nobody@127.0.0.1:1/none'), null));
    expect(error.code).toBe('source/query');
    expect(error.message).toBe('postgres query: query uses $window_start / $window_end, which need data.window on the policy (e.g. window: 7d)');
  });

  it('table mode with a window and no timestamp column is refused before connecting', async () => {
    const error = await failure(read(pgSpec({ table: 'events' }, 'postgres://nobody@127.0.0.1:1/none'), WINDOW));
    expect(error.code).toBe('source/query');
    expect(error.message).toContain('set columns.timestamp, or timestamp on the source');
  });

  it('a timestamp column the table lacks is named, with the columns it has', async () => {
    const error = await failure(read(pgSpec({ table: `${schema}.events`, timestamp: 'scored_at' }), WINDOW));
    expect(error.code).toBe('source/not-found');
    expect(error.message).toContain(`the window's timestamp column "scored_at" is not in the table (its columns: id, ts, ts_text, day)`);
  });
});
