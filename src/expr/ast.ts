/**
 * The syntax tree of the expression language (docs/policy.md#expressions). Every node carries
 * `start`/`end`, 0-based character offsets into the expression text, so that any error found
 * after parsing (an unknown column, a type mismatch) still points at its source.
 * The node types below are the whole language: anything else is rejected by the parser.
 */

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%';
export type ComparisonOp = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type LogicalOp = 'and' | 'or';

interface Node {
  readonly start: number;
  readonly end: number;
}

export interface NumberLiteral extends Node {
  readonly type: 'number';
  readonly value: number;
}
export interface StringLiteral extends Node {
  readonly type: 'string';
  readonly value: string;
}
export interface BooleanLiteral extends Node {
  readonly type: 'boolean';
  readonly value: boolean;
}
/** A column, by bare name (`age`) or quoted in backticks (`` `hours per week` ``). */
export interface ColumnRef extends Node {
  readonly type: 'column';
  readonly name: string;
}
export interface Unary extends Node {
  readonly type: 'unary';
  readonly op: '-' | 'not';
  readonly operand: Expr;
}
export interface Binary extends Node {
  readonly type: 'binary';
  readonly op: ArithmeticOp | ComparisonOp | LogicalOp;
  readonly left: Expr;
  readonly right: Expr;
}
/** `x in [1, 2]`, `x not in ["a", "b"]`: the list holds literals only, all numbers or all strings. */
export interface InList extends Node {
  readonly type: 'in';
  readonly negated: boolean;
  readonly operand: Expr;
  readonly values: readonly (number | string)[];
}
/** `x is null`, `x is not null`. */
export interface IsNull extends Node {
  readonly type: 'is_null';
  readonly negated: boolean;
  readonly operand: Expr;
}
export interface Call extends Node {
  readonly type: 'call';
  readonly name: FunctionName;
  readonly args: readonly Expr[];
  /** The `where:` filter of an aggregate, or null. */
  readonly where: Expr | null;
}

export type Expr = NumberLiteral | StringLiteral | BooleanLiteral | ColumnRef | Unary | Binary | InList | IsNull | Call;

/** Aggregates reduce the rows to one value; row functions work row by row. */
export const AGGREGATES = ['mean', 'sum', 'count', 'min', 'max', 'quantile', 'rate', 'ratio'] as const;
export const ROW_FUNCTIONS = ['abs', 'coalesce'] as const;
export type AggregateName = (typeof AGGREGATES)[number];
export type FunctionName = AggregateName | (typeof ROW_FUNCTIONS)[number];

/** Arity of each function (min, max positional arguments) and whether it takes `where:`. */
export const SIGNATURES: ReadonlyMap<FunctionName, { readonly min: number; readonly max: number; readonly where: boolean; readonly usage: string }> =
  new Map([
    ['mean', { min: 1, max: 1, where: true, usage: 'mean(x, where: condition?)' }],
    ['sum', { min: 1, max: 1, where: true, usage: 'sum(x, where: condition?)' }],
    ['count', { min: 0, max: 1, where: true, usage: 'count(), count(x) or count(where: condition)' }],
    ['min', { min: 1, max: 1, where: true, usage: 'min(x, where: condition?)' }],
    ['max', { min: 1, max: 1, where: true, usage: 'max(x, where: condition?)' }],
    ['quantile', { min: 2, max: 2, where: true, usage: 'quantile(x, q) with q a number in [0, 1]' }],
    ['rate', { min: 1, max: 1, where: true, usage: 'rate(condition, where: condition?)' }],
    ['ratio', { min: 2, max: 2, where: false, usage: 'ratio(aggregate, aggregate)' }],
    ['abs', { min: 1, max: 1, where: false, usage: 'abs(x)' }],
    ['coalesce', { min: 2, max: 64, where: false, usage: 'coalesce(x, y, ...)' }],
  ]);

export function isAggregate(name: FunctionName): name is AggregateName {
  return (AGGREGATES as readonly string[]).includes(name);
}
