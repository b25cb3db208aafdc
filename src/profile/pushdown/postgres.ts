/**
 * The PostgreSQL dialect of the pushdown (dialect.ts), for the values the PostgreSQL source's
 * row path reads (data/sources/postgres.ts, postgres-types.ts) in its transaction's settings
 * (extra_float_digits 1, TimeZone UTC, DateStyle ISO):
 *
 * - A number is the double of the text COPY writes, which the row path parses: integers cast
 *   to float8 (exact or correctly rounded, as the text's parse is), float8 as it is, real and
 *   numeric (and any other numeric type) through their text (`real` 0.1 is the double 0.1, as
 *   its text "0.1" reads, not the float's 0.10000000149…). NaN is missing.
 * - A category is the column's text (booleans `true`/`false`, char(n) unpadded, other types
 *   their output text, as the row path selects them), missing when NULL or exactly '', 'NA',
 *   'NaN' or 'null', as the CSV reader's missing tokens.
 * - The bucket key comes from the double's bytes (`float8send`, big-endian IEEE 754): the high
 *   32 bits of |x| shifted right by 20 − bits, negated less one for negative x (−0 is +0).
 * - Epoch milliseconds: `floor(extract(epoch …) · 1000)`; extract is exact (numeric) from
 *   PostgreSQL 14 on, so the truncation to milliseconds is the timestamp parser's.
 */
import type { ColumnKind } from '../../policy/types.js';
import { quoteIdentifier } from '../../data/sources/postgres-sql.js';
import type { Dialect } from './dialect.js';

/** int2, int4, int8: cast to float8 as they are; oid through int8. */
const INTEGERS = new Set([20, 21, 23]);
const OID = 26;
const FLOAT8 = 701;

const MISSING_TEXT = "('', 'NA', 'NaN', 'null')";

export const postgresDialect: Dialect = {
  name: 'PostgreSQL',
  quote: quoteIdentifier,
  number(column, type) {
    if (INTEGERS.has(type)) return `(${column})::float8`;
    if (type === OID) return `(${column})::int8::float8`;
    if (type === FLOAT8) return `NULLIF(${column}, 'NaN'::float8)`;
    return `NULLIF((${column})::text::float8, 'NaN'::float8)`;
  },
  cheapNumber: (type) => INTEGERS.has(type) || type === OID || type === FLOAT8,
  category(column) {
    const text = `(${column})::text`;
    return `CASE WHEN ${text} IN ${MISSING_TEXT} THEN NULL ELSE ${text} END`;
  },
  instant: (column) => `(${column})::timestamptz`,
  epochMs: (instant) => `floor(extract(epoch FROM ${instant}) * 1000)::float8`,
  doubleBytes: (x) => `float8send(abs(${x}))`,
  bucketKey(x, bytes, bits) {
    const high = `((get_byte(${bytes}, 0)::int8 << 24) | (get_byte(${bytes}, 1) << 16) | (get_byte(${bytes}, 2) << 8) | get_byte(${bytes}, 3))`;
    const magnitude = `(${high} >> ${20 - bits})`;
    return `CASE WHEN ${x} < 0 THEN -${magnitude} - 1 ELSE ${magnitude} END`;
  },
  splitIndex: (x, points, count) => (count === 0 ? `CASE WHEN ${x} IS NULL THEN NULL ELSE 0 END` : `width_bucket(${x}, ${points})`),
  doubleArray: (parameter) => `$${parameter}::float8[]`,
  among: (x, parameter) => `${x} = ANY($${parameter}::int4[])`,
  roundScore: (x, step) => `(sign(${x}) * floor(abs(${x}) / ${String(step)}::float8 + 0.5::float8) * ${String(step)}::float8)`,
  positiveZero: (x) => `(${x} + 0::float8)`,
  tuple: (cells) => `json_build_array(${cells.join(', ')})::text`,
  variance: (x) => `var_pop(${x})`,
  mean: (x) => `avg(${x})`,
  summed(x, bounds, scaled) {
    const within = `least(greatest(${x}, (${bounds})[1]), (${bounds})[2])`;
    return scaled ? `(CASE WHEN abs(${x}) < (${bounds})[4] THEN 0::float8 ELSE ${within} * (${bounds})[3] END)` : within;
  },
  binadeScale(bytes) {
    const exponent = `((get_byte(${bytes}, 0) << 4) | (get_byte(${bytes}, 1) >> 4))`;
    return `CASE WHEN ${exponent} BETWEEN 1 AND 2046 THEN power(2::float8, 1023 - ${exponent}) ELSE 1::float8 END`;
  },
  bytewise: (text) => `${text} COLLATE "C"`,
  supports(kind: ColumnKind, declared: ColumnKind | undefined) {
    if (declared === undefined || declared === kind || declared === 'categorical') return null;
    return `it is ${kind} in the database and declared ${declared}: the row path parses its text, which the pushdown does not`;
  },
};
