import { describe, expect, it } from 'vitest';
import { columnsOf, parseExpression, scalarShapeError } from '../../src/expr/index.js';
import type { Expr } from '../../src/expr/index.js';

function parse(text: string): Expr {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(`${result.message} at ${result.offset}`);
  return result.value;
}

function failure(text: string): { message: string; offset: number } {
  const result = parseExpression(text);
  if (result.ok) throw new Error(`expected "${text}" to be rejected`);
  return result;
}

/** A compact rendering of the tree, to check precedence. */
function show(node: Expr): string {
  switch (node.type) {
    case 'number':
      return String(node.value);
    case 'string':
      return JSON.stringify(node.value);
    case 'boolean':
      return String(node.value);
    case 'column':
      return node.name;
    case 'unary':
      return `(${node.op} ${show(node.operand)})`;
    case 'binary':
      return `(${show(node.left)} ${node.op} ${show(node.right)})`;
    case 'in':
      return `(${show(node.operand)} ${node.negated ? 'not in' : 'in'} [${node.values.join(',')}])`;
    case 'is_null':
      return `(${show(node.operand)} is ${node.negated ? 'not ' : ''}null)`;
    case 'call':
      return `${node.name}(${node.args.map(show).join(', ')}${node.where ? `; where ${show(node.where)}` : ''})`;
  }
}

describe('parseExpression', () => {
  it('refuses with a code, a status and the offset the loader places the error at', () => {
    expect(parseExpression('a + * b')).toMatchObject({ ok: false, status: 'error', code: 'policy/expression', offset: 4 });
    expect(parseExpression('x'.repeat(10_001))).toMatchObject({ ok: false, code: 'policy/expression', offset: 10_000 });
  });

  it('follows the documented precedence', () => {
    expect(show(parse('a + b * c - d'))).toBe('((a + (b * c)) - d)');
    expect(show(parse('-a * b'))).toBe('((- a) * b)');
    expect(show(parse('a > 1 and b < 2 or c == "x"'))).toBe('(((a > 1) and (b < 2)) or (c == "x"))');
    expect(show(parse('not a == 1 && b'))).toBe('((not (a == 1)) and b)');
    expect(show(parse('!a || b'))).toBe('((not a) or b)');
    expect(show(parse('(a + b) * c'))).toBe('((a + b) * c)');
    expect(show(parse('x % 2 == 0'))).toBe('((x % 2) == 0)');
  });

  it('reads literals, lists, null tests, quoted names and calls', () => {
    expect(show(parse('status in ["ok", "cached"]'))).toBe('(status in [ok,cached])');
    expect(show(parse('code not in [500, -1, 2.5e1]'))).toBe('(code not in [500,-1,25])');
    expect(show(parse('x is null or y is not null'))).toBe('((x is null) or (y is not null))');
    expect(show(parse('`hours per week` >= 40'))).toBe('(hours per week >= 40)');
    expect(show(parse("s == 'it\\'s'"))).toBe('(s == "it\'s")');
    expect(show(parse('mean(accepted, where: segment == "vip")'))).toBe('mean(accepted; where (segment == "vip"))');
    expect(show(parse('count()'))).toBe('count()');
    expect(show(parse('quantile(latency_ms, 0.95) / 1000'))).toBe('(quantile(latency_ms, 0.95) / 1000)');
    expect(show(parse('coalesce(a, b, 0) + abs(-c)'))).toBe('(coalesce(a, b, 0) + abs((- c)))');
    expect(show(parse('true and not false'))).toBe('(true and (not false))');
    expect(show(parse('.5 + 1'))).toBe('(0.5 + 1)');
  });

  it('gives every node its offsets', () => {
    const ast = parse('mean(x) > 3');
    expect([ast.start, ast.end]).toEqual([0, 11]);
    if (ast.type !== 'binary') throw new Error('binary expected');
    expect([ast.left.start, ast.left.end, ast.right.start]).toEqual([0, 7, 10]);
  });

  it('lists the columns read, once each', () => {
    expect(columnsOf(parse('mean(a, where: b > 1) + sum(a) / count(where: `c d` is null)'))).toEqual(['a', 'b', 'c d']);
    expect(columnsOf(parse('1 + 2'))).toEqual([]);
  });

  it('rejects syntax errors with the offset of the mistake', () => {
    expect(failure('')).toMatchObject({ message: 'the expression is empty', offset: 0 });
    expect(failure('a +')).toMatchObject({ offset: 3 });
    expect(failure('a b')).toMatchObject({ offset: 2 });
    expect(failure('(a + b')).toMatchObject({ offset: 6 });
    expect(failure('a < b < c').message).toMatch(/chained/);
    expect(failure('x == null').message).toMatch(/is null/);
    expect(failure('"abc').message).toMatch(/unterminated string/);
    expect(failure('a & b').message).toMatch(/"&&" or "and"/);
    expect(failure('x in []').message).toMatch(/empty/);
    expect(failure('x in [1, "a"]').message).toMatch(/mixes/);
    expect(failure('x in [y]').message).toMatch(/only numbers or strings/);
    expect(failure('[1, 2]').message).toMatch(/may only follow "in"/);
    expect(failure('1e999').message).toMatch(/too large/);
    expect(failure('a === b').message).toMatch(/JavaScript/);
  });

  it('checks function names, arity and where:', () => {
    expect(failure('median(x)')).toMatchObject({ offset: 0 });
    expect(failure('median(x)').message).toMatch(/unknown function "median"/);
    expect(failure('mean()').message).toMatch(/mean\(\) takes 1 argument/);
    expect(failure('x + quantile(x)')).toMatchObject({ offset: 4 });
    expect(failure('quantile(x, 95)').message).toMatch(/between 0 and 1/);
    expect(failure('quantile(x, q)')).toMatchObject({ offset: 12 });
    expect(failure('ratio(sum(a), count(), where: a > 1)').message).toMatch(/no "where:"/);
    expect(failure('mean(x, when: y)').message).toMatch(/only one is "where:"/);
    expect(failure('mean(where: y > 1, x)').message).toMatch(/last argument/);
  });

  it('tells a single value from a per-row one', () => {
    expect(scalarShapeError(parse('mean(a) / max(b, where: c == 1) + count()'))).toBeNull();
    expect(scalarShapeError(parse('ratio(sum(a), count())'))).toBeNull();
    expect(scalarShapeError(parse('mean(a) + b'))).toMatchObject({ offset: 10 });
    expect(scalarShapeError(parse('ratio(a, count())'))?.message).toMatch(/wrap it in an aggregate such as mean\(a\)/);
  });
});
