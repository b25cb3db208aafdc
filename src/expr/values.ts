/**
 * Runtime values of the expression evaluator. A value is either one per row (a vector over the
 * evaluated rows) or one for all rows (a constant, from a literal or an aggregate):
 *   number:  Float64Array, NaN = null            | constant number or null
 *   boolean: Uint8Array, 0 false, 1 true, 2 null | constant boolean or null
 *   string:  Int32Array codes into a dictionary, -1 = null | constant string
 * Conversions between them are the language's coercion rules (docs/policy.md#expressions).
 */
import { ExpressionError } from './error.js';
import type { Expr } from './ast.js';

export const NULL_BOOL = 2;

export type Value =
  | { readonly k: 'num'; readonly v: Float64Array }
  | { readonly k: 'bool'; readonly v: Uint8Array }
  | { readonly k: 'str'; readonly codes: Int32Array; readonly dict: readonly string[] }
  | { readonly k: 'cnum'; readonly v: number | null }
  | { readonly k: 'cbool'; readonly v: boolean | null }
  | { readonly k: 'cstr'; readonly v: string };

export const isConstant = (value: Value): boolean => value.k === 'cnum' || value.k === 'cbool' || value.k === 'cstr';
export const isStringy = (value: Value): boolean => value.k === 'str' || value.k === 'cstr';

export function describe(value: Value): string {
  switch (value.k) {
    case 'num':
    case 'cnum':
      return 'a number';
    case 'bool':
    case 'cbool':
      return 'a condition (true/false)';
    default:
      return 'text';
  }
}

/**
 * A value as numbers: booleans count 1/0 (so `mean(status == "error")` is a share), text is an
 * error. Constants stay constants (returned as number, NaN = null).
 */
export function asNumbers(value: Value, node: Expr, what: string): Float64Array | number {
  switch (value.k) {
    case 'num':
      return value.v;
    case 'cnum':
      return value.v ?? Number.NaN;
    case 'cbool':
      return value.v === null ? Number.NaN : value.v ? 1 : 0;
    case 'bool': {
      const out = new Float64Array(value.v.length);
      for (let i = 0; i < out.length; i++) {
        const b = value.v[i]!;
        out[i] = b === NULL_BOOL ? Number.NaN : b;
      }
      return out;
    }
    default:
      throw new ExpressionError(`${what} needs a number, but this is text`, node.start);
  }
}

const TRUE_WORDS: ReadonlySet<string> = new Set(['true', 'True', 'TRUE']);
const FALSE_WORDS: ReadonlySet<string> = new Set(['false', 'False', 'FALSE']);

/**
 * A value as a condition: booleans as they are; numbers are true when not 0 (NaN = null), so a
 * 0/1 column can be used directly (`rate(accepted_offer)`); text only when every category is
 * `true` or `false`. Constants stay constants (returned as 0, 1 or 2).
 */
export function asCondition(value: Value, node: Expr, what: string): Uint8Array | number {
  switch (value.k) {
    case 'bool':
      return value.v;
    case 'cbool':
      return value.v === null ? NULL_BOOL : value.v ? 1 : 0;
    case 'cnum':
      return value.v === null || Number.isNaN(value.v) ? NULL_BOOL : value.v !== 0 ? 1 : 0;
    case 'num': {
      const out = new Uint8Array(value.v.length);
      for (let i = 0; i < out.length; i++) {
        const x = value.v[i]!;
        out[i] = Number.isNaN(x) ? NULL_BOOL : x !== 0 ? 1 : 0;
      }
      return out;
    }
    case 'str': {
      const map = value.dict.map((word) => (TRUE_WORDS.has(word) ? 1 : FALSE_WORDS.has(word) ? 0 : -1));
      const out = new Uint8Array(value.codes.length);
      for (let i = 0; i < out.length; i++) {
        const code = value.codes[i]!;
        const b = code < 0 ? NULL_BOOL : map[code]!;
        if (b < 0) {
          throw new ExpressionError(`${what} needs a condition, but this is text ("${value.dict[code]}"); compare it, e.g. x == "yes"`, node.start);
        }
        out[i] = b;
      }
      return out;
    }
    case 'cstr':
      throw new ExpressionError(`${what} needs a condition, but this is text; compare it, e.g. x == "yes"`, node.start);
  }
}

/** A number-or-constant operand spread over n rows. */
export function spreadNumbers(x: Float64Array | number, n: number): Float64Array {
  return typeof x === 'number' ? new Float64Array(n).fill(x) : x;
}

export function spreadCondition(x: Uint8Array | number, n: number): Uint8Array {
  return typeof x === 'number' ? new Uint8Array(n).fill(x) : x;
}
