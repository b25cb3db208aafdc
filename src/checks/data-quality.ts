/**
 * `type: data_quality` — is the current data fit to be scored and compared? One metric per
 * check (docs/policy.md#data-quality):
 *   missing_share       share of missing cells, per column (`all`, here and below: the
 *                       features and typed columns, never id, timestamp, target, prediction,
 *                       score or pii; columns.ts)
 *   out_of_range_share  share of non-missing numeric values outside a range (given, or the
 *                       reference's observed [min, max]), per column
 *   unseen_share        share of non-missing categorical values never seen in the reference
 *   row_count           number of current rows (thresholds may be `vs: reference`)
 *   duplicate_ids       rows whose id repeats an earlier row's id
 *   freshness           hours from the newest timestamp to the run's clock
 *   schema              number of problems: required or forbidden columns, wrong kinds
 *   rule                share of rows for which a row predicate holds (`mostly`)
 * Per-column metrics judge each column and take the worst; the value is the worst column's.
 */
import type { Column, Table } from '../data/table.js';
import { missingCount } from '../data/table.js';
import type { DataQualityCheckSpec, Thresholds } from '../policy/types.js';
import { failure, type Failure, type ProblemCode } from '../problems.js';
import type { DataQualityDetails, QualityColumnDetail } from './details.js';
import { profileFacts } from '../profile/table.js';
import type { CheckContext, CheckModule, CheckOutcome, Status } from './types.js';
import { judge } from './threshold.js';
import { worstStatus } from './status.js';
import { evaluateRule } from '../expr/rule.js';
import { qualityColumns } from './columns.js';
import { asPercent, count } from './counts.js';

type Outcome = CheckOutcome<DataQualityDetails>;

const HOUR_MS = 3_600_000;

function thresholdsOf(spec: DataQualityCheckSpec): Thresholds {
  const t: { warn?: Thresholds['warn']; fail?: Thresholds['fail'] } = {};
  if (spec.warn) t.warn = spec.warn;
  if (spec.fail) t.fail = spec.fail;
  if (t.fail === undefined && t.warn === undefined) {
    if (spec.metric === 'rule' && spec.mostly !== undefined) t.fail = { lt: spec.mostly };
    else if (spec.metric === 'schema' || spec.metric === 'duplicate_ids') t.fail = { gt: 0 };
  }
  return t;
}

function details(spec: DataQualityCheckSpec, columns: QualityColumnDetail[] = [], problems: string[] = []): DataQualityDetails {
  return { kind: 'data_quality', metric: spec.metric, columns, problems };
}

/** Judge a share per column and combine. `measureColumn` returns null to skip a column. */
function perColumn(
  spec: DataQualityCheckSpec,
  table: Table,
  names: readonly string[],
  noun: string,
  measureColumn: (column: Column) => Omit<QualityColumnDetail, 'status' | 'message' | 'value' | 'column'> | Failure | null,
): Outcome {
  const thresholds = thresholdsOf(spec);
  const columns: QualityColumnDetail[] = [];
  for (const name of names) {
    const column = table.column(name);
    if (column === undefined) {
      columns.push({ column: name, value: null, count: null, total: null, status: 'error', code: 'check/missing-column', message: `column "${name}" is not in the current data` });
      continue;
    }
    const measured = measureColumn(column);
    if (measured === null) continue;
    if ('ok' in measured) {
      columns.push({ column: name, value: null, count: null, total: null, status: measured.status, code: measured.code, message: measured.message });
      continue;
    }
    const { count: matched, total } = measured;
    if (total === null || matched === null || total < spec.min_samples) {
      columns.push({ ...measured, column: name, value: null, status: 'no_data', code: 'check/no-data', message: `${total ?? 0} values, fewer than min_samples ${spec.min_samples}` });
      continue;
    }
    const value = matched / total;
    const verdict = judge(value, thresholds);
    const status: Status = verdict.status;
    const message = verdict.status === 'error' ? verdict.message : `${asPercent(value)} ${noun} (${count(matched)} of ${count(total)})`;
    columns.push({ ...measured, column: name, value, status, ...(verdict.status === 'error' && { code: verdict.code }), message });
  }
  const judged = columns.filter((c) => c.value !== null);
  const worst = judged.reduce<QualityColumnDetail | null>((w, c) => (w === null || c.value! > w.value! ? c : w), null);
  const status = columns.length === 0 ? 'no_data' : worstStatus(columns.map((c) => c.status));
  const bad = columns.filter((c) => c.status === 'fail' || c.status === 'warn');
  let message: string;
  if (columns.length === 0) message = `no column to check for ${noun}`;
  else if (bad.length > 0) {
    message = `${bad.length} of ${columns.length} columns over the limit; worst ${worst!.column}: ${worst!.message}`;
  } else if (worst !== null) {
    message = `worst ${worst.column}: ${worst.message}`;
  } else {
    message = columns[0]!.message;
  }
  const erred = columns.filter((c) => c.status === 'error');
  if (erred.length > 0 && bad.length === 0) message = `${erred.length} column(s) could not be checked: ${erred[0]!.message}`;
  // Without a verdict the check says why: the first column with its status, or no column at all.
  const code = status === 'error' || status === 'no_data' ? { code: columns.find((c) => c.status === status)?.code ?? 'check/no-data' } : {};
  return { status, ...code, value: worst?.value ?? null, thresholds, message, details: details(spec, columns) };
}

/** The columns named, or for `all` the features and typed columns, never a role column (columns.ts). */
function namesFor(spec: DataQualityCheckSpec, ctx: CheckContext, kind?: 'numeric' | 'categorical'): string[] {
  const table = ctx.current;
  const names = spec.columns === 'all' ? qualityColumns(ctx.policy, table) : [...spec.columns];
  if (spec.columns !== 'all' || kind === undefined) return names;
  return names.filter((name) => table.column(name)?.kind === kind);
}

function missingShare(spec: DataQualityCheckSpec, ctx: CheckContext): Outcome {
  return perColumn(spec, ctx.current, namesFor(spec, ctx), 'missing', (column) => ({
    count: missingCount(column),
    total: ctx.current.rowCount,
  }));
}

function observedRange(column: Column | undefined): { min: number; max: number } | null {
  if (column === undefined || column.kind === 'categorical') return null;
  let min = Infinity;
  let max = -Infinity;
  for (const v of column.values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : null;
}

function outOfRangeShare(spec: DataQualityCheckSpec, ctx: CheckContext): Outcome {
  const range = spec.range ?? 'reference';
  if (range === 'reference' && ctx.reference === null) {
    return error(spec, 'check/no-reference', 'out_of_range_share with the reference range needs reference data (data.reference)');
  }
  return perColumn(spec, ctx.current, namesFor(spec, ctx, 'numeric'), 'out of range', (column) => {
    if (column.kind === 'categorical') return failure('check/wrong-kind', `column "${column.name}" is categorical; a range applies to numbers`);
    const bounds = range === 'reference' ? observedRange(ctx.reference!.column(column.name)) : { min: range.min ?? -Infinity, max: range.max ?? Infinity };
    if (bounds === null) return failure('check/no-reference', `column "${column.name}" has no numeric reference values to take a range from`);
    let count = 0;
    let total = 0;
    for (const v of column.values) {
      if (v !== v) continue;
      total++;
      if (v < bounds.min || v > bounds.max) count++;
    }
    const finite = (x: number) => (Number.isFinite(x) ? x : null);
    return { count, total, range: { min: finite(bounds.min), max: finite(bounds.max) } };
  });
}

function unseenShare(spec: DataQualityCheckSpec, ctx: CheckContext): Outcome {
  if (ctx.reference === null) return error(spec, 'check/no-reference', 'unseen_share needs reference data (data.reference)');
  const reference = ctx.reference;
  return perColumn(spec, ctx.current, namesFor(spec, ctx, 'categorical'), 'unseen in the reference', (column) => {
    if (column.kind !== 'categorical') return failure('check/wrong-kind', `column "${column.name}" is not categorical`);
    const ref = reference.column(column.name);
    if (ref === undefined) return failure('check/no-reference', `column "${column.name}" is not in the reference data`);
    if (ref.kind !== 'categorical') return failure('data/kind-mismatch', `column "${column.name}" is not categorical in the reference data`);
    const seen = new Uint8Array(ref.dictionary.length);
    for (const code of ref.codes) if (code >= 0) seen[code] = 1;
    const known = new Set(ref.dictionary.filter((_, code) => seen[code] === 1));
    const perCode = new Float64Array(column.dictionary.length);
    let total = 0;
    for (const code of column.codes) {
      if (code < 0) continue;
      perCode[code]!++;
      total++;
    }
    const unseen: { value: string; count: number }[] = [];
    column.dictionary.forEach((value, code) => {
      if (perCode[code]! > 0 && !known.has(value)) unseen.push({ value, count: perCode[code]! });
    });
    unseen.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    const count = unseen.reduce((sum, u) => sum + u.count, 0);
    // The id column's values are request ids: counted, never listed (even when named).
    return column.name === ctx.policy.columns.id ? { count, total } : { count, total, top_unseen: unseen.slice(0, 5) };
  });
}

function single(spec: DataQualityCheckSpec, value: number, reference: number | null, describe: string, problems: string[] = []): Outcome {
  const thresholds = thresholdsOf(spec);
  const verdict = judge(value, thresholds, reference);
  if (verdict.status === 'error') return { ...error(spec, verdict.code, verdict.message), value };
  const message = verdict.breached ? `${describe} (${verdict.breached})` : describe;
  return { status: verdict.status, value, reference_value: reference, thresholds, message, details: details(spec, [], problems) };
}

/** The outcome without a verdict: `error` (or `no_data`), with its code. */
function error(spec: DataQualityCheckSpec, code: ProblemCode, message: string, status: Failure['status'] = 'error'): Outcome {
  return { status, code, value: null, thresholds: thresholdsOf(spec), message, details: details(spec) };
}

function rowCount(spec: DataQualityCheckSpec, ctx: CheckContext): Outcome {
  const reference = ctx.reference?.rowCount ?? null;
  const value = ctx.current.rowCount;
  return single(spec, value, reference, `${count(value)} rows${reference === null ? '' : ` (reference ${count(reference)})`}`);
}

function duplicateIds(spec: DataQualityCheckSpec, ctx: CheckContext): Outcome {
  const idName = ctx.policy.columns.id;
  if (idName === undefined) return error(spec, 'policy/missing-key', 'duplicate_ids needs columns.id');
  const profiled = profileFacts(ctx.current);
  if (profiled !== undefined) {
    const ids = profiled.id(idName);
    if (ids === undefined) return error(spec, 'profile/missing', `the current data's profile holds no id column "${idName}": profile it again with this policy (columns.id)`);
    if (ids.duplicates === null) return error(spec, 'profile/missing', `the current data's profile was merged from profiles of different rows, so whether an id repeats across them is unknown: profile the whole window at once`);
    const extra = ids.missing > 0 ? `; ${ids.missing} rows have no id` : '';
    return single(spec, ids.duplicates, null, `${ids.duplicates} rows repeat an id already seen${extra}`);
  }
  const column = ctx.current.column(idName);
  if (column === undefined) return error(spec, 'check/missing-column', `id column "${idName}" is not in the current data`);
  // Category codes and numbers are both exact keys: one code per distinct id string.
  const keys: ArrayLike<number> = column.kind === 'categorical' ? column.codes : column.values;
  const isMissing = column.kind === 'categorical' ? (k: number) => k < 0 : (k: number) => k !== k;
  const seen = new Set<number>();
  let duplicates = 0;
  let missing = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (isMissing(key)) missing++;
    else if (seen.has(key)) duplicates++;
    else seen.add(key);
  }
  const extra = missing > 0 ? `; ${missing} rows have no id` : '';
  return single(spec, duplicates, null, `${duplicates} rows repeat an id already seen${extra}`);
}

function freshness(spec: DataQualityCheckSpec, ctx: CheckContext): Outcome {
  const name = ctx.policy.columns.timestamp;
  if (name === undefined) return error(spec, 'policy/missing-key', 'freshness needs columns.timestamp');
  const profiled = profileFacts(ctx.currentUnwindowed)?.timestamp(name);
  const column = ctx.currentUnwindowed.column(name);
  if (column === undefined && profiled === undefined) return error(spec, 'check/missing-column', `timestamp column "${name}" is not in the current data`);
  if (column !== undefined && column.kind !== 'timestamp') return error(spec, 'check/wrong-kind', `column "${name}" is not read as timestamps`);
  let newest = profiled?.max ?? -Infinity;
  if (column !== undefined) for (const t of column.values) if (t > newest) newest = t;
  if (newest === -Infinity) return error(spec, 'check/no-data', `column "${name}" has no timestamps`, 'no_data');
  const hours = (ctx.now.getTime() - newest) / HOUR_MS;
  return single(spec, hours, null, `newest row is ${hours.toFixed(1)} h old (${new Date(newest).toISOString()})`);
}

function schema(spec: DataQualityCheckSpec, ctx: CheckContext): Outcome {
  const expected = spec.schema;
  if (expected === undefined) return error(spec, 'policy/missing-key', 'the schema metric needs a `schema` block');
  const problems: string[] = [];
  // A profile knows its timestamp and id columns without holding their values.
  const facts = profileFacts(ctx.current);
  const kindOf = (name: string): string | undefined => ctx.current.column(name)?.kind ?? (facts?.timestamp(name) ? 'timestamp' : facts?.id(name)?.kind);
  for (const name of expected.required) if (kindOf(name) === undefined) problems.push(`required column "${name}" is missing`);
  for (const name of expected.forbidden) if (kindOf(name) !== undefined) problems.push(`forbidden column "${name}" is present`);
  for (const [name, kind] of Object.entries(expected.types)) {
    const actual = kindOf(name);
    if (actual !== undefined && actual !== kind) problems.push(`column "${name}" is ${actual}, expected ${kind}`);
  }
  const describe = problems.length === 0 ? 'schema as expected' : `${problems.length} schema problem(s): ${problems.join('; ')}`;
  return single(spec, problems.length, null, describe, problems);
}

function rule(spec: DataQualityCheckSpec, ctx: CheckContext): Outcome {
  if (spec.rule === undefined) return error(spec, 'policy/missing-key', 'the rule metric needs a `rule`');
  if (ctx.current.rowCount < spec.min_samples) {
    return error(spec, 'check/no-data', `${ctx.current.rowCount} rows, fewer than min_samples ${spec.min_samples}`, 'no_data');
  }
  const profiled = profileFacts(ctx.current);
  if (profiled !== undefined) {
    const counted = profiled.profile.rules.find((r) => r.rule === spec.rule);
    if (counted === undefined) return error(spec, 'profile/missing', `the current data's profile did not count the rule "${spec.rule}" (it was made for another version of the policy): profile it again with this policy`);
    if ('error' in counted) return error(spec, 'check/expression', counted.error);
    const share = counted.holding / counted.rows;
    const nulls = counted.nulls > 0 ? `; ${counted.nulls} rows could not be evaluated (missing values) and count as not holding` : '';
    return single(spec, share, null, `rule holds for ${asPercent(share)} of rows (${count(counted.holding)} of ${count(counted.rows)})${nulls}`);
  }
  const evaluated = evaluateRule(spec.rule, ctx.current);
  if (!evaluated.ok) return error(spec, evaluated.code, evaluated.message, evaluated.status);
  const result = evaluated.value;
  const share = result.holding / ctx.current.rowCount;
  const nulls = result.nulls > 0 ? `; ${result.nulls} rows could not be evaluated (missing values) and count as not holding` : '';
  return single(spec, share, null, `rule holds for ${asPercent(share)} of rows (${count(result.holding)} of ${count(ctx.current.rowCount)})${nulls}`);
}

const METRICS: Readonly<Record<DataQualityCheckSpec['metric'], (spec: DataQualityCheckSpec, ctx: CheckContext) => Outcome>> = {
  missing_share: missingShare,
  out_of_range_share: outOfRangeShare,
  unseen_share: unseenShare,
  row_count: rowCount,
  duplicate_ids: duplicateIds,
  freshness,
  schema,
  rule,
};

export const dataQualityCheck: CheckModule<DataQualityCheckSpec, DataQualityDetails> = {
  type: 'data_quality',
  run(spec, context) {
    return METRICS[spec.metric](spec, context);
  },
};
