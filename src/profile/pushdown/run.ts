/**
 * A `postgres` source's profile computed inside PostgreSQL (compile.ts's queries), equal to
 * profile/build.ts's `profileTable` of the rows the row path would read (data/sources/postgres.ts):
 * exactly for every count, bucket (key, split, count, least, greatest), category, joint tuple,
 * id and timestamp; a bucket's sum and the column's mean and M2 in their last bits only, since
 * the server adds in its own order (docs/architecture.md, "Pushdown").
 *
 * 1. The source's own plan (planQuery: table or query, where, window column, order column) and
 *    connection (PgConnection: connect timeout, retries, cancel on abort), the same read-only
 *    transaction and settings (beginRead: statement_timeout, UTC, ISO, extra_float_digits 1),
 *    the window's bounds bound with set_config, never spliced.
 * 2. The columns by `LIMIT 0` (planColumns: PII left out, kinds by type, declared kinds win); a
 *    column whose declared kind needs the row path's text parsing is refused
 *    (`profile/pushdown`), and the engine reads rows instead or says why.
 * 3. One query a connection (pushdownConnections(), default 2: the numeric columns shared out,
 *    the other connections in the first one's exported snapshot, so they read the same rows),
 *    JIT off, scans neither synchronized nor split among workers (the same rows give the same
 *    sums to the bit, so a pushed-down profile's JSON is the same bytes each time); then, on a
 *    connection whose result has values in a grid cell of several buckets (grid.ts), the
 *    fallback query for those cells, in the same snapshot. Their rows
 *    (O(columns × buckets)) become the profile. `rowsReturned` says how many.
 */
import { TableBuilder } from '../../data/builders.js';
import { DataError } from '../../data/errors.js';
import { PgConnection } from '../../data/sources/postgres-connect.js';
import { queryError } from '../../data/sources/postgres-errors.js';
import { beginRead, describePostgres, planColumns, planQuery, windowCondition } from '../../data/sources/postgres.js';
import type { SourceContext } from '../../data/sources/source.js';
import type { PostgresSourceSpec } from '../../policy/types.js';
import { compareBuckets, splitIndex } from '../buckets.js';
import { compareTuples, tooManyTuples } from '../joint.js';
import { SCORE_STEP, type ProfileNeeds } from '../needs.js';
import { PROFILE_FORMAT, type Bucket, type CategoricalProfile, type ColumnProfile, type IdProfile, type JointProfile, type NumericProfile, type Profile } from '../types.js';
import { compileFallback, compileProfile, EXACT_TUPLES, fallbackUnscale, gridsOf, ROUNDED_TUPLES, WHOLE, type CompiledProfile, type FallbackColumn, type PushedColumn, type Share } from './compile.js';
import { postgresDialect } from './postgres.js';

export interface PushdownOrigin {
  readonly model: string;
  readonly fingerprint: string;
  readonly version: string;
}

export interface PushedProfile {
  readonly profile: Profile;
  /** Rows the server returned for the profile: O(columns × buckets), never O(rows). */
  readonly rowsReturned: number;
}

/** The profile of the rows `context.window` selects (null: every row); that window is the profile's. */
export async function pushdownProfile(spec: PostgresSourceSpec, needs: ProfileNeeds, context: SourceContext, origin: PushdownOrigin): Promise<PushedProfile> {
  const name = describePostgres(spec);
  // A rule reads several columns of a row, which no aggregate here holds: the engine never pushes down a model with one.
  if (needs.rules.length > 0) throw new Error('bug: a profile with row rules cannot be pushed down (checks/profile-support.ts: database false)');
  const plan = planQuery(spec, context, name);
  const { signal } = context;
  const connection = await PgConnection.open(spec, name, signal);
  const helpers: PgConnection[] = [];
  try {
    const { client } = connection;
    const shared = pushdownConnections() > 1;
    // Repeatable read even alone: a fallback query (compileFallback) must see the rows the first one saw.
    await beginRead(client, spec, context.window, 'export');
    const { columns, windowType, ordered } = await planColumns(client, plan, name, new TableBuilder(context.options));
    const declared = context.options.kinds ?? {};
    const pushed = columns.map((c): PushedColumn => {
      const why = postgresDialect.supports(c.kind, declared[c.name]);
      if (why !== null) throw new DataError('profile/pushdown', name, `column ${JSON.stringify(c.name)} cannot be pushed down: ${why}; read it as rows (pushdown: never)`);
      return { name: c.name, kind: declared[c.name] ?? c.kind, type: c.oid };
    });
    const from = `(\n${plan.base}\n) AS q${windowCondition(plan, windowType, context.window)}`;
    const order = ordered ? plan.orderColumn : undefined;
    const numeric = pushed.flatMap((c, col) => (c.kind === 'numeric' && !needs.ids.includes(c.name) ? [col] : []));
    const shares = shared && numeric.length > 1 ? splitShares(numeric, pushdownConnections()) : [WHOLE];
    const snapshot = shares.length > 1 ? (await client.query<{ id: string }>('SELECT pg_catalog.pg_export_snapshot() AS id')).rows[0]!.id : undefined;
    const clients = [client];
    for (let k = 1; k < shares.length; k++) {
      const helper = await PgConnection.open(spec, name, signal);
      helpers.push(helper);
      await beginRead(helper.client, spec, context.window, { id: snapshot! });
      clients.push(helper.client);
    }
    // No JIT: compiling the arms' expressions took seconds and saved nothing. The same rows give
    // the same sums to the bit: each scan starts at the first block (a synchronized scan joins
    // another one midway) and no table is scanned in parallel (the workers' partial sums would
    // be added in the order they finish); arms still run side by side in a Parallel Append
    // (docs/architecture.md, "Pushdown").
    await Promise.all(clients.map((c) => c.query(`SET LOCAL jit = off; SET LOCAL synchronize_seqscans = off; SET LOCAL min_parallel_table_scan_size = ${NO_PARALLEL_SCAN}`)));
    // A table is read once a numeric column; a query's rows are kept (it runs once a connection).
    const scanEach = spec.table !== undefined;
    const grids = gridsOf(pushed, needs);
    const compiled = shares.map((share) => compileProfile(postgresDialect, from, pushed, needs, order, 1, grids, share, scanEach));
    const run = (k: number, sql: string, params: readonly (readonly number[])[]): Promise<Row[]> =>
      clients[k]!.query<unknown[]>({ text: sql, values: params.map((p) => [...p]), rowMode: 'array' }).then((r) => r.rows as Row[]);
    const first = await Promise.all(compiled.map((c, k) => run(k, c.sql, c.params)));
    const second = await Promise.all(
      first.map(async (rows, k) => {
        const wanted = fallbackColumns(rows, compiled[k]!, pushed);
        if (wanted.length === 0) return [];
        const fallback = compileFallback(postgresDialect, from, wanted, needs.bits);
        const again = await run(k, fallback.sql, fallback.params);
        sameRowsTwice(rows, again, wanted, name);
        return again;
      }),
    );
    const rows = [...first.flat(), ...second.flat()];
    const profile = profileOf(rows, compiled[0]!, needs, name, context.window, origin);
    return { profile, rowsReturned: rows.length };
  } catch (error) {
    if (signal?.aborted === true) throw signal.reason;
    throw queryError(name, error, { table: spec.table, timeoutMs: spec.timeout_ms });
  } finally {
    await Promise.all([connection, ...helpers].map((c) => c.close()));
  }
}

/** min_parallel_table_scan_size's largest value (8 kB blocks, 5.3 TB): no table is scanned by several workers. */
const NO_PARALLEL_SCAN = 715_827_882;

/**
 * Connections a pushdown may use at once (MODELWATCH_PUSHDOWN_CONNECTIONS, default 2, at most 8):
 * each groups a share of the numeric columns, all in one exported snapshot. PostgreSQL's parallel
 * workers already spread one query's arms over the server's cores; a second connection keeps
 * them busy while one query's last arms run alone, and gives a server without parallel workers
 * a second core (1,000,000 rows × 20 columns, 2 cores: 4.46 s of queries over one, 3.5–3.8 s
 * over two; docs/architecture.md, "Pushdown").
 */
export function pushdownConnections(): number {
  const text = process.env.MODELWATCH_PUSHDOWN_CONNECTIONS;
  const n = text === undefined || text === '' ? 2 : Number(text);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 8) : 2;
}

/** The numeric columns dealt round-robin to k shares; the first also computes everything else, so it takes fewer. */
function splitShares(numeric: readonly number[], k: number): Share[] {
  const count = Math.min(k, numeric.length);
  const owner = new Map<number, number>();
  numeric.forEach((col, i) => owner.set(col, (i + 1) % count));
  return Array.from({ length: count }, (_, s): Share => ({ numeric: (col) => owner.get(col) === s, rest: s === 0 }));
}

/** The numeric columns of one query's rows whose inexact grid cells held values, with those cells. */
function fallbackColumns(rows: readonly Row[], compiled: CompiledProfile, columns: readonly PushedColumn[]): FallbackColumn[] {
  const cells = new Map<number, number[]>();
  for (const [part, col, key, , , n] of rows) {
    if (part !== 'g' || key === null || n === null || Number(n) === 0) continue;
    const arm = compiled.arms[col];
    if (arm?.part !== 'numeric' || arm.grid.cells[Number(key)] !== null) continue;
    const found = cells.get(col);
    if (found === undefined) cells.set(col, [Number(key)]);
    else found.push(Number(key));
  }
  return [...cells].map(([col, found]) => ({ col, column: columns[col]!, arm: compiled.arms[col] as FallbackColumn['arm'], cells: found.sort((a, b) => a - b) }));
}

/**
 * The window's row count: what every numeric column's groups (its cells and its missing values)
 * add up to, or the 'r' row where there is no numeric column (compile.ts). The columns are
 * grouped by separate scans, and by separate connections when they are shared out; in one
 * snapshot a table gives them the same rows, but a volatile `query:` (`random()`, TABLESAMPLE,
 * the clock) runs once a connection and may not. Columns that counted different rows are
 * refused as sameRowsTwice refuses a fallback's (profile/pushdown: `auto` reads the rows once).
 */
function rowCountOf(counted: number | undefined, grouped: ReadonlyMap<number, number>, compiled: CompiledProfile, name: string): number {
  const numeric = compiled.arms.flatMap((arm, col) => (arm.part === 'numeric' ? [{ col, arm }] : []));
  if (numeric.length === 0) {
    if (counted === undefined) throw new Error('bug: the pushdown query returned no row count');
    return counted;
  }
  const rows = grouped.get(numeric[0]!.col) ?? 0;
  const other = numeric.find(({ col }) => (grouped.get(col) ?? 0) !== rows);
  if (other !== undefined) {
    throw new DataError(
      'profile/pushdown',
      name,
      `the source gave other rows to different reads in the same snapshot (column ${JSON.stringify(numeric[0]!.arm.name)} counted ${rows.toLocaleString('en-US')} rows, column ${JSON.stringify(other.arm.name)} ${(grouped.get(other.col) ?? 0).toLocaleString('en-US')}), ` +
        'as a query with random(), TABLESAMPLE or the clock does; only a source that gives the same rows each time can be computed in the database',
    );
  }
  return rows;
}

/**
 * The fallback query reads the source again (in the same snapshot, so a table gives the same
 * rows), and a `query:` that is volatile (`random()`, TABLESAMPLE without REPEATABLE, the clock)
 * can give other rows the second time: its buckets would not be those of the cells the first
 * query counted, and the profile would mix two sets of rows. So each fallback cell must have
 * the same count, least and greatest value on both reads (a bucket's cell is that of its least
 * value); otherwise the source cannot be pushed down (profile/pushdown: `auto` reads its rows
 * once, `required` is an error). A change inside a cell that keeps all three is not seen; it
 * moves values between the buckets of that one cell only.
 */
function sameRowsTwice(first: readonly Row[], again: readonly Row[], wanted: readonly FallbackColumn[], name: string): void {
  for (const { col, column, arm } of wanted) {
    // NaN is missing (postgres.ts), so the cells' values are ordered.
    const cells = (rows: readonly Row[], part: 'g' | 'b'): Map<number, { n: number; lo: number; hi: number }> => {
      const byCell = new Map<number, { n: number; lo: number; hi: number }>();
      for (const [p, c, key, , , n, , , lo, hi] of rows) {
        if (p !== part || c !== col || key === null) continue;
        const cell = part === 'g' ? Number(key) : splitIndex(lo!, arm.grid.points);
        if (part === 'g' && arm.grid.cells[cell] !== null) continue;
        const seen = byCell.get(cell) ?? { n: 0, lo: Infinity, hi: -Infinity };
        byCell.set(cell, { n: seen.n + Number(n), lo: Math.min(seen.lo, lo!), hi: Math.max(seen.hi, hi!) });
      }
      return byCell;
    };
    const before = cells(first, 'g');
    const after = cells(again, 'b');
    const changed = [...new Set([...before.keys(), ...after.keys()])].some((cell) => {
      const [a, b] = [before.get(cell), after.get(cell)];
      return a === undefined || b === undefined || a.n !== b.n || a.lo !== b.lo || a.hi !== b.hi;
    });
    if (changed) {
      throw new DataError(
        'profile/pushdown',
        name,
        `the source gave other rows when read a second time in the same snapshot (column ${JSON.stringify(column.name)}: its values beyond the reference's grid differ in count, least or greatest value), ` +
          'as a query with random(), TABLESAMPLE or the clock does; only a source that gives the same rows each time can be computed in the database',
      );
    }
  }
}

/** compile.ts's output row: part, col, key, split, c, n, nv, m, lo, hi, s, vp, ord (int8 as text). */
type Row = [string, number, string | null, number | null, string | null, string | null, string | null, string | null, number | null, number | null, number | null, number | null, string | null];

interface BucketRow extends Bucket {
  readonly variance: number;
}

function profileOf(rows: readonly Row[], compiled: CompiledProfile, needs: ProfileNeeds, name: string, window: Profile['window'], origin: PushdownOrigin): Profile {
  const count = (x: string | null): number => (x === null ? 0 : Number(x));
  const buckets = compiled.arms.map((): BucketRow[] => []);
  const missing = compiled.arms.map(() => 0);
  const present = compiled.arms.map(() => 0);
  const bounds = compiled.arms.map((): [number | null, number | null] => [null, null]);
  const categories = compiled.arms.map((): { c: string; n: number; ord: number }[] => []);
  const other = compiled.arms.map(() => ({ categories: 0, count: 0 }));
  const ids = new Map<number, IdProfile>();
  const tuples = new Map<number, (number | string | null)[][]>();
  const distinctTuples = new Map<number, number>();
  let total: number | undefined;
  const grouped = new Map<number, number>();
  for (const [part, col, key, split, c, n, nv, m, lo, hi, s, vp, ord] of rows) {
    if (part === 'g') grouped.set(col, (grouped.get(col) ?? 0) + count(n));
    const arm = compiled.arms[col];
    switch (part) {
      case 'b':
        if (arm?.part === 'timestamp') {
          present[col] = count(nv);
          missing[col] = count(n) - count(nv);
          bounds[col] = [lo, hi];
        } else if (key === null) missing[col] = count(n);
        else {
          // The fallback's sums are of values scaled into [1, 2) (compile.ts fallbackUnscale).
          const unscale = fallbackUnscale(Number(key), needs.bits);
          buckets[col]!.push({ key: Number(key), split: split!, count: count(n), min: lo!, max: hi!, sum: s! * unscale, variance: vp! * unscale * unscale });
        }
        break;
      case 'g': {
        // A grid cell (grid.ts): its bucket, or nothing when it holds several (the fallback query's 'b' rows have them).
        if (key === null) {
          missing[col] = count(n);
          break;
        }
        const cell = arm?.part === 'numeric' ? arm.grid.cells[Number(key)] : undefined;
        if (cell === undefined || arm?.part !== 'numeric') throw new Error(`bug: the pushdown returned cell ${key} of column ${col}, which has no such cell`);
        if (cell === null) break;
        // The mean and variance of the values scaled by 2^−E (compile.ts sumScale): × 2^E gives them back exactly; the sum is the mean × count.
        const { unscale } = arm;
        buckets[col]!.push({ key: cell.key, split: cell.split, count: count(n), min: lo!, max: hi!, sum: s! * count(n) * unscale, variance: vp! * unscale * unscale });
        break;
      }
      case 'c':
        categories[col]!.push({ c: c!, n: count(n), ord: count(ord) });
        break;
      case 'o':
        other[col] = { categories: count(nv), count: count(n) };
        break;
      case 'm':
        missing[col] = count(n);
        break;
      case 'i':
        ids.set(col, { name: arm!.name, kind: arm!.part === 'id' ? arm!.kind : 'categorical', count: count(n), missing: count(m), duplicates: count(n) - count(nv) });
        break;
      case 'j':
        tuples.set(col, [...(tuples.get(col) ?? []), [...(JSON.parse(c!) as (number | string | null)[]), count(n)]]);
        break;
      case 'k':
        distinctTuples.set(col, count(n));
        break;
      case 'r':
        total = count(n);
        break;
      default:
        throw new Error(`bug: the pushdown query returned a row of part ${JSON.stringify(part)}`);
    }
  }
  const rowCount = rowCountOf(total, grouped, compiled, name);
  const columns: ColumnProfile[] = [];
  const idProfiles: IdProfile[] = [];
  compiled.arms.forEach((arm, col) => {
    switch (arm.part) {
      case 'numeric':
        columns.push(numericOf(arm.name, arm.splits, buckets[col]!, missing[col]!, name));
        break;
      case 'categorical': {
        const kept = categories[col]!.sort((a, b) => a.ord - b.ord);
        const counted = kept.reduce((sum, k) => sum + k.n, 0) + other[col]!.count;
        columns.push({ kind: 'categorical', name: arm.name, count: counted, missing: missing[col]!, categories: kept.map((k) => k.c), counts: kept.map((k) => k.n), other: other[col]!, top: needs.top } satisfies CategoricalProfile);
        break;
      }
      case 'timestamp': {
        const [min, max] = bounds[col]!;
        if ((min !== null && !Number.isFinite(min)) || (max !== null && !Number.isFinite(max))) {
          throw new DataError('data/bad-timestamp', name, `column ${JSON.stringify(arm.name)} holds infinity, which is not a date-time`);
        }
        columns.push({ kind: 'timestamp', name: arm.name, count: present[col]!, missing: missing[col]!, min: present[col]! > 0 ? min : null, max: present[col]! > 0 ? max : null });
        break;
      }
      case 'id':
        idProfiles.push(ids.get(col) ?? { name: arm.name, kind: arm.kind, count: 0, missing: 0, duplicates: 0 });
        break;
    }
  });
  const joint = jointOf(compiled, tuples, distinctTuples, needs);
  return {
    format: PROFILE_FORMAT,
    made_by: `modelwatch ${origin.version}`,
    model: origin.model,
    policy_fingerprint: origin.fingerprint,
    sources: [name],
    computed: 'database',
    rules: [],
    window,
    rows: rowCount,
    bits: needs.bits,
    columns,
    ids: idProfiles,
    joint: joint.ok ? joint.value : null,
    ...(!joint.ok && { joint_missing: joint.message }),
  };
}

/**
 * A numeric column from its buckets: count, least, greatest and sum from theirs, M2 merged
 * from each bucket's population variance with Chan's formula: Σ nᵢ·varᵢ + nᵢ·(meanᵢ − mean)².
 */
function numericOf(column: string, splits: readonly number[], rows: BucketRow[], missing: number, name: string): NumericProfile {
  rows.sort(compareBuckets);
  let n = 0;
  let sum = 0;
  for (const b of rows) {
    if (!Number.isFinite(b.min) || !Number.isFinite(b.max)) throw new DataError('data/not-a-number', name, `column ${JSON.stringify(column)} holds ${b.min < 0 ? '-Infinity' : 'Infinity'}, which is not a finite number`);
    n += b.count;
    sum += b.sum;
  }
  const mean = n > 0 ? sum / n : 0;
  let m2 = 0;
  for (const b of rows) m2 += b.count * b.variance + b.count * (b.sum / b.count - mean) ** 2;
  return {
    kind: 'numeric',
    name: column,
    count: n,
    missing,
    min: n > 0 ? rows[0]!.min : null,
    max: n > 0 ? rows[rows.length - 1]!.max : null,
    mean,
    m2,
    splits: [...splits],
    buckets: rows.map(({ key, split, count, min, max, sum: s }) => ({ key, split, count, min, max, sum: s })),
  };
}

function jointOf(compiled: CompiledProfile, tuples: ReadonlyMap<number, (number | string | null)[][]>, distinct: ReadonlyMap<number, number>, needs: ProfileNeeds): { ok: true; value: JointProfile | null } | { ok: false; message: string } {
  const { columns, kinds, scores } = compiled.joint;
  if (columns.length === 0) return { ok: true, value: null };
  const limit = needs.jointLimit;
  const exact = (distinct.get(EXACT_TUPLES) ?? 0) <= limit;
  const rounded = !exact && scores.length > 0 && (distinct.get(ROUNDED_TUPLES) ?? Infinity) <= limit;
  if (!exact && !rounded) {
    const failure = tooManyTuples(columns, limit, scores);
    return { ok: false, message: failure.message };
  }
  const found = tuples.get(exact ? EXACT_TUPLES : ROUNDED_TUPLES) ?? [];
  return {
    ok: true,
    value: { columns: [...columns], kinds: [...kinds], tuples: found.sort(compareTuples), limit, score_step: exact ? null : SCORE_STEP, score_columns: [...scores] },
  };
}
