/**
 * Aggregates: each reduces the rows in scope (optionally filtered by `where:`) to one number.
 *   count()       rows;  count(x) rows where x is not null;  count(where: c) rows where c holds
 *   sum(x)        Σ x over non-null x (0 when there is none, as pandas)
 *   mean/min/max  over non-null x (null when there is none)
 *   quantile(x,q) numpy's default linear quantile of non-null x (src/stats/quantile.ts)
 *   rate(c)       rows where c holds / rows where c is not null (null when none)
 *   ratio(a, b)   a / b of two single values, null when b is 0 or null
 * A `where:` condition keeps the rows where it is true (null counts as not true). Conditions and
 * booleans count as 1/0 in sums and means. Sums are plain left-to-right float additions.
 * O(rows) each, O(rows log rows) for quantile.
 */
import type { Call, Expr } from './ast.js';
import { ExpressionError } from './error.js';
import type { Scope } from './evaluate.js';
import type { Value } from './values.js';
import { NULL_BOOL, asCondition, asNumbers, isConstant, spreadCondition, spreadNumbers } from './values.js';
import { quantileSorted } from '../stats/quantile.js';

type Evaluate = (node: Expr, scope: Scope) => Value;

export function evaluateAggregate(node: Call, scope: Scope, evaluate: Evaluate): Value {
  const result = aggregate(node, scope, evaluate);
  return { k: 'cnum', v: result === null || Number.isNaN(result) ? null : result };
}

function aggregate(node: Call, scope: Scope, evaluate: Evaluate): number | null {
  const n = scope.n;
  if (node.name === 'ratio') {
    const [a, b] = node.args.map((arg) => single(evaluate(arg, scope), arg));
    if (a === null || a === undefined || b === null || b === undefined || b === 0) return null;
    return a / b;
  }
  const keep = node.where === null ? null : spreadCondition(asCondition(evaluate(node.where, scope), node.where, '"where:"'), n);
  const kept = (i: number): boolean => keep === null || keep[i] === 1;
  const arg = node.args[0];
  if (node.name === 'count' && arg === undefined) {
    if (keep === null) return n;
    let count = 0;
    for (let i = 0; i < n; i++) if (keep[i] === 1) count++;
    return count;
  }
  const value = evaluate(arg!, scope);
  if (node.name === 'rate') {
    const c = spreadCondition(asCondition(value, arg!, 'rate()'), n);
    let hits = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      if (!kept(i) || c[i] === NULL_BOOL) continue;
      total++;
      hits += c[i]!;
    }
    return total === 0 ? null : hits / total;
  }
  if (node.name === 'count' && (value.k === 'str' || value.k === 'cstr')) {
    let count = 0;
    for (let i = 0; i < n; i++) if (kept(i) && (value.k === 'cstr' || value.codes[i]! >= 0)) count++;
    return count;
  }
  const x = spreadNumbers(asNumbers(value, arg!, `${node.name}()`), n);
  switch (node.name) {
    case 'count': {
      let count = 0;
      for (let i = 0; i < n; i++) if (kept(i) && !Number.isNaN(x[i]!)) count++;
      return count;
    }
    case 'sum':
    case 'mean': {
      let sum = 0;
      let count = 0;
      for (let i = 0; i < n; i++) {
        if (!kept(i) || Number.isNaN(x[i]!)) continue;
        sum += x[i]!;
        count++;
      }
      return node.name === 'sum' ? sum : count === 0 ? null : sum / count;
    }
    case 'min':
    case 'max': {
      let best: number | null = null;
      for (let i = 0; i < n; i++) {
        const v = x[i]!;
        if (!kept(i) || Number.isNaN(v)) continue;
        if (best === null || (node.name === 'min' ? v < best : v > best)) best = v;
      }
      return best;
    }
    case 'quantile': {
      const values: number[] = [];
      for (let i = 0; i < n; i++) if (kept(i) && !Number.isNaN(x[i]!)) values.push(x[i]!);
      if (values.length === 0) return null;
      const q = node.args[1]!;
      return quantileSorted(Float64Array.from(values).sort(), q.type === 'number' ? q.value : Number.NaN);
    }
    default:
      throw new ExpressionError(`${node.name}() is not an aggregate`, node.start);
  }
}

/** The number of a single-valued argument (ratio's operands). */
function single(value: Value, node: Expr): number | null {
  if (!isConstant(value)) {
    throw new ExpressionError('ratio() divides two single values, such as ratio(sum(revenue), count()); this argument has one value per row', node.start);
  }
  const x = asNumbers(value, node, 'ratio()') as number;
  return Number.isNaN(x) ? null : x;
}
