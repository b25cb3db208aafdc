/**
 * The one query that computes a profile (profile/types.ts) where the rows live, written from a
 * dialect's pieces (dialect.ts). The rows are scanned once:
 *
 * 1. `r`: each row's values as the row path reads them (a double or NULL per numeric column, a
 *    text or NULL per categorical or id column, an instant per timestamp column, the order
 *    column for first-seen category order), and each double's bytes once (OFFSET 0 keeps the
 *    planner from computing them again for every use).
 * 2. `g`: every row unpivoted into one arm per column (LATERAL VALUES) and grouped by
 *    (column, bucket key, split index, text): a numeric column's groups are its buckets (and
 *    one of its missing values), a categorical column's its categories, an id column's its
 *    distinct ids, a timestamp column's one group; the joint tuple (as JSON text, exact and
 *    with scores rounded) is one more arm, and a constant arm counts the rows. One GROUP BY
 *    rather than GROUPING SETS (decision): a grouping set computes every aggregate of the
 *    select list for every set, 20 numeric columns × 6 aggregates for each of 20+ sets; an
 *    unpivot gives each group only its column's, and one plain GROUP BY may run in parallel.
 * 3. What leaves the server is O(columns × buckets): buckets with count, least, greatest, sum
 *    and population variance (the column's mean and M2 are merged from them in JavaScript,
 *    Chan's formula); at most `top` categories a column, ranked in SQL, the rest as one
 *    "other" row; per id column its count, distinct count and missing; the joint tuples only
 *    when at most `limit` of them (exact, else rounded), with both tuple counts.
 *
 * The window and the split points are bound parameters; the text holds no value of the data.
 */
import type { ColumnKind } from '../../policy/types.js';
import { SCORE_STEP, type ProfileNeeds } from '../needs.js';
import type { Dialect } from './dialect.js';

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
  | { readonly part: 'numeric'; readonly name: string; readonly splits: readonly number[] }
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
 * The query over `from` (the rows: `SELECT … FROM (base) AS q WHERE window`, with `q` in
 * scope), whose rows are, in this order of `part`:
 * - 'b' a numeric column's group (key, split NULL for its missing values) or a timestamp column's;
 * - 'c' a kept category, `ord` its first-seen rank; 'o' a categorical column's other categories;
 *   'm' its missing values;
 * - 'i' an id column: n present, nv distinct, m missing;
 * - 'j' a joint tuple (`c` its JSON text); 'k' each joint arm's count of distinct tuples;
 * - 'r' the rows.
 * `firstParam` is the number of the first parameter it may bind.
 */
export function compileProfile(dialect: Dialect, from: string, columns: readonly PushedColumn[], needs: ProfileNeeds, orderColumn: string | undefined, firstParam: number): CompiledProfile {
  const q = (name: string): string => `q.${dialect.quote(name)}`;
  const inner: string[] = [];
  const bytes: string[] = [];
  const arms: Arm[] = [];
  const values: string[] = [];
  const params: number[][] = [];
  const byName = new Map<string, { value: string; kind: 'numeric' | 'categorical' }>();
  const NULLS = { key: 'NULL::int8', split: 'NULL::int4', v: 'NULL::float8', c: 'NULL::text', o: 'NULL', t: 'NULL::timestamptz' };
  const arm = (col: number, parts: Partial<typeof NULLS>): string => {
    const p = { ...NULLS, ...parts };
    return `(${col}, ${p.key}, ${p.split}, ${p.v}, ${p.c}, ${p.o}, ${p.t})`;
  };
  const order = orderColumn === undefined ? 'NULL' : 'r.o';
  if (orderColumn !== undefined) inner.push(`${q(orderColumn)} AS o`);
  columns.forEach((column, col) => {
    const v = `v${col}`;
    const isId = needs.ids.includes(column.name);
    if (column.kind === 'numeric') {
      inner.push(`${dialect.number(q(column.name), column.type)} AS ${v}`);
      byName.set(column.name, { value: `r.${v}`, kind: 'numeric' });
      if (isId) {
        arms.push({ part: 'id', name: column.name, kind: 'numeric' });
        values.push(arm(col, { c: `(${dialect.positiveZero(`r.${v}`)})::text` }));
        return;
      }
      const splits = [...new Set(needs.splitsOf(column.name))].sort((a, b) => a - b);
      bytes.push(`${dialect.doubleBytes(v)} AS b${col}`);
      // An array only when there are points (a parameter the text does not use is refused).
      if (splits.length > 0) params.push(splits);
      const points = splits.length > 0 ? dialect.doubleArray(firstParam + params.length - 1) : '';
      arms.push({ part: 'numeric', name: column.name, splits });
      values.push(arm(col, { key: dialect.bucketKey(`r.${v}`, `r.b${col}`, needs.bits), split: dialect.splitIndex(`r.${v}`, points, splits.length), v: `r.${v}` }));
    } else if (column.kind === 'categorical') {
      inner.push(`${dialect.category(q(column.name))} AS ${v}`);
      byName.set(column.name, { value: `r.${v}`, kind: 'categorical' });
      arms.push(isId ? { part: 'id', name: column.name, kind: 'categorical' } : { part: 'categorical', name: column.name });
      values.push(arm(col, isId ? { c: `r.${v}` } : { c: `r.${v}`, o: order }));
    } else {
      inner.push(`${dialect.instant(q(column.name))} AS ${v}`);
      arms.push({ part: 'timestamp', name: column.name });
      values.push(arm(col, { t: `r.${v}` }));
    }
  });
  // The joint aggregate: the columns the row path's jointOf keeps (numeric or categorical ones the rows have).
  const jointColumns = needs.joint.filter((name) => byName.has(name));
  const scores = needs.scoreColumns.filter((name) => jointColumns.includes(name));
  if (jointColumns.length > 0) {
    const cell = (name: string, round: boolean): string => {
      const { value, kind } = byName.get(name)!;
      if (kind === 'categorical') return value;
      return dialect.positiveZero(round ? dialect.roundScore(value, SCORE_STEP) : value);
    };
    values.push(arm(EXACT_TUPLES, { c: dialect.tuple(jointColumns.map((n) => cell(n, false))) }));
    if (scores.length > 0) values.push(arm(ROUNDED_TUPLES, { c: dialect.tuple(jointColumns.map((n) => cell(n, scores.includes(n)))) }));
  }
  values.push(arm(ROW_COUNT, {}));

  const list = (cols: readonly number[]): string => (cols.length === 0 ? '(NULL)' : `(${cols.join(', ')})`);
  const colsOf = (...parts: Arm['part'][]): number[] => arms.flatMap((a, i) => (parts.includes(a.part) ? [i] : []));
  const rows = `SELECT ${inner.length === 0 ? '1 AS one' : inner.join(', ')} FROM ${from} OFFSET 0`;
  const withBytes = `SELECT r0.*${bytes.map((b) => `, ${b}`).join('')} FROM (\n${rows}\n) AS r0 OFFSET 0`;
  const out = (part: string, fields: Partial<Record<'col' | 'key' | 'split' | 'c' | 'n' | 'nv' | 'm' | 'lo' | 'hi' | 's' | 'vp' | 'ord', string>>): string => {
    const f = { col: 'col', key: 'NULL::int8', split: 'NULL::int4', c: 'NULL::text', n: 'NULL::int8', nv: 'NULL::int8', m: 'NULL::int8', lo: 'NULL::float8', hi: 'NULL::float8', s: 'NULL::float8', vp: 'NULL::float8', ord: 'NULL::int8', ...fields };
    return `SELECT '${part}' AS part, ${f.col} AS col, ${f.key} AS key, ${f.split} AS split, ${f.c} AS c, ${f.n} AS n, ${f.nv} AS nv, ${f.m} AS m, ${f.lo} AS lo, ${f.hi} AS hi, ${f.s} AS s, ${f.vp} AS vp, ${f.ord} AS ord`;
  };
  const categorical = list(colsOf('categorical'));
  const top = needs.top;
  const limit = needs.jointLimit;
  const sql = `WITH g AS (
SELECT a.col, a.key, a.split, a.c, count(*) AS n, count(a.v) AS nv, min(a.v) AS lo, max(a.v) AS hi, sum(a.v) AS s, ${dialect.variance('a.v')} AS vp,
  min(a.o) AS first, count(a.t) AS nt, min(a.t) AS t_lo, max(a.t) AS t_hi
FROM (
${withBytes}
) AS r CROSS JOIN LATERAL (VALUES
  ${values.join(',\n  ')}
) AS a(col, key, split, v, c, o, t)
GROUP BY a.col, a.key, a.split, a.c
), ranked AS (
SELECT col, c, n, first, row_number() OVER (PARTITION BY col ORDER BY n DESC, ${dialect.bytewise('c')}) AS rk
FROM g WHERE col IN ${categorical} AND c IS NOT NULL
), kept AS (
SELECT col, c, n, row_number() OVER (PARTITION BY col ORDER BY first ASC NULLS LAST, ${dialect.bytewise('c')}) AS ord FROM ranked WHERE rk <= ${top}
), tuples AS (
SELECT col, count(*) AS k FROM g WHERE col IN (${EXACT_TUPLES}, ${ROUNDED_TUPLES}) GROUP BY col
)
${out('b', { key: 'key', split: 'split', n: 'n', nv: 'nv', lo: 'lo', hi: 'hi', s: 's', vp: 'vp' })} FROM g WHERE col IN ${list(colsOf('numeric'))}
UNION ALL ${out('b', { n: 'n', nv: 'nt', lo: dialect.epochMs('t_lo'), hi: dialect.epochMs('t_hi') })} FROM g WHERE col IN ${list(colsOf('timestamp'))}
UNION ALL ${out('c', { c: 'c', n: 'n', ord: 'ord' })} FROM kept
UNION ALL ${out('o', { n: 'sum(n)::int8', nv: 'count(*)' })} FROM ranked WHERE rk > ${top} GROUP BY col
UNION ALL ${out('m', { n: 'n' })} FROM g WHERE col IN ${categorical} AND c IS NULL
UNION ALL ${out('i', { n: 'coalesce(sum(n) FILTER (WHERE c IS NOT NULL), 0)::int8', nv: 'count(c)', m: 'coalesce(sum(n) FILTER (WHERE c IS NULL), 0)::int8' })} FROM g WHERE col IN ${list(colsOf('id'))} GROUP BY col
UNION ALL ${out('j', { c: 'c', n: 'n' })} FROM g WHERE (col = ${EXACT_TUPLES} AND (SELECT k FROM tuples WHERE col = ${EXACT_TUPLES}) <= ${limit})
  OR (col = ${ROUNDED_TUPLES} AND (SELECT k FROM tuples WHERE col = ${EXACT_TUPLES}) > ${limit} AND (SELECT k FROM tuples WHERE col = ${ROUNDED_TUPLES}) <= ${limit})
UNION ALL ${out('k', { n: 'k' })} FROM tuples
UNION ALL ${out('r', { n: 'n' })} FROM g WHERE col = ${ROW_COUNT}`;
  return {
    sql,
    params,
    arms,
    joint: { columns: jointColumns, kinds: jointColumns.map((n) => byName.get(n)!.kind), scores },
  };
}
