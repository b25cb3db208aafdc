/** User patterns on RE2 (src/expr/pattern.ts): linear-time matching, and refusals with a reason. */
import { describe, expect, it } from 'vitest';
import { compilePattern, MAX_PATTERN_LENGTH, patternProblem } from '../../src/expr/pattern.js';

function tester(pattern: string): (text: string) => boolean {
  const compiled = compilePattern(pattern);
  if (!compiled.ok) throw new Error(`unexpected problem: ${compiled.message}`);
  return compiled.value;
}

/**
 * Patterns that take exponential (or high-polynomial) time on a backtracking engine, each with a
 * text that makes it backtrack: the three, and the same families (nested quantifiers,
 * overlapping alternations, quantified optional groups).
 */
const ADVERSARIAL: readonly [string, string][] = [
  ['^\\d*\\d*\\d*\\d*x', '1'.repeat(1_000)],
  ['^(a+){2,100}$', `${'a'.repeat(999)}b`],
  ['^(a|aa){1,200}c$', `${'a'.repeat(999)}b`],
  ['(a+)+$', `${'a'.repeat(999)}b`],
  ['^(a|a?)+$', `${'a'.repeat(999)}b`],
  ['^(\\w+\\s?)*$', `${'word '.repeat(199)}!`],
  ['^(.*a){20}$', `${'a'.repeat(999)}b`],
  ['(x+x+)+y', 'x'.repeat(1_000)],
];

describe('compilePattern', () => {
  it.each(['^5\\d\\d$', 'timeout|refused', '^(5\\d\\d|429)$', '[a-z]+-\\d{3}', '(ab)+', '(\\d{3})*', '(?i)^error', '(?P<code>5\\d\\d)', '[[:alpha:]]+', '\\x{263A}'])('accepts %s', (pattern) => {
    expect(patternProblem(pattern)).toBeNull();
  });

  it('matches as RegExp.test does on ordinary patterns (unanchored, leftmost)', () => {
    const statuses = ['500', '503 bad gateway', '200', 'timeout after 3s', 'OK', '429', '5000', 'Error: refused'];
    for (const pattern of ['^5\\d\\d$', 'timeout|refused', '^(5\\d\\d|429)', '\\d{4}', 'o']) {
      const re2 = tester(pattern);
      const js = new RegExp(pattern, 'u');
      expect(statuses.map(re2), pattern).toEqual(statuses.map((s) => js.test(s)));
    }
    // RE2 syntax JavaScript lacks: inline flags and POSIX classes.
    expect(tester('(?i)^error')('Error: refused')).toBe(true);
    expect(tester('^[[:digit:]]+$')('429')).toBe(true);
  });

  it.each(ADVERSARIAL)('runs %s in linear time on a text that makes RegExp backtrack', (pattern, text) => {
    const test = tester(pattern);
    const started = performance.now();
    for (let i = 0; i < 20; i++) test(`${text}${i}`);
    // 20 texts of ~1,000 characters: ~2 ms on the dev machine; a backtracking engine takes
    // longer than the age of the universe on the first three.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it.each([
    ['(a)\\1', 3, /backreferences such as \\1 are not supported: RE2 has none/],
    ['(?<n>a)\\k<n>', 7, /named backreferences/],
    ['x(?=y)', 1, /lookahead \(\?=…\) is not supported/],
    ['x(?!y)', 1, /lookahead \(\?!…\) is not supported/],
    ['(?<=a)b', 0, /lookbehind \(\?<=…\) is not supported/],
    ['a(?<!a)b', 1, /lookbehind \(\?<!…\) is not supported/],
    ['\\u0041', 0, /write a code point as \\x\{263A\}/],
  ])('refuses %s (a feature RE2 lacks) at offset %i with the reason', (pattern, offset, message) => {
    const problem = patternProblem(pattern);
    expect(problem).toMatchObject({ offset });
    expect(problem?.message).toMatch(message);
  });

  it('takes backreference and lookaround look-alikes inside classes and escapes as literals', () => {
    expect(patternProblem('[(?=]')).toBeNull();
    expect(patternProblem('\\(?=x')).toBeNull();
    expect(tester('[]x]')(']')).toBe(true);
  });

  it.each([
    ['(unclosed', 0, 'missing closing )'],
    ['a(b(c)', 1, 'missing closing )'],
    ['ab)c', 2, 'unexpected )'],
    ['x[abc', 1, 'missing closing ]'],
    ['ab{1001}', 2, 'invalid repeat count: {1001}'],
    ['x**', 1, 'invalid nested repetition operator: **'],
    ['x\\', 1, 'trailing backslash'],
    ['[z-a]', 1, 'invalid character class range: z-a'],
  ])('places the syntax error in %s at offset %i', (pattern, offset, message) => {
    const problem = patternProblem(pattern);
    expect(problem).toMatchObject({ offset });
    expect(problem?.message).toContain(`not a valid regular expression: ${message}`);
  });

  it('refuses over-long patterns and programs that repeat counts blow up', () => {
    expect(patternProblem('a'.repeat(MAX_PATTERN_LENGTH + 1))).toMatchObject({ offset: MAX_PATTERN_LENGTH });
    expect(patternProblem('(.*){1,1000}z')?.message).toMatch(/compiles to 5002 instructions; the limit is 2000/);
  });
});
