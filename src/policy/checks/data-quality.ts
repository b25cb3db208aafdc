/**
 * Normalises a `data_quality` check and enforces what each metric needs: thresholds for the
 * share/count metrics, `rule` (+ `mostly` or a threshold) for rule, `schema` for schema,
 * columns.id for duplicate_ids (default fail > 0), columns.timestamp for freshness; range
 * defaults to `reference` for out_of_range_share. Keys meant for another metric are errors.
 */
import { columnsOf, parseExpression } from '../../expr/index.js';
import type { NormaliseContext } from '../context.js';
import { normaliseThreshold } from '../thresholds.js';
import type { RawCheck, RawThreshold } from '../raw.js';
import type { ColumnKind, DataQualityCheckSpec, DataQualityMetric } from '../types.js';
import { referColumns } from './base.js';
import type { CheckBaseFields } from './base.js';

interface RawDataQuality extends RawCheck {
  readonly metric: DataQualityMetric;
  readonly columns?: 'all' | readonly string[];
  readonly warn?: RawThreshold;
  readonly fail?: RawThreshold;
  readonly range?: 'reference' | { readonly min?: number; readonly max?: number };
  readonly rule?: string;
  readonly mostly?: number;
  readonly schema?: {
    readonly required?: readonly string[];
    readonly forbidden?: readonly string[];
    readonly types?: Readonly<Record<string, ColumnKind>>;
  };
}

const NEEDS_THRESHOLD: readonly DataQualityMetric[] = ['row_count', 'missing_share', 'out_of_range_share', 'unseen_share', 'freshness'];

/** Keys that only make sense for one metric. */
const METRIC_OF_KEY = { range: 'out_of_range_share', rule: 'rule', mostly: 'rule', schema: 'schema' } as const;

export function normaliseDataQuality(check: RawCheck, base: CheckBaseFields, ctx: NormaliseContext): DataQualityCheckSpec {
  const raw = check as RawDataQuality;
  const at = base.pointer;
  const metricAt = `${at}/metric`;
  const { metric } = raw;
  const hasThreshold = raw.warn !== undefined || raw.fail !== undefined;

  for (const [key, owner] of Object.entries(METRIC_OF_KEY)) {
    if (raw[key] !== undefined && owner !== metric) ctx.error(`${at}/${key}`, 'policy/conflict', `"${key}" applies only to metric ${owner}, not ${metric}`, 'key');
  }
  if (NEEDS_THRESHOLD.includes(metric) && !hasThreshold) ctx.error(metricAt, 'policy/conflict', `metric ${metric} needs a "warn" or "fail" threshold`);
  if (metric === 'rule' && raw.rule === undefined) ctx.error(metricAt, 'policy/conflict', 'metric rule needs a "rule" (a row predicate such as "age >= 18")');
  if (metric === 'rule' && raw.mostly === undefined && !hasThreshold) ctx.error(metricAt, 'policy/conflict', 'metric rule needs "mostly" or a "warn"/"fail" threshold');
  if (metric === 'schema' && raw.schema === undefined) ctx.error(metricAt, 'policy/conflict', 'metric schema needs a "schema" mapping (required, forbidden, types)');
  if (metric === 'duplicate_ids' && ctx.columns.id === undefined) ctx.error(metricAt, 'policy/conflict', 'metric duplicate_ids needs columns.id');
  if (metric === 'freshness' && ctx.columns.timestamp === undefined) ctx.error(metricAt, 'policy/conflict', 'metric freshness needs columns.timestamp');
  if (metric === 'unseen_share' && !ctx.hasReference) ctx.error(metricAt, 'policy/conflict', 'metric unseen_share compares with reference data: add data.reference');
  if (metric === 'out_of_range_share' && (raw.range ?? 'reference') === 'reference' && !ctx.hasReference) {
    ctx.error(metricAt, 'policy/conflict', 'metric out_of_range_share takes its range from reference data: add data.reference or a range { min, max }');
  }

  const columns = raw.columns ?? 'all';
  referColumns(columns, `${at}/columns`, ctx);

  const spec: { -readonly [K in keyof DataQualityCheckSpec]: DataQualityCheckSpec[K] } = {
    ...base,
    type: 'data_quality',
    metric,
    columns: columns === 'all' ? 'all' : [...columns],
  };
  if (raw.warn !== undefined) spec.warn = normaliseThreshold(raw.warn, `${at}/warn`, ctx);
  if (raw.fail !== undefined) spec.fail = normaliseThreshold(raw.fail, `${at}/fail`, ctx);
  if (metric === 'duplicate_ids' && !hasThreshold) spec.fail = { gt: 0 };
  if (raw.range !== undefined) spec.range = raw.range === 'reference' ? 'reference' : { ...raw.range };
  else if (metric === 'out_of_range_share') spec.range = 'reference';
  if (raw.range !== undefined && raw.range !== 'reference') {
    const { min, max } = raw.range;
    if (min !== undefined && max !== undefined && min > max) ctx.error(`${at}/range`, 'policy/invalid-value', `"range" must have min ≤ max, got min ${min} and max ${max}`);
  }
  if (raw.rule !== undefined) {
    spec.rule = raw.rule;
    // Parsed at load time so that `modelwatch validate` points at the mistake inside the rule.
    const parsed = parseExpression(raw.rule);
    if (!parsed.ok) ctx.errorInText(`${at}/rule`, parsed.offset, parsed.code, `in the rule, at character ${parsed.offset + 1}: ${parsed.message}`);
    // Like a business expression's: checked against the declared columns at load.
    else for (const name of columnsOf(parsed.value)) ctx.referColumn(`${at}/rule`, name);
  }
  if (raw.mostly !== undefined) spec.mostly = raw.mostly;
  if (raw.schema !== undefined) {
    spec.schema = {
      required: [...(raw.schema.required ?? [])],
      forbidden: [...(raw.schema.forbidden ?? [])],
      types: { ...(raw.schema.types ?? {}) },
    };
  }
  return spec;
}
