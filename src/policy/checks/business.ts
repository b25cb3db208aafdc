/**
 * Normalises a `business` check: `expr` is parsed here, at load time, so that `modelwatch
 * validate` reports a broken KPI at its own `file:line:column` (the string's position plus the
 * offset inside the expression, src/policy/text-position.ts). The expression must be a single
 * value (every column inside an aggregate); its columns are recorded as column references.
 * `by`, `min_group_size` (default 30) and a warn/fail threshold (absolute or `vs: reference`).
 */
import { columnsOf, parseExpression, scalarShapeError } from '../../expr/index.js';
import type { NormaliseContext } from '../context.js';
import type { RawCheck, RawThreshold } from '../raw.js';
import { normaliseThreshold } from '../thresholds.js';
import type { BusinessCheckSpec } from '../types.js';
import type { CheckBaseFields } from './base.js';
import { DEFAULT_MIN_GROUP_SIZE, normaliseBy } from './grouping.js';

interface RawBusiness extends RawCheck {
  readonly expr: string;
  readonly by?: string | readonly string[];
  readonly min_group_size?: number;
  readonly warn?: RawThreshold;
  readonly fail?: RawThreshold;
}

export function normaliseBusiness(check: RawCheck, base: CheckBaseFields, ctx: NormaliseContext): BusinessCheckSpec {
  const raw = check as RawBusiness;
  const at = base.pointer;
  const exprAt = `${at}/expr`;
  const parsed = parseExpression(raw.expr);
  if (!parsed.ok) {
    ctx.errorInText(exprAt, parsed.offset, parsed.code, `in the expression, at character ${parsed.offset + 1}: ${parsed.message}`);
  } else {
    const shape = scalarShapeError(parsed.value);
    if (shape !== null) ctx.errorInText(exprAt, shape.offset, 'policy/expression', `in the expression, at character ${shape.offset + 1}: ${shape.message}`);
    for (const name of columnsOf(parsed.value)) ctx.referColumn(exprAt, name);
  }
  if (raw.warn === undefined && raw.fail === undefined) ctx.error(exprAt, 'policy/conflict', 'a business check needs a "warn" or "fail" threshold');

  const spec: { -readonly [K in keyof BusinessCheckSpec]: BusinessCheckSpec[K] } = {
    ...base,
    type: 'business',
    expr: raw.expr,
    min_group_size: raw.min_group_size ?? DEFAULT_MIN_GROUP_SIZE,
  };
  const by = normaliseBy(raw.by, `${at}/by`, ctx);
  if (by !== undefined) spec.by = by;
  if (raw.warn !== undefined) spec.warn = normaliseThreshold(raw.warn, `${at}/warn`, ctx);
  if (raw.fail !== undefined) spec.fail = normaliseThreshold(raw.fail, `${at}/fail`, ctx);
  return spec;
}
