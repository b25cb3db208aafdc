/**
 * Row rules for data quality: a predicate in the expression language (src/expr) evaluated over
 * every row. Returns how many rows hold, how many could not be evaluated, or an error text.
 */
import type { Table } from '../data/table.js';
import { ExpressionError, evaluateRowPredicate, parseExpression } from '../expr/index.js';

export function evaluateRule(text: string, table: Table): { holding: number; nulls: number } | string {
  const parsed = parseExpression(text);
  if (!parsed.ok) return `rule "${text}": ${parsed.message} (at character ${parsed.offset + 1})`;
  let result: { mask: Uint8Array; nulls: number };
  try {
    result = evaluateRowPredicate(parsed.ast, table);
  } catch (error) {
    // An unknown column or a type mismatch is only found against data: an `error`, not a crash.
    if (error instanceof ExpressionError) return `rule "${text}": ${error.message} (at character ${error.offset + 1})`;
    throw error;
  }
  const { mask, nulls } = result;
  let holding = 0;
  for (const bit of mask) holding += bit;
  return { holding, nulls };
}
