/**
 * The real PostgreSQL server the tests in test/pg/ use (no mock of pg anywhere): its URL comes
 * from MODELWATCH_TEST_PG_URL (`eval "$(scripts/pg-test-server.sh start)"`, or .ci/run), and the
 * tests are skipped when it is unset.
 *
 * `loadExampleTables()` loads every example CSV (examples/data/**\/*.csv) into the schema
 * `mw_examples`, one table per file (`adult/reference.csv` → `mw_examples.adult_reference`),
 * typed so that each column reads back with the kind the file reader gives it: a column whose
 * every non-missing cell is a number is bigint (all integers) or double precision, unless an
 * example policy declares it categorical (then text, so that its text is the file's); a column
 * an example policy declares a timestamp is timestamptz; everything else is text. The missing
 * tokens of the CSV reader ('', NA, NaN, null, exactly) become NULL. The files go in through
 * COPY FROM STDIN into all-text staging columns, and the typed table is made from them in SQL.
 *
 * Test files run in parallel processes: loading holds an advisory lock, and a marker row (a
 * hash of the files and of this loader) makes it a no-op once done, so reruns and concurrent
 * callers are safe and cheap. Tests that write tables of their own use `freshSchema()`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { globSync } from 'tinyglobby';
import type { Table } from '../../src/data/table.js';
import { declaredKinds } from '../../src/engine/model.js';
import { loadPolicies } from '../../src/engine/run.js';
import type { ColumnKind, Policy, PostgresSourceSpec, SourceSpec } from '../../src/policy/types.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXAMPLES_SCHEMA = 'mw_examples';
const LOADER_VERSION = 'examples-v1';
const MISSING = `('', 'NA', 'NaN', 'null')`;

/** The test server's URL, or undefined when none is configured (the tests are then skipped). */
export function pgUrl(): string | undefined {
  const url = process.env.MODELWATCH_TEST_PG_URL;
  return url === undefined || url === '' ? undefined : url;
}

/** The URL with an application_name, so a test can find its own connections in pg_stat_activity. */
export function urlFor(applicationName: string, base = pgUrl()!): string {
  const url = new URL(base);
  url.searchParams.set('application_name', applicationName);
  return url.toString();
}

/** A unique application_name for one test. */
export function appName(label: string): string {
  return `mw-test-${label}-${randomBytes(4).toString('hex')}`;
}

/** A postgres source spec with the defaults the policy normaliser gives, for `table` or `query`. */
export function pgSpec(fields: Partial<PostgresSourceSpec> & ({ table: string } | { query: string }), url = pgUrl()!): PostgresSourceSpec {
  return { kind: 'postgres', url, timeout_ms: 30_000, connect_timeout_ms: 5_000, retries: 0, ...fields };
}

/** Runs `work` with a connected client of the test server, closed afterwards. */
export async function withClient<T>(work: (client: pg.Client) => Promise<T>, url = pgUrl()!): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Connections of the server still open under `applicationName` (other than the asking one). */
export async function openConnections(applicationName: string): Promise<number> {
  return withClient(async (client) => {
    const result = await client.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()', [applicationName]);
    return Number(result.rows[0]!.n);
  });
}

/** Waits (up to `ms`) until no connection of `applicationName` is left; returns how many are. */
export async function leftoverConnections(applicationName: string, ms = 5000): Promise<number> {
  const deadline = Date.now() + ms;
  for (;;) {
    const n = await openConnections(applicationName);
    if (n === 0 || Date.now() > deadline) return n;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A new empty schema of the test database, for a test file's own tables; dropped by the returned function. */
export async function freshSchema(label: string): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = `mw_${label}_${randomBytes(4).toString('hex')}`;
  await withClient((client) => client.query(`CREATE SCHEMA ${schema}`));
  return { schema, drop: () => withClient((client) => client.query(`DROP SCHEMA ${schema} CASCADE`)).then(() => undefined) };
}

/** The example CSV files, relative to examples/data/. */
export function exampleCsvFiles(): string[] {
  return globSync('**/*.csv', { cwd: `${ROOT}examples/data` }).sort();
}

/** The table an example CSV file is loaded into, schema-qualified: `mw_examples.adult_reference`. */
export function exampleTable(file: string): string {
  return `${EXAMPLES_SCHEMA}.${file.replace(/\.csv$/, '').replace(/[^A-Za-z0-9]+/g, '_').toLowerCase()}`;
}

/** The example policies, loaded by the project's loader. */
export async function examplePolicies(): Promise<Policy[]> {
  const { policies, errors } = await loadPolicies([`${ROOT}examples/monitors`], { cwd: ROOT, env: {} });
  if (errors.length > 0) throw new Error(`example policies do not load: ${errors.map((e) => e.message).join('; ')}`);
  return policies;
}

/** The example file (relative to examples/data/) a file source reads, if it is one. */
export function exampleFileOf(spec: SourceSpec | undefined): string | undefined {
  if (spec?.kind !== 'file' || spec.paths.length !== 1) return undefined;
  const prefix = `${ROOT}examples/data/`;
  const path = spec.paths[0]!;
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}

/** What the example policies declare of each file's columns: categorical or timestamp anywhere wins. */
async function declaredByFile(): Promise<Map<string, Map<string, ColumnKind>>> {
  const byFile = new Map<string, Map<string, ColumnKind>>();
  for (const policy of await examplePolicies()) {
    const kinds = declaredKinds(policy);
    for (const spec of [policy.data.reference, policy.data.current, policy.data.labels?.source]) {
      const file = exampleFileOf(spec);
      if (file === undefined) continue;
      const columns = byFile.get(file) ?? new Map<string, ColumnKind>();
      for (const [name, kind] of Object.entries(kinds)) {
        const before = columns.get(name);
        if (before === undefined || before === 'numeric') columns.set(name, kind);
      }
      byFile.set(file, columns);
    }
  }
  return byFile;
}

/** Loads the example tables once (see the file comment); safe to call from many processes. */
export async function loadExampleTables(): Promise<void> {
  const files = exampleCsvFiles();
  const hash = createHash('sha256').update(LOADER_VERSION);
  for (const file of files) hash.update(file).update(readFileSync(`${ROOT}examples/data/${file}`));
  const digest = hash.digest('hex');
  await withClient(async (client) => {
    await client.query("SELECT pg_advisory_lock(hashtext('modelwatch test: example tables'))");
    try {
      const marker = await client.query<{ hash: string }>(`SELECT hash FROM ${EXAMPLES_SCHEMA}._loaded`).catch(() => ({ rows: [] as { hash: string }[] }));
      if (marker.rows[0]?.hash === digest) return;
      const declared = await declaredByFile();
      await client.query('BEGIN');
      await client.query(`DROP SCHEMA IF EXISTS ${EXAMPLES_SCHEMA} CASCADE; CREATE SCHEMA ${EXAMPLES_SCHEMA}`);
      for (const file of files) await loadCsv(client, `${ROOT}examples/data/${file}`, exampleTable(file), declared.get(file) ?? new Map());
      await client.query(`CREATE TABLE ${EXAMPLES_SCHEMA}._loaded (hash text); INSERT INTO ${EXAMPLES_SCHEMA}._loaded VALUES ('${digest}')`);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext('modelwatch test: example tables'))");
    }
  });
}

const NUMBER = String.raw`^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$`;
const INTEGER = String.raw`^[+-]?[0-9]{1,15}$`;

/** One CSV file into `table`, through an all-text staging table (see the file comment). */
export async function loadCsv(client: pg.Client, path: string, table: string, declared: ReadonlyMap<string, ColumnKind>): Promise<void> {
  const header = readFileSync(path, 'utf8').split('\n', 1)[0]!.replace(/\r$/, '');
  // The example files have plain headers (no quotes, no commas in names).
  const names = header.split(',');
  const q = (name: string) => pg.escapeIdentifier(name);
  const stagingName = `staging_${table.replace(/\W/g, '_')}`;
  await client.query(`CREATE TEMP TABLE ${stagingName} (${names.map((n) => `${q(n)} text`).join(', ')}) ON COMMIT DROP`);
  await pipeline(createReadStream(path), client.query(copyFrom(`COPY ${stagingName} FROM STDIN (FORMAT csv, HEADER true)`)));
  const value = (n: string) => `CASE WHEN ${q(n)} IN ${MISSING} THEN NULL ELSE ${q(n)} END`;
  const probes = names.map((n) => `bool_and(${value(n)} ~ '${NUMBER}'), bool_and(${value(n)} ~ '${INTEGER}')`).join(', ');
  const probe = await client.query({ text: `SELECT ${probes} FROM ${stagingName}`, rowMode: 'array' });
  const row = probe.rows[0] as (boolean | null)[];
  const types = names.map((n, i) => {
    const kind = declared.get(n);
    if (kind === 'timestamp') return 'timestamptz';
    if (kind === 'categorical') return 'text';
    if (row[2 * i] === true) return row[2 * i + 1] === true ? 'bigint' : 'double precision';
    return 'text';
  });
  await client.query(`CREATE TABLE ${table} (${names.map((n, i) => `${q(n)} ${types[i]}`).join(', ')})`);
  await client.query(`INSERT INTO ${table} SELECT ${names.map((n, i) => `(${value(n)})::${types[i]}`).join(', ')} FROM ${stagingName}`);
}

/** The `id` column of a table the tests wrote, as numbers. */
export function ids(table: Table): number[] {
  const column = table.column('id')!;
  if (column.kind !== 'numeric') throw new Error('id is not numeric');
  return [...column.values];
}
