/**
 * The loader validates error_rate patterns with RE2 (src/expr/pattern.ts) and reports a problem
 * at the file:line:column of the offending character inside the pattern string.
 */
import { describe, expect, it } from 'vitest';
import { formatPolicyError } from '../../src/policy/format.js';
import { loadPolicySource } from '../../src/policy/load.js';

/** A valid policy whose check 0 is an error_rate on `status` with the pattern as written (line 12). */
function policyWith(patternYaml: string): string {
  return `apiVersion: modelwatch/v1
kind: ModelMonitor
model: { name: m, task: regression }
columns:
  types: { status: categorical }
data:
  current: { file: current.csv }
checks:
  - id: errors
    type: operational
    metric: error_rate
    pattern: ${patternYaml}
    column: status
    fail: { gt: 0.1 }
`;
}

function errorsOf(patternYaml: string): string[] {
  return loadPolicySource('p.yaml', policyWith(patternYaml), { env: {}, dir: '/tmp' }).errors.map(formatPolicyError);
}

describe('error_rate patterns at load time', () => {
  it('accepts RE2 patterns, including those that backtrack exponentially in RegExp', () => {
    for (const pattern of ["'^5\\d\\d$'", "'^\\d*\\d*\\d*\\d*x'", "'^(a+){2,100}$'", "'^(a|aa){1,200}c$'", "'(?i)timeout|refused'"]) {
      expect(errorsOf(pattern), pattern).toEqual([]);
    }
  });

  it.each([
    // The pattern's text starts at column 15 (after the quote at 14).
    ["'5\\d\\d(?=0)'", '12:20: lookahead (?=…) is not supported: RE2 has none (it matches in linear time; see docs/policy.md, "Patterns")'],
    ["'(5)\\1'", '12:18: backreferences such as \\1 are not supported: RE2 has none (it matches in linear time; see docs/policy.md, "Patterns")'],
    ["'ab{1001}'", '12:17: not a valid regular expression: invalid repeat count: {1001}'],
    ["'a(b(c)'", '12:16: not a valid regular expression: missing closing )'],
    // Plain scalars have no quote: the text starts at column 14.
    ['x**', '12:15: not a valid regular expression: invalid nested repetition operator: **'],
  ])('refuses %s at its character, code policy/pattern', (pattern, message) => {
    const result = loadPolicySource('p.yaml', policyWith(pattern), { env: {}, dir: '/tmp' });
    expect(result.policy).toBeNull();
    expect(result.errors.map(formatPolicyError)).toEqual([`p.yaml:${message}`]);
    expect(result.errors.map((e) => e.code)).toEqual(['policy/pattern']);
  });
});
