/**
 * The prediction rows a performance or concept-drift check evaluates, with their labels.
 *
 *  1. Which predictions: the current window; with `data.labels.delay` the window moves back by
 *     the delay, (start − delay, end − delay] over the unwindowed current rows, so that only
 *     predictions old enough to have a label count. Without a window: every row scored at or
 *     before now − delay.
 *  2. Their labels: joined from `data.labels` by id (src/data/join.ts), or, without a labels
 *     source, the target column of the current data itself.
 * Labelled coverage = labelled rows / rows in the evaluated window. Returns a failure (never
 * throws) when a needed column is absent.
 */
import { DataError } from '../data/errors.js';
import { sampleTable } from '../data/sample.js';
import { filterWindow } from '../data/window.js';
import { joinLabels } from '../data/join.js';
import type { Column, Table } from '../data/table.js';
import { failure, ok, type Result } from '../problems.js';
import type { CheckContext } from './types.js';

export interface JoinCounts {
  readonly matched: number;
  readonly unmatched_predictions: number;
  readonly unmatched_labels: number;
  readonly duplicate_ids: number;
  readonly conflicting_ids: number;
}

export interface EvaluatedRows {
  /** Prediction rows in the evaluated window. */
  readonly table: Table;
  /** The label of each row of `table` (missing where there is none), or null when none exists. */
  readonly target: Column | null;
  /** Where the label came from, for messages (`labels.csv`, or the current data's column). */
  readonly targetOrigin: string;
  readonly window: { readonly start: number | null; readonly end: number; readonly delay: string | null } | null;
  readonly join: JoinCounts | null;
}

export type RowsResult = Result<EvaluatedRows>;

function delayedTable(context: CheckContext): Result<{ table: Table; window: EvaluatedRows['window'] }> {
  const { policy } = context;
  const delay = policy.data.labels?.delay;
  if (delay === undefined) {
    const w = context.window;
    return ok({ table: context.current, window: w === null ? null : { start: w.start, end: w.end, delay: null } });
  }
  if (delay.kind !== 'time') return failure('policy/invalid-value', `data.labels.delay must be a time span such as 14d, not "${delay.text}"`);
  const timestamp = policy.columns.timestamp;
  if (timestamp === undefined) return failure('policy/conflict', 'data.labels.delay needs columns.timestamp to know when each prediction was made');
  const end = (context.window?.end ?? context.now.getTime()) - delay.ms;
  const start = context.window === null ? null : context.window.start - delay.ms;
  try {
    // Cut from every row, then sampled as the engine samples its window (types.ts).
    const table = sampleTable(filterWindow(context.currentUnwindowed, timestamp, start ?? Number.NEGATIVE_INFINITY, end).table, policy.data.sample);
    return ok({ table, window: { start, end, delay: delay.text } });
  } catch (cause) {
    // The timestamp column is absent or not timestamps: the data's problem, with its code.
    if (cause instanceof DataError) return failure(cause.code, cause.message);
    throw cause;
  }
}

export function evaluatedRows(context: CheckContext): RowsResult {
  const { policy } = context;
  const delayed = delayedTable(context);
  if (!delayed.ok) return delayed;
  const { table, window } = delayed.value;
  const labels = policy.data.labels;
  if (labels === undefined || context.labels === null) {
    const target = policy.columns.target;
    const column = target === undefined ? undefined : table.column(target);
    return ok({ table, target: column ?? null, targetOrigin: table.origin, window, join: null });
  }
  const id = policy.columns.id ?? labels.join;
  const joined = joinLabels(table, id, context.labels, labels.join, labels.column);
  if (!joined.ok) return joined;
  const { label, labelRow: _rows, ...counts } = joined.value;
  return ok({ table, target: label, targetOrigin: context.labels.origin, window, join: counts });
}
