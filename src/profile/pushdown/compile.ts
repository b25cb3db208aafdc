/**
 * The query that computes a profile (profile/types.ts) where the rows live, written from a
 * dialect's pieces (dialect.ts):
 *
 * 1. Per numeric column, one GROUP BY of its values by grid cell (grid.ts: `width_bucket` over
 *    every bucket and split boundary of the column's range, a binary search a value): each cell
 *    with count, least, greatest, mean (`avg`, which shares `var_pop`'s state; × count is its
 *    sum) and population variance (the column's mean and M2 are merged from them in
 *    JavaScript, Chan's formula; the sums of values limited to the grid's
 *    range, and scaled by a power of two for a grid past ±2^400, so that no sentinel overflows
 *    them: sumScale), and one group of its missing values. A
 *    table source is scanned again for each numeric column (`scanEach`), the value written at
 *    each use when that is cheap (dialect.cheapNumber), else once a row behind OFFSET 0.
 * 2. `r`, only when an arm needs it: the window's rows read once and kept (a materialized common
 *    table expression), each value as the row path reads it (a double or NULL per numeric
 *    column, a text or NULL per categorical or id column, an instant per timestamp column, and
 *    the order column for first-seen category order). A `query:` source's numeric columns are
 *    read from it too, so that the user's query runs once a connection (run.ts shares the
 *    columns among connections: `Share`). Per categorical column its categories' counts and
 *    first appearance, ranked in SQL: at most `top` leave the server, the rest as one "other"
 *    row. Per id column its count, distinct count and missing; per timestamp column its count
 *    and range; the joint tuples (as JSON text, exact and with scores rounded) only when at most
 *    `limit` of them.
 * 3. compileFallback: a second query, only for cells that hold values of more than one bucket
 *    (far outside the reference's range, near zero, infinities), those values grouped by
 *    (bucket key from the double's bytes, split index), summed scaled into [1, 2)
 *    (fallbackUnscale).
 *
 * What leaves the server is O(columns × buckets), never O(rows).
 *
 * Decision, by measurement (1,000,000 rows × 20 double columns, PostgreSQL 15, 2 cores; the
 * figures are for 10 columns on one connection): grouping by grid cell 2.0–2.3 s, by the key
 * from `float8send` 4.4–5.3 s, a trivial `floor(v * 64)` 2.4–2.7 s; each column scanning the
 * table 2.1 s, against 3.5 s reading the materialized CTE; the fallback inline as a CASE
 * 3.8–4.6 s. The rows unpivoted into one arm a column (LATERAL VALUES) and grouped once took
 * 121 s for 20 columns (a values scan a row, 20,000,000 rows through one hash table); GROUPING
 * SETS would advance every aggregate of the select list for every set. docs/architecture.md,
 * "Pushdown".
 *
 * The window, the grid and the split points are bound parameters; the text holds no value of
 * the data.
 */
import type { ColumnKind } from '../../policy/types.js';
import { SCORE_STEP, type ProfileNeeds } from '../needs.js';
import type { Dialect } from './dialect.js';
import { cellGrid, type CellGrid } from './grid.js';

/** A column of the rows, as the row path would read it. */
export interface PushedColumn {
  readonly name: string;
  /** The kind the row path gives it (the policy's declared kind wins). */
  readonly kind: ColumnKind;
  /** The database's type (an OID for PostgreSQL). */
  readonly type: number;
}

/** The arm of a column in the output: what `col` means. */
export type Arm =
  | { readonly part: 'numeric'; readonly name: string; readonly splits: readonly number[]; readonly grid: CellGrid; readonly unscale: number }
  | { readonly part: 'categorical'; readonly name: string }
  | { readonly part: 'timestamp'; readonly name: string }
  | { readonly part: 'id'; readonly name: string; readonly kind: 'numeric' | 'categorical' };

export interface CompiledProfile {
  readonly sql: string;
  /** Bound values after the source's own (split point arrays). */
  readonly params: readonly (readonly number[])[];
  /** By `col`, in the table's column order. */
  readonly arms: readonly Arm[];
  /** The joint aggregate's columns and kinds, and its score columns (empty: no joint). */
  readonly joint: { readonly columns: readonly string[]; readonly kinds: readonly ('numeric' | 'categorical')[]; readonly scores: readonly string[] };
}

/** `col` of the joint arms and of the row count. */
export const EXACT_TUPLES = -1;
export const ROUNDED_TUPLES = -2;
export const ROW_COUNT = -3;

/**
 * The query over `from` (the rows: `(base) AS q WHERE window`, with `q` in scope), whose rows
 * are, by `part`:
 * - 'g' a numeric column's grid cell (key its number; NULL for its missing values), `s` the mean
 *   of its values (as sumScale sums them), `vp` their population variance;
 * - 'b' a fallback bucket of a numeric column (key, split, `s` the sum) or a timestamp column's;
 * - 'c' a kept category, `ord` its first-seen rank; 'o' a categorical column's other categories;
 *   'm' its missing values;
 * - 'i' an id column: n present, nv distinct, m missing;
 * - 'j' a joint tuple (`c` its JSON text); 'k' each joint arm's count of distinct tuples;
 * - 'r' the rows, only without a numeric column (each one's 'g' rows add up to them).
 * `firstParam` is the number of the first parameter it may bind. `grids` gives each numeric
 * column's cells (gridsOf: one per column, shared by every connection's query).
 */
export function compileProfile(dialect: Dialect, from: string, columns: readonly PushedColumn[], needs: ProfileNeeds, orderColumn: string | undefined, firstParam: number, grids: ReadonlyMap<string, CellGrid>, share: Share = WHOLE, scanEach = false): CompiledProfile {
  const q = (name: string): string => `q.${dialect.quote(name)}`;
  const inner: string[] = [];
  const arms: Arm[] = [];
  const params: (readonly number[])[] = [];
  const parts: string[] = [];
  const categories: string[] = [];
  const byName = new Map<string, { value: string; kind: 'numeric' | 'categorical' }>();
  const order = orderColumn === undefined ? 'NULL::int8' : 'o';
  columns.forEach((column, col) => {
    const v = `v${col}`;
    const isId = needs.ids.includes(column.name);
    if (column.kind === 'numeric') {
      const splits = splitsOf(needs, column.name);
      const mine = isId ? share.rest : share.numeric(col);
      if ((mine && (isId || !scanEach)) || (share.rest && needs.joint.includes(column.name))) {
        inner.push(`${dialect.number(q(column.name), column.type)} AS ${v}`);
        byName.set(column.name, { value: v, kind: 'numeric' });
      }
      if (isId) {
        arms.push({ part: 'id', name: column.name, kind: 'numeric' });
        if (mine) parts.push(idPart(col, `(${dialect.positiveZero(v)})::text`));
        return;
      }
      const grid = grids.get(column.name);
      if (grid === undefined) throw new Error(`bug: no grid for numeric column ${JSON.stringify(column.name)} (gridsOf)`);
      const { bounds, unscale } = sumScale(grid);
      arms.push({ part: 'numeric', name: column.name, splits, grid, unscale });
      if (!mine) return;
      params.push(grid.points);
      const points = dialect.doubleArray(firstParam + params.length - 1);
      params.push(bounds);
      const summed = (x: string): string => dialect.summed(x, dialect.doubleArray(firstParam + params.length - 1), unscale !== 1);
      // A table is read again for each column (cheaper than keeping its rows, measured); its value written at each use when that is cheap.
      const cheap = scanEach && dialect.cheapNumber(column.type);
      const x = cheap ? dialect.number(q(column.name), column.type) : 'x.v';
      const source = cheap ? from : scanEach ? `(SELECT ${dialect.number(q(column.name), column.type)} AS v FROM ${from} OFFSET 0) AS x` : `(SELECT ${v} AS v FROM r) AS x`;
      parts.push(
        `${out('g', { col: String(col), key: `(${dialect.splitIndex(x, points, grid.points.length)})::int8`, n: 'count(*)', lo: `min(${x})`, hi: `max(${x})`, s: dialect.mean(summed(x)), vp: dialect.variance(summed(x)) })} FROM ${source} GROUP BY 3`,
      );
    } else if (!share.rest) {
      arms.push(column.kind === 'categorical' ? (isId ? { part: 'id', name: column.name, kind: 'categorical' } : { part: 'categorical', name: column.name }) : { part: 'timestamp', name: column.name });
    } else if (column.kind === 'categorical') {
      inner.push(`${dialect.category(q(column.name))} AS ${v}`);
      byName.set(column.name, { value: v, kind: 'categorical' });
      if (isId) {
        arms.push({ part: 'id', name: column.name, kind: 'categorical' });
        parts.push(idPart(col, v));
        return;
      }
      arms.push({ part: 'categorical', name: column.name });
      categories.push(`SELECT ${col} AS col, ${v} AS c, count(*) AS n, min(${order}) AS first FROM r GROUP BY ${v}`);
    } else {
      inner.push(`${dialect.instant(q(column.name))} AS ${v}`);
      arms.push({ part: 'timestamp', name: column.name });
      parts.push(`${out('b', { col: String(col), n: 'count(*)', nv: `count(${v})`, lo: dialect.epochMs(`min(${v})`), hi: dialect.epochMs(`max(${v})`) })} FROM r`);
    }
  });
  // The joint aggregate: the columns the row path's jointOf keeps (numeric or categorical ones the rows have).
  const jointColumns = share.rest ? needs.joint.filter((name) => byName.has(name)) : [];
  const scores = needs.scoreColumns.filter((name) => jointColumns.includes(name));
  const tupleArms: string[] = [];
  if (jointColumns.length > 0) {
    const cell = (name: string, round: boolean): string => {
      const { value, kind } = byName.get(name)!;
      if (kind === 'categorical') return value;
      return dialect.positiveZero(round ? dialect.roundScore(value, SCORE_STEP) : value);
    };
    tupleArms.push(`SELECT ${EXACT_TUPLES} AS col, ${dialect.tuple(jointColumns.map((n) => cell(n, false)))} AS c, count(*) AS n FROM r GROUP BY 2`);
    if (scores.length > 0) tupleArms.push(`SELECT ${ROUNDED_TUPLES} AS col, ${dialect.tuple(jointColumns.map((n) => cell(n, scores.includes(n))))} AS c, count(*) AS n FROM r GROUP BY 2`);
  }
  const top = needs.top;
  const limit = needs.jointLimit;
  // The order column only for first-seen category order; no kept rows when no arm reads them.
  if (orderColumn !== undefined && categories.length > 0) inner.unshift(`${q(orderColumn)} AS o`);
  const ctes = inner.length === 0 ? [] : [`r AS MATERIALIZED (\nSELECT ${inner.join(', ')} FROM ${from}\n)`];
  if (categories.length > 0) {
    ctes.push(`cat AS (\n${categories.join('\nUNION ALL ')}\n)`);
    ctes.push(`ranked AS (\nSELECT col, c, n, first, row_number() OVER (PARTITION BY col ORDER BY n DESC, ${dialect.bytewise('c')}) AS rk FROM cat WHERE c IS NOT NULL\n)`);
    ctes.push(`kept AS (\nSELECT col, c, n, row_number() OVER (PARTITION BY col ORDER BY first ASC NULLS LAST, ${dialect.bytewise('c')}) AS ord FROM ranked WHERE rk <= ${top}\n)`);
    parts.push(`${out('c', { c: 'c', n: 'n', ord: 'ord' })} FROM kept`);
    parts.push(`${out('o', { n: 'sum(n)::int8', nv: 'count(*)' })} FROM ranked WHERE rk > ${top} GROUP BY col`);
    parts.push(`${out('m', { n: 'n' })} FROM cat WHERE c IS NULL`);
  }
  if (tupleArms.length > 0) {
    ctes.push(`jt AS (\n${tupleArms.join('\nUNION ALL ')}\n)`);
    ctes.push(`tuples AS (SELECT col, count(*) AS k FROM jt GROUP BY col)`);
    parts.push(
      `${out('j', { c: 'c', n: 'n' })} FROM jt WHERE (col = ${EXACT_TUPLES} AND (SELECT k FROM tuples WHERE col = ${EXACT_TUPLES}) <= ${limit})\n` +
        `  OR (col = ${ROUNDED_TUPLES} AND (SELECT k FROM tuples WHERE col = ${EXACT_TUPLES}) > ${limit} AND (SELECT k FROM tuples WHERE col = ${ROUNDED_TUPLES}) <= ${limit})`,
    );
    parts.push(`${out('k', { n: 'k' })} FROM tuples`);
  }
  // The row count: a numeric column's groups (its cells and its missing values) add up to it, so
  // it needs its own scan only when there is no numeric column (run.ts rowCountOf).
  const counted = arms.some((arm) => arm.part === 'numeric');
  if (share.rest && !counted) parts.push(`${out('r', { col: String(ROW_COUNT), n: 'count(*)' })} FROM ${inner.length === 0 ? from : 'r'}`);
  if (parts.length === 0) parts.push(`${out('r', { col: String(ROW_COUNT), n: 'NULL::int8' })} WHERE false`);
  const sql = `${ctes.length === 0 ? '' : `WITH ${ctes.join(',\n')}\n`}${parts.join('\nUNION ALL ')}`;
  return {
    sql,
    params,
    arms,
    joint: { columns: jointColumns, kinds: jointColumns.map((n) => byName.get(n)!.kind), scores },
  };
}

/** A numeric column's split points, ascending, once each. */
function splitsOf(needs: ProfileNeeds, name: string): number[] {
  return [...new Set(needs.splitsOf(name))].sort((a, b) => a - b);
}

/** The grid of each numeric column that is not an id: computed once, for every query that groups it (a grid is a few thousand points). */
export function gridsOf(columns: readonly PushedColumn[], needs: ProfileNeeds): Map<string, CellGrid> {
  const grids = new Map<string, CellGrid>();
  for (const column of columns) {
    if (column.kind === 'numeric' && !needs.ids.includes(column.name)) grids.set(column.name, cellGrid(splitsOf(needs, column.name), needs.bits, needs.scaleOf(column.name)));
  }
  return grids;
}

/**
 * Which parts of the profile one query computes, so that several connections can share the
 * work (run.ts): the numeric columns (by position) it groups, and whether it computes the rest
 * (categories, ids, timestamps, the joint, the row count). The default: everything.
 */
export interface Share {
  numeric(col: number): boolean;
  readonly rest: boolean;
}

export const WHOLE: Share = { numeric: () => true, rest: true };

type Field = 'col' | 'key' | 'split' | 'c' | 'n' | 'nv' | 'm' | 'lo' | 'hi' | 's' | 'vp' | 'ord';

/** One arm's select list: every output column, typed, NULL where the arm has nothing. */
function out(part: string, fields: Partial<Record<Field, string>>): string {
  const f = { col: 'col', key: 'NULL::int8', split: 'NULL::int4', c: 'NULL::text', n: 'NULL::int8', nv: 'NULL::int8', m: 'NULL::int8', lo: 'NULL::float8', hi: 'NULL::float8', s: 'NULL::float8', vp: 'NULL::float8', ord: 'NULL::int8', ...fields };
  return `SELECT '${part}' AS part, ${f.col}::int4 AS col, ${f.key} AS key, ${f.split} AS split, ${f.c} AS c, ${f.n} AS n, ${f.nv} AS nv, ${f.m} AS m, ${f.lo} AS lo, ${f.hi} AS hi, ${f.s} AS s, ${f.vp} AS vp, ${f.ord} AS ord`;
}

/** An id column's count, distinct count and missing values (`text`: the id as the row path compares it). */
function idPart(col: number, text: string): string {
  return `${out('i', { col: String(col), n: `count(${text})`, nv: `count(DISTINCT ${text})`, m: `count(*) - count(${text})` })} FROM r`;
}

/**
 * How a grid cell's sum and variance are kept inside the doubles. PostgreSQL raises "value out
 * of range" where a sum, or the sum of squares behind var_pop (N·x − Σx, squared), passes
 * 1.8e308: values past about 1e148 on a million rows, a sentinel like 1e300 in the current side.
 * So the cells sum the values limited to the grid's range, which changes only the two unbounded
 * cells, whose sums are not read (they are bucketed by the fallback query). A grid within ±2^400
 * then needs nothing more. A wider one (a reference past 2.6e120) also sums them times 2^−E, E
 * the least power with the grid within ±2^E, so each term is at most 2: a power of two scales
 * the server's sum and variance exactly, so × `unscale` (2^E) and × unscale² give them back to
 * the bit. Its values below 2^(E − 1022) sum as 0: times 2^−E they would leave the normal doubles
 * and not scale exactly (and PostgreSQL raises "underflow" where one becomes 0). The grid's
 * exact cells start 26 binades below its top, so that changes the sum of the cell of zeros and
 * subnormals only (to 0 from at most its count × 2.2e-308), or of a cell a split point far
 * below the grid makes.
 */
function sumScale(grid: CellGrid): { bounds: readonly number[]; unscale: number } {
  const { points } = grid;
  const low = points[0]!;
  const high = points[points.length - 1]!;
  const top = Math.max(Math.abs(low), Math.abs(high));
  if (top <= 2 ** UNSCALED_POWER) return { bounds: [low, high], unscale: 1 };
  const exponent = Math.min(1023, Math.ceil(Math.log2(top)));
  return { bounds: [low, high, 2 ** -exponent, 2 ** (exponent - 1022)], unscale: 2 ** exponent };
}

/** Grids within ±2^this sum their values as they are (sumScale): N·x stays below 2^441 for N up to 2^40 rows, its square below the largest double. */
const UNSCALED_POWER = 400;

/**
 * What the fallback query's sums of a bucket are multiplied by (its values were scaled into
 * [1, 2) by dialect.binadeScale, exactly): 2^(e − 1023) for the exponent field e of the bucket's
 * magnitude when 1 ≤ e ≤ 2046, else 1 (zeros and subnormals, which cannot overflow, and
 * infinities).
 */
export function fallbackUnscale(key: number, bits: number): number {
  const magnitude = key >= 0 ? key : -key - 1;
  const exponent = Math.floor(magnitude / 2 ** bits);
  return exponent >= 1 && exponent <= 2046 ? 2 ** (exponent - 1023) : 1;
}

/** A numeric column whose inexact cells (grid.ts) held values: its position, column and those cells. */
export interface FallbackColumn {
  readonly col: number;
  readonly column: PushedColumn;
  readonly arm: Extract<Arm, { part: 'numeric' }>;
  readonly cells: readonly number[];
}

/**
 * The second query, run only when some column's values fell in cells of more than one bucket
 * (grid.ts): those values grouped by (bucket key, split index), the key from the double's bytes,
 * as 'b' rows. It reads `from` again, in the same transaction and snapshot as the first.
 */
export function compileFallback(dialect: Dialect, from: string, wanted: readonly FallbackColumn[], bits: number): { readonly sql: string; readonly params: readonly (readonly number[])[] } {
  const params: (readonly number[])[] = [];
  const bind = (values: readonly number[]): number => params.push(values);
  const parts = wanted.map(({ col, column, arm, cells }) => {
    const value = dialect.number(`q.${dialect.quote(column.name)}`, column.type);
    const inCells = dialect.among(dialect.splitIndex('y.v', dialect.doubleArray(bind(arm.grid.points)), arm.grid.points.length), bind(cells));
    const points = arm.splits.length > 0 ? dialect.doubleArray(bind(arm.splits)) : '';
    return (
      `${out('b', { col: String(col), key: 'key', split: 'split', n: 'count(*)', nv: 'count(x.v)', lo: 'min(x.v)', hi: 'max(x.v)', s: 'sum(x.w)', vp: dialect.variance('x.w') })} FROM (\n` +
      `SELECT x.v, x.v * ${dialect.binadeScale('x.b')} AS w, ${dialect.bucketKey('x.v', 'x.b', bits)} AS key, ${dialect.splitIndex('x.v', points, arm.splits.length)} AS split FROM (\n` +
      `SELECT y.v, ${dialect.doubleBytes('y.v')} AS b FROM (SELECT ${value} AS v FROM ${from}) AS y WHERE ${inCells} OFFSET 0) AS x\n) AS x GROUP BY key, split`
    );
  });
  return { sql: parts.join('\nUNION ALL '), params };
}
