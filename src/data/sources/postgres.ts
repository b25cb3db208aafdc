/**
 * A PostgreSQL table or query, read with `COPY (SELECT …) TO STDOUT (FORMAT csv, HEADER true)`
 * (pg-copy-streams) straight into the CSV reader: rows never become JavaScript objects, the
 * bytes are parsed in place as a file's are, and memory is the columns plus one buffer.
 *
 * 1. Build the SQL (postgres-sql.ts) before connecting, so a policy mistake needs no server:
 *    `table` → `SELECT * FROM <table> WHERE (<where>)`, the window added on the timestamp
 *    column (`timestamp`, else columns.timestamp); `query` → the user's SELECT, whose
 *    `$window_start` / `$window_end` are the window's bounds.
 * 2. Connect (postgres-connect.ts: connect timeout, retries with backoff) and open
 *    `BEGIN TRANSACTION READ ONLY` with, for this transaction only (SET LOCAL, so a pooler's
 *    shared session keeps its own): default_transaction_read_only on, statement_timeout
 *    `timeout_ms`, TimeZone UTC, DateStyle ISO, extra_float_digits 1 (the shortest text that
 *    reads back as the same double, PostgreSQL ≥ 12).
 * 3. Bind the window's bounds as parameters: `set_config('modelwatch.window_start', $1, true)`.
 *    COPY takes no parameters, so the SQL reads them back with current_setting(); the bounds
 *    are never part of the text.
 * 4. Run the query with `LIMIT 0` for its columns' types and map them to kinds
 *    (postgres-types.ts); a kind the policy declares wins. PII columns (`skip`) and columns the
 *    engine does not want (`only`) are left out of the select list, so they never leave the server.
 * 5. COPY the explicit select list through the source's ReadBudget (max_bytes: a cap passed
 *    in the middle stops the COPY) into a TableBuilder whose every column has its kind, so no
 *    column can turn categorical late and need a second read (read.ts).
 * 6. Close the connection whatever happened.
 *
 * Row order in table mode (decision): a table has no order, and a table's physical order does
 * change (a freshly loaded example table came back with rows moved), while some results depend
 * on order: the reservoir sample of `data.sample`, CBPE's chunks, ADWIN over time, the last bits
 * of floating-point sums. So the rows come `ORDER BY` the timestamp column (`timestamp`, else
 * columns.timestamp) when the table has it, the order a prediction log is written in; rows of
 * the same instant keep whatever order the server gives. Without a timestamp column, and in
 * query mode (write your own ORDER BY), the server's order is taken.
 *
 * Window in table mode (decision): the engine keeps rows with start < t ≤ end, t in whole
 * milliseconds (the timestamp parser truncates microseconds). PostgreSQL keeps microseconds, so
 * the condition sent is `t >= start + 1 ms AND t < end + 1 ms`, the same rows exactly, and
 * still one an index on the column can serve. A timestamp column of another type (text,
 * numbers) is compared through `::timestamptz`.
 *
 * Known difference from a CSV file (decision): NULL is an empty unquoted cell, and the CSV
 * reader's missing tokens apply to text values too, so a text value that is exactly '', 'NA',
 * 'NaN' or 'null' is missing, as the same value would be in an exported CSV file.
 *
 * Messages name the source as `postgres table "predictions"` or `postgres query`, never the url
 * (postgres-errors.ts).
 */
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { PostgresSourceSpec } from '../../policy/types.js';
import { TableBuilder } from '../builders.js';
import { chunkedSource, ReadBudget } from '../bytes.js';
import { readCsvBytes } from '../csv.js';
import { DataError } from '../errors.js';
import type { Table } from '../table.js';
import { PgConnection } from './postgres-connect.js';
import { queryError } from './postgres-errors.js';
import { boundExpression, quoteIdentifier, quoteTableName, scanSql } from './postgres-sql.js';
import { type ColumnPlan, isTimestampType, planColumn, type TypeInfo, unknownTypes } from './postgres-types.js';
import type { ReadWindow, Source, SourceContext } from './source.js';

export const postgresSource: Source<PostgresSourceSpec> = {
  kind: 'postgres',
  thread: 'worker',
  read: readPostgres,
  size: () => Promise.resolve(undefined),
  describe: describePostgres,
};

export function describePostgres(spec: PostgresSourceSpec): string {
  return spec.table !== undefined ? `postgres table ${JSON.stringify(spec.table)}` : 'postgres query';
}

/** Step 1's result: the rows to read, before the select list and the window of table mode. */
export interface Plan {
  /** `SELECT * FROM …` or the user's query, window tokens replaced. */
  readonly base: string;
  /** Table mode with a window: the column it applies to. */
  readonly windowColumn?: string;
  /** Table mode: the timestamp column the rows are ordered by, when the table has it. */
  readonly orderColumn?: string;
}

async function readPostgres(spec: PostgresSourceSpec, context: SourceContext): Promise<Table> {
  const name = describePostgres(spec);
  const plan = planQuery(spec, context, name);
  const { signal } = context;
  const connection = await PgConnection.open(spec, name, signal);
  const failed = (error: unknown): unknown => {
    if (signal?.aborted === true) return signal.reason;
    return queryError(name, error, { table: spec.table, timeoutMs: spec.timeout_ms });
  };
  try {
    const { client } = connection;
    await beginRead(client, spec, context.window);
    const { columns, windowType, ordered } = await planColumns(client, plan, name, new TableBuilder(context.options));
    const sql = copyQuery(plan, columns, windowType, context.window, ordered);
    const kinds = Object.fromEntries(columns.map((c) => [c.name, c.kind]));
    const skip = columns.length > 1 ? context.options.skip : new Set([...(context.options.skip ?? []), ROW_MARK]);
    const table = new TableBuilder({ ...context.options, kinds: { ...kinds, ...context.options.kinds }, ...(skip === undefined ? {} : { skip }) });
    const expectedRows = spec.table === undefined ? undefined : await estimatedRows(client, sql);
    const stream = client.query(copyTo(`COPY (${sql}) TO STDOUT (FORMAT csv, HEADER true)`));
    let ended = false;
    stream.once('end', () => (ended = true));
    const budget = ReadBudget.of(spec);
    const bytes = chunkedSource(
      stream,
      (error) => failed(error) as Error,
      (chunk) => budget.spend(name, chunk.length),
      () => {
        // Stopped before the end (an error, the cap): only dropping the connection ends a COPY.
        if (!ended) connection.destroy();
        return Promise.resolve();
      },
      expectedRows,
    );
    await readCsvBytes(name, bytes, table, Infinity);
    for (const slot of table.slots()) {
      if (slot.convertedAt > 0) throw new Error(`bug: column ${JSON.stringify(slot.name)} of ${name} changed kind while read, though its kind was declared`);
    }
    return table.finish(name);
  } catch (error) {
    throw failed(error);
  } finally {
    await connection.close();
  }
}

/** Steps 2 and 3: the read-only transaction with its settings, and the window's bounds bound as parameters. */
export async function beginRead(client: pg.Client, spec: PostgresSourceSpec, window: ReadWindow | null, snapshot?: SharedSnapshot): Promise<void> {
  // Several connections reading one snapshot (the pushdown's): repeatable read, the first one's snapshot imported by the others.
  const begin = snapshot === undefined ? 'BEGIN TRANSACTION READ ONLY' : 'BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY';
  const imported = snapshot !== undefined && snapshot !== 'export' ? ` SET TRANSACTION SNAPSHOT '${snapshotId(snapshot)}';` : '';
  await client.query(
    `${begin};${imported} SET LOCAL default_transaction_read_only = on; SET LOCAL statement_timeout = ${Math.max(0, Math.round(spec.timeout_ms))}; ` +
      "SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO'; SET LOCAL extra_float_digits = 1",
  );
  if (window !== null) {
    await client.query("SELECT pg_catalog.set_config('modelwatch.window_start', $1, true), pg_catalog.set_config('modelwatch.window_end', $2, true)", [
      new Date(window.start).toISOString(),
      new Date(window.end).toISOString(),
    ]);
  }
}

/** 'export': the first of several connections; else the snapshot id the first exported (pg_export_snapshot). */
export type SharedSnapshot = 'export' | { readonly id: string };

/** A snapshot id as the server writes it (hex and dashes), the one text spliced into SQL here. */
function snapshotId(snapshot: { readonly id: string }): string {
  if (!/^[0-9A-F]+-[0-9A-F]+-[0-9]+$/i.test(snapshot.id)) throw new Error(`bug: not a snapshot id: ${JSON.stringify(snapshot.id)}`);
  return snapshot.id;
}

/** Step 1: the SQL before any connection; throws DataError for what the policy must change. */
export function planQuery(spec: PostgresSourceSpec, context: SourceContext, name: string): Plan {
  const windowed = context.window !== null;
  if (spec.table !== undefined) {
    const table = quoteTableName(spec.table);
    if (table === undefined) throw new DataError('source/query', name, 'table must be a name or schema.name (a part with dots or quotes in it is written in double quotes: "my.schema".predictions)');
    const where = spec.where === undefined ? '' : ` WHERE (\n${oneStatement(spec.where, name, 'where', windowed)}\n)`;
    const windowColumn = spec.timestamp ?? context.timestampColumn;
    if (windowed && windowColumn === undefined) {
      throw new DataError('source/query', name, 'data.window needs to know which column holds the time of each row: set columns.timestamp, or timestamp on the source');
    }
    return {
      base: `SELECT * FROM ${table}${where}`,
      ...(windowed ? { windowColumn: windowColumn! } : {}),
      ...(windowColumn === undefined ? {} : { orderColumn: windowColumn }),
    };
  }
  if (spec.query === undefined) throw new DataError('source/query', name, 'a postgres source needs table or query');
  return { base: oneStatement(spec.query, name, 'query', windowed) };
}

/** The user's SQL with its window tokens replaced; one statement, tokens only with a window. */
function oneStatement(sql: string, name: string, key: 'where' | 'query', windowed: boolean): string {
  const scanned = scanSql(sql);
  if (scanned.manyStatements) throw new DataError('source/query', name, `${key} holds more than one statement (a ";" followed by more SQL); the source reads one SELECT`);
  if (scanned.windowTokens > 0 && !windowed) {
    throw new DataError('source/query', name, `${key} uses $window_start / $window_end, which need data.window on the policy (e.g. window: 7d)`);
  }
  return scanned.text;
}

/** Step 4: the columns the query returns, by `LIMIT 0`, with their kinds; the wanted ones only. */
export async function planColumns(client: pg.Client, plan: Plan, name: string, builder: Pick<TableBuilder, 'wants'>): Promise<{ columns: ColumnPlan[]; windowType: number | undefined; ordered: boolean }> {
  const described = await client.query({ text: `SELECT * FROM (\n${plan.base}\n) AS q LIMIT 0`, rowMode: 'array' });
  const fields = described.fields;
  const seen = new Set<string>();
  for (const field of fields) {
    if (seen.has(field.name)) throw new DataError('source/query', name, `the query returns two columns named ${JSON.stringify(field.name)}; give each its own name (AS …)`);
    seen.add(field.name);
  }
  const unknown = unknownTypes(fields.map((f) => f.dataTypeID));
  const types = new Map<number, TypeInfo>();
  if (unknown.length > 0) {
    const rows = await client.query<{ oid: number; typtype: string; typbasetype: number }>(
      'SELECT oid::int8::float8 AS oid, typtype::text AS typtype, typbasetype::int8::float8 AS typbasetype FROM pg_catalog.pg_type WHERE oid = ANY($1::oid[])',
      [unknown],
    );
    for (const row of rows.rows) types.set(row.oid, { typtype: row.typtype, typbasetype: row.typbasetype });
  }
  let windowType: number | undefined;
  if (plan.windowColumn !== undefined) {
    const column = fields.find((f) => f.name === plan.windowColumn);
    if (column === undefined) {
      throw new DataError('source/not-found', name, `the window's timestamp column ${JSON.stringify(plan.windowColumn)} is not in the table (its columns: ${fields.map((f) => f.name).join(', ')}); set timestamp on the source or columns.timestamp`);
    }
    windowType = column.dataTypeID;
  }
  const ordered = plan.orderColumn !== undefined && fields.some((f) => f.name === plan.orderColumn);
  return { columns: fields.filter((f) => builder.wants(f.name)).map((f) => planColumn(f.name, f.dataTypeID, types)), windowType, ordered };
}

/**
 * A constant column added when fewer than two are selected, never kept: a row of one NULL (or
 * of no column) would be an empty line, which the CSV reader skips as blank (as pandas does).
 */
/** The most rows an estimate may reserve up front; past it the columns grow as they fill. */
const MAX_RESERVED_ROWS = 1 << 22;

/**
 * The planner's row estimate for table mode's COPY query (EXPLAIN, nothing executed), so the
 * reader reserves its columns once instead of doubling them: the doubling's outgrown arrays
 * were ~35 MiB of garbage at the peak of the 1,000,000-row bench. A plain scan's estimate comes
 * from the table's statistics and is close; a query's can be far off, so queries get none, and
 * no estimate reserves more than MAX_RESERVED_ROWS. Undefined when EXPLAIN says nothing useful.
 */
async function estimatedRows(client: pg.Client, sql: string): Promise<number | undefined> {
  const result = await client.query<{ 'QUERY PLAN': { Plan?: { 'Plan Rows'?: unknown } }[] }>(`EXPLAIN (FORMAT JSON) ${sql}`);
  const rows = result.rows[0]?.['QUERY PLAN'][0]?.Plan?.['Plan Rows'];
  return typeof rows === 'number' && Number.isFinite(rows) && rows > 0 ? Math.min(rows, MAX_RESERVED_ROWS) : undefined;
}

const ROW_MARK = 'modelwatch: row';

/** Step 5's SQL: the explicit select list over the rows, and table mode's window. */
function copyQuery(plan: Plan, columns: readonly ColumnPlan[], windowType: number | undefined, window: ReadWindow | null, ordered: boolean): string {
  const selected = columns.map((c) => c.select);
  if (selected.length < 2) selected.push(`1 AS ${quoteIdentifier(ROW_MARK)}`);
  const list = selected.join(', ');
  let sql = `SELECT ${list} FROM (\n${plan.base}\n) AS q${windowCondition(plan, windowType, window)}`;
  if (ordered) sql += ` ORDER BY q.${quoteIdentifier(plan.orderColumn!)}`;
  return sql;
}

/** Table mode's window as a WHERE on `q` (the file comment, "Window in table mode"); '' without one. */
export function windowCondition(plan: Plan, windowType: number | undefined, window: ReadWindow | null): string {
  if (plan.windowColumn === undefined || window === null) return '';
  const column = `q.${quoteIdentifier(plan.windowColumn)}`;
  const t = windowType !== undefined && isTimestampType(windowType) ? column : `(${column})::timestamptz`;
  return ` WHERE ${t} >= ${boundExpression('start')} + interval '1 millisecond' AND ${t} < ${boundExpression('end')} + interval '1 millisecond'`;
}
