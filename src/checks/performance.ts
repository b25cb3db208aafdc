/**
 * `type: performance` — how well does the model do on the predictions whose labels have
 * arrived? One metric with scikit-learn's definition (docs/statistics.md#performance) on the
 * labelled rows of the evaluated window (moved back by `data.labels.delay`), its value on the
 * reference, and a verdict from the check's thresholds, or, when it writes none, from a band
 * derived from reference chunks (./performance-threshold.ts). With `when_unlabelled: estimate`
 * and too few labelled rows, the value is NannyML's CBPE estimate on the current window instead,
 * marked `estimated`. `by` reports the metric per group; a group smaller than min_group_size is
 * `no_data`, never a pass or a fail, and does not change the check's status.
 */
import type { Column, Table } from '../data/table.js';
import type { PerformanceCheckSpec, Thresholds } from '../policy/types.js';
import { failure, ok, type ProblemCode, type Result } from '../problems.js';
import { fitCbpeBinary, fitCbpeMulticlass, type CbpeEstimate, type CbpeMetric, CBPE_METRICS } from '../stats/cbpe/index.js';
import type { EvaluatedWindowDetail, PerformanceDetails, PerformanceGroupDetail } from './details.js';
import { decode, subset, type Decoded } from './performance-decode.js';
import { computeMetric, metricFitsTask, SCORE_METRICS } from './performance-metric.js';
import { evaluatedRows, type EvaluatedRows } from './performance-rows.js';
import { deriveBand } from './performance-threshold.js';
import { DEFAULT_CONFIDENCE, metricInterval, type MetricInterval } from './performance-interval.js';
import { attributeCheck } from './performance-attribution.js';
import { MISSING_GROUP, valueLabel } from './groups.js';
import { worstStatus } from './status.js';
import { comparatorHolds, judge, shownAgainst } from './threshold.js';
import type { AppliedThresholds, CheckContext, CheckModule, CheckOutcome, Status } from './types.js';
import { count } from './counts.js';

type Outcome = CheckOutcome<PerformanceDetails | null>;

function fmt(value: number | null): string {
  return value === null || !Number.isFinite(value) ? String(value) : Number(value.toPrecision(4)).toString();
}

function iso(ms: number | null): string | null {
  return ms === null || !Number.isFinite(ms) ? null : new Date(ms).toISOString();
}

function evaluatedDetail(rows: EvaluatedRows, labelled: number): EvaluatedWindowDetail {
  const total = rows.table.rowCount;
  return {
    start: iso(rows.window?.start ?? null),
    end: iso(rows.window?.end ?? null),
    delay: rows.window?.delay ?? null,
    rows: total,
    labelled_rows: labelled,
    labelled_coverage: total === 0 ? null : labelled / total,
    join: rows.join,
  };
}

/** Group key of each decoded row, from the `by` column of the table it came from. */
function groupsOf(table: Table, by: string, decoded: Decoded): Result<Map<string, number[]>> {
  const column: Column | undefined = table.column(by);
  if (column === undefined) return failure('check/missing-column', `${table.origin}: no column "${by}" to group by`);
  const groups = new Map<string, number[]>();
  decoded.rows.forEach((row, position) => {
    let key: string;
    if (column.kind === 'categorical') {
      const code = column.codes[row]!;
      key = code < 0 ? MISSING_GROUP : column.dictionary[code]!;
    } else {
      const v = column.values[row]!;
      key = Number.isNaN(v) ? MISSING_GROUP : valueLabel(column.kind, v);
    }
    const list = groups.get(key);
    if (list) list.push(position);
    else groups.set(key, [position]);
  });
  return ok(groups);
}

const percent = (confidence: number): string => `${Number((confidence * 100).toPrecision(4))}%`;

/** The value's interval as the message shows it, or '' when it has none. */
function intervalText(interval: MetricInterval | null): string {
  if (interval === null) return '';
  const method = interval.method === 'delong' ? 'DeLong' : interval.method === 'wilson' ? 'Wilson' : 'bootstrap';
  return ` (${percent(interval.confidence)} ${method} interval ${fmt(interval.low)}–${fmt(interval.high)})`;
}

/**
 * The verdict on one value (overall or a group's). `interval` is its interval, which thresholds
 * with `confidence` judge instead of the value (./threshold.ts); without one they are an error
 * that says why this value has none. A pass that only the interval saved says so.
 */
function verdict(value: number, thresholds: Thresholds, reference: number | null, interval: MetricInterval | null, estimated: boolean): { status: Status; note: string; shown: string; code?: ProblemCode } {
  if (!Number.isFinite(value)) return { status: 'no_data', code: 'check/undefined-metric', note: `the metric is undefined here (${value})`, shown: fmt(value) };
  const v = judge(value, thresholds, reference, interval);
  if (v.status === 'error') {
    const why = v.code !== 'check/no-interval' ? ''
      : estimated ? ' (an estimated value has no interval)'
      : ' (the metric\'s interval is undefined on these rows: a zero denominator, or a class with fewer than 2 rows)';
    return { status: 'error', code: v.code, note: `${v.message}${why}`, shown: fmt(value) };
  }
  if (v.status === 'pass') return { status: 'pass', note: `within thresholds${savedByInterval(value, thresholds)}`, shown: fmt(value) };
  return { status: v.status, note: `${v.status}: ${v.breached ?? 'threshold breached'}`, shown: shownAgainst(value, v, fmt) };
}

/** ': 0.712 < 0.72, but the 95% interval is not wholly below it' when the point alone would breach. */
function savedByInterval(value: number, thresholds: Thresholds): string {
  for (const level of ['fail', 'warn'] as const) {
    const threshold = thresholds[level];
    if (threshold?.confidence === undefined) continue;
    const holds = comparatorHolds(threshold, value);
    if (holds === null) continue;
    const side = holds.startsWith('<') || holds.startsWith('≤') ? 'below' : 'above';
    return `: ${fmt(value)} ${holds}, but the ${percent(threshold.confidence)} interval is not wholly ${side} it (no ${level})`;
  }
  return '';
}

/** The level of the intervals the check shows: its thresholds' (the loader lets warn and fail ask for one only), else 0.95. */
const confidenceOf = (thresholds: Thresholds): number => thresholds.fail?.confidence ?? thresholds.warn?.confidence ?? DEFAULT_CONFIDENCE;

function run(spec: PerformanceCheckSpec, context: CheckContext): Outcome {
  const { policy } = context;
  const task = policy.model.task;
  const base = { value: null, thresholds: {}, details: null } as const;
  const misfit = metricFitsTask(spec.metric, task);
  if (misfit !== null) return { ...base, status: misfit.status, code: misfit.code, message: misfit.message };
  const rowsResult = evaluatedRows(context);
  if (!rowsResult.ok) return { ...base, status: rowsResult.status, code: rowsResult.code, message: rowsResult.message };
  const rows = rowsResult.value;
  const decodeOptions = {
    task,
    columns: policy.columns,
    ...(spec.decision_threshold === undefined ? {} : { decisionThreshold: spec.decision_threshold }),
  };
  const cbpeMetric = (CBPE_METRICS as readonly string[]).includes(spec.metric) ? (spec.metric as CbpeMetric) : null;

  // 1. The labelled rows of the evaluated window.
  const needScores = SCORE_METRICS.includes(spec.metric);
  let labelled: Decoded | null = null;
  if (rows.target !== null) {
    const decoded = decode(rows.table, rows.target, rows.targetOrigin, { ...decodeOptions, needScores });
    if (!decoded.ok) return { ...base, status: decoded.status, code: decoded.code, message: decoded.message };
    labelled = decoded.value;
  }
  const labelledCount = labelled === null ? 0 : labelled.rows.length + labelled.missingPredictions;
  const evaluated = evaluatedDetail(rows, labelledCount);

  // 2. The reference: its value, and the data to derive thresholds or fit CBPE from.
  let reference: Decoded | null = null;
  const target = policy.columns.target;
  const refTable = context.reference;
  if (refTable !== null && target !== undefined && refTable.has(target)) {
    const decoded = decode(refTable, refTable.column(target)!, refTable.origin, {
      ...decodeOptions,
      needScores: needScores || spec.when_unlabelled === 'estimate',
    });
    if (!decoded.ok) return { ...base, status: decoded.status, code: decoded.code, message: `reference: ${decoded.message}` };
    reference = decoded.value;
  }
  const referenceValue = reference === null || reference.rows.length === 0 ? null : computeMetric(spec.metric, reference, spec.average).value;

  // 3. Thresholds: the policy's, or derived from reference chunks.
  let thresholds: AppliedThresholds = { ...(spec.warn ? { warn: spec.warn } : {}), ...(spec.fail ? { fail: spec.fail } : {}) };
  let derived: PerformanceDetails['derived'] = null;
  if (spec.warn === undefined && spec.fail === undefined && spec.memory === undefined) {
    if (reference === null) {
      return { ...base, status: 'error', code: 'check/no-reference', message: 'no thresholds were written and there is no labelled reference data to derive them from' };
    }
    const band = deriveBand(spec.metric, reference, spec.average);
    if (!band.ok) return { ...base, reference_value: referenceValue, status: band.status, code: band.code, message: band.message };
    thresholds = { ...band.value.thresholds, derived_from: band.value.derived_from };
    derived = band.value.detail;
  }

  // 4. Measure: on labels when there are enough, else estimate, else no_data.
  let measured: { table: Table; decoded: Decoded; estimated: boolean; value: (d: Decoded) => { value: number; confusion: number[][] | null; estimate: CbpeEstimate | null } };
  if (labelled !== null && labelled.rows.length >= spec.min_samples) {
    measured = {
      table: rows.table,
      decoded: labelled,
      estimated: false,
      value: (d) => ({ ...computeMetric(spec.metric, d, spec.average), estimate: null }),
    };
  } else if (spec.when_unlabelled === 'estimate') {
    const why = estimateUnavailable(spec, task, cbpeMetric, reference);
    if (why !== null) return { ...base, reference_value: referenceValue, thresholds, status: 'no_data', code: 'check/no-data', message: `${count(labelledCount)} labelled predictions, fewer than min_samples ${spec.min_samples}, and ${why}` };
    const current = decode(context.current, null, context.current.origin, { ...decodeOptions, needScores: true });
    if (!current.ok) return { ...base, status: current.status, code: current.code, message: current.message };
    if (current.value.rows.length < spec.min_samples) {
      return { ...base, reference_value: referenceValue, thresholds, status: 'no_data', code: 'check/no-data', message: `${current.value.rows.length} current predictions, fewer than min_samples ${spec.min_samples}, even for an estimate` };
    }
    const estimator = fitEstimator(reference!);
    measured = {
      table: context.current,
      decoded: current.value,
      estimated: true,
      value: (d) => {
        const estimate = estimator(d);
        return { value: estimate.metrics[cbpeMetric!].value, confusion: estimate.confusion_matrix, estimate };
      },
    };
  } else {
    const message = rows.target === null
      ? 'no labels: neither data.labels nor a target column in the current data'
      : `${count(labelledCount)} labelled predictions in the evaluated window, fewer than min_samples ${spec.min_samples}`;
    const code = rows.target === null ? 'check/no-labels' : 'check/no-data';
    return { ...base, reference_value: referenceValue, thresholds, status: 'no_data', code, message, details: emptyDetails(spec, evaluated, derived, labelled) };
  }

  const overall = measured.value(measured.decoded);
  // The interval of a realized value; an estimate has none (its ±3 SE band is CBPE's, not a CI).
  const level = confidenceOf(thresholds);
  const interval = measured.estimated ? null : metricInterval(spec.metric, measured.decoded, spec.average, overall.confusion, level, overall.value);
  const { status: overallStatus, note, shown: overallShown, code: overallCode } = verdict(overall.value, thresholds, referenceValue, interval, measured.estimated);

  // 5. Segments.
  const groups: PerformanceGroupDetail[] = [];
  if (spec.by !== undefined) {
    const grouped = groupsOf(measured.table, spec.by, measured.decoded);
    if (!grouped.ok) return { ...base, status: grouped.status, code: grouped.code, message: grouped.message };
    const refGroups = reference !== null && refTable !== null && refTable.has(spec.by) ? groupsOf(refTable, spec.by, reference) : null;
    for (const [group, positions] of [...grouped.value].sort((a, b) => b[1].length - a[1].length)) {
      const refPositions = refGroups?.ok === true ? refGroups.value.get(group) : undefined;
      const groupReference = refPositions && reference ? computeMetric(spec.metric, subset(reference, refPositions), spec.average).value : null;
      if (positions.length < spec.min_group_size) {
        groups.push({ group, rows: positions.length, value: null, reference_value: groupReference, estimated: measured.estimated, status: 'no_data', code: 'check/no-data', message: `${positions.length} rows, fewer than min_group_size ${spec.min_group_size}` });
        continue;
      }
      const groupRows = subset(measured.decoded, positions);
      const { value, confusion } = measured.value(groupRows);
      const groupInterval = measured.estimated ? null : metricInterval(spec.metric, groupRows, spec.average, confusion, level, value);
      const judged = verdict(value, thresholds, groupReference, groupInterval, measured.estimated);
      const why = judged.code === undefined ? {} : { code: judged.code };
      groups.push({ group, rows: positions.length, value: Number.isFinite(value) ? value : null, reference_value: groupReference, estimated: measured.estimated, status: judged.status, ...why, message: `${spec.metric} ${judged.shown}${intervalText(groupInterval)}: ${judged.note}`, ...(measured.estimated ? {} : { interval: groupInterval }) });
    }
  }
  const evaluatedGroups = groups.filter((g) => g.status !== 'no_data').map((g) => g.status);
  const status = worstStatus([overallStatus, ...evaluatedGroups], 'no_data');
  // Without a verdict, the check says why: the overall value's reason, else the deciding group's.
  const code = status === 'error' || status === 'no_data' ? (overallStatus === status ? overallCode : groups.find((g) => g.status === status)?.code) : undefined;

  // 6. Which features' shifts explain a deterioration (./performance-attribution.ts).
  const attributed = attributeCheck(spec, status, policy, { decoded: reference, table: refTable, value: referenceValue }, { ...measured, value: overall.value }, context.budget);
  const classes = measured.decoded.kind === 'classification' ? measured.decoded.classes : null;
  const details: PerformanceDetails = {
    kind: 'performance',
    metric: spec.metric,
    estimated: measured.estimated,
    evaluated,
    confusion_matrix: classes !== null && overall.confusion !== null ? { labels: classes, matrix: overall.confusion } : null,
    decision_threshold: spec.decision_threshold ?? null,
    missing_predictions: measured.decoded.missingPredictions,
    estimate: overall.estimate === null ? null : {
      standard_error: overall.estimate.metrics[cbpeMetric!].standard_error,
      lower: overall.estimate.metrics[cbpeMetric!].lower,
      upper: overall.estimate.metrics[cbpeMetric!].upper,
      calibrated: overall.estimate.calibrated,
    },
    derived,
    groups,
    interval,
    ...(attributed === null ? {} : { attribution: attributed.detail }),
  };
  const what = measured.estimated
    ? `estimated ${spec.metric} ${overallShown} (CBPE, ±3 SE ${fmt(details.estimate!.lower)}–${fmt(details.estimate!.upper)}) on ${count(measured.decoded.rows.length)} unlabelled predictions`
    : `${spec.metric} ${overallShown}${intervalText(interval)} on ${count(measured.decoded.rows.length)} labelled predictions (coverage ${evaluated.labelled_coverage === null ? 'n/a' : `${Math.round(evaluated.labelled_coverage * 1000) / 10}%`})`;
  const refText = referenceValue === null ? '' : `, reference ${fmt(referenceValue)}`;
  const thresholdNote = derived === null ? ''
    : derived.lower !== null ? ` (derived from the reference: fails below ${fmt(derived.lower)})`
    : ` (derived from the reference: fails above ${fmt(derived.upper!)})`;
  const groupNote = groups.length === 0 ? '' : `; ${groups.filter((g) => g.status === 'fail' || g.status === 'warn').length} of ${groups.length} groups breach`;
  return {
    status,
    ...(code === undefined ? {} : { code }),
    value: Number.isFinite(overall.value) ? overall.value : null,
    reference_value: referenceValue,
    estimated: measured.estimated,
    thresholds,
    message: `${what}${refText}; ${note}${thresholdNote}${groupNote}${attributed === null ? '' : `; ${attributed.clause}`}`,
    details,
  };
}

function estimateUnavailable(spec: PerformanceCheckSpec, task: string, metric: CbpeMetric | null, reference: Decoded | null): string | null {
  if (metric === null) return `CBPE cannot estimate ${spec.metric} (it estimates ${CBPE_METRICS.join(', ')})`;
  if (task === 'regression') return 'CBPE estimates classification metrics only';
  if (task === 'multiclass_classification' && spec.average !== 'macro') return 'CBPE estimates macro averages only';
  if (reference === null || reference.kind !== 'classification' || reference.scores === null || reference.rows.length === 0) {
    return 'CBPE needs labelled reference data with scores';
  }
  return null;
}

function fitEstimator(reference: Decoded): (current: Decoded) => CbpeEstimate {
  if (reference.kind !== 'classification' || reference.yTrue === null || reference.scores === null) {
    throw new Error('CBPE needs labelled classification reference data with scores');
  }
  if (reference.classes.length === 2 && reference.scores.length === 1) {
    const model = fitCbpeBinary({ yTrue: reference.yTrue, score: reference.scores[0]!, yPred: reference.yPred });
    return (d) => model.estimate({ score: (d as Extract<Decoded, { kind: 'classification' }>).scores![0]!, yPred: d.yPred });
  }
  const model = fitCbpeMulticlass({ yTrue: reference.yTrue, scores: reference.scores, yPred: reference.yPred });
  return (d) => model.estimate({ scores: (d as Extract<Decoded, { kind: 'classification' }>).scores!, yPred: d.yPred });
}

function emptyDetails(spec: PerformanceCheckSpec, evaluated: EvaluatedWindowDetail, derived: PerformanceDetails['derived'], labelled: Decoded | null): PerformanceDetails {
  return {
    kind: 'performance',
    metric: spec.metric,
    estimated: false,
    evaluated,
    confusion_matrix: null,
    decision_threshold: spec.decision_threshold ?? null,
    missing_predictions: labelled?.missingPredictions ?? 0,
    estimate: null,
    derived,
    groups: [],
  };
}

export const performanceCheck: CheckModule<PerformanceCheckSpec, PerformanceDetails | null> = { type: 'performance', run };
