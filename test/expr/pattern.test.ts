/** The ReDoS screen for error_rate patterns (src/expr/pattern.ts). */
import { describe, expect, it } from 'vitest';
import { MAX_PATTERN_LENGTH, patternProblem } from '../../src/expr/pattern.js';

describe('patternProblem', () => {
  it.each(['^5\\d\\d$', 'timeout|refused', '^(5\\d\\d|429)$', '[a-z]+-\\d{3}', '(ab)+', '(\\d{3})*'])('accepts %s', (pattern) => {
    expect(patternProblem(pattern)).toBeNull();
  });

  it.each([
    ['(a+)+$', 0],
    ['x(a*)*', 1],
    ['(a|aa)+', 0],
    ['((ab)+c)*', 0],
    ['(\\w{2,})+', 0],
  ])('refuses the exponential %s at offset %i', (pattern, offset) => {
    expect(patternProblem(pattern)).toMatchObject({ offset, message: expect.stringMatching(/exponential/) });
  });

  it('refuses backreferences, invalid and over-long patterns', () => {
    expect(patternProblem('(a)\\1')?.message).toMatch(/backreferences/);
    expect(patternProblem('(unclosed')?.message).toMatch(/not a valid regular expression/);
    expect(patternProblem('a'.repeat(MAX_PATTERN_LENGTH + 1))).toMatchObject({ offset: MAX_PATTERN_LENGTH });
  });

  it('is not fooled by parentheses in classes or escapes', () => {
    expect(patternProblem('[(a+)]+')).toBeNull();
    expect(patternProblem('\\(a+\\)+')).toBeNull();
  });
});
