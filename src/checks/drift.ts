/**
 * `type: drift` — does the distribution of each column in the current data differ from the
 * reference? One statistic per column (docs/statistics.md#drift), a verdict per column from
 * the policy's thresholds, and the share of drifted columns for the dataset.
 *
 * `method: auto` chooses per column as Evidently does: with at most 1,000 non-missing reference
 * values, a test (numeric with > 5 distinct values: ks; > 2: chi_square; else z; categorical
 * with > 2 categories: chi_square, else z); above 1,000, a distance (numeric with > 5 distinct
 * values: wasserstein; otherwise jensen_shannon). Tests are judged on their p-value
 * (`p_value` thresholds), distances on the statistic (`per_feature` thresholds).
 */
import type { Column, NumericColumn, Table } from '../data/table.js';
import type { DriftCheckSpec, DriftMethod } from '../policy/types.js';
import type { DriftColumnDetail, DriftDetails } from './details.js';
import { comparePrepared, compareNumeric, type NumericData, type PairRequest, type PairResult, prepareCategorical, Scratch, TESTS } from './drift-measure.js';
import type { CheckContext, CheckModule, CheckOutcome, Status } from './types.js';
import { selectColumns } from './columns.js';
import { judge } from './threshold.js';
import { worstStatus } from './status.js';
import { judgeTests } from './drift-tests.js';
import { CHART_BINS, CHARTED_COLUMNS } from './drift-distribution.js';

/** Compares two numeric columns: in this thread, or (runAsync) on a worker thread. */
type CompareNumeric = (reference: NumericData, current: NumericData, request: PairRequest) => PairResult | Promise<PairResult>;

/** In this thread, preparing in scratch buffers reused across columns (no garbage copy per column). */
function inProcess(): CompareNumeric {
  const scratch = new Scratch();
  return (reference, current, request) => compareNumeric(reference, current, request, scratch);
}

/** Both columns' decimal keys when both are stored so, else both columns' doubles. */
function numericData(reference: NumericColumn, current: NumericColumn): readonly [NumericData, NumericData] {
  const keys = [reference.keys, current.keys] as const;
  return keys[0] !== undefined && keys[1] !== undefined ? [keys[0], keys[1]] : [reference.values, current.values];
}

function columnKind(column: Column): 'numeric' | 'categorical' {
  return column.kind === 'categorical' ? 'categorical' : 'numeric';
}

function compareColumn(name: string, spec: DriftCheckSpec, reference: Table, current: Table, numeric: CompareNumeric, chartable: boolean): DriftColumnDetail | Promise<DriftColumnDetail> {
  const refColumn = reference.column(name);
  const curColumn = current.column(name);
  const method: DriftMethod = spec.method === 'auto' ? 'jensen_shannon' : spec.method;
  const empty: Omit<DriftColumnDetail, 'status' | 'message'> = {
    column: name,
    kind: columnKind(refColumn ?? curColumn ?? { kind: 'numeric', name, values: new Float64Array(0) }),
    method,
    statistic: null,
    p_value: null,
    score: null,
    thresholds: TESTS.has(method) ? spec.p_value : spec.per_feature,
    drifted: false,
    reference_rows: 0,
    current_rows: 0,
  };
  if (refColumn === undefined || curColumn === undefined) {
    const where = refColumn === undefined ? 'reference' : 'current';
    return { ...empty, status: 'error', code: 'check/missing-column', message: `column "${name}" is not in the ${where} data` };
  }
  if (columnKind(refColumn) !== columnKind(curColumn)) {
    return {
      ...empty,
      status: 'error',
      code: 'data/kind-mismatch',
      message: `column "${name}" is ${columnKind(refColumn)} in the reference data but ${columnKind(curColumn)} in the current data`,
    };
  }
  if (refColumn.kind === 'timestamp' || curColumn.kind === 'timestamp') {
    return { ...empty, status: 'error', code: 'check/wrong-kind', message: `column "${name}" holds timestamps; drift compares values` };
  }
  const request: PairRequest = {
    method: spec.method,
    bins: spec.bins,
    minSamples: spec.min_samples,
    ...(spec.min_effect && { effect: spec.min_effect.effect }),
    ...(chartable && { distribution: Math.min(spec.bins, CHART_BINS) }),
  };
  if (refColumn.kind === 'categorical' && curColumn.kind === 'categorical') {
    return judgePair(spec, empty, comparePrepared(prepareCategorical(refColumn), prepareCategorical(curColumn), request));
  }
  if (refColumn.kind !== 'numeric' || curColumn.kind !== 'numeric') throw new Error('unreachable: column kinds were checked');
  const [referenceData, currentData] = numericData(refColumn, curColumn);
  const result = numeric(referenceData, currentData, request);
  return result instanceof Promise ? result.then((r) => judgePair(spec, empty, r)) : judgePair(spec, empty, result);
}

/** The column's entry in the report: its verdict from the policy's thresholds. */
function judgePair(spec: DriftCheckSpec, empty: Omit<DriftColumnDetail, 'status' | 'message'>, result: PairResult): DriftColumnDetail {
  const sizes = { reference_rows: result.referenceRows, current_rows: result.currentRows };
  if (result.method === null || result.measured === null) {
    const which = sizes.reference_rows === 0 ? 'no reference values' : `${sizes.current_rows} current values, fewer than min_samples ${spec.min_samples}`;
    return { ...empty, ...sizes, status: 'no_data', code: sizes.reference_rows === 0 ? 'check/no-reference' : 'check/no-data', message: which };
  }
  const chosen = result.method;
  const measured = result.measured;
  const isTest = TESTS.has(chosen);
  const thresholds = isTest ? spec.p_value : spec.per_feature;
  if ('ok' in measured) {
    return { ...empty, ...sizes, method: chosen, thresholds, status: measured.status, code: measured.code, message: measured.message };
  }
  const score = isTest ? measured.pValue! : measured.statistic;
  const verdict = judge(score, thresholds);
  const infinite = Number.isFinite(measured.statistic)
    ? ''
    : ` (the ${chosen} statistic is infinite: a value never seen in the reference appears)`;
  const what = (isTest ? `p-value ${formatNumber(score)}` : `${chosen} ${formatNumber(score)}`) + infinite;
  const status: Status = verdict.status;
  const message =
    verdict.status === 'error'
      ? `${chosen} could not be judged: ${verdict.message}`
      : verdict.status === 'pass'
        ? `${what}: no drift`
        : `${what} ${verdict.breached ?? ''}: ${verdict.status === 'fail' ? 'drifted' : 'drift warning'}`;
  return {
    ...empty,
    ...sizes,
    method: chosen,
    statistic: measured.statistic,
    p_value: measured.pValue,
    ...(measured.effect !== undefined && { effect: measured.effect }),
    score,
    thresholds,
    status,
    ...(verdict.status === 'error' && { code: verdict.code }),
    drifted: status === 'fail',
    message,
    ...(result.distribution != null && { distribution: result.distribution }),
  };
}

function formatNumber(x: number): string {
  if (x === 0 || !Number.isFinite(x)) return String(x);
  return Math.abs(x) < 1e-3 ? x.toExponential(2) : x.toPrecision(3);
}

/** The outcome when the check cannot compare anything (no reference, too few rows), else null. */
function before(spec: DriftCheckSpec, context: CheckContext): CheckOutcome<DriftDetails> | null {
  const base = { thresholds: { ...spec.per_feature }, details: emptyDetails(spec) };
  if (context.reference === null) {
    return { ...base, status: 'error', code: 'check/no-reference', value: null, message: 'drift needs reference data (data.reference)' };
  }
  if (context.current.rowCount < spec.min_samples) {
    return {
      ...base,
      status: 'no_data',
      code: 'check/no-data',
      value: null,
      message: `${context.current.rowCount} current rows, fewer than min_samples ${spec.min_samples}`,
    };
  }
  return null;
}

function compareAll(spec: DriftCheckSpec, context: CheckContext, reference: Table, numeric: CompareNumeric): (DriftColumnDetail | Promise<DriftColumnDetail>)[] {
  const names = selectColumns(spec.features, context.policy, reference);
  // A chart shows aggregates, but of a pii column or of ids not even those (docs/architecture.md, "Reports").
  const unchartable = new Set([...context.policy.columns.pii, ...(context.policy.columns.id === undefined ? [] : [context.policy.columns.id])]);
  return names.map((name) => compareColumn(name, spec, reference, context.current, numeric, !unchartable.has(name)));
}

export const driftCheck: CheckModule<DriftCheckSpec, DriftDetails> = {
  type: 'drift',
  run(spec: DriftCheckSpec, context: CheckContext): CheckOutcome<DriftDetails> {
    const early = before(spec, context);
    if (early !== null) return early;
    const reference = context.reference!;
    const columns = compareAll(spec, context, reference, inProcess());
    return outcome(spec, columns as DriftColumnDetail[]);
  },
  /** The same, with large numeric columns compared on worker threads when the engine offers them. */
  async runAsync(spec: DriftCheckSpec, context: CheckContext): Promise<CheckOutcome<DriftDetails>> {
    const early = before(spec, context);
    if (early !== null) return early;
    const reference = context.reference!;
    const local = inProcess();
    const parallel = context.parallel;
    const numeric: CompareNumeric =
      parallel === undefined ? local : (ref, cur, request) => (parallel.wants(ref.length + cur.length) ? parallel.compareNumeric(ref, cur, request) : local(ref, cur, request));
    return outcome(spec, await Promise.all(compareAll(spec, context, reference, numeric)));
  },
};

function outcome(spec: DriftCheckSpec, compared: readonly DriftColumnDetail[]): CheckOutcome<DriftDetails> {
  // Tested columns are judged together: their p-values are adjusted for one another (drift-tests.ts).
  const { columns: judged, tested, correction } = judgeTests(spec, compared);
  const columns = keepCharted(judged);
  const evaluated = columns.filter((c) => c.status === 'pass' || c.status === 'warn' || c.status === 'fail');
  const drifted = evaluated.filter((c) => c.drifted);
  const share = evaluated.length === 0 ? null : drifted.length / evaluated.length;
  const shareThresholds = spec.dataset?.share_drifted;
  const shareVerdict = share !== null && shareThresholds !== undefined ? judge(share, shareThresholds) : null;
  const details: DriftDetails = {
    kind: 'drift',
    method: spec.method,
    columns,
    evaluated_columns: evaluated.length,
    drifted_columns: drifted.length,
    share_drifted: share,
    share_drifted_status: shareVerdict?.status ?? null,
    correction,
    tested_columns: tested,
    min_effect: spec.min_effect ?? null,
  };
  // Per-column verdicts are evidence. With dataset.share_drifted the share's verdict decides, so
  // one drifted column below the share's threshold does not fail the check; a column that could
  // not be compared still counts (error), since the share then leaves it out. Without
  // dataset.share_drifted the columns decide: the worst of them.
  const statuses: Status[] =
    shareVerdict !== null ? [shareVerdict.status, ...columns.filter((c) => c.status === 'error').map((c) => c.status)] : columns.map((c) => c.status);
  let status = worstStatus(statuses, 'no_data');
  if (evaluated.length === 0 && status !== 'error') status = 'no_data';
  // What the report shows as applied: the dataset thresholds when given, else the per-column
  // thresholds of the kind of method used (p-values for tests, the statistic for distances).
  const usedTests = evaluated.length > 0 && evaluated.every((c) => TESTS.has(c.method));
  const thresholds = shareThresholds ? { ...shareThresholds } : usedTests || TESTS.has(spec.method as DriftMethod) ? { ...spec.p_value } : { ...spec.per_feature };
  // Without a verdict the check says why: the first column with its status, or too little data.
  const code = status === 'error' || status === 'no_data' ? { code: columns.find((c) => c.status === status)?.code ?? 'check/no-data' } : {};
  return { status, ...code, value: share, thresholds, details, message: driftMessage(columns, evaluated.length, drifted.length, share) };
}

/**
 * Distributions only where a chart will be drawn: warn and fail columns, fail first, at most
 * CHARTED_COLUMNS of them, so that a 300-column check on a passing day adds nothing to the report.
 */
function keepCharted(columns: readonly DriftColumnDetail[]): DriftColumnDetail[] {
  const charted = new Set(
    columns
      .filter((c) => c.distribution !== undefined && (c.status === 'fail' || c.status === 'warn'))
      .sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1))
      .slice(0, CHARTED_COLUMNS),
  );
  return columns.map((c) => {
    if (c.distribution === undefined || charted.has(c)) return c;
    const { distribution: _dropped, ...rest } = c;
    return rest;
  });
}

function emptyDetails(spec: DriftCheckSpec): DriftDetails {
  return {
    kind: 'drift',
    method: spec.method,
    columns: [],
    evaluated_columns: 0,
    drifted_columns: 0,
    share_drifted: null,
    share_drifted_status: null,
  };
}

function driftMessage(columns: readonly DriftColumnDetail[], evaluated: number, drifted: number, share: number | null): string {
  const errors = columns.filter((c) => c.status === 'error');
  const warned = columns.filter((c) => c.status === 'warn');
  const parts: string[] = [];
  if (evaluated === 0) parts.push(`no column could be compared (${columns.length} selected)`);
  else if (drifted === 0) parts.push(`no drift in ${evaluated} columns`);
  else {
    const names = columns.filter((c) => c.drifted).map((c) => c.column);
    const listed = names.slice(0, 5).join(', ') + (names.length > 5 ? `, +${names.length - 5} more` : '');
    parts.push(`${drifted} of ${evaluated} columns drifted (${Math.round((share ?? 0) * 100)}%): ${listed}`);
  }
  if (warned.length > 0) parts.push(`${warned.length} near the limit`);
  if (errors.length > 0) parts.push(`${errors.length} could not be compared (${errors[0]!.message})`);
  return parts.join('; ');
}
