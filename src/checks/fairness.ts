/**
 * `type: fairness` — does the model treat groups of a sensitive attribute alike?
 * (docs/statistics.md#fairness). Per group of `by` (one column, or the intersection of two), a
 * rate with Fairlearn's definition (src/stats/fairness/rates.ts) and its 95% Wilson interval;
 * then one aggregate across the groups of at least `min_group_size` rows:
 *   difference      max − min of the rate             (Fairlearn: difference, between_groups)
 *   ratio           min / max                          (Fairlearn: ratio, between_groups)
 *   vs_group        each group's rate / the reference group's (Aequitas disparity); each group
 *                   is judged, the worst decides, the value is that group's disparity
 *   equalized_odds  max(difference of TPR, difference of FPR) (Fairlearn: equalized_odds_difference)
 * Smaller groups are listed as too small, with neither their size nor their rates. Fewer than
 * two qualifying groups with a defined rate gives no_data. With `require_non_overlap`, a breach
 * only counts when the two deciding groups' Wilson intervals do not overlap.
 *
 * Predictions: columns.prediction equal to `positive_label` (default 1), or columns.score ≥ 0.5.
 * Labels (every metric but selection_rate): joined from data.labels by id when the policy has a
 * labels source, else columns.target in the current data (src/checks/performance-rows.ts).
 * Rows with a missing group, prediction or label are left out and counted.
 */
import type { Column, Table } from '../data/table.js';
import type { FairnessCheckSpec, FairnessMetric, Policy, Scalar } from '../policy/types.js';
import { failure, ok, type Failure, type ProblemCode, type Result } from '../problems.js';
import { confusionCounts, difference, extremes, intervalsOverlap, needsLabels, rateOf, ratio } from '../stats/fairness/index.js';
import type { ConfusionCounts, GroupValue, Interval } from '../stats/fairness/index.js';
import { formatNumber, thresholdsOf } from './business.js';
import type { FairnessDetails, FairnessGroupDetail, FairnessRateDetail } from './details.js';
import { usesReference } from './grouped.js';
import { groupRows, tooSmallNote } from './groups.js';
import { evaluatedRows } from './performance-rows.js';
import { severity, worstStatus } from './status.js';
import { judge, shownAgainst } from './threshold.js';
import type { CheckContext, CheckModule, CheckOutcome, Status } from './types.js';
import { count } from './counts.js';

type Outcome = CheckOutcome<FairnessDetails>;

/** 1 = positive, 0 = negative, −1 = missing, per row. */
export function encodePositive(column: Column, positive: Scalar): Int8Array {
  if (column.kind === 'categorical') {
    const text = String(positive);
    const perCategory = column.dictionary.map((word) => (word === text ? 1 : 0));
    return Int8Array.from(column.codes, (code) => (code < 0 ? -1 : perCategory[code]!));
  }
  return Int8Array.from(column.values, (v) => (Number.isNaN(v) ? -1 : (typeof positive === 'number' ? v === positive : String(v) === positive) ? 1 : 0));
}

function predictions(table: Table, policy: Policy, positive: Scalar): Result<Int8Array> {
  const { prediction, score } = policy.columns;
  if (prediction !== undefined) {
    const column = table.column(prediction);
    if (column === undefined) return failure('check/missing-column', `prediction column "${prediction}" is not in the data`);
    return ok(encodePositive(column, positive));
  }
  const column = score === undefined ? undefined : table.column(score);
  if (column === undefined || column.kind === 'categorical') {
    return failure(column === undefined ? 'check/missing-column' : 'check/wrong-kind', `no prediction column, and score column "${score ?? ''}" is not numeric data`);
  }
  return ok(Int8Array.from(column.values, (v) => (Number.isNaN(v) ? -1 : v >= 0.5 ? 1 : 0)));
}

interface GroupStats {
  readonly label: string;
  readonly rows: number;
  readonly counts: ConfusionCounts;
}

interface Analysis {
  readonly groups: readonly GroupStats[];
  readonly tooSmall: readonly string[];
  readonly rowsWithoutGroup: number;
  readonly rowsWithoutPredictionOrLabel: number;
  readonly rowsEvaluated: number;
}

function analyse(spec: FairnessCheckSpec, table: Table, predicted: Int8Array, truth: Int8Array | null): Result<Analysis> {
  const grouped = groupRows(table, spec.by);
  if (!grouped.ok) return grouped;
  const grouping = grouped.value;
  const groups: GroupStats[] = [];
  const tooSmall: string[] = [];
  let unusable = 0;
  let evaluated = 0;
  for (const group of grouping.groups) {
    const counts = confusionCounts(truth, predicted, group.rows);
    const rows = counts.tp + counts.fp + counts.tn + counts.fn;
    unusable += group.rows.length - rows;
    evaluated += rows;
    if (rows < spec.min_group_size) tooSmall.push(group.label);
    else groups.push({ label: group.label, rows, counts });
  }
  return ok({ groups, tooSmall, rowsWithoutGroup: grouping.missing, rowsWithoutPredictionOrLabel: unusable, rowsEvaluated: evaluated });
}

const metricsOf = (spec: FairnessCheckSpec): FairnessMetric[] =>
  spec.aggregate === 'equalized_odds' ? ['true_positive_rate', 'false_positive_rate'] : [spec.metric];

/** The defined rates of one metric over the qualifying groups. */
function valuesOf(analysis: Analysis, metric: FairnessMetric): (GroupValue & { interval: Interval })[] {
  const out: (GroupValue & { interval: Interval })[] = [];
  for (const g of analysis.groups) {
    const rate = rateOf(g.counts, metric);
    if (rate.value !== null && rate.interval !== null) out.push({ label: g.label, value: rate.value, interval: rate.interval });
  }
  return out;
}

interface Gap {
  readonly value: number | null;
  readonly metric: FairnessMetric;
  readonly low: (GroupValue & { interval: Interval }) | null;
  readonly high: (GroupValue & { interval: Interval }) | null;
  /** Why there is no value (`value` null). */
  readonly problem?: { readonly code: ProblemCode; readonly message: string };
}

/** difference, ratio or equalized_odds: one value and the two groups that decide it. */
function gapOf(spec: FairnessCheckSpec, analysis: Analysis): Gap {
  let worst: Gap | null = null;
  for (const metric of metricsOf(spec)) {
    const values = valuesOf(analysis, metric);
    const e = extremes(values);
    if (e === null) return { value: null, metric, low: null, high: null, problem: { code: 'check/no-data', message: `fewer than two groups with at least ${spec.min_group_size} rows and a defined ${metric}` } };
    const low = values.find((v) => v.label === e.min.label)!;
    const high = values.find((v) => v.label === e.max.label)!;
    const value = spec.aggregate === 'ratio' ? ratio(e) : difference(e);
    if (value === null) return { value: null, metric, low, high, problem: { code: 'check/undefined-metric', message: `the ratio is undefined: every group's ${metric} is 0` } };
    if (worst === null || (worst.value !== null && value > worst.value)) worst = { value, metric, low, high };
  }
  return worst!;
}

function rateDetails(spec: FairnessCheckSpec, counts: ConfusionCounts): FairnessRateDetail[] {
  const metrics: FairnessMetric[] = spec.aggregate === 'equalized_odds' ? metricsOf(spec) : [spec.metric];
  return metrics.map((metric) => {
    const rate = rateOf(counts, metric);
    return { metric, value: rate.value, count: rate.k, total: rate.m, low: rate.interval?.low ?? null, high: rate.interval?.high ?? null };
  });
}

function groupDetails(spec: FairnessCheckSpec, analysis: Analysis): FairnessGroupDetail[] {
  const details: FairnessGroupDetail[] = analysis.groups.map((g) => {
    const rates = rateDetails(spec, g.counts);
    const summary = rates.map((r) => `${r.metric} ${r.value === null ? 'undefined' : formatNumber(r.value)}`).join(', ');
    return { group: g.label, rows: g.rows, too_small: false, rates, message: `${summary} (${count(g.rows)} rows)` };
  });
  for (const label of analysis.tooSmall) details.push({ group: label, rows: null, too_small: true, rates: null, message: tooSmallNote(spec.min_group_size) });
  return details.sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
}

interface Source {
  readonly table: Table;
  readonly truth: Int8Array | null;
  readonly predicted: Int8Array;
  readonly labels: string | null;
}

/** The rows, predictions and labels of the current data (or the reference data). */
function sourceOf(spec: FairnessCheckSpec, context: CheckContext, reference: boolean): Result<Source> {
  const labelled = spec.aggregate === 'equalized_odds' || needsLabels(spec.metric);
  const { policy } = context;
  let table = reference ? context.reference : context.current;
  if (table === null) return failure('check/no-reference', 'no reference data', 'no_data');
  let target: Column | null = null;
  let labels: string | null = null;
  if (labelled && reference) {
    target = policy.columns.target === undefined ? null : table.column(policy.columns.target) ?? null;
    labels = `column "${policy.columns.target ?? ''}"`;
  } else if (labelled) {
    const rows = evaluatedRows(context);
    if (!rows.ok) return rows;
    table = rows.value.table;
    target = rows.value.target;
    labels = rows.value.join === null ? `column "${policy.columns.target ?? ''}"` : `joined from ${rows.value.targetOrigin}`;
  }
  if (labelled && target === null) {
    return failure('check/no-labels', `no labels: column "${policy.columns.target ?? ''}" is not in the data and no labels were joined`, 'no_data');
  }
  const predicted = predictions(table, policy, spec.positive_label);
  if (!predicted.ok) return predicted;
  return ok({ table, predicted: predicted.value, truth: target === null ? null : encodePositive(target, spec.positive_label), labels });
}

export const fairnessCheck: CheckModule<FairnessCheckSpec, FairnessDetails> = {
  type: 'fairness',
  run(spec: FairnessCheckSpec, context: CheckContext): Outcome {
    const thresholds = thresholdsOf(spec);
    const empty: FairnessDetails = {
      kind: 'fairness', metric: spec.metric, aggregate: spec.aggregate, by: spec.by, min_group_size: spec.min_group_size,
      reference_group: spec.reference_group ?? null, groups: [], decisive_metric: null, min_group: null, max_group: null,
      intervals_overlap: null, labels: null, rows_evaluated: 0, rows_without_group: 0, rows_without_prediction_or_label: 0,
    };
    const stop = (problem: Failure, details: FairnessDetails = empty): Outcome => ({ status: problem.status, code: problem.code, value: null, thresholds, message: problem.message, details });

    const sourced = sourceOf(spec, context, false);
    if (!sourced.ok) return stop(sourced);
    const source = sourced.value;
    const analysed = analyse(spec, source.table, source.predicted, source.truth);
    if (!analysed.ok) return stop(analysed);
    const analysis = analysed.value;
    const details: FairnessDetails = {
      ...empty,
      groups: groupDetails(spec, analysis),
      labels: source.labels,
      rows_evaluated: analysis.rowsEvaluated,
      rows_without_group: analysis.rowsWithoutGroup,
      rows_without_prediction_or_label: analysis.rowsWithoutPredictionOrLabel,
    };
    const small = analysis.tooSmall.length === 0 ? '' : `; ${analysis.tooSmall.length} group${analysis.tooSmall.length === 1 ? '' : 's'} with ${tooSmallNote(spec.min_group_size)} left out`;
    if (analysis.rowsEvaluated < spec.min_samples) {
      return stop(failure('check/no-data', `${analysis.rowsEvaluated} rows with a group, prediction${source.truth === null ? '' : ' and label'}, fewer than min_samples ${spec.min_samples}`, 'no_data'), details);
    }
    const referenceAnalysis = (): Analysis | null => {
      if (!usesReference(thresholds)) return null;
      const ref = sourceOf(spec, context, true);
      if (!ref.ok) return null;
      const a = analyse(spec, ref.value.table, ref.value.predicted, ref.value.truth);
      return a.ok ? a.value : null;
    };
    if (spec.aggregate === 'vs_group') return judgeVsGroup(spec, analysis, referenceAnalysis(), details, small, stop);

    const gap = gapOf(spec, analysis);
    const withGap = { ...details, decisive_metric: gap.metric, min_group: gap.low?.label ?? null, max_group: gap.high?.label ?? null };
    if (gap.value === null) return stop(failure(gap.problem?.code ?? 'check/no-data', `${gap.problem?.message ?? 'no value'}${small}`, 'no_data'), withGap);
    const refAnalysis = referenceAnalysis();
    const referenceValue = refAnalysis === null ? null : gapOf(spec, refAnalysis).value;
    const verdict = judge(gap.value, thresholds, referenceValue);
    const describeGap = `${spec.aggregate} of ${gap.metric} by ${spec.by.join(' × ')} = ${shownAgainst(gap.value, verdict, formatNumber)} (${gap.low!.label} ${formatNumber(gap.low!.value)}, ${gap.high!.label} ${formatNumber(gap.high!.value)})`;
    const base = { value: gap.value, reference_value: referenceValue, thresholds };
    if (verdict.status === 'error') return { ...base, status: 'error', code: verdict.code, message: `${describeGap}: ${verdict.message}`, details: withGap };
    let status: Status = verdict.status;
    let note = verdict.breached === undefined ? '' : `, ${verdict.breached}`;
    let overlap: boolean | null = null;
    if (spec.require_non_overlap) {
      overlap = intervalsOverlap(gap.low!.interval, gap.high!.interval);
      if (overlap && status !== 'pass') {
        note = `${note}, but the two groups' 95% intervals overlap, so the gap is not counted`;
        status = 'pass';
      }
    }
    return { ...base, status, message: `${describeGap}${note}${small}`, details: { ...withGap, intervals_overlap: overlap } };
  },
};

function judgeVsGroup(
  spec: FairnessCheckSpec,
  analysis: Analysis,
  reference: Analysis | null,
  details: FairnessDetails,
  small: string,
  stop: (problem: Failure, details?: FairnessDetails) => Outcome,
): Outcome {
  const thresholds = thresholdsOf(spec);
  const values = valuesOf(analysis, spec.metric);
  const ref = values.find((v) => v.label === spec.reference_group);
  if (ref === undefined) {
    const why = analysis.tooSmall.includes(spec.reference_group ?? '') ? `has ${tooSmallNote(spec.min_group_size)}` : 'is not in the data (or its rate is undefined)';
    return stop(failure('check/no-data', `reference group "${spec.reference_group ?? ''}" ${why}${small}`, 'no_data'), details);
  }
  if (ref.value === 0) return stop(failure('check/undefined-metric', `the reference group's ${spec.metric} is 0, so disparities are undefined${small}`, 'no_data'), details);
  if (values.length < 2) return stop(failure('check/no-data', `fewer than two groups with at least ${spec.min_group_size} rows${small}`, 'no_data'), details);
  const refValues = reference === null ? [] : valuesOf(reference, spec.metric);
  const refBase = refValues.find((v) => v.label === spec.reference_group);
  const judged = values
    .filter((g) => g.label !== ref.label)
    .map((g) => {
      const disparity = g.value / ref.value;
      const past = refValues.find((v) => v.label === g.label);
      const referenceValue = past === undefined || refBase === undefined || refBase.value === 0 ? null : past.value / refBase.value;
      const verdict = judge(disparity, thresholds, referenceValue);
      let status: Status = verdict.status;
      let message = `${g.label}: ${shownAgainst(disparity, verdict, formatNumber)} × ${ref.label}`;
      if (verdict.status === 'error') message += `: ${verdict.message}`;
      else if (verdict.breached !== undefined) message += `, ${verdict.breached}`;
      const overlap = spec.require_non_overlap ? intervalsOverlap(g.interval, ref.interval) : null;
      if (overlap === true && (status === 'warn' || status === 'fail')) {
        status = 'pass';
        message += ', but the 95% intervals overlap, so it is not counted';
      }
      return { label: g.label, disparity, referenceValue, status, code: verdict.status === 'error' ? verdict.code : undefined, message, overlap };
    });
  const status = worstStatus(judged.map((j) => j.status));
  // Among the groups with the worst status, the one farthest from parity decides.
  const decisive = judged
    .filter((j) => severity(j.status) === severity(status))
    .reduce((a, b) => (Math.abs(Math.log(b.disparity)) > Math.abs(Math.log(a.disparity)) ? b : a));
  const byLabel = new Map(judged.map((j) => [j.label, j]));
  const groups = details.groups.map((g) => {
    const j = byLabel.get(g.group);
    return j === undefined ? g : { ...g, disparity: j.disparity, status: j.status };
  });
  return {
    status,
    ...(decisive.code === undefined ? {} : { code: decisive.code }),
    value: decisive.disparity,
    reference_value: decisive.referenceValue,
    thresholds,
    message: `${spec.metric} by ${spec.by.join(' × ')} vs ${ref.label}: ${decisive.message}${small}`,
    details: {
      ...details,
      groups,
      decisive_metric: spec.metric,
      min_group: decisive.disparity < 1 ? decisive.label : ref.label,
      max_group: decisive.disparity < 1 ? ref.label : decisive.label,
      intervals_overlap: decisive.overlap,
    },
  };
}
