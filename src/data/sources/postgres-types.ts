/**
 * Column kinds from PostgreSQL types, and the expression each column is read with.
 *
 * | PostgreSQL type                                         | kind        | read as                |
 * |---------------------------------------------------------|-------------|------------------------|
 * | int2, int4, int8, oid, numeric, real, double precision   | numeric     | as is                  |
 * | text, varchar, name, "char", uuid, an enum               | categorical | as is                  |
 * | char(n) (bpchar)                                        | categorical | `::text`: padding cut  |
 * | boolean                                                 | categorical | `::text`: true / false |
 * | timestamp, timestamptz, date                            | timestamp   | as is (ISO, UTC)       |
 * | anything else (json, bytea, arrays, interval, money, …) | categorical | `::text`               |
 *
 * A domain takes its base type's row. Decisions:
 * - Booleans read as `true`/`false` (COPY alone writes `t`/`f`), the words a policy would use.
 * - char(n) is cast to text, which drops its blank padding, as PostgreSQL's own comparisons do.
 * - Types with no kind of their own are their text form, categorical: nothing is refused for its
 *   type, and a check that needs numbers says so about the column. A kind the policy declares
 *   wins over this table (a text column declared numeric is parsed as numbers).
 * - Timestamps come out in the session's DateStyle ISO and TimeZone UTC (postgres.ts), which the
 *   timestamp parser reads; `infinity` and BC dates are not timestamps there (data/bad-timestamp).
 * - `Infinity` in a float column is refused as in a declared numeric file column; `NaN` is missing.
 */
import type { ColumnKind } from '../../policy/types.js';
import { quoteIdentifier } from './postgres-sql.js';

/** Built-in type OIDs (pg_type.dat), with their kind and whether they are read through `::text`. */
const BUILTIN: ReadonlyMap<number, { readonly kind: ColumnKind; readonly cast: boolean }> = new Map([
  [20, { kind: 'numeric', cast: false }], // int8
  [21, { kind: 'numeric', cast: false }], // int2
  [23, { kind: 'numeric', cast: false }], // int4
  [26, { kind: 'numeric', cast: false }], // oid
  [700, { kind: 'numeric', cast: false }], // float4
  [701, { kind: 'numeric', cast: false }], // float8
  [1700, { kind: 'numeric', cast: false }], // numeric
  [25, { kind: 'categorical', cast: false }], // text
  [1043, { kind: 'categorical', cast: false }], // varchar
  [19, { kind: 'categorical', cast: false }], // name
  [18, { kind: 'categorical', cast: false }], // "char"
  [2950, { kind: 'categorical', cast: false }], // uuid
  [1042, { kind: 'categorical', cast: true }], // bpchar: padding cut
  [16, { kind: 'categorical', cast: true }], // bool: true / false
  [1114, { kind: 'timestamp', cast: false }], // timestamp
  [1184, { kind: 'timestamp', cast: false }], // timestamptz
  [1082, { kind: 'timestamp', cast: false }], // date
]);

/** What pg_type says of a type that is not built in: typtype (`e` enum, `d` domain) and a domain's base. */
export interface TypeInfo {
  readonly typtype: string;
  readonly typbasetype: number;
}

export interface ColumnPlan {
  readonly name: string;
  readonly kind: ColumnKind;
  /** The type's OID as the server describes it (a domain's base type). */
  readonly oid: number;
  /** The select-list entry: `q."name"` or `q."name"::text AS "name"`. */
  readonly select: string;
}

/** OIDs pg_type must be asked about: those not in the table above. */
export function unknownTypes(oids: readonly number[]): number[] {
  return [...new Set(oids.filter((oid) => !BUILTIN.has(oid)))];
}

/** Kind and read expression of one column of the type `oid` (`types`: pg_type rows of unknown OIDs). */
export function planColumn(name: string, oid: number, types: ReadonlyMap<number, TypeInfo>): ColumnPlan {
  const column = `q.${quoteIdentifier(name)}`;
  const { kind, cast } = typeKind(oid, types);
  return { name, kind, oid, select: cast ? `${column}::text AS ${quoteIdentifier(name)}` : column };
}

function typeKind(oid: number, types: ReadonlyMap<number, TypeInfo>): { kind: ColumnKind; cast: boolean } {
  const builtin = BUILTIN.get(oid);
  if (builtin !== undefined) return builtin;
  const info = types.get(oid);
  if (info?.typtype === 'e') return { kind: 'categorical', cast: false };
  // A domain reads as its base type (RowDescription names the base type already; this is for safety).
  if (info?.typtype === 'd' && BUILTIN.has(info.typbasetype)) return BUILTIN.get(info.typbasetype)!;
  return { kind: 'categorical', cast: true };
}

/** Whether the type is one the window can compare with a timestamptz as it is. */
export function isTimestampType(oid: number): boolean {
  return oid === 1114 || oid === 1184 || oid === 1082;
}
