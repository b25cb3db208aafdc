/**
 * Rows grouped by one column or by the intersection of two (`by:`), for the fairness,
 * operational and business checks. A group's label is the column's text (numbers in their
 * shortest form); an intersection's label joins both with " × " (`Female × Black`). Rows whose
 * group value is missing belong to no group and are counted. Groups come sorted by label.
 * O(rows · columns). Returns a failure (never throws) when a column is absent.
 */
import type { Column, Table } from '../data/table.js';
import { failure, ok, type Result } from '../problems.js';

export const GROUP_SEPARATOR = ' × ';

/** The group of rows whose `by` value is missing, where a check keeps them as a group (performance, drift). */
export const MISSING_GROUP = '(missing)';

/** A number's or an instant's group label: its shortest text, or its ISO instant. */
export function valueLabel(kind: 'numeric' | 'timestamp', value: number): string {
  return kind === 'timestamp' ? new Date(value).toISOString() : String(value);
}

export interface Group {
  readonly label: string;
  readonly rows: Uint32Array;
}

export interface Grouping {
  readonly groups: readonly Group[];
  /** Rows with a missing value in a `by` column. */
  readonly missing: number;
}

/** Per row, an index into `labels` (−1 = missing), for one column. */
function encode(column: Column, n: number): { index: Int32Array; labels: string[] } {
  if (column.kind === 'categorical') return { index: column.codes, labels: [...column.dictionary] };
  const index = new Int32Array(n);
  const labels: string[] = [];
  const seen = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const v = column.values[i]!;
    if (Number.isNaN(v)) {
      index[i] = -1;
      continue;
    }
    let k = seen.get(v);
    if (k === undefined) {
      k = labels.length;
      labels.push(valueLabel(column.kind, v));
      seen.set(v, k);
    }
    index[i] = k;
  }
  return { index, labels };
}

export function groupRows(table: Table, by: readonly string[]): Result<Grouping> {
  const n = table.rowCount;
  const encoded = [];
  for (const name of by) {
    const column = table.column(name);
    if (column === undefined) return failure('check/missing-column', `column "${name}" (by) is not in the data`);
    encoded.push(encode(column, n));
  }
  const [first, second] = encoded;
  if (first === undefined) return failure('policy/invalid-value', '"by" names no column');
  const width = second === undefined ? 1 : second.labels.length;
  const members = new Map<number, number[]>();
  let missing = 0;
  for (let i = 0; i < n; i++) {
    const a = first.index[i]!;
    const b = second === undefined ? 0 : second.index[i]!;
    if (a < 0 || b < 0) {
      missing++;
      continue;
    }
    const key = a * width + b;
    let rows = members.get(key);
    if (rows === undefined) members.set(key, (rows = []));
    rows.push(i);
  }
  const groups: Group[] = [];
  for (const [key, rows] of members) {
    const a = Math.floor(key / width);
    const label = second === undefined ? first.labels[a]! : `${first.labels[a]!}${GROUP_SEPARATOR}${second.labels[key % width]!}`;
    groups.push({ label, rows: Uint32Array.from(rows) });
  }
  // Labels may repeat when two dictionary entries are equal text; merge them.
  groups.sort((x, y) => (x.label < y.label ? -1 : x.label > y.label ? 1 : 0));
  const merged: Group[] = [];
  for (const g of groups) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.label === g.label) {
      const rows = Uint32Array.from([...last.rows, ...g.rows]).sort();
      merged[merged.length - 1] = { label: g.label, rows };
    } else merged.push(g);
  }
  return ok({ groups: merged, missing });
}

/** The sentence shown instead of a small group's numbers. */
export function tooSmallNote(minGroupSize: number): string {
  return `fewer than ${minGroupSize} rows`;
}
