/**
 * The expression language: a small, safe language for data-quality row rules and business KPIs
 * (docs/policy.md#expressions). Text is parsed to a syntax tree (parse.ts) and the tree is
 * evaluated over a Table's typed arrays (evaluate.ts). Nothing is ever handed to `eval`,
 * `new Function` or `vm`; the only names an expression can reach are the table's columns
 * (looked up in a Map) and the whitelisted functions of ast.ts.
 */
import type { Table } from '../data/table.js';
import type { Expr } from './ast.js';
import { ExpressionError } from './error.js';
import { evaluate, scopeOf } from './evaluate.js';
import { NULL_BOOL, asCondition, describe, spreadCondition } from './values.js';

export type { Expr } from './ast.js';
export { ExpressionError } from './error.js';
export { parseExpression, MAX_DEPTH, MAX_EXPRESSION_LENGTH } from './parse.js';
export type { ParseFailureAt, ParseResult } from './parse.js';
export { columnsOf, scalarShapeError } from './columns.js';

/**
 * A row rule over every row of `table`: mask[i] = 1 when the rule holds for row i, 0 when it
 * does not or is null (an operand is missing); `nulls` counts the null rows, so a caller can
 * report them apart. A number used as the rule counts as true when not 0.
 * O(nodes × rows). Throws ExpressionError for an unknown column or a type mismatch.
 */
export function evaluateRowPredicate(ast: Expr, table: Table): { mask: Uint8Array; nulls: number } {
  const value = evaluate(ast, scopeOf(table));
  if (value.k === 'str' || value.k === 'cstr') {
    throw new ExpressionError('a rule must be a condition (true or false), e.g. age >= 18; this is text', ast.start);
  }
  const condition = spreadCondition(asCondition(value, ast, 'a rule'), table.rowCount);
  const mask = new Uint8Array(table.rowCount);
  let nulls = 0;
  for (let i = 0; i < mask.length; i++) {
    if (condition[i] === NULL_BOOL) nulls++;
    else mask[i] = condition[i]!;
  }
  return { mask, nulls };
}

/**
 * A single value (a business KPI) over the rows of `table`, or over `rows` of it when given
 * (a group of `by:`). A condition counts 1/0. Null when the value is undefined (a mean of no
 * rows, a division by 0). O(nodes × rows). Throws ExpressionError for an unknown column, a type
 * mismatch, or a column read outside any aggregate (see scalarShapeError).
 */
export function evaluateScalar(ast: Expr, table: Table, rows?: Uint32Array): number | null {
  const value = evaluate(ast, scopeOf(table, rows));
  switch (value.k) {
    case 'cnum':
      return value.v === null || Number.isNaN(value.v) ? null : value.v;
    case 'cbool':
      return value.v === null ? null : value.v ? 1 : 0;
    default:
      throw new ExpressionError(`the expression must give one value, but gives ${describe(value)}${value.k === 'cstr' ? '' : ' per row'}; wrap columns in an aggregate such as mean(x)`, ast.start);
  }
}
