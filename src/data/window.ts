/**
 * The rows of a table whose timestamp t lies in the window (start, end] (epoch ms: start
 * excluded, end included, so consecutive windows never share a row). Rows whose timestamp is
 * missing belong to no window: they are dropped and counted. O(rows × columns).
 * Throws DataError when the column is absent or is not a timestamp column.
 */
import { DataError } from './errors.js';
import type { Table } from './table.js';

export interface WindowedTable {
  readonly table: Table;
  readonly droppedMissingTimestamp: number;
}

export function filterWindow(table: Table, timestampColumn: string, start: number, end: number): WindowedTable {
  const column = table.column(timestampColumn);
  if (column === undefined) throw new DataError('data/missing-column', table.origin, 'no such column', undefined, timestampColumn);
  if (column.kind !== 'timestamp') {
    throw new DataError('data/kind-mismatch', table.origin, `is ${column.kind}, not a timestamp (declare it as a timestamp)`, undefined, timestampColumn);
  }
  const values = column.values;
  let kept = 0;
  let droppedMissingTimestamp = 0;
  for (let i = 0; i < values.length; i++) {
    const t = values[i]!;
    if (t !== t) droppedMissingTimestamp++;
    else if (t > start && t <= end) kept++;
  }
  const keep = new Uint32Array(kept);
  for (let i = 0, k = 0; i < values.length; i++) {
    const t = values[i]!;
    if (t > start && t <= end) keep[k++] = i;
  }
  const rows = keep.length === table.rowCount ? table : table.take(keep);
  return { table: rows, droppedMissingTimestamp };
}
