/**
 * `type: concept_drift` — did the relation between inputs and truth change inside the window?
 * The labelled predictions of the evaluated window (moved back by `data.labels.delay`) are put
 * in time order (columns.timestamp; ties keep the data's order) and turned into a stream of
 * per-row errors: 1 when the model's label is wrong, 0 when right (classification), or the
 * absolute error |y − ŷ| (regression). A change detector with River's defaults (ADWIN,
 * Page-Hinkley or DDM; docs/statistics.md#change-detectors) reads the stream; the value is the
 * number of changes it signalled, and each is reported with its row, id and timestamp.
 * DDM reads 0/1 errors only. Expected conditions are outcomes, not exceptions.
 */
import type { Column } from '../data/table.js';
import type { ConceptDriftCheckSpec } from '../policy/types.js';
import { createDetector, detectChanges, type DetectorSpec } from '../stats/detectors/index.js';
import type { ChangePoint, ConceptDriftDetails } from './details.js';
import { decode } from './performance-decode.js';
import { evaluatedRows } from './performance-rows.js';
import { judge } from './threshold.js';
import type { CheckContext, CheckModule, CheckOutcome } from './types.js';
import { count } from './counts.js';

function detectorSpec(spec: ConceptDriftCheckSpec): DetectorSpec {
  const d = spec.detector;
  switch (d.kind) {
    case 'adwin':
      return { kind: 'adwin', options: { delta: d.delta, clock: d.clock, maxBuckets: d.max_buckets, minWindowLength: d.min_window_length, gracePeriod: d.grace_period } };
    case 'page_hinkley':
      return { kind: 'page_hinkley', options: { minInstances: d.min_instances, delta: d.delta, threshold: d.threshold, alpha: d.alpha, mode: d.mode } };
    case 'ddm':
      return { kind: 'ddm', options: { warmStart: d.warm_start, warningThreshold: d.warning_threshold, driftThreshold: d.drift_threshold } };
  }
}

function cellText(column: Column | undefined, row: number): string | null {
  if (column === undefined) return null;
  if (column.kind === 'categorical') {
    const code = column.codes[row]!;
    return code < 0 ? null : column.dictionary[code]!;
  }
  const v = column.values[row]!;
  if (Number.isNaN(v)) return null;
  return column.kind === 'timestamp' ? new Date(v).toISOString() : String(v);
}

function run(spec: ConceptDriftCheckSpec, context: CheckContext): CheckOutcome<ConceptDriftDetails | null> {
  const { policy } = context;
  const task = policy.model.task;
  const thresholds = { ...(spec.warn ? { warn: spec.warn } : {}), ...(spec.fail ? { fail: spec.fail } : {}) };
  const base = { value: null, thresholds, details: null } as const;
  if (spec.detector.kind === 'ddm' && task === 'regression') {
    return { ...base, status: 'error', code: 'policy/conflict', message: 'DDM reads 0/1 errors; for a regression model use adwin or page_hinkley' };
  }
  const rowsResult = evaluatedRows(context);
  if (!rowsResult.ok) return { ...base, status: rowsResult.status, code: rowsResult.code, message: rowsResult.message };
  const rows = rowsResult.value;
  if (rows.target === null) return { ...base, status: 'no_data', code: 'check/no-labels', message: 'no labels: neither data.labels nor a target column in the current data' };
  const decoded = decode(rows.table, rows.target, rows.targetOrigin, {
    task,
    columns: policy.columns,
    needScores: false,
    ...(spec.decision_threshold === undefined ? {} : { decisionThreshold: spec.decision_threshold }),
  });
  if (!decoded.ok) return { ...base, status: decoded.status, code: decoded.code, message: decoded.message };
  const d = decoded.value;
  const n = d.rows.length;
  const labelled = n + d.missingPredictions;
  const total = rows.table.rowCount;
  const evaluated = {
    start: rows.window?.start == null ? null : new Date(rows.window.start).toISOString(),
    end: rows.window ? new Date(rows.window.end).toISOString() : null,
    delay: rows.window?.delay ?? null,
    rows: total,
    labelled_rows: labelled,
    labelled_coverage: total === 0 ? null : labelled / total,
    join: rows.join,
  };
  if (n < spec.min_samples) {
    return { ...base, status: 'no_data', code: 'check/no-data', message: `${count(n)} labelled predictions in the evaluated window, fewer than min_samples ${spec.min_samples}` };
  }

  // Time order (stable), then the error stream.
  const timestamps = policy.columns.timestamp === undefined ? undefined : rows.table.column(policy.columns.timestamp);
  const order = Array.from({ length: n }, (_, i) => i);
  if (timestamps !== undefined && timestamps.kind !== 'categorical') {
    const t = (i: number) => timestamps.values[d.rows[i]!]!;
    order.sort((a, b) => t(a) - t(b) || a - b);
  }
  const stream = new Float64Array(n);
  let sum = 0;
  order.forEach((position, k) => {
    const error = d.kind === 'regression' ? Math.abs(d.yTrue![position]! - d.yPred[position]!) : d.yTrue![position] === d.yPred[position] ? 0 : 1;
    stream[k] = error;
    sum += error;
  });
  const found = detectChanges(createDetector(detectorSpec(spec)), stream);
  const idColumn = policy.columns.id === undefined ? undefined : rows.table.column(policy.columns.id);
  const point = (k: number): ChangePoint => {
    const row = d.rows[order[k]!]!;
    return { row: k, id: cellText(idColumn, row), timestamp: cellText(timestamps, row) };
  };
  const changes = found.changes.map(point);
  const details: ConceptDriftDetails = {
    kind: 'concept_drift',
    detector: spec.detector,
    evaluated,
    stream: d.kind === 'regression' ? 'absolute_error' : 'error',
    mean_error: sum / n,
    changes,
    warnings: found.warnings.map(point),
  };
  const verdict = judge(changes.length, thresholds);
  const status = verdict.status;
  const where = changes.length === 0 ? 'no change' : `${changes.length} change${changes.length === 1 ? '' : 's'}, first at row ${changes[0]!.row}${changes[0]!.timestamp ? ` (${changes[0]!.timestamp})` : ''}`;
  const reason = verdict.status === 'error' ? verdict.message : verdict.status === 'pass' ? 'within thresholds' : `${verdict.status}: ${verdict.breached ?? ''}`;
  return {
    status,
    ...(verdict.status === 'error' ? { code: verdict.code } : {}),
    value: changes.length,
    thresholds,
    message: `${spec.detector.kind} over ${count(n)} time-ordered ${details.stream === 'error' ? 'errors' : 'absolute errors'} (mean ${Number(details.mean_error!.toPrecision(3))}): ${where}; ${reason}`,
    details,
  };
}

export const conceptDriftCheck: CheckModule<ConceptDriftCheckSpec, ConceptDriftDetails | null> = { type: 'concept_drift', run };
