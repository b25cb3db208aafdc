/**
 * User regular expressions (operational `error_rate` patterns), compiled by re2js, a pure
 * JavaScript port of RE2 (Go's regexp). RE2 matches in time linear in the text — O(program size
 * × text length), no backtracking — so no pattern can make a status take exponential time, as
 * `(a+)+$` does on JavaScript's RegExp. The syntax is RE2's (docs/policy.md, "Patterns"); what
 * RE2 lacks (backreferences, lookaround) is refused with the reason.
 *
 * Limits keep the linear constant small: a pattern of at most MAX_PATTERN_LENGTH characters,
 * compiling to at most MAX_PROGRAM_SIZE instructions (repeat counts multiply a pattern:
 * `(a|aa){1,200}` is 1,400), matched on at most MAX_MATCHED_LENGTH characters of a status, once
 * per distinct status (src/checks/operational.ts). Compiling is O(pattern length).
 */
import { RE2JS, RE2JSException, RE2JSSyntaxException } from 're2js';
import { failure, type Failure } from '../problems.js';

export const MAX_PATTERN_LENGTH = 200;
export const MAX_PROGRAM_SIZE = 2_000;
export const MAX_MATCHED_LENGTH = 1_000;

/** Why a pattern cannot be used (policy/pattern), at the character it starts at. */
export interface PatternProblem extends Failure {
  /** Offset in the pattern text of the character the problem starts at. */
  readonly offset: number;
}

/** A compiled pattern: whether it matches somewhere in the text (unanchored, like RegExp.test). */
export type PatternTest = (text: string) => boolean;

export type PatternResult = { readonly ok: true; readonly value: PatternTest } | PatternProblem;

function problem(message: string, offset: number): PatternProblem {
  return { ...failure('policy/pattern', message), offset };
}

/** Compiles a pattern, or says why it cannot be used, pointing at the offending character. */
export function compilePattern(pattern: string): PatternResult {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return problem(`the pattern is ${pattern.length} characters long; the limit is ${MAX_PATTERN_LENGTH}`, MAX_PATTERN_LENGTH);
  }
  const unsupported = unsupportedFeature(pattern);
  if (unsupported !== null) return unsupported;
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(pattern);
  } catch (error) {
    if (error instanceof RE2JSSyntaxException) return syntaxProblem(pattern, error);
    if (error instanceof RE2JSException) return problem(`not a valid regular expression: ${error.message}`, 0);
    throw error;
  }
  const size = compiled.programSize();
  if (size > MAX_PROGRAM_SIZE) {
    return problem(`the pattern compiles to ${size} instructions; the limit is ${MAX_PROGRAM_SIZE} (repeat counts such as {1,500} copy what they repeat): use smaller counts`, 0);
  }
  return { ok: true, value: (text) => compiled.test(text) };
}

/** Null when the pattern can be used. */
export function patternProblem(pattern: string): PatternProblem | null {
  const compiled = compilePattern(pattern);
  return compiled.ok ? null : compiled;
}

const RE2_LACKS = 'RE2 has none (it matches in linear time; see docs/policy.md, "Patterns")';

/**
 * Features of JavaScript (and Perl) patterns that RE2 does not have, found before RE2's parser
 * so that the message says what the feature is rather than "invalid escape sequence". Skips
 * escaped characters and the insides of character classes, where these are literals.
 */
function unsupportedFeature(pattern: string): PatternProblem | null {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) return problem(`backreferences such as \\${next} are not supported: ${RE2_LACKS}`, i);
      if (!inClass && next === 'k' && pattern[i + 2] === '<') return problem(`named backreferences (\\k<name>) are not supported: ${RE2_LACKS}`, i);
      if (next === 'u') return problem('the escape \\u is JavaScript syntax; write a code point as \\x{263A}', i);
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      // A `]` right after `[` or `[^` is a literal, not the end of the class.
      if (pattern[i + 1] === '^') i++;
      if (pattern[i + 1] === ']') i++;
    } else if (c === '(' && pattern[i + 1] === '?') {
      const head = pattern.slice(i + 2, i + 4);
      if (head.startsWith('=') || head.startsWith('!')) return problem(`lookahead (${pattern.slice(i + 1, i + 3)}…) is not supported: ${RE2_LACKS}`, i);
      if (head === '<=' || head === '<!') return problem(`lookbehind (${pattern.slice(i + 1, i + 4)}…) is not supported: ${RE2_LACKS}`, i);
    }
  }
  return null;
}

/**
 * RE2's parser says what is wrong and quotes the fragment (`invalid repeat count: {1001}`), not
 * where: the offset is the fragment's first occurrence, or for an unbalanced parenthesis (where
 * RE2 quotes the whole pattern) the parenthesis itself.
 */
function syntaxProblem(pattern: string, error: RE2JSSyntaxException): PatternProblem {
  const what = error.getDescription();
  const fragment = error.getPattern();
  const quoted = fragment === null || fragment === pattern ? '' : `: ${fragment}`;
  const message = `not a valid regular expression: ${what}${quoted}`;
  if (what === 'missing closing )' || what === 'unexpected )') return problem(message, unbalancedParenthesis(pattern));
  if (what.startsWith('trailing backslash')) return problem(message, Math.max(0, pattern.length - 1));
  const at = fragment === null ? -1 : pattern.indexOf(fragment);
  return problem(message, Math.max(0, at));
}

/** The offset of the first `)` without its `(`, else of the last `(` left open. */
function unbalancedParenthesis(pattern: string): number {
  const open: number[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') open.push(i);
    else if (c === ')' && open.pop() === undefined) return i;
  }
  return open.pop() ?? 0;
}
