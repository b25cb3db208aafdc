/**
 * The evaluator: walks the tree once per node (not once per row), each node computing a whole
 * vector over the evaluated rows with typed-array loops, or a constant. Columns are looked up
 * through `Table.column` (a Map), never by property access with user text.
 *
 * Nulls follow SQL's three-valued logic: arithmetic and comparisons with a null give null;
 * `and`/`or` are Kleene (false and null = false, true or null = true); `x / 0` and `x % 0` are
 * null. Cost O(nodes × rows) time and O(depth × rows) memory. Throws ExpressionError (with the
 * node's offset) for an unknown column or a type mismatch.
 */
import type { Table } from '../data/table.js';
import type { Binary, Call, ComparisonOp, Expr, InList, IsNull } from './ast.js';
import { ExpressionError } from './error.js';
import { evaluateAggregate } from './aggregate.js';
import type { Value } from './values.js';
import { NULL_BOOL, asCondition, asNumbers, describe, isConstant, spreadCondition, spreadNumbers } from './values.js';
import { closestName } from './suggest.js';

/** The rows an evaluation sees: all rows of `table`, or the listed ones. */
export interface Scope {
  readonly table: Table;
  readonly rows: Uint32Array | null;
  readonly n: number;
}

export function scopeOf(table: Table, rows?: Uint32Array | null): Scope {
  return { table, rows: rows ?? null, n: rows ? rows.length : table.rowCount };
}

export function evaluate(node: Expr, scope: Scope): Value {
  switch (node.type) {
    case 'number':
      return { k: 'cnum', v: node.value };
    case 'string':
      return { k: 'cstr', v: node.value };
    case 'boolean':
      return { k: 'cbool', v: node.value };
    case 'column':
      return column(node.name, node.start, scope);
    case 'unary':
      return node.op === '-' ? negate(node.operand, scope) : not(node.operand, scope);
    case 'binary':
      return binary(node, scope);
    case 'in':
      return inList(node, scope);
    case 'is_null':
      return isNull(node, scope);
    case 'call':
      return call(node, scope);
  }
}

function column(name: string, offset: number, scope: Scope): Value {
  const col = scope.table.column(name);
  if (col === undefined) {
    const hint = closestName(name, scope.table.columnNames);
    throw new ExpressionError(`unknown column "${name}"${hint === null ? '' : ` (did you mean "${hint}"?)`}`, offset);
  }
  const rows = scope.rows;
  if (col.kind === 'categorical') {
    if (rows === null) return { k: 'str', codes: col.codes, dict: col.dictionary };
    const codes = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) codes[i] = col.codes[rows[i]!]!;
    return { k: 'str', codes, dict: col.dictionary };
  }
  if (rows === null) return { k: 'num', v: col.values };
  const v = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) v[i] = col.values[rows[i]!]!;
  return { k: 'num', v };
}

function negate(operand: Expr, scope: Scope): Value {
  const x = asNumbers(evaluate(operand, scope), operand, '"-"');
  if (typeof x === 'number') return { k: 'cnum', v: Number.isNaN(x) ? null : -x };
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = -x[i]!;
  return { k: 'num', v: out };
}

function not(operand: Expr, scope: Scope): Value {
  const x = asCondition(evaluate(operand, scope), operand, '"not"');
  if (typeof x === 'number') return { k: 'cbool', v: x === NULL_BOOL ? null : x === 0 };
  const out = new Uint8Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] === NULL_BOOL ? NULL_BOOL : 1 - x[i]!;
  return { k: 'bool', v: out };
}

const ARITHMETIC: ReadonlyMap<string, (a: number, b: number) => number> = new Map([
  ['+', (a: number, b: number) => a + b],
  ['-', (a: number, b: number) => a - b],
  ['*', (a: number, b: number) => a * b],
  ['/', (a: number, b: number) => (b === 0 ? Number.NaN : a / b)],
  ['%', (a: number, b: number) => (b === 0 ? Number.NaN : a % b)],
]);

function binary(node: Binary, scope: Scope): Value {
  const left = evaluate(node.left, scope);
  const right = evaluate(node.right, scope);
  if (node.op === 'and' || node.op === 'or') return logical(node, left, right, scope.n);
  const f = ARITHMETIC.get(node.op);
  if (f !== undefined) {
    const a = asNumbers(left, node.left, `"${node.op}"`);
    const b = asNumbers(right, node.right, `"${node.op}"`);
    if (typeof a === 'number' && typeof b === 'number') {
      const r = f(a, b);
      return { k: 'cnum', v: Number.isNaN(r) ? null : r };
    }
    const x = spreadNumbers(a, scope.n);
    const y = spreadNumbers(b, scope.n);
    const out = new Float64Array(scope.n);
    for (let i = 0; i < out.length; i++) out[i] = f(x[i]!, y[i]!);
    return { k: 'num', v: out };
  }
  return compare(node, node.op as ComparisonOp, left, right, scope.n);
}

function logical(node: Binary, left: Value, right: Value, n: number): Value {
  const a = asCondition(left, node.left, `"${node.op}"`);
  const b = asCondition(right, node.right, `"${node.op}"`);
  const f = node.op === 'and' ? kleeneAnd : kleeneOr;
  if (typeof a === 'number' && typeof b === 'number') {
    const r = f(a, b);
    return { k: 'cbool', v: r === NULL_BOOL ? null : r === 1 };
  }
  const x = spreadCondition(a, n);
  const y = spreadCondition(b, n);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = f(x[i]!, y[i]!);
  return { k: 'bool', v: out };
}

const kleeneAnd = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : a === NULL_BOOL || b === NULL_BOOL ? NULL_BOOL : 1);
const kleeneOr = (a: number, b: number): number => (a === 1 || b === 1 ? 1 : a === NULL_BOOL || b === NULL_BOOL ? NULL_BOOL : 0);

const ORDER: Readonly<Record<ComparisonOp, (c: number) => boolean>> = {
  '==': (c) => c === 0,
  '!=': (c) => c !== 0,
  '<': (c) => c < 0,
  '<=': (c) => c <= 0,
  '>': (c) => c > 0,
  '>=': (c) => c >= 0,
};

const cmpNumbers = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0);
const cmpStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Comparisons: numbers (and conditions, as 1/0) with numbers; text with text, in code-unit
 * order. Text against a number is allowed for `==`/`!=` only (categories such as HTTP status
 * codes read as text), comparing with the number's shortest decimal form.
 */
function compare(node: Binary, op: ComparisonOp, left: Value, right: Value, n: number): Value {
  const holds = ORDER[op];
  const leftText = left.k === 'str' || left.k === 'cstr';
  const rightText = right.k === 'str' || right.k === 'cstr';
  if (leftText || rightText) {
    const textual = (value: Value, other: Expr): Value => {
      if (value.k === 'str' || value.k === 'cstr') return value;
      if ((op === '==' || op === '!=') && value.k === 'cnum' && value.v !== null) return { k: 'cstr', v: String(value.v) };
      throw new ExpressionError(`cannot compare text with ${describe(value)} using "${op}"`, other.start);
    };
    return compareText(holds, textual(left, node.left), textual(right, node.right), n);
  }
  const a = asNumbers(left, node.left, `"${op}"`);
  const b = asNumbers(right, node.right, `"${op}"`);
  if (typeof a === 'number' && typeof b === 'number') {
    return { k: 'cbool', v: Number.isNaN(a) || Number.isNaN(b) ? null : holds(cmpNumbers(a, b)) };
  }
  const x = spreadNumbers(a, n);
  const y = spreadNumbers(b, n);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = x[i]!;
    const q = y[i]!;
    out[i] = Number.isNaN(p) || Number.isNaN(q) ? NULL_BOOL : holds(cmpNumbers(p, q)) ? 1 : 0;
  }
  return { k: 'bool', v: out };
}

function compareText(holds: (c: number) => boolean, left: Value, right: Value, n: number): Value {
  if (left.k === 'cstr' && right.k === 'cstr') return { k: 'cbool', v: holds(cmpStrings(left.v, right.v)) };
  if (left.k === 'str' && right.k === 'str') {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const a = left.codes[i]!;
      const b = right.codes[i]!;
      out[i] = a < 0 || b < 0 ? NULL_BOOL : holds(cmpStrings(left.dict[a]!, right.dict[b]!)) ? 1 : 0;
    }
    return { k: 'bool', v: out };
  }
  // One side is a column, the other a constant: decide once per category, then map the codes.
  const flip = left.k === 'cstr';
  const col = (flip ? right : left) as Value & { k: 'str' };
  const constant = (flip ? left : right) as Value & { k: 'cstr' };
  const perCategory = col.dict.map((word) => (holds(flip ? cmpStrings(constant.v, word) : cmpStrings(word, constant.v)) ? 1 : 0));
  return { k: 'bool', v: mapCodes(col.codes, perCategory) };
}

function mapCodes(codes: Int32Array, perCategory: readonly number[]): Uint8Array {
  const out = new Uint8Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    out[i] = code < 0 ? NULL_BOOL : perCategory[code]!;
  }
  return out;
}

function inList(node: InList, scope: Scope): Value {
  const value = evaluate(node.operand, scope);
  const yes = node.negated ? 0 : 1;
  const no = 1 - yes;
  const textList = typeof node.values[0] === 'string';
  if (value.k === 'str' || value.k === 'cstr') {
    const members = new Set(node.values.map(String));
    if (value.k === 'cstr') return { k: 'cbool', v: members.has(value.v) === !node.negated };
    return { k: 'bool', v: mapCodes(value.codes, value.dict.map((word) => (members.has(word) ? yes : no))) };
  }
  if (textList) throw new ExpressionError(`this is ${describe(value)}, but the list after "in" holds text`, node.operand.start);
  const members = new Set(node.values as readonly number[]);
  const x = asNumbers(value, node.operand, '"in"');
  if (typeof x === 'number') return { k: 'cbool', v: Number.isNaN(x) ? null : members.has(x) === !node.negated };
  const out = new Uint8Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = Number.isNaN(x[i]!) ? NULL_BOOL : members.has(x[i]!) ? yes : no;
  return { k: 'bool', v: out };
}

function isNull(node: IsNull, scope: Scope): Value {
  const value = evaluate(node.operand, scope);
  const yes = node.negated ? 0 : 1;
  const no = 1 - yes;
  switch (value.k) {
    case 'cnum':
      return { k: 'cbool', v: (value.v === null) !== node.negated };
    case 'cbool':
      return { k: 'cbool', v: (value.v === null) !== node.negated };
    case 'cstr':
      return { k: 'cbool', v: node.negated };
    case 'num': {
      const out = new Uint8Array(value.v.length);
      for (let i = 0; i < out.length; i++) out[i] = Number.isNaN(value.v[i]!) ? yes : no;
      return { k: 'bool', v: out };
    }
    case 'bool': {
      const out = new Uint8Array(value.v.length);
      for (let i = 0; i < out.length; i++) out[i] = value.v[i] === NULL_BOOL ? yes : no;
      return { k: 'bool', v: out };
    }
    case 'str': {
      const out = new Uint8Array(value.codes.length);
      for (let i = 0; i < out.length; i++) out[i] = value.codes[i]! < 0 ? yes : no;
      return { k: 'bool', v: out };
    }
  }
}

function call(node: Call, scope: Scope): Value {
  switch (node.name) {
    case 'abs': {
      const x = asNumbers(evaluate(node.args[0]!, scope), node.args[0]!, 'abs()');
      if (typeof x === 'number') return { k: 'cnum', v: Number.isNaN(x) ? null : Math.abs(x) };
      return { k: 'num', v: x.map(Math.abs) };
    }
    case 'coalesce':
      return coalesce(node, scope);
    default:
      return evaluateAggregate(node, scope, evaluate);
  }
}

/** The first non-null argument, row by row. Arguments are all numbers or all text. */
function coalesce(node: Call, scope: Scope): Value {
  const values = node.args.map((arg) => evaluate(arg, scope));
  const text = values.some((v) => v.k === 'str' || v.k === 'cstr');
  if (!text) {
    const arrays = values.map((v, i) => asNumbers(v, node.args[i]!, 'coalesce()'));
    if (values.every(isConstant)) {
      const first = (arrays as number[]).find((x) => !Number.isNaN(x));
      return { k: 'cnum', v: first ?? null };
    }
    const out = new Float64Array(scope.n).fill(Number.NaN);
    for (const x of arrays) {
      for (let i = 0; i < out.length; i++) if (Number.isNaN(out[i]!)) out[i] = typeof x === 'number' ? x : x[i]!;
    }
    return { k: 'num', v: out };
  }
  const dict: string[] = [];
  const index = new Map<string, number>();
  const codeOf = (word: string): number => {
    let code = index.get(word);
    if (code === undefined) {
      code = dict.length;
      dict.push(word);
      index.set(word, code);
    }
    return code;
  };
  const codes = new Int32Array(scope.n).fill(-1);
  values.forEach((value, i) => {
    if (value.k === 'cstr') {
      const code = codeOf(value.v);
      for (let r = 0; r < codes.length; r++) if (codes[r]! < 0) codes[r] = code;
    } else if (value.k === 'str') {
      const remap = value.dict.map(codeOf);
      for (let r = 0; r < codes.length; r++) if (codes[r]! < 0 && value.codes[r]! >= 0) codes[r] = remap[value.codes[r]!]!;
    } else {
      throw new ExpressionError(`coalesce() mixes text with ${describe(value)}`, node.args[i]!.start);
    }
  });
  return { k: 'str', codes, dict };
}
