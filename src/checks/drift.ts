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
 *
 * With `by:` each group of the current data that has at least `min_group_size` rows on both
 * sides is also compared with the same group of the reference, column by column
 * (./drift-segments.ts splits the rows); every p-value of the check, overall and per group, is
 * adjusted as one family; the status is the worst of the overall verdict and the compared
 * groups' (docs/statistics.md#drift-segments).
 */
import type { CategoricalColumn, Column, NumericColumn, Table } from '../data/table.js';
import { profileFacts } from '../profile/table.js';
import { boundedByProfile } from './drift-profile.js';
import type { DriftCheckSpec, DriftMethod } from '../policy/types.js';
import type { DriftColumnDetail, DriftDetails, DriftGroupDetail, DriftSideSummary } from './details.js';
import { comparePrepared, compareNumeric, type ColumnData, type NumericData, type PairRequest, type PairResult, prepareCategorical, Scratch, TESTS } from './drift-measure.js';
import type { CheckContext, CheckModule, CheckOutcome, Status } from './types.js';
import { selectColumns } from './columns.js';
import { judge, shownAgainst } from './threshold.js';
import { worstStatus } from './status.js';
import { judgeTests } from './drift-tests.js';
import { CHART_BINS, CHARTED_COLUMNS } from './drift-distribution.js';
import { gatherCodes, gatherNumeric, groupSize, slice, splitSegments, type SegmentSplit } from './drift-segments.js';
import type { Failure } from '../problems.js';
import type { SortedDescription } from '../stats/describe-sorted.js';

/** Compares two numeric columns: in this thread, or (runAsync) on a worker thread. */
type CompareNumeric = (reference: ColumnData, current: ColumnData, request: PairRequest) => PairResult | Promise<PairResult>;

/** In this thread, preparing in scratch buffers reused across columns (no garbage copy per column). */
function inProcess(): CompareNumeric {
  const scratch = new Scratch();
  return (reference, current, request) => compareNumeric(reference, current, request, scratch);
}

/** Both columns' decimal keys when both are stored so, else each column's doubles, or its sorted values when it writes them (read back from a profile). */
function numericData(reference: NumericColumn, current: NumericColumn): readonly [ColumnData, ColumnData] {
  return reference.keys !== undefined && current.keys !== undefined ? rowData(reference, current) : [sortedOrValues(reference), sortedOrValues(current)];
}

/** Both columns' decimal keys when both are stored so, else both columns' doubles (segments gather them row by row). */
function rowData(reference: NumericColumn, current: NumericColumn): readonly [NumericData, NumericData] {
  const keys = [reference.keys, current.keys] as const;
  return keys[0] !== undefined && keys[1] !== undefined ? [keys[0], keys[1]] : [reference.values, current.values];
}

function sortedOrValues(column: NumericColumn): ColumnData {
  const { writeSorted, rows } = column;
  return writeSorted !== undefined && rows !== undefined ? { length: rows, writeSorted: (target) => writeSorted.call(column, target) } : column.values;
}

const isTyped = (data: ColumnData): data is NumericData => data instanceof Float64Array || data instanceof Int32Array;

function columnKind(column: Column): 'numeric' | 'categorical' {
  return column.kind === 'categorical' ? 'categorical' : 'numeric';
}

function pairRequest(spec: DriftCheckSpec, chartable: boolean): PairRequest {
  return {
    method: spec.method,
    bins: spec.bins,
    minSamples: spec.min_samples,
    ...(spec.min_effect && { effect: spec.min_effect.effect }),
    ...(chartable && { distribution: Math.min(spec.bins, CHART_BINS) }),
  };
}

/** What a column's entry holds before it is compared. */
function emptyEntry(name: string, spec: DriftCheckSpec, kind: 'numeric' | 'categorical'): Omit<DriftColumnDetail, 'status' | 'message'> {
  const method: DriftMethod = spec.method === 'auto' ? 'jensen_shannon' : spec.method;
  return {
    column: name,
    kind,
    method,
    statistic: null,
    p_value: null,
    score: null,
    thresholds: TESTS.has(method) ? spec.p_value : spec.per_feature,
    drifted: false,
    reference_rows: 0,
    current_rows: 0,
  };
}

function compareColumn(name: string, spec: DriftCheckSpec, reference: Table, current: Table, numeric: CompareNumeric, chartable: boolean): DriftColumnDetail | Promise<DriftColumnDetail> {
  const refColumn = reference.column(name);
  const curColumn = current.column(name);
  const empty = emptyEntry(name, spec, columnKind(refColumn ?? curColumn ?? { kind: 'numeric', name, values: new Float64Array(0) }));
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
  const stored = profileFacts(reference)?.numeric(name)?.edges?.[String(spec.bins)];
  const request = stored === undefined ? pairRequest(spec, chartable) : { ...pairRequest(spec, chartable), edges: stored };
  const totals = { reference: reference.rowCount, current: current.rowCount };
  if (refColumn.kind === 'categorical' && curColumn.kind === 'categorical') {
    return judgePair(spec, empty, comparePrepared(prepareCategorical(refColumn), prepareCategorical(curColumn), request), totals);
  }
  if (refColumn.kind !== 'numeric' || curColumn.kind !== 'numeric') throw new Error('unreachable: column kinds were checked');
  const [referenceData, currentData] = numericData(refColumn, curColumn);
  const result = numeric(referenceData, currentData, request);
  const judged = (r: PairResult): DriftColumnDetail => boundedByProfile(judgePair(spec, empty, r, totals), reference, current, spec.bins, measuredStd(r));
  return result instanceof Promise ? result.then(judged) : judged(result);
}

/** The reference's standard deviation the measure divided by (wasserstein), when it measured. */
function measuredStd(result: PairResult): number | undefined {
  const { measured } = result;
  return measured !== null && 'statistic' in measured ? measured.referenceStd : undefined;
}

/**
 * A charted column's evidence (docs/statistics.md#drift-evidence): per side, the rows with and
 * without a value and, for numeric columns, the description the comparison computed from the
 * values it sorted. Only where distributions are kept (they travel together, see keepCharted).
 */
function columnSummary(result: PairResult, totals: { readonly reference: number; readonly current: number }): { reference: DriftSideSummary; current: DriftSideSummary } {
  const side = (count: number, total: number, description: SortedDescription | undefined): DriftSideSummary => ({
    count,
    missing: Math.max(0, total - count),
    mean: description?.mean ?? null,
    median: description?.median ?? null,
    p5: description?.p5 ?? null,
    p95: description?.p95 ?? null,
  });
  return {
    reference: side(result.referenceRows, totals.reference, result.description?.reference),
    current: side(result.currentRows, totals.current, result.description?.current),
  };
}

/** The column's entry in the report: its verdict from the policy's thresholds. */
function judgePair(spec: DriftCheckSpec, empty: Omit<DriftColumnDetail, 'status' | 'message'>, result: PairResult, totals?: { readonly reference: number; readonly current: number }): DriftColumnDetail {
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
  const shown = shownAgainst(score, verdict, formatNumber);
  const what = (isTest ? `p-value ${shown}` : `${chosen} ${shown}`) + infinite;
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
    ...(result.distribution != null && totals !== undefined && { summary: columnSummary(result, totals) }),
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
  return selected(spec, context, reference).map((name) => compareColumn(name, spec, reference, context.current, numeric, !unchartable(context).has(name)));
}

function selected(spec: DriftCheckSpec, context: CheckContext, reference: Table): string[] {
  return selectColumns(spec.features, context.policy, reference);
}

/** A chart shows aggregates, but of a pii column or of ids not even those (docs/architecture.md, "Reports"). */
function unchartable(context: CheckContext): Set<string> {
  return new Set([...context.policy.columns.pii, ...(context.policy.columns.id === undefined ? [] : [context.policy.columns.id])]);
}

/** The groups of `by` and which of them are compared (at least min_group_size rows on each side). */
interface SegmentPlan {
  readonly ok: true;
  readonly by: readonly string[];
  readonly minGroupSize: number;
  readonly split: SegmentSplit;
  /** Groups with current rows, largest first (then by label). */
  readonly listed: readonly number[];
  readonly compared: readonly number[];
  /** The columns compared in each group: the selected ones both sides hold with one kind, but never a `by` column. */
  readonly names: readonly string[];
}

function planSegments(spec: DriftCheckSpec, context: CheckContext, reference: Table): SegmentPlan | Failure | null {
  const by = spec.by;
  if (by === undefined) return null;
  const current = context.current;
  const columns: [Column[], Column[]] = [[], []];
  for (const name of by) {
    for (const [side, table] of [[0, reference], [1, current]] as const) {
      const column = table.column(name);
      if (column === undefined) return { ok: false, status: 'error', code: 'check/missing-column', message: `column "${name}" (by) is not in the ${side === 0 ? 'reference' : 'current'} data` };
      columns[side].push(column);
    }
  }
  const split = splitSegments(columns[0], columns[1], reference.rowCount, current.rowCount);
  const minGroupSize = spec.min_group_size ?? spec.min_samples;
  const listed = split.labels
    .map((_, g) => g)
    .filter((g) => groupSize(split.current, g) > 0)
    .sort((a, b) => groupSize(split.current, b) - groupSize(split.current, a) || (split.labels[a]! < split.labels[b]! ? -1 : 1));
  const compared = listed.filter((g) => groupSize(split.current, g) >= minGroupSize && groupSize(split.reference, g) >= minGroupSize);
  const keys = new Set(by);
  const names = selected(spec, context, reference).filter((name) => {
    const ref = reference.column(name);
    const cur = current.column(name);
    return !keys.has(name) && ref !== undefined && cur !== undefined && columnKind(ref) === columnKind(cur) && ref.kind !== 'timestamp' && cur.kind !== 'timestamp';
  });
  return { ok: true, by, minGroupSize, split, listed, compared, names };
}

/**
 * The compared groups' entries, one column at a time: each column is gathered into group order
 * once (reusing two buffers), then each group's slice is compared. Yields a column's entries
 * (one per compared group) and resumes once they are settled, so the buffers can be reused.
 */
function* segmentColumns(spec: DriftCheckSpec, plan: SegmentPlan, reference: Table, current: Table, numeric: CompareNumeric): Generator<(DriftColumnDetail | Promise<DriftColumnDetail>)[], void, void> {
  const buffers = new Scratch();
  const request = pairRequest(spec, false);
  const { split } = plan;
  const refRows = reference.rowCount;
  const curRows = current.rowCount;
  for (const name of plan.names) {
    const refColumn = reference.column(name)!;
    const curColumn = current.column(name)!;
    const empty = emptyEntry(name, spec, columnKind(refColumn));
    if (refColumn.kind === 'categorical' && curColumn.kind === 'categorical') {
      const ref = gatherCodes(refColumn, split.reference, buffers.ints(0, refRows));
      const cur = gatherCodes(curColumn, split.current, buffers.ints(1, curRows));
      const part = (column: CategoricalColumn, order: SegmentSplit['reference'], g: number): CategoricalColumn => ({ ...column, codes: slice(column.codes, order, g) });
      yield plan.compared.map((g) => judgePair(spec, empty, comparePrepared(prepareCategorical(part(ref, split.reference, g)), prepareCategorical(part(cur, split.current, g)), request)));
      continue;
    }
    if (refColumn.kind !== 'numeric' || curColumn.kind !== 'numeric') throw new Error('unreachable: segment columns were checked');
    const [refData, curData] = rowData(refColumn, curColumn);
    const ref = refData instanceof Int32Array ? gatherNumeric(refData, split.reference, buffers.ints(0, refRows)) : gatherNumeric(refData, split.reference, buffers.floats(0, refRows));
    const cur = curData instanceof Int32Array ? gatherNumeric(curData, split.current, buffers.ints(1, curRows)) : gatherNumeric(curData, split.current, buffers.floats(1, curRows));
    yield plan.compared.map((g) => {
      const result = numeric(slice(ref, split.reference, g), slice(cur, split.current, g), request);
      return result instanceof Promise ? result.then((r) => judgePair(spec, empty, r)) : judgePair(spec, empty, result);
    });
  }
}

/** Each compared group's entries, in plan.names order; the budget is checked after each column. */
function compareSegments(spec: DriftCheckSpec, plan: SegmentPlan, context: CheckContext, reference: Table): DriftColumnDetail[][] {
  const perGroup: DriftColumnDetail[][] = plan.compared.map(() => []);
  for (const entries of segmentColumns(spec, plan, reference, context.current, inProcess())) {
    entries.forEach((entry, k) => perGroup[k]!.push(entry as DriftColumnDetail));
    context.budget?.check();
  }
  return perGroup;
}

async function compareSegmentsAsync(spec: DriftCheckSpec, plan: SegmentPlan, context: CheckContext, reference: Table, numeric: CompareNumeric): Promise<DriftColumnDetail[][]> {
  const perGroup: DriftColumnDetail[][] = plan.compared.map(() => []);
  for (const entries of segmentColumns(spec, plan, reference, context.current, numeric)) {
    (await Promise.all(entries)).forEach((entry, k) => perGroup[k]!.push(entry));
    context.budget?.check();
  }
  return perGroup;
}

/** The segments as compared: their plan and entries, or why there are none. */
type Compared = { readonly ok: true; readonly plan: SegmentPlan; readonly perGroup: readonly (readonly DriftColumnDetail[])[] } | Failure | null;

export const driftCheck: CheckModule<DriftCheckSpec, DriftDetails> = {
  type: 'drift',
  run(spec: DriftCheckSpec, context: CheckContext): CheckOutcome<DriftDetails> {
    const early = before(spec, context);
    if (early !== null) return early;
    const reference = context.reference!;
    const columns = compareAll(spec, context, reference, inProcess());
    const plan = planSegments(spec, context, reference);
    const segments: Compared = plan === null || !plan.ok ? plan : { ok: true, plan, perGroup: compareSegments(spec, plan, context, reference) };
    return outcome(spec, columns as DriftColumnDetail[], segments);
  },
  /** The same, with large numeric columns compared on worker threads when the engine offers them. */
  async runAsync(spec: DriftCheckSpec, context: CheckContext): Promise<CheckOutcome<DriftDetails>> {
    const early = before(spec, context);
    if (early !== null) return early;
    const reference = context.reference!;
    const local = inProcess();
    const parallel = context.parallel;
    // A column read back from a profile is written straight into this thread's buffers (no copy
    // to send); queued for workers as values, every column would be held at once.
    const numeric: CompareNumeric =
      parallel === undefined
        ? local
        : (ref, cur, request) => (isTyped(ref) && isTyped(cur) && parallel.wants(ref.length + cur.length) ? parallel.compareNumeric(ref, cur, request) : local(ref, cur, request));
    const columns = await Promise.all(compareAll(spec, context, reference, numeric));
    const plan = planSegments(spec, context, reference);
    const segments: Compared = plan === null || !plan.ok ? plan : { ok: true, plan, perGroup: await compareSegmentsAsync(spec, plan, context, reference, numeric) };
    return outcome(spec, columns, segments);
  },
};

/** The verdict of a set of columns (the whole data's, or one group's): the share drifted, and the status it gives. */
interface Verdict {
  readonly status: Status;
  readonly evaluated: number;
  readonly drifted: number;
  readonly share: number | null;
  readonly shareStatus: Status | null;
}

/** A column with a verdict (pass, warn or fail). */
const isEvaluated = (c: DriftColumnDetail): boolean => c.status === 'pass' || c.status === 'warn' || c.status === 'fail';

function verdictOf(spec: DriftCheckSpec, columns: readonly DriftColumnDetail[]): Verdict {
  const evaluated = columns.filter(isEvaluated);
  const drifted = evaluated.filter((c) => c.drifted).length;
  const share = evaluated.length === 0 ? null : drifted / evaluated.length;
  const shareThresholds = spec.dataset?.share_drifted;
  const shareVerdict = share !== null && shareThresholds !== undefined ? judge(share, shareThresholds) : null;
  // Per-column verdicts are evidence. With dataset.share_drifted the share's verdict decides, so
  // one drifted column below the share's threshold does not fail the check; a column that could
  // not be compared still counts (error), since the share then leaves it out. Without
  // dataset.share_drifted the columns decide: the worst of them.
  const statuses: Status[] =
    shareVerdict !== null ? [shareVerdict.status, ...columns.filter((c) => c.status === 'error').map((c) => c.status)] : columns.map((c) => c.status);
  let status = worstStatus(statuses, 'no_data');
  if (evaluated.length === 0 && status !== 'error') status = 'no_data';
  return { status, evaluated: evaluated.length, drifted, share, shareStatus: shareVerdict?.status ?? null };
}

function outcome(spec: DriftCheckSpec, compared: readonly DriftColumnDetail[], segments: Compared): CheckOutcome<DriftDetails> {
  // Tested columns are judged together: their p-values are adjusted for one another
  // (drift-tests.ts); with segments, every group's tests join the same family.
  const perGroup = segments !== null && segments.ok ? segments.perGroup : [];
  const { columns: family, tested: familySize, correction } = judgeTests(spec, [...compared, ...perGroup.flat()]);
  const columns = keepCharted(family.slice(0, compared.length));
  const testedColumns = columns.filter((c) => c.p_value_adjusted !== null && c.p_value_adjusted !== undefined).length;
  const overall = verdictOf(spec, columns);
  const details: DriftDetails = {
    kind: 'drift',
    method: spec.method,
    columns,
    evaluated_columns: overall.evaluated,
    drifted_columns: overall.drifted,
    share_drifted: overall.share,
    share_drifted_status: overall.shareStatus,
    correction,
    tested_columns: spec.by === undefined ? familySize : testedColumns,
    min_effect: spec.min_effect ?? null,
  };
  const shareThresholds = spec.dataset?.share_drifted;
  // What the report shows as applied: the dataset thresholds when given, else the per-column
  // thresholds of the kind of method used (p-values for tests, the statistic for distances).
  const usedTests = overall.evaluated > 0 && columns.filter(isEvaluated).every((c) => TESTS.has(c.method));
  const thresholds = shareThresholds ? { ...shareThresholds } : usedTests || TESTS.has(spec.method as DriftMethod) ? { ...spec.p_value } : { ...spec.per_feature };
  const message = driftMessage(columns, overall.evaluated, overall.drifted, overall.share);
  if (segments === null) {
    // Without a verdict the check says why: the first column with its status, or too little data.
    const code = overall.status === 'error' || overall.status === 'no_data' ? { code: columns.find((c) => c.status === overall.status)?.code ?? 'check/no-data' } : {};
    return { status: overall.status, ...code, value: overall.share, thresholds, details, message };
  }
  const bySegments = { by: [...spec.by!], min_group_size: spec.min_group_size ?? spec.min_samples };
  if (!segments.ok) {
    const status = worstStatus([overall.status, 'error']);
    const code = status === 'error' ? { code: segments.code } : {};
    const withSegments: DriftDetails = { ...details, ...bySegments, groups: [], groups_without_reference: 0, family_size: familySize };
    return { status, ...code, value: overall.share, thresholds, details: withSegments, message: `${message}; segments: ${segments.message}` };
  }
  const groups = groupDetails(spec, segments.plan, splitFamily(family.slice(compared.length), perGroup));
  const withoutReference = groups.filter((g) => g.code === 'check/no-reference').length;
  const withSegments: DriftDetails = { ...details, ...bySegments, groups, groups_without_reference: withoutReference, family_size: familySize };
  // A group that was not compared (too small, or not in the reference) does not change the status.
  const judgedGroups = groups.filter((g) => g.status !== 'no_data');
  const status = worstStatus([overall.status, ...judgedGroups.map((g) => g.status)], 'no_data');
  const overallCode = overall.status === 'error' || overall.status === 'no_data' ? (columns.find((c) => c.status === overall.status)?.code ?? 'check/no-data') : undefined;
  const code = status === 'error' || status === 'no_data' ? (overall.status === status ? overallCode : groups.find((g) => g.status === status)?.code) : undefined;
  return {
    status,
    ...(code === undefined ? {} : { code }),
    value: overall.share,
    thresholds,
    details: withSegments,
    message: `${message}; ${segmentMessage(segments.plan, groups)}`,
  };
}

/** The judged family's group entries cut back into one list per compared group. */
function splitFamily(judged: readonly DriftColumnDetail[], perGroup: readonly (readonly DriftColumnDetail[])[]): DriftColumnDetail[][] {
  let at = 0;
  return perGroup.map((entries) => judged.slice(at, (at += entries.length)));
}

/** One entry per group with current rows, largest first: compared, too small, or not in the reference. */
function groupDetails(spec: DriftCheckSpec, plan: SegmentPlan, judged: readonly DriftColumnDetail[][]): DriftGroupDetail[] {
  const { split, minGroupSize } = plan;
  const comparedAt = new Map(plan.compared.map((g, k) => [g, k]));
  return plan.listed.map((g): DriftGroupDetail => {
    const rows = groupSize(split.current, g);
    const referenceRows = groupSize(split.reference, g);
    const base = { group: split.labels[g]!, rows, reference_rows: referenceRows };
    const k = comparedAt.get(g);
    if (k === undefined) {
      const [code, message] =
        referenceRows === 0
          ? (['check/no-reference', 'not in the reference data: no reference rows to compare with'] as const)
          : rows < minGroupSize
            ? (['check/no-data', `${rows} rows, fewer than min_group_size ${minGroupSize}`] as const)
            : (['check/no-data', `${referenceRows} reference rows, fewer than min_group_size ${minGroupSize}`] as const);
      return { ...base, status: 'no_data', code, value: null, evaluated_columns: 0, drifted_columns: 0, message, columns: [] };
    }
    const columns = judged[k]!;
    const verdict = verdictOf(spec, columns);
    const code = verdict.status === 'error' || verdict.status === 'no_data' ? { code: columns.find((c) => c.status === verdict.status)?.code ?? 'check/no-data' } : {};
    return {
      ...base,
      status: verdict.status,
      ...code,
      value: verdict.share,
      evaluated_columns: verdict.evaluated,
      drifted_columns: verdict.drifted,
      message: groupMessage(columns, verdict),
      columns,
    };
  });
}

function groupMessage(columns: readonly DriftColumnDetail[], verdict: Verdict): string {
  if (verdict.evaluated === 0) return columns.length === 0 ? 'no column to compare' : `no column could be compared (${columns[0]!.message})`;
  const warned = columns.filter((c) => c.status === 'warn').length;
  const near = warned > 0 ? `; ${warned} near the limit` : '';
  const columnsText = `${verdict.evaluated} column${verdict.evaluated === 1 ? '' : 's'}`;
  if (verdict.drifted === 0) return `no drift in ${columnsText}${near}`;
  const drifted = columns.filter((c) => c.drifted);
  const shown = drifted.slice(0, 5).map((c) => `${c.column} (${evidence(c)})`);
  const more = drifted.length > 5 ? `, +${drifted.length - 5} more` : '';
  return `${verdict.drifted} of ${columnsText} drifted: ${shown.join(', ')}${more}${near}`;
}

/** A drifted column's numbers in a sentence: `ks p-value 2.1e-9, adj. 6.3e-8` or `wasserstein 0.213`. */
function evidence(c: DriftColumnDetail): string {
  if (c.p_value === null) return `${c.method} ${c.statistic === null ? 'inf' : formatNumber(c.statistic)}`;
  const adjusted = c.p_value_adjusted !== null && c.p_value_adjusted !== undefined && c.p_value_adjusted !== c.p_value ? `, adj. ${formatNumber(c.p_value_adjusted)}` : '';
  return `${c.method} p-value ${formatNumber(c.p_value)}${adjusted}`;
}

/** `drift in 1 of 4 segments of race: Amer-Indian-Eskimo (age); 1 segment with fewer than min_group_size 150 rows left out`. */
function segmentMessage(plan: SegmentPlan, groups: readonly DriftGroupDetail[]): string {
  const by = plan.by.join(' × ');
  const plural = (k: number): string => `${k} segment${k === 1 ? '' : 's'}`;
  const named = (g: DriftGroupDetail): string => {
    const names = g.columns.filter((c) => c.drifted || c.status === 'warn').map((c) => c.column);
    return names.length === 0 ? g.group : `${g.group} (${names.slice(0, 3).join(', ')}${names.length > 3 ? `, +${names.length - 3} more` : ''})`;
  };
  const listed = (some: readonly DriftGroupDetail[]): string => some.slice(0, 5).map(named).join(', ') + (some.length > 5 ? `, +${some.length - 5} more` : '');
  const judged = groups.filter((g) => g.status !== 'no_data');
  const failing = judged.filter((g) => g.status === 'fail');
  const warned = judged.filter((g) => g.status === 'warn');
  const errors = judged.filter((g) => g.status === 'error').length;
  const parts: string[] = [];
  if (judged.length === 0) parts.push(`no segment of ${by} could be compared`);
  else if (failing.length > 0) parts.push(`drift in ${failing.length} of ${plural(judged.length)} of ${by}: ${listed(failing)}`);
  else if (warned.length === 0 && errors === 0) parts.push(`no drift in ${plural(judged.length)} of ${by}`);
  else parts.push(`no drift in ${judged.length - warned.length - errors} of ${plural(judged.length)} of ${by}`);
  if (warned.length > 0) parts.push(`${plural(warned.length)} near the limit: ${listed(warned)}`);
  if (errors > 0) parts.push(`${plural(errors)} could not be compared`);
  const small = groups.filter((g) => g.status === 'no_data' && g.code !== 'check/no-reference').length;
  const unknown = groups.length - judged.length - small;
  if (small > 0) parts.push(`${plural(small)} with fewer than min_group_size ${plan.minGroupSize} rows left out`);
  if (unknown > 0) parts.push(`${plural(unknown)} not in the reference left out`);
  return parts.join('; ');
}

/**
 * Distributions (and the columns' summaries) only where a chart will be drawn: warn and fail columns, fail first, at most
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
    const { distribution: _dropped, summary: _summary, ...rest } = c;
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
    ...(spec.by !== undefined && { by: [...spec.by], min_group_size: spec.min_group_size ?? spec.min_samples, groups: [], groups_without_reference: 0, family_size: 0 }),
  };
}

function driftMessage(columns: readonly DriftColumnDetail[], evaluated: number, drifted: number, share: number | null): string {
  const errors = columns.filter((c) => c.status === 'error');
  const warned = columns.filter((c) => c.status === 'warn');
  const parts: string[] = [];
  if (evaluated === 0) parts.push(`no column could be compared (${columns.length} selected)`);
  else if (drifted === 0) parts.push(`no drift in ${evaluated} column${evaluated === 1 ? '' : 's'}`);
  else {
    const names = columns.filter((c) => c.drifted).map((c) => c.column);
    const listed = names.slice(0, 5).join(', ') + (names.length > 5 ? `, +${names.length - 5} more` : '');
    parts.push(`${drifted} of ${evaluated} columns drifted (${Math.round((share ?? 0) * 100)}%): ${listed}`);
  }
  if (warned.length > 0) parts.push(`${warned.length} near the limit`);
  if (errors.length > 0) parts.push(`${errors.length} could not be compared (${errors[0]!.message})`);
  return parts.join('; ');
}
