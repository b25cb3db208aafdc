/**
 * Row rules for data quality: a predicate in the expression language (src/expr) evaluated over
 * every row. Returns how many rows hold, how many could not be evaluated, or an error text.
 */
import type { Table } from '../data/table.js';
import { evaluateRowPredicate, parseExpression } from '../expr/index.js';

export function evaluateRule(text: string, table: Table): { holding: number; nulls: number } | string {
  const parsed = parseExpression(text);
  if (!parsed.ok) return `rule "${text}": ${parsed.message} (at character ${parsed.offset + 1})`;
  const { mask, nulls } = evaluateRowPredicate(parsed.ast, table);
  let holding = 0;
  for (const bit of mask) holding += bit;
  return { holding, nulls };
}
