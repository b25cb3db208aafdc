/**
 * Screening of user regular expressions (operational `error_rate` patterns) against
 * catastrophic backtracking (ReDoS). JavaScript's regex engine backtracks, so a pattern such as
 * `(a+)+$` can take exponential time on a crafted status text. The screen is conservative,
 * not a proof: it refuses patterns longer than MAX_PATTERN_LENGTH, backreferences, and any
 * group that repeats without bound (`*`, `+`, `{n,}`) while containing an unbounded repeat or
 * an alternation. What remains runs once per distinct status value (not per row), on at most
 * MAX_MATCHED_LENGTH characters of it (src/checks/operational.ts). O(pattern length).
 */
export const MAX_PATTERN_LENGTH = 200;
export const MAX_MATCHED_LENGTH = 1_000;

export interface PatternProblem {
  readonly message: string;
  readonly offset: number;
}

/** Null when the pattern compiles (with the `u` flag) and passes the screen. */
export function patternProblem(pattern: string): PatternProblem | null {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return { message: `the pattern is ${pattern.length} characters long; the limit is ${MAX_PATTERN_LENGTH}`, offset: MAX_PATTERN_LENGTH };
  }
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return { message: `not a valid regular expression: ${(error as Error).message}`, offset: 0 };
  }
  // Each open group: whether it holds an unbounded repeat or an alternation so far.
  const groups: { start: number; risky: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return { message: 'backreferences are not allowed in patterns', offset: i };
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') groups.push({ start: i, risky: false });
    else if (c === '|' && groups.length > 0) groups[groups.length - 1]!.risky = true;
    else if (c === ')') {
      const group = groups.pop();
      const repeat = unboundedRepeatAt(pattern, i + 1);
      if (group !== undefined && group.risky && repeat) {
        return {
          message: 'a repeated group contains a repeat or an alternation (like "(a+)+" or "(a|b)*"), which can take exponential time; simplify the pattern',
          offset: group.start,
        };
      }
      if (group !== undefined && (group.risky || repeat) && groups.length > 0) groups[groups.length - 1]!.risky = true;
    } else if (unboundedRepeatAt(pattern, i) && groups.length > 0) groups[groups.length - 1]!.risky = true;
  }
  return null;
}

/** Whether an unbounded quantifier (`*`, `+`, `{n,}`) starts at position i. */
function unboundedRepeatAt(pattern: string, i: number): boolean {
  const c = pattern[i];
  if (c === '*' || c === '+') return true;
  return c === '{' && /^\{\d+,\}/.test(pattern.slice(i, i + 12));
}
