/**
 * What a database must say in SQL to compute a profile (profile/types.ts) where the rows live:
 * one expression or aggregate per part of the profile, each equal to what profile/build.ts
 * computes from the same rows. compile.ts writes the query from these pieces only, so another
 * database is one more file implementing this interface (docs/architecture.md, "Pushdown":
 * what BigQuery, Snowflake and Trino would use for each).
 *
 * Every expression is SQL text over other SQL text; none takes a value from the policy or the
 * data but the split points, which are numbers compile.ts passes as a bound parameter.
 */
import type { ColumnKind } from '../../policy/types.js';

export interface Dialect {
  readonly name: string;
  /** A column name as an identifier, exactly as written. */
  quote(name: string): string;
  /**
   * The column as the double the row path reads (the database's type `type` and kind), NULL
   * when it is missing (NaN included): the value profile/build.ts buckets.
   */
  number(column: string, type: number): string;
  /** Whether number()'s expression for this type is cheap enough to write at each use (else it is computed once a row in a subquery, which costs a plan node). */
  cheapNumber(type: number): boolean;
  /** The column as the text the row path reads for a categorical column, NULL when missing ('', NA, NaN, null as well). */
  category(column: string): string;
  /** The column as a point in time (compared and aggregated), NULL when missing. */
  instant(column: string): string;
  /** Epoch milliseconds of an instant, truncated to the millisecond as the timestamp parser does, as a double. */
  epochMs(instant: string): string;
  /** The bytes of |x| as big-endian IEEE 754 (computed once a row, then read by bucketKey). */
  doubleBytes(x: string): string;
  /** buckets.ts bucketKey of a double `x` whose doubleBytes are `bytes`: sign, exponent and `bits` mantissa bits as an integer; NULL for NULL. */
  bucketKey(x: string, bytes: string, bits: number): string;
  /** buckets.ts splitIndex: how many of the ascending split points `points` (an array expression) are ≤ x; `count` of them. */
  splitIndex(x: string, points: string, count: number): string;
  /** An array of doubles bound as parameter `$n`. */
  doubleArray(parameter: number): string;
  /** Whether an integer expression is one of the integers bound as parameter `$n`. */
  among(x: string, parameter: number): string;
  /** joint.ts roundScore: sign(x) · floor(|x| / step + 0.5) · step in doubles. */
  roundScore(x: string, step: number): string;
  /** A double with −0 made +0 (the row path's grouping sees them as one value). */
  positiveZero(x: string): string;
  /** A JSON array text of the cells (doubles as their shortest text, texts as strings, NULL as null): one joint tuple. */
  tuple(cells: readonly string[]): string;
  /** Population variance of the non-NULL values (× count = M2). */
  variance(x: string): string;
  /**
   * The mean of the non-NULL values (× count = their sum), an aggregate the database computes
   * from the same state as variance() of the same expression where it can (PostgreSQL's avg and
   * var_pop share one transition a row: a grid cell's sum that way cost 5 % less than sum()).
   */
  mean(x: string): string;
  /**
   * What a grid cell sums (compile.ts sumScale), `bounds` an array expression of doubles:
   * [low, high] gives x limited to [low, high]; [low, high, scale, tiny] gives that times
   * `scale` (a power of two), and 0 where |x| < tiny. A NULL x may come back as any value: it is
   * only summed in the group of missing values, whose sums are not read.
   */
  summed(x: string, bounds: string, scaled: boolean): string;
  /**
   * 2^(1023 − e), e the exponent field of the double whose doubleBytes are `bytes`, when
   * 1 ≤ e ≤ 2046; else 1: a normal double times it lies in [1, 2), exactly.
   */
  binadeScale(bytes: string): string;
  /** Text ordered by its bytes (code points), not by a locale: the tie rule of category order. */
  bytewise(text: string): string;
  /** Null when a column of this kind in the database, declared `declared`, can be pushed down; else why not. */
  supports(kind: ColumnKind, declared: ColumnKind | undefined): string | null;
}
