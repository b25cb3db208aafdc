/**
 * Table mode reads rows in time order (issue 10): a table has no order of its own, and its
 * physical order changes (rows updated, a table reloaded), while the reservoir sample, CBPE's
 * chunks and ADWIN depend on the order rows arrive in. Rows come ORDER BY the timestamp column
 * when the table has it; without one, the server's order is taken.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTable } from '../../src/data/sources/registry.js';
import { freshSchema, ids, pgSpec, pgUrl, withClient } from './server.js';

describe.skipIf(pgUrl() === undefined)('PostgreSQL row order', () => {
  let schema = '';
  let drop = async () => {};
  beforeAll(async () => {
    ({ schema, drop } = await freshSchema('order'));
    // Inserted newest first, then the oldest row updated so that it moves to the heap's end.
    await withClient((client) =>
      client.query(`
        CREATE TABLE ${schema}.log (id int, scored_at timestamptz, note text);
        INSERT INTO ${schema}.log SELECT g, timestamptz '2026-11-01 00:00:00+00' + g * interval '1 minute', 'x' FROM generate_series(500, 1, -1) AS g;
        UPDATE ${schema}.log SET note = 'y' WHERE id = 1;
      `),
    );
  });
  afterAll(() => drop());

  it('heap order is not time order here (the premise)', async () => {
    const table = await readTable(pgSpec({ table: `${schema}.log` }), { options: {}, window: null });
    expect(ids(table).slice(0, 3)).toEqual([500, 499, 498]);
  });

  it('rows come in the timestamp column\'s order', async () => {
    const table = await readTable(pgSpec({ table: `${schema}.log` }), { options: {}, window: null, timestampColumn: 'scored_at' });
    expect(ids(table)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
  });

  it('and within a pushed-down window', async () => {
    const start = Date.parse('2026-11-01T01:00:00Z');
    const end = Date.parse('2026-11-01T02:00:00Z');
    const table = await readTable(pgSpec({ table: `${schema}.log` }), { options: {}, window: { start, end }, timestampColumn: 'scored_at' });
    expect(ids(table)).toEqual(Array.from({ length: 60 }, (_, i) => i + 61));
  });
});
