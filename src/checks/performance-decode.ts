/**
 * Turns table columns into what the metrics read: class codes, scores, numeric targets.
 *
 * Binary classification: a label or prediction is 1/0, or the text true/false, yes/no, 1/0
 * (any case); 1 is the positive class. Labels come from the target (or labels file), the
 * model's label from `decision_threshold` on the score when the check sets one, else from
 * columns.prediction, else from score ≥ 0.5. Multiclass: classes are the keys of
 * columns.class_scores (in policy order), matched to labels and predictions as text; without a
 * prediction column the model's label is the class with the highest score. Regression: target
 * and prediction (columns.prediction, else columns.score) are numbers.
 * Rows without a label are left out; rows without a prediction or score are left out and
 * counted. A value that cannot be a label of this task is a failure naming it and its row.
 */
import type { Column, Table } from '../data/table.js';
import type { ColumnsSpec, Task } from '../policy/types.js';
import { failure, ok, type Result } from '../problems.js';

export type Decoded =
  | {
      readonly kind: 'classification';
      readonly classes: readonly string[];
      /** Row of the source table for each decoded row. */
      readonly rows: Uint32Array;
      readonly yTrue: Int32Array | null;
      readonly yPred: Int32Array;
      /** Binary: [positive-class score]; multiclass: one column per class; null without scores. */
      readonly scores: readonly Float64Array[] | null;
      readonly missingPredictions: number;
    }
  | {
      readonly kind: 'regression';
      readonly rows: Uint32Array;
      readonly yTrue: Float64Array | null;
      readonly yPred: Float64Array;
      readonly missingPredictions: number;
    };

export type DecodeResult = Result<Decoded>;

const BINARY_TEXT: Readonly<Record<string, number>> = { '1': 1, '0': 0, true: 1, false: 0, yes: 1, no: 0, '1.0': 1, '0.0': 0 };

/** The text of a cell, or null when missing. */
function cellText(column: Column, row: number): string | null {
  if (column.kind === 'categorical') {
    const code = column.codes[row]!;
    return code < 0 ? null : column.dictionary[code]!;
  }
  const v = column.values[row]!;
  return Number.isNaN(v) ? null : String(v);
}

/** A class code for the cell: −1 when missing, −2 when it is not a class. */
function classCode(column: Column, row: number, task: Task, classes: readonly string[]): number {
  const text = cellText(column, row);
  if (text === null) return -1;
  if (task === 'binary_classification') return BINARY_TEXT[text.trim().toLowerCase()] ?? -2;
  const index = classes.indexOf(text);
  return index < 0 ? -2 : index;
}

function numericColumn(table: Table, name: string | undefined, role: string): Result<Float64Array> {
  if (name === undefined) return failure('policy/missing-key', `the policy names no ${role} column`);
  const column = table.column(name);
  if (column === undefined) return failure('check/missing-column', `${table.origin}: no ${role} column "${name}"`);
  if (column.kind !== 'numeric') return failure('check/wrong-kind', `${table.origin}: the ${role} column "${name}" is ${column.kind}, not numeric`);
  return ok(column.values);
}

export interface DecodeOptions {
  readonly task: Task;
  readonly columns: ColumnsSpec;
  readonly decisionThreshold?: number;
  /** Whether scores are needed (score metrics, CBPE); without them a missing score is fine. */
  readonly needScores: boolean;
}

function expectedLabels(task: Task, classes: readonly string[]): string {
  return task === 'binary_classification' ? '0/1, true/false or yes/no' : `one of ${classes.map((c) => `"${c}"`).join(', ')}`;
}

/** Decodes `table`; `target` (aligned with its rows) may be null when labels are not needed. */
export function decode(table: Table, target: Column | null, targetOrigin: string, options: DecodeOptions): DecodeResult {
  const { task, columns } = options;
  const n = table.rowCount;
  if (task === 'regression') {
    if (target !== null && target.kind !== 'numeric') {
      return failure('check/wrong-kind', `${targetOrigin}: the label column "${target.name}" holds ${target.kind === 'categorical' ? 'text' : 'timestamps'}, but a regression target must be numeric`);
    }
    const predictedColumn = numericColumn(table, columns.prediction ?? columns.score, 'prediction');
    if (!predictedColumn.ok) return predictedColumn;
    const predicted = predictedColumn.value;
    const rows: number[] = [];
    let missingPredictions = 0;
    for (let i = 0; i < n; i++) {
      if (target !== null && Number.isNaN((target as { values: Float64Array }).values[i]!)) continue;
      if (Number.isNaN(predicted[i]!)) missingPredictions++;
      else rows.push(i);
    }
    const picked = Uint32Array.from(rows);
    return ok({
      kind: 'regression',
      rows: picked,
      yTrue: target === null ? null : Float64Array.from(picked, (r) => (target as { values: Float64Array }).values[r]!),
      yPred: Float64Array.from(picked, (r) => predicted[r]!),
      missingPredictions,
    });
  }

  const classes = task === 'binary_classification' ? ['0', '1'] : Object.keys(columns.class_scores ?? {});
  if (task === 'multiclass_classification' && classes.length < 2) {
    return failure('policy/missing-key', 'a multiclass model needs columns.class_scores (class → score column) to know its classes');
  }
  if (target !== null && target.kind === 'timestamp') {
    return failure('check/wrong-kind', `${targetOrigin}: the label column "${target.name}" holds timestamps, not classes`);
  }
  // Scores.
  let scores: Float64Array[] | null = null;
  const scoreNames = task === 'binary_classification' ? (columns.score === undefined ? [] : [columns.score]) : classes.map((c) => columns.class_scores![c]!);
  if (scoreNames.length > 0 && scoreNames.every((name) => table.has(name))) {
    const read: Float64Array[] = [];
    for (const name of scoreNames) {
      const values = numericColumn(table, name, 'score');
      if (!values.ok) return values;
      read.push(values.value);
    }
    scores = read;
  } else if (options.needScores || (options.decisionThreshold !== undefined && task === 'binary_classification')) {
    return failure('check/missing-column', `${table.origin}: this check needs the model's score column${scoreNames.length > 1 ? 's' : ''} (${scoreNames.join(', ') || 'columns.score'})`);
  }
  // Predictions.
  const predictionColumn = columns.prediction === undefined ? undefined : table.column(columns.prediction);
  const useThreshold = task === 'binary_classification' && (options.decisionThreshold !== undefined || predictionColumn === undefined);
  if (!useThreshold && predictionColumn === undefined && scores === null) {
    return failure('check/missing-column', `${table.origin}: no prediction column${columns.prediction ? ` "${columns.prediction}"` : ''} and no scores to derive one from`);
  }
  if (useThreshold && scores === null) return failure('check/missing-column', `${table.origin}: no prediction and no score column to threshold`);
  const threshold = options.decisionThreshold ?? 0.5;

  const rows: number[] = [];
  const yTrue: number[] = [];
  const yPred: number[] = [];
  let missingPredictions = 0;
  for (let i = 0; i < n; i++) {
    let t = -1;
    if (target !== null) {
      t = classCode(target, i, task, classes);
      if (t === -1) continue;
      if (t === -2) {
        return failure('check/wrong-kind', `${targetOrigin}: the label column "${target.name}" holds "${cellText(target, i)}" (row ${i + 1} of the evaluated rows), which is not a class of this model (expected ${expectedLabels(task, classes)})`);
      }
    }
    let p: number;
    if (useThreshold) {
      const s = scores![0]![i]!;
      p = Number.isNaN(s) ? -1 : s >= threshold ? 1 : 0;
    } else if (predictionColumn !== undefined) {
      p = classCode(predictionColumn, i, task, classes);
      if (p === -2) {
        return failure('check/wrong-kind', `${table.origin}: the prediction column "${predictionColumn.name}" holds "${cellText(predictionColumn, i)}" (row ${i + 1}), which is not a class of this model (expected ${expectedLabels(task, classes)})`);
      }
    } else {
      p = argmax(scores!, i);
    }
    const scoreMissing = scores !== null && options.needScores && scores.some((column) => Number.isNaN(column[i]!));
    if (p < 0 || scoreMissing) {
      missingPredictions++;
      continue;
    }
    rows.push(i);
    yTrue.push(t);
    yPred.push(p);
  }
  const picked = Uint32Array.from(rows);
  return ok({
    kind: 'classification',
    classes,
    rows: picked,
    yTrue: target === null ? null : Int32Array.from(yTrue),
    yPred: Int32Array.from(yPred),
    scores: scores === null ? null : scores.map((column) => Float64Array.from(picked, (r) => column[r]!)),
    missingPredictions,
  });
}

function argmax(scores: readonly Float64Array[], row: number): number {
  let best = -1;
  let bestValue = Number.NEGATIVE_INFINITY;
  scores.forEach((column, k) => {
    const v = column[row]!;
    if (v > bestValue) {
      bestValue = v;
      best = k;
    }
  });
  return best;
}

/** The decoded rows restricted to a subset of positions (0…rows−1 of `decoded`). */
export function subset(decoded: Decoded, positions: readonly number[]): Decoded {
  const idx = Uint32Array.from(positions);
  if (decoded.kind === 'regression') {
    return {
      ...decoded,
      rows: Uint32Array.from(idx, (p) => decoded.rows[p]!),
      yTrue: decoded.yTrue === null ? null : Float64Array.from(idx, (p) => decoded.yTrue![p]!),
      yPred: Float64Array.from(idx, (p) => decoded.yPred[p]!),
    };
  }
  return {
    ...decoded,
    rows: Uint32Array.from(idx, (p) => decoded.rows[p]!),
    yTrue: decoded.yTrue === null ? null : Int32Array.from(idx, (p) => decoded.yTrue![p]!),
    yPred: Int32Array.from(idx, (p) => decoded.yPred[p]!),
    scores: decoded.scores === null ? null : decoded.scores.map((c) => Float64Array.from(idx, (p) => c[p]!)),
  };
}
