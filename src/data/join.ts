/**
 * Hash join of late labels to predictions by id. Each prediction row gets the label of the one
 * labels row with the same id, compared as text (so an id read as the number 17 in one file
 * and as the text "17" in another still matches). Build O(labels), probe O(predictions).
 *
 * What cannot be trusted is counted, never guessed:
 *  - an id that occurs more than once in the labels is a duplicate; when its copies carry the
 *    same label it is used once, when they disagree it is a conflict and its predictions stay
 *    unlabelled;
 *  - predictions whose id has no label (or no id) are unmatched predictions;
 *  - labels whose id matches no prediction are unmatched labels (often: predictions outside the
 *    evaluated window, or labels for another model).
 * Rows whose label cell is missing count as not labelled. Returns a failure, not an exception,
 * when a column is absent (`data/missing-column`) or the id column is a timestamp (`data/join`).
 */
import { failure, ok, type Result } from '../problems.js';
import type { Column, Table } from './table.js';

export interface LabelJoin {
  /** For each prediction row, the labels row joined to it, or −1. */
  readonly labelRow: Int32Array;
  /** The label column gathered into prediction order (missing where there is no label). */
  readonly label: Column;
  readonly matched: number;
  readonly unmatched_predictions: number;
  readonly unmatched_labels: number;
  /** Ids that occur more than once in the labels, and those among them with differing labels. */
  readonly duplicate_ids: number;
  readonly conflicting_ids: number;
}

export type JoinResult = Result<LabelJoin>;

/** The text of an id cell, or null when it is missing. */
function idReader(column: Column): (row: number) => string | null {
  if (column.kind === 'categorical') {
    return (row) => {
      const code = column.codes[row]!;
      return code < 0 ? null : column.dictionary[code]!;
    };
  }
  return (row) => {
    const v = column.values[row]!;
    return Number.isNaN(v) ? null : String(v);
  };
}

/** The label cell as comparable text, or null when missing. */
function labelText(column: Column, row: number): string | null {
  if (column.kind === 'categorical') {
    const code = column.codes[row]!;
    return code < 0 ? null : column.dictionary[code]!;
  }
  const v = column.values[row]!;
  return Number.isNaN(v) ? null : String(v);
}

function gather(column: Column, rows: Int32Array): Column {
  if (column.kind === 'categorical') {
    const codes = Int32Array.from(rows, (r) => (r < 0 ? -1 : column.codes[r]!));
    return { kind: 'categorical', name: column.name, codes, dictionary: column.dictionary };
  }
  const values = Float64Array.from(rows, (r) => (r < 0 ? Number.NaN : column.values[r]!));
  return { kind: column.kind, name: column.name, values };
}

export function joinLabels(
  predictions: Table,
  predictionId: string,
  labels: Table,
  labelId: string,
  labelColumn: string,
): JoinResult {
  const predictionIds = predictions.column(predictionId);
  if (predictionIds === undefined) return failure('data/missing-column', `${predictions.origin}: no id column "${predictionId}" to join labels on`);
  const labelIds = labels.column(labelId);
  if (labelIds === undefined) return failure('data/missing-column', `${labels.origin}: no id column "${labelId}" to join on`);
  const label = labels.column(labelColumn);
  if (label === undefined) return failure('data/missing-column', `${labels.origin}: no label column "${labelColumn}"`);
  if (predictionIds.kind === 'timestamp' || labelIds.kind === 'timestamp') {
    return failure('data/join', `the join column "${labelId}" is a timestamp; join on an id`);
  }

  // Build: id → labels row, or −2 for an id whose copies disagree.
  const CONFLICT = -2;
  const byId = new Map<string, number>();
  const duplicates = new Set<string>();
  const conflicts = new Set<string>();
  const readLabelId = idReader(labelIds);
  for (let row = 0; row < labels.rowCount; row++) {
    const id = readLabelId(row);
    if (id === null || labelText(label, row) === null) continue;
    const seen = byId.get(id);
    if (seen === undefined) {
      byId.set(id, row);
      continue;
    }
    duplicates.add(id);
    if (seen !== CONFLICT && labelText(label, seen) !== labelText(label, row)) {
      byId.set(id, CONFLICT);
      conflicts.add(id);
    }
  }

  // Probe.
  const labelRow = new Int32Array(predictions.rowCount).fill(-1);
  const used = new Set<string>();
  const readPredictionId = idReader(predictionIds);
  let matched = 0;
  for (let row = 0; row < predictions.rowCount; row++) {
    const id = readPredictionId(row);
    if (id === null) continue;
    const found = byId.get(id);
    if (found === undefined) continue;
    used.add(id);
    if (found === CONFLICT) continue;
    labelRow[row] = found;
    matched++;
  }
  let unmatchedLabels = 0;
  for (const id of byId.keys()) if (!used.has(id)) unmatchedLabels++;
  return ok({
    labelRow,
    label: gather(label, labelRow),
    matched,
    unmatched_predictions: predictions.rowCount - matched,
    unmatched_labels: unmatchedLabels,
    duplicate_ids: duplicates.size,
    conflicting_ids: conflicts.size,
  });
}
