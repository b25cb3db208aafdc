/**
 * Hostile expressions (issue 4): each is refused with a clear message and an offset, and
 * nothing runs. "Nothing runs" is observed: a global sentinel that JavaScript code in the
 * expression would change stays untouched, and process.exit is replaced by a spy.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_DEPTH, MAX_EXPRESSION_LENGTH, evaluateScalar, parseExpression } from '../../src/expr/index.js';
import { tableOf } from './table.js';

afterEach(() => vi.restoreAllMocks());

const HOSTILE: readonly [string, RegExp, number][] = [
  ['constructor', /"constructor" is not a column or function/, 0],
  ['x + __proto__', /"__proto__" is not a column or function/, 4],
  ['prototype == 1', /"prototype"/, 0],
  ['process.exit()', /"process" is not a column or function/, 0],
  ['globalThis', /"globalThis"/, 0],
  ['this', /"this"/, 0],
  ['a.b', /member access/, 1],
  ['x.constructor.constructor("return process")()', /member access/, 1],
  ['a["b"]', /indexing/, 1],
  ['mean(x)["constructor"]', /indexing/, 7],
  ['`constructor`', /not allowed as a name/, 0],
  ['`__proto__` > 1', /not allowed as a name/, 0],
  ['eval("1")', /"eval" is not a column or function/, 0],
  ['require("fs")', /"require"/, 0],
  ['fetch("http://x")', /unknown function "fetch"/, 0],
  ['toString()', /unknown function "toString"/, 0],
  ['x = 1', /assignment/, 2],
  ['x += 1', /assignment/, 3],
  ['(() => 1)', /expected a value/, 2],
  ['`${process.exit()}`', /template literals/, 0],
  ['new Function("x")', /"new"/, 0],
  ['a; b', /unexpected character ";"/, 1],
  ['{}', /unexpected character "\{"/, 0],
  ['(a)(b)', /only functions can be called/, 3],
  ['`f`(1)', /only functions can be called/, 3],
  ['import("fs")', /"import"/, 0],
];

describe('hostile expressions', () => {
  it.each(HOSTILE)('%s is refused', (text, message, offset) => {
    const result = parseExpression(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(message);
    expect(result.offset).toBe(offset);
  });

  it('never runs anything: process.exit is not called and globals are untouched', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const before = Object.getOwnPropertyNames(globalThis).length;
    for (const [text] of HOSTILE) expect(parseExpression(text).ok).toBe(false);
    // Columns named like JavaScript internals are plain data lookups when quoted.
    const table = tableOf({ process: [1, 2, 3], 'a.b': [4, 5, 6] });
    expect(evaluateScalar(parse('sum(`process`) + sum(`a.b`)'), table)).toBe(21);
    expect(exit).not.toHaveBeenCalled();
    expect(Object.getOwnPropertyNames(globalThis).length).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses 10,000-deep nesting fast, naming the limit', () => {
    // 10,000 parentheses on each side exceed the length limit before any parsing.
    const tenThousand = parseExpression('('.repeat(10_000) + 'x' + ')'.repeat(10_000));
    expect(tenThousand).toMatchObject({ ok: false, message: expect.stringMatching(/20001 characters long; the limit is 10000/) });
    for (const text of ['('.repeat(4_999) + 'x' + ')'.repeat(4_999), '-'.repeat(9_999) + 'x', 'not '.repeat(2_400) + 'x', 'abs('.repeat(1_900) + 'x' + ')'.repeat(1_900)]) {
      const started = performance.now();
      const result = parseExpression(text);
      expect(performance.now() - started).toBeLessThan(200);
      expect(result).toMatchObject({ ok: false, message: `the expression nests deeper than ${MAX_DEPTH} levels` });
    }
  });

  it('refuses a tree deeper than the limit built without parentheses', () => {
    const long = Array.from({ length: MAX_DEPTH + 1 }, () => 'a').join(' + ');
    expect(parseExpression(long)).toMatchObject({ ok: false, message: expect.stringMatching(/deeper than 100/) });
    const fine = Array.from({ length: MAX_DEPTH - 1 }, () => 'a').join(' + ');
    expect(parseExpression(fine).ok).toBe(true);
  });

  it('refuses a 1 MB expression without reading it', () => {
    const huge = 'x + '.repeat(262_144);
    const started = performance.now();
    const result = parseExpression(huge);
    // The refusal takes ~0.1 ms; reading it would take ~250 ms (a 10,000-character expression
    // parses in 1–10 ms). 50 ms tells the two apart and leaves room for a busy CI runner.
    expect(performance.now() - started).toBeLessThan(50);
    expect(result).toEqual({ ok: false, status: 'error', code: 'policy/expression', message: `the expression is ${huge.length} characters long; the limit is ${MAX_EXPRESSION_LENGTH}`, offset: MAX_EXPRESSION_LENGTH });
    expect(parseExpression('1'.padEnd(MAX_EXPRESSION_LENGTH, ' ')).ok).toBe(true);
  });
});

function parse(text: string) {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}
