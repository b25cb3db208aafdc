// COPY against a cursor for reading a PostgreSQL table into columns (issue 10): the bench's
// current table (bench/pg.mjs loads it) read three ways, in one process, median of ROUNDS:
//   1. the PostgreSQL source itself: COPY … TO STDOUT csv into the CSV reader (bundled from
//      src/ with esbuild into bench/out/, as the CLI is);
//   2. COPY alone: the same bytes received and counted, not parsed (the transport's share);
//   3. a cursor: DECLARE … CURSOR, FETCH 10000 at a time with rowMode 'array' (pg parses each
//      double to a number), the values stored into one Float64Array per column — the least a
//      row-based source would do.
// Run: node bench/pg-cursor.mjs (server as in bench/pg.mjs; BENCH_ROWS picks the table).
import { build } from 'esbuild';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { benchServer } from './pg.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TABLE = `bench.current_${ROWS}`;

const bundle = `${root}bench/out/pg-source.mjs`;
await build({
  entryPoints: [`${root}src/data/sources/postgres.ts`],
  bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: bundle, logLevel: 'warning',
  packages: 'external', define: { __MODELWATCH_VERSION__: '"bench"' },
});
const { postgresSource } = await import(pathToFileURL(bundle).href);

const server = benchServer();
const spec = { kind: 'postgres', url: server.url, table: TABLE, timeout_ms: 600_000, connect_timeout_ms: 10_000, retries: 0 };

async function viaSource() {
  const table = await postgresSource.read(spec, { options: {}, window: null });
  return table.rowCount;
}

async function copyOnly() {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  let bytes = 0;
  for await (const chunk of client.query(copyStreams.to(`COPY (SELECT * FROM ${TABLE}) TO STDOUT (FORMAT csv, HEADER true)`))) bytes += chunk.length;
  await client.end();
  return bytes;
}

async function viaCursor() {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  await client.query('BEGIN TRANSACTION READ ONLY');
  await client.query(`DECLARE c NO SCROLL CURSOR FOR SELECT * FROM ${TABLE}`);
  let columns = null;
  let n = 0;
  for (;;) {
    const result = await client.query({ text: 'FETCH 10000 FROM c', rowMode: 'array' });
    if (columns === null) columns = result.fields.map(() => new Float64Array(ROWS));
    for (const row of result.rows) {
      for (let j = 0; j < row.length; j++) columns[j][n] = row[j] === null ? NaN : row[j];
      n++;
    }
    if (result.rows.length < 10000) break;
  }
  await client.query('COMMIT');
  await client.end();
  return n;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = { source: [], copy: [], cursor: [] };
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of [['source', viaSource], ['copy', copyOnly], ['cursor', viaCursor]]) {
      const started = performance.now();
      await run();
      times[name].push((performance.now() - started) / 1000);
    }
  }
} finally {
  server.stop();
}
console.log(`${TABLE}: ${ROWS.toLocaleString('en')} rows × 20 double precision columns; median of ${ROUNDS} rounds`);
console.log(`postgres source (COPY csv → CSV reader → columns)  ${median(times.source).toFixed(2)} s`);
console.log(`COPY csv received, not parsed                      ${median(times.copy).toFixed(2)} s`);
console.log(`cursor, FETCH 10000, rowMode array → Float64Array  ${median(times.cursor).toFixed(2)} s`);
console.log(`cursor / source: ${(median(times.cursor) / median(times.source)).toFixed(2)}×`);
