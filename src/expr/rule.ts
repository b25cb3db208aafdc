/**
 * Row rules for data quality: a predicate in the expression language (src/expr) evaluated over
 * every row. Returns how many rows hold and how many could not be evaluated, or why it failed.
 */
import type { Table } from '../data/table.js';
import { ExpressionError, evaluateRowPredicate, parseExpression } from './index.js';
import { failure, ok, type Result } from '../problems.js';

export function evaluateRule(text: string, table: Table): Result<{ holding: number; nulls: number }> {
  const parsed = parseExpression(text);
  if (!parsed.ok) return failure(parsed.code, `rule "${text}": ${parsed.message} (at character ${parsed.offset + 1})`);
  let result: { mask: Uint8Array; nulls: number };
  try {
    result = evaluateRowPredicate(parsed.value, table);
  } catch (error) {
    // An unknown column or a type mismatch is only found against data: an `error`, not a crash.
    if (error instanceof ExpressionError) return failure('check/expression', `rule "${text}": ${error.message} (at character ${error.offset + 1})`);
    throw error;
  }
  const { mask, nulls } = result;
  let holding = 0;
  for (const bit of mask) holding += bit;
  return ok({ holding, nulls });
}
