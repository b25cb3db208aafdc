/**
 * `type: business` — a KPI written in the expression language (src/expr), e.g.
 * `mean(accepted_offer, where: segment == "vip")`, evaluated over the current window's rows,
 * per group with `by:` (src/checks/grouped.ts). With `vs: reference` thresholds the same
 * expression is evaluated on the reference data. The expression was validated when the policy
 * was loaded; what can only fail against data (an unknown column, text where a number is
 * needed) gives `error` with the character offset. Fewer than min_samples rows gives no_data.
 */
import type { Table } from '../data/table.js';
import { ExpressionError, evaluateScalar, parseExpression } from '../expr/index.js';
import type { Expr } from '../expr/index.js';
import type { BusinessCheckSpec, Thresholds } from '../policy/types.js';
import { failure, ok } from '../problems.js';
import type { BusinessDetails } from './details.js';
import { judgeGrouped, usesReference } from './grouped.js';
import type { Measured } from './grouped.js';
import type { CheckContext, CheckModule, CheckOutcome } from './types.js';

export function thresholdsOf(spec: { readonly warn?: Thresholds['warn']; readonly fail?: Thresholds['fail'] }): Thresholds {
  return { ...(spec.warn === undefined ? {} : { warn: spec.warn }), ...(spec.fail === undefined ? {} : { fail: spec.fail }) };
}

/** Shortest readable form of a number, for messages. */
export function formatNumber(x: number): string {
  if (Number.isInteger(x)) return String(x);
  return Math.abs(x) >= 1000 ? x.toFixed(1) : String(Number(x.toPrecision(4)));
}

function measureExpression(ast: Expr, minSamples: number): (table: Table, rows: Uint32Array | null) => Measured {
  return (table, rows) => {
    const n = rows === null ? table.rowCount : rows.length;
    if (n < minSamples) return failure('check/no-data', `${n} rows, fewer than min_samples ${minSamples}`, 'no_data');
    try {
      const value = evaluateScalar(ast, table, rows ?? undefined);
      if (value === null) return failure('check/undefined-metric', 'the expression has no value on these rows (no rows match, or a division by 0)', 'no_data');
      return ok(value);
    } catch (error) {
      if (error instanceof ExpressionError) return failure('check/expression', `expression, at character ${error.offset + 1}: ${error.message}`);
      throw error;
    }
  };
}

export const businessCheck: CheckModule<BusinessCheckSpec, BusinessDetails> = {
  type: 'business',
  run(spec: BusinessCheckSpec, context: CheckContext): CheckOutcome<BusinessDetails> {
    const thresholds = thresholdsOf(spec);
    const base = { kind: 'business', expr: spec.expr, by: spec.by ?? null, min_group_size: spec.min_group_size } as const;
    const parsed = parseExpression(spec.expr);
    if (!parsed.ok) {
      const message = `expression, at character ${parsed.offset + 1}: ${parsed.message}`;
      return { status: 'error', code: parsed.code, value: null, thresholds, message, details: { ...base, groups: [], rows_without_group: 0 } };
    }
    const outcome = judgeGrouped({
      current: context.current,
      reference: context.reference,
      thresholds,
      by: spec.by,
      min_group_size: spec.min_group_size,
      measure: measureExpression(parsed.value, spec.min_samples),
      format: formatNumber,
      wantsReference: usesReference(thresholds),
    });
    return {
      status: outcome.status,
      ...(outcome.code === undefined ? {} : { code: outcome.code }),
      value: outcome.value,
      reference_value: outcome.reference_value,
      thresholds,
      message: `${spec.expr.replace(/\s+/g, ' ').trim()}: ${outcome.message}`,
      details: { ...base, groups: outcome.groups, rows_without_group: outcome.rows_without_group },
    };
  },
};
