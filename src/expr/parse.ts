/**
 * The parser of the expression language: a hand-written Pratt parser over the tokens of
 * lexer.ts, producing the tree of ast.ts. Hand-written rather than jsep so that every node
 * carries its offsets, there is no global parser state, and JavaScript syntax the language does
 * not have (member access, assignment, templates, `this`) is refused with a reason instead of
 * being parsed and filtered afterwards.
 *
 * Limits, checked before anything runs: at most MAX_EXPRESSION_LENGTH characters (checked before
 * tokenizing, so a 1 MB text is refused in O(1)), and at most MAX_DEPTH levels of nesting (of
 * the tree and of parentheses). O(length). Never throws: errors are values with an offset.
 *
 * Precedence, loosest first: `or ||` < `and &&` < `not !` < comparisons, `in`, `is null`
 * (not chainable) < `+ -` < `* / %` < unary `-`.
 */
import type { Binary, Expr, FunctionName } from './ast.js';
import { SIGNATURES } from './ast.js';
import type { Token } from './lexer.js';
import { tokenize } from './lexer.js';
import { failure, ok, type Failure } from '../problems.js';

export const MAX_EXPRESSION_LENGTH = 10_000;
export const MAX_DEPTH = 100;

/** Why a text is not an expression, and where: `offset` is the character the problem starts at. */
export interface ParseFailureAt extends Failure {
  readonly offset: number;
}

export type ParseResult = { readonly ok: true; readonly value: Expr } | ParseFailureAt;

function refused(message: string, offset: number): ParseFailureAt {
  return { ...failure('policy/expression', message), offset };
}

/** Names that mean something to JavaScript; refused even where a column could be meant. */
const FORBIDDEN_NAMES: ReadonlySet<string> = new Set([
  'constructor', '__proto__', 'prototype', 'globalThis', 'this', 'process', 'require', 'import',
  'module', 'exports', 'eval', 'Function', 'window', 'global', 'self', 'new', 'function', 'return',
  'let', 'const', 'var', 'delete', 'typeof', 'void', 'class', 'super', 'arguments', '__defineGetter__',
  '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
]);
/** Quoted in backticks a name is plainly a column, except these, which no real column is called. */
const FORBIDDEN_QUOTED: ReadonlySet<string> = new Set(['constructor', '__proto__', 'prototype']);
const KEYWORDS: ReadonlySet<string> = new Set(['and', 'or', 'not', 'in', 'is', 'null', 'true', 'false']);
const COMPARISONS: ReadonlySet<string> = new Set(['==', '!=', '<', '<=', '>', '>=']);

const BP_OR = 1;
const BP_AND = 2;
const BP_NOT = 3;
const BP_COMPARE = 4;
const BP_ADD = 5;
const BP_MUL = 6;
const BP_UNARY = 7;

class ParseFailure {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

export function parseExpression(text: string): ParseResult {
  if (typeof text !== 'string') return refused('the expression must be a string', 0);
  if (text.length > MAX_EXPRESSION_LENGTH) {
    return refused(`the expression is ${text.length} characters long; the limit is ${MAX_EXPRESSION_LENGTH}`, MAX_EXPRESSION_LENGTH);
  }
  try {
    return ok(new Parser(tokenize(text)).parseAll());
  } catch (error) {
    if (error instanceof ParseFailure) return refused(error.message, error.offset);
    throw error;
  }
}

/** Depth of a node: 1 for a leaf. */
const depths = new WeakMap<Expr, number>();
const depthOf = (node: Expr): number => depths.get(node) ?? 1;

class Parser {
  #at = 0;
  #nesting = 0;

  constructor(readonly tokens: readonly Token[]) {}

  parseAll(): Expr {
    if (this.peek().kind === 'end') throw new ParseFailure('the expression is empty', 0);
    const ast = this.expression(0);
    const next = this.peek();
    if (next.kind !== 'end') this.unexpected(next, 'expected an operator or the end of the expression');
    return ast;
  }

  peek(ahead = 0): Token {
    const token = this.tokens[Math.min(this.#at + ahead, this.tokens.length - 1)]!;
    if (token.kind === 'error' && ahead === 0) throw new ParseFailure(token.message, token.start);
    return token;
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.#at++;
    return token;
  }

  isOp(token: Token, value: string): boolean {
    return token.kind === 'op' && token.value === value;
  }

  isKeyword(token: Token, value: string): boolean {
    return token.kind === 'name' && !token.quoted && token.value === value;
  }

  expect(value: string, context: string): Token {
    const token = this.peek();
    if (!this.isOp(token, value)) this.unexpected(token, `expected "${value}" ${context}`);
    return this.next();
  }

  unexpected(token: Token, expected: string): never {
    const found = token.kind === 'end' ? 'the end of the expression' : token.kind === 'string' ? `the string ${JSON.stringify(token.value)}` : `"${'value' in token ? String(token.value) : ''}"`;
    throw new ParseFailure(`${expected}, found ${found}`, token.start);
  }

  /** Builds a node and enforces the depth limit on the tree. */
  node<T extends Expr>(node: T, ...children: Expr[]): T {
    const depth = 1 + Math.max(0, ...children.map(depthOf));
    if (depth > MAX_DEPTH) throw new ParseFailure(`the expression nests deeper than ${MAX_DEPTH} levels`, node.start);
    depths.set(node, depth);
    return node;
  }

  expression(minBp: number): Expr {
    if (++this.#nesting > MAX_DEPTH) throw new ParseFailure(`the expression nests deeper than ${MAX_DEPTH} levels`, this.peek().start);
    let left = this.prefix();
    for (;;) {
      const token = this.peek();
      const bp = this.infixPower(token);
      if (bp === null || bp <= minBp) break;
      left = this.infix(left, token, bp);
      if (bp === BP_COMPARE && this.infixPower(this.peek()) === BP_COMPARE) {
        throw new ParseFailure('comparisons cannot be chained: write "a < b and b < c"', this.peek().start);
      }
    }
    this.#nesting--;
    return left;
  }

  infixPower(token: Token): number | null {
    if (token.kind === 'op') {
      if (token.value === '||') return BP_OR;
      if (token.value === '&&') return BP_AND;
      if (COMPARISONS.has(token.value)) return BP_COMPARE;
      if (token.value === '+' || token.value === '-') return BP_ADD;
      if (token.value === '*' || token.value === '/' || token.value === '%') return BP_MUL;
      if (token.value === '(') throw new ParseFailure('only functions can be called, by name: e.g. abs(x)', token.start);
      if (token.value === '[') throw new ParseFailure('indexing ("[...]") is not allowed; a list may only follow "in"', token.start);
      return null;
    }
    if (token.kind === 'name' && !token.quoted) {
      if (token.value === 'or') return BP_OR;
      if (token.value === 'and') return BP_AND;
      if (token.value === 'in' || token.value === 'is') return BP_COMPARE;
      if (token.value === 'not' && this.isKeyword(this.peek(1), 'in')) return BP_COMPARE;
    }
    return null;
  }

  infix(left: Expr, token: Token, bp: number): Expr {
    this.next();
    const op = token.kind === 'op' || token.kind === 'name' ? token.value : '';
    if (op === 'in' || op === 'not') {
      if (op === 'not') this.next();
      return this.inList(left, op === 'not');
    }
    if (op === 'is') {
      const negated = this.isKeyword(this.peek(), 'not');
      if (negated) this.next();
      const nullToken = this.peek();
      if (!this.isKeyword(nullToken, 'null')) this.unexpected(nullToken, `expected "null" after "is${negated ? ' not' : ''}"`);
      this.next();
      return this.node({ type: 'is_null', negated, operand: left, start: left.start, end: nullToken.end }, left);
    }
    const logical = op === '||' || op === 'or' ? 'or' : op === '&&' || op === 'and' ? 'and' : null;
    const right = this.expression(bp);
    const binary: Binary = {
      type: 'binary',
      op: logical ?? (op as Binary['op']),
      left,
      right,
      start: left.start,
      end: right.end,
    };
    return this.node(binary, left, right);
  }

  inList(operand: Expr, negated: boolean): Expr {
    const open = this.expect('[', `after "${negated ? 'not in' : 'in'}"`);
    const values: (number | string)[] = [];
    let kind: 'number' | 'string' | null = null;
    while (!this.isOp(this.peek(), ']')) {
      if (values.length > 0) this.expect(',', 'between list items');
      let token = this.next();
      let sign = 1;
      if (this.isOp(token, '-')) {
        sign = -1;
        token = this.next();
      }
      if (token.kind !== 'number' && token.kind !== 'string') this.unexpected(token, 'a list after "in" holds only numbers or strings');
      if (token.kind === 'string' && sign < 0) this.unexpected(token, 'expected a number after "-"');
      if (kind !== null && kind !== token.kind) throw new ParseFailure('a list mixes numbers and strings', token.start);
      kind = token.kind;
      values.push(token.kind === 'number' ? sign * token.value : token.value);
    }
    const close = this.next();
    if (values.length === 0) throw new ParseFailure('the list after "in" is empty', open.start);
    return this.node({ type: 'in', negated, operand, values, start: operand.start, end: close.end }, operand);
  }

  prefix(): Expr {
    const token = this.next();
    switch (token.kind) {
      case 'number':
        return { type: 'number', value: token.value, start: token.start, end: token.end };
      case 'string':
        return { type: 'string', value: token.value, start: token.start, end: token.end };
      case 'end':
        return this.unexpected(token, 'expected a value');
      case 'error':
        throw new ParseFailure(token.message, token.start);
      case 'op':
        return this.prefixOperator(token);
      case 'name':
        return this.name(token);
    }
  }

  prefixOperator(token: Token & { kind: 'op' }): Expr {
    if (token.value === '(') {
      const inner = this.expression(0);
      this.expect(')', 'to close the "(" at offset ' + token.start);
      return inner;
    }
    if (token.value === '-') {
      const operand = this.expression(BP_UNARY - 1);
      if (operand.type === 'number') return { type: 'number', value: -operand.value, start: token.start, end: operand.end };
      return this.node({ type: 'unary', op: '-', operand, start: token.start, end: operand.end }, operand);
    }
    if (token.value === '!') return this.not(token.start);
    if (token.value === '[') throw new ParseFailure('a list ("[...]") may only follow "in"', token.start);
    return this.unexpected(token, 'expected a value');
  }

  not(start: number): Expr {
    const operand = this.expression(BP_NOT);
    return this.node({ type: 'unary', op: 'not', operand, start, end: operand.end }, operand);
  }

  name(token: Token & { kind: 'name' }): Expr {
    const name = token.value;
    if (token.quoted) {
      if (FORBIDDEN_QUOTED.has(name)) throw new ParseFailure(`"${name}" is not allowed as a name`, token.start);
      if (this.isOp(this.peek(), '(')) throw new ParseFailure('only functions can be called, by bare name: e.g. abs(x)', this.peek().start);
      return { type: 'column', name, start: token.start, end: token.end };
    }
    if (name === 'true' || name === 'false') return { type: 'boolean', value: name === 'true', start: token.start, end: token.end };
    if (name === 'not') return this.not(token.start);
    if (name === 'null') throw new ParseFailure('null can only be tested with "x is null" or "x is not null"', token.start);
    if (KEYWORDS.has(name)) return this.unexpected(token, 'expected a value');
    if (FORBIDDEN_NAMES.has(name)) {
      throw new ParseFailure(`"${name}" is not a column or function of the expression language (it reads columns and calls only ${[...SIGNATURES.keys()].join(', ')}); to mean a column with this name, quote it: \`${name}\``, token.start);
    }
    if (this.isOp(this.peek(), '(')) return this.call(token);
    return { type: 'column', name, start: token.start, end: token.end };
  }

  call(token: Token & { kind: 'name' }): Expr {
    const signature = SIGNATURES.get(token.value as FunctionName);
    if (signature === undefined) {
      throw new ParseFailure(`unknown function "${token.value}"; the functions are ${[...SIGNATURES.keys()].join(', ')}`, token.start);
    }
    const name = token.value as FunctionName;
    if (++this.#nesting > MAX_DEPTH) throw new ParseFailure(`the expression nests deeper than ${MAX_DEPTH} levels`, token.start);
    this.next(); // (
    const args: Expr[] = [];
    let where: Expr | null = null;
    while (!this.isOp(this.peek(), ')')) {
      if (args.length > 0 || where !== null) this.expect(',', `between the arguments of ${name}()`);
      const first = this.peek();
      if (first.kind === 'name' && !first.quoted && this.isOp(this.peek(1), ':')) {
        if (first.value !== 'where') throw new ParseFailure(`unknown named argument "${first.value}:"; the only one is "where:"`, first.start);
        if (!signature.where) throw new ParseFailure(`${name}() takes no "where:" filter; usage: ${signature.usage}`, first.start);
        if (where !== null) throw new ParseFailure('"where:" is given twice', first.start);
        this.next();
        this.next();
        where = this.expression(0);
        continue;
      }
      if (where !== null) throw new ParseFailure('"where:" must be the last argument', first.start);
      args.push(this.expression(0));
    }
    const close = this.next();
    this.#nesting--;
    if (args.length < signature.min || args.length > signature.max) {
      throw new ParseFailure(`${name}() takes ${describeArity(signature.min, signature.max)}; usage: ${signature.usage}`, token.start);
    }
    if (name === 'quantile') {
      const q = args[1]!;
      if (q.type !== 'number' || !(q.value >= 0 && q.value <= 1)) {
        throw new ParseFailure('the second argument of quantile() must be a number between 0 and 1, e.g. quantile(latency_ms, 0.95)', q.start);
      }
    }
    const children = where === null ? args : [...args, where];
    return this.node({ type: 'call', name, args, where, start: token.start, end: close.end }, ...children);
  }
}

function describeArity(min: number, max: number): string {
  if (min === max) return `${min} argument${min === 1 ? '' : 's'}`;
  if (max >= 64) return `at least ${min} arguments`;
  return `${min} to ${max} arguments`;
}
