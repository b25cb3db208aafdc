/**
 * Static questions about a parsed expression: which columns it reads, and whether it is a single
 * value (every column inside an aggregate), as a business KPI must be. O(nodes).
 */
import type { Expr } from './ast.js';
import { isAggregate } from './ast.js';

/** Children of a node, in source order. */
export function childrenOf(node: Expr): readonly Expr[] {
  switch (node.type) {
    case 'unary':
    case 'in':
    case 'is_null':
      return [node.operand];
    case 'binary':
      return [node.left, node.right];
    case 'call':
      return node.where === null ? node.args : [...node.args, node.where];
    default:
      return [];
  }
}

/** The distinct column names an expression reads, in order of first appearance. */
export function columnsOf(ast: Expr): string[] {
  const seen = new Set<string>();
  const visit = (node: Expr): void => {
    if (node.type === 'column') seen.add(node.name);
    for (const child of childrenOf(node)) visit(child);
  };
  visit(ast);
  return [...seen];
}

/**
 * Null when the expression yields one value for a set of rows; otherwise the first column that
 * is read outside any aggregate, with its offset (e.g. `accepted_offer` instead of
 * `mean(accepted_offer)`).
 */
export function scalarShapeError(ast: Expr): { readonly message: string; readonly offset: number } | null {
  const visit = (node: Expr): { message: string; offset: number } | null => {
    if (node.type === 'call' && isAggregate(node.name) && node.name !== 'ratio') return null;
    if (node.type === 'column') {
      return {
        message: `column "${node.name}" is read row by row here; a KPI is one value, so wrap it in an aggregate such as mean(${node.name})`,
        offset: node.start,
      };
    }
    for (const child of childrenOf(node)) {
      const found = visit(child);
      if (found !== null) return found;
    }
    return null;
  };
  return visit(ast);
}
