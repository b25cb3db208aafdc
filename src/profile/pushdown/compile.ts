/**
 * The one query that computes a profile (profile/types.ts) where the rows live, written from a
 * dialect's pieces (dialect.ts):
 *
 * 1. `r`: the window's rows read once and kept (a materialized common table expression), each
 *    value as the row path reads it (a double or NULL per numeric column, a text or NULL per
 *    categorical or id column, an instant per timestamp column, and the order column for
 *    first-seen category order). A `query:` source runs once a connection (run.ts shares the
 *    columns among connections: `Share`), however many columns it has.
 * 2. Per numeric column, one GROUP BY of `r` by (bucket key, split index), the key from the
 *    double's bytes computed once a value (OFFSET 0 keeps the planner from computing them again
 *    for every use): the buckets with count, least, greatest, sum and population variance (the
 *    column's mean and M2 are merged from them in JavaScript, Chan's formula), and one group of
 *    its missing values. Per categorical column its categories' counts and first appearance,
 *    ranked in SQL: at most `top` leave the server, the rest as one "other" row. Per id column its
 *    count, distinct count and missing; per timestamp column its count and range; the joint tuples
 *    (as JSON text, exact and with scores rounded) only when at most `limit` of them.
 * 3. What leaves the server is O(columns × buckets), never O(rows).
 *
 * Decision, by measurement (1,000,000 rows × 20 double columns, PostgreSQL 17, 2 cores): a
 * GROUP BY a column over the kept rows, 20 of them, takes 9.4–10.3 s; the rows unpivoted into one arm
 * a column (LATERAL VALUES) and grouped once took 121 s (a values scan a row, 20,000,000 rows
 * through one hash table); GROUPING SETS would advance every aggregate of the select list for
 * every set. docs/architecture.md, "Pushdown".
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
 * The query over `from` (the rows: `(base) AS q WHERE window`, with `q` in scope), whose rows
 * are, by `part`:
 * - 'b' a numeric column's group (key, split; both NULL for its missing values) or a timestamp column's;
 * - 'c' a kept category, `ord` its first-seen rank; 'o' a categorical column's other categories;
 *   'm' its missing values;
 * - 'i' an id column: n present, nv distinct, m missing;
 * - 'j' a joint tuple (`c` its JSON text); 'k' each joint arm's count of distinct tuples;
 * - 'r' the rows.
 * `firstParam` is the number of the first parameter it may bind.
 */
export function compileProfile(dialect: Dialect, from: string, columns: readonly PushedColumn[], needs: ProfileNeeds, orderColumn: string | undefined, firstParam: number, share: Share = WHOLE): CompiledProfile {
  const q = (name: string): string => `q.${dialect.quote(name)}`;
  const inner: string[] = [];
  const arms: Arm[] = [];
  const params: number[][] = [];
  const parts: string[] = [];
  const categories: string[] = [];
  const byName = new Map<string, { value: string; kind: 'numeric' | 'categorical' }>();
  const out = (part: string, fields: Partial<Record<'col' | 'key' | 'split' | 'c' | 'n' | 'nv' | 'm' | 'lo' | 'hi' | 's' | 'vp' | 'ord', string>>): string => {
    const f = { col: 'col', key: 'NULL::int8', split: 'NULL::int4', c: 'NULL::text', n: 'NULL::int8', nv: 'NULL::int8', m: 'NULL::int8', lo: 'NULL::float8', hi: 'NULL::float8', s: 'NULL::float8', vp: 'NULL::float8', ord: 'NULL::int8', ...fields };
    return `SELECT '${part}' AS part, ${f.col}::int4 AS col, ${f.key} AS key, ${f.split} AS split, ${f.c} AS c, ${f.n} AS n, ${f.nv} AS nv, ${f.m} AS m, ${f.lo} AS lo, ${f.hi} AS hi, ${f.s} AS s, ${f.vp} AS vp, ${f.ord} AS ord`;
  };
  const order = orderColumn === undefined ? 'NULL::int8' : 'o';
  if (orderColumn !== undefined && share.rest) inner.push(`${q(orderColumn)} AS o`);
  columns.forEach((column, col) => {
    const v = `v${col}`;
    const isId = needs.ids.includes(column.name);
    if (column.kind === 'numeric') {
      const splits = [...new Set(needs.splitsOf(column.name))].sort((a, b) => a - b);
      const mine = isId ? share.rest : share.numeric(col);
      if (mine || (share.rest && needs.joint.includes(column.name))) {
        inner.push(`${dialect.number(q(column.name), column.type)} AS ${v}`);
        byName.set(column.name, { value: v, kind: 'numeric' });
      }
      if (isId) {
        arms.push({ part: 'id', name: column.name, kind: 'numeric' });
        if (mine) parts.push(idPart(out, col, `(${dialect.positiveZero(v)})::text`));
        return;
      }
      if (!mine) {
        arms.push({ part: 'numeric', name: column.name, splits });
        return;
      }
      // An array only when there are points (a parameter the text does not use is refused).
      if (splits.length > 0) params.push(splits);
      const points = splits.length > 0 ? dialect.doubleArray(firstParam + params.length - 1) : '';
      arms.push({ part: 'numeric', name: column.name, splits });
      const key = dialect.bucketKey('x.v', 'x.b', needs.bits);
      const split = dialect.splitIndex('x.v', points, splits.length);
      parts.push(
        `${out('b', { col: String(col), key: 'key', split: 'split', n: 'count(*)', nv: 'count(x.v)', lo: 'min(x.v)', hi: 'max(x.v)', s: 'sum(x.v)', vp: dialect.variance('x.v') })} FROM (\n` +
          `SELECT x.v, ${key} AS key, ${split} AS split FROM (SELECT ${v} AS v, ${dialect.doubleBytes(v)} AS b FROM r OFFSET 0) AS x\n) AS x GROUP BY key, split`,
      );
    } else if (!share.rest) {
      arms.push(column.kind === 'categorical' ? (isId ? { part: 'id', name: column.name, kind: 'categorical' } : { part: 'categorical', name: column.name }) : { part: 'timestamp', name: column.name });
    } else if (column.kind === 'categorical') {
      inner.push(`${dialect.category(q(column.name))} AS ${v}`);
      byName.set(column.name, { value: v, kind: 'categorical' });
      if (isId) {
        arms.push({ part: 'id', name: column.name, kind: 'categorical' });
        parts.push(idPart(out, col, v));
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
  const ctes = [`r AS MATERIALIZED (\nSELECT ${inner.length === 0 ? '1 AS one' : inner.join(', ')} FROM ${from}\n)`];
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
  if (share.rest) parts.push(`${out('r', { col: String(ROW_COUNT), n: 'count(*)' })} FROM r`);
  if (parts.length === 0) parts.push(`${out('r', { col: String(ROW_COUNT), n: 'NULL::int8' })} WHERE false`);
  const sql = `WITH ${ctes.join(',\n')}\n${parts.join('\nUNION ALL ')}`;
  return {
    sql,
    params,
    arms,
    joint: { columns: jointColumns, kinds: jointColumns.map((n) => byName.get(n)!.kind), scores },
  };
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

type Out = (part: string, fields: Partial<Record<'col' | 'n' | 'nv' | 'm', string>>) => string;

/** An id column's count, distinct count and missing values (`text`: the id as the row path compares it). */
function idPart(out: Out, col: number, text: string): string {
  return `${out('i', { col: String(col), n: `count(${text})`, nv: `count(DISTINCT ${text})`, m: `count(*) - count(${text})` })} FROM r`;
}
