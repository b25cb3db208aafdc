/**
 * The segments of a drift check (`by:`): the reference and current rows split into the groups
 * of one column or of the intersection of two, with the groups of both tables keyed by the
 * same labels, so that group g of the current data meets group g of the reference. A label is
 * the column's text (numbers in their shortest form, timestamps as ISO instants); a missing
 * value forms the group `(missing)`, as performance's segments do (docs/statistics.md, "Drift
 * segments"); an intersection's label joins both with " × " (`Female × Black`).
 *
 * Cost: one pass over each table to give every row its group, then a counting sort into group
 * order (two more passes over the group ids). A column's values are then gathered into group
 * order in one pass (`gatherNumeric`, `gatherCodes`), and group g is the slice between its
 * offsets: no group scans the whole table. O(rows · by columns) to split, O(rows) per column to
 * gather. Throws nothing; a `by` column missing from a table is the caller's to report.
 */
import type { CategoricalColumn, Column } from '../data/table.js';
import { GROUP_SEPARATOR, MISSING_GROUP, valueLabel } from './groups.js';

/** Rows of one table in group order: group g is order[offsets[g]] … order[offsets[g + 1] − 1]. */
export interface GroupOrder {
  readonly order: Uint32Array;
  readonly offsets: Uint32Array;
}

export interface SegmentSplit {
  /** Group id → label, for the groups found in either table. */
  readonly labels: readonly string[];
  readonly reference: GroupOrder;
  readonly current: GroupOrder;
}

/** Labels as ids shared by both tables. */
class LabelIds {
  readonly labels: string[] = [];
  readonly #ids = new Map<string, number>();

  id(label: string): number {
    let id = this.#ids.get(label);
    if (id === undefined) {
      id = this.labels.length;
      this.labels.push(label);
      this.#ids.set(label, id);
    }
    return id;
  }
}

/** Per row, the id of the row's label in `ids` (a missing value is MISSING_GROUP). O(rows). */
function encode(column: Column, n: number, ids: LabelIds): Int32Array {
  const out = new Int32Array(n);
  if (column.kind === 'categorical') {
    const byCode = column.dictionary.map((text) => ids.id(text));
    const missing = ids.id(MISSING_GROUP);
    for (let i = 0; i < n; i++) {
      const code = column.codes[i]!;
      out[i] = code < 0 ? missing : byCode[code]!;
    }
    return out;
  }
  const seen = new Map<number, number>();
  const missing = ids.id(MISSING_GROUP);
  for (let i = 0; i < n; i++) {
    const v = column.values[i]!;
    if (v !== v) {
      out[i] = missing;
      continue;
    }
    let id = seen.get(v);
    if (id === undefined) seen.set(v, (id = ids.id(valueLabel(column.kind, v))));
    out[i] = id;
  }
  return out;
}

/** Counting sort of the rows by group id: O(rows + groups). */
function orderOf(group: Int32Array, groups: number): GroupOrder {
  const offsets = new Uint32Array(groups + 1);
  for (let i = 0; i < group.length; i++) offsets[group[i]! + 1]!++;
  for (let g = 0; g < groups; g++) offsets[g + 1]! += offsets[g]!;
  const next = offsets.slice(0, groups);
  const order = new Uint32Array(group.length);
  for (let i = 0; i < group.length; i++) order[next[group[i]!]!++] = i;
  return { order, offsets };
}

/**
 * The groups of `by` (one or two columns, present in both tables) in both tables. Group ids
 * follow no useful order, and a label may have no rows on either side (a dictionary entry no
 * row uses): the caller filters and sorts what it shows.
 */
export function splitSegments(reference: readonly Column[], current: readonly Column[], referenceRows: number, currentRows: number): SegmentSplit {
  const perColumn = reference.map((refColumn, c) => {
    const ids = new LabelIds();
    return { ids, reference: encode(refColumn, referenceRows, ids), current: encode(current[c]!, currentRows, ids) };
  });
  const [first, second] = perColumn;
  if (first === undefined) throw new Error('splitSegments: "by" names no column');
  if (second === undefined) {
    const groups = first.ids.labels.length;
    return { labels: first.ids.labels, reference: orderOf(first.reference, groups), current: orderOf(first.current, groups) };
  }
  // An intersection: the pair (a, b) as one key a·width + b, mapped to a compact group id.
  const width = second.ids.labels.length;
  const keys = first.ids.labels.length * width;
  const dense = keys <= 1 << 22 ? new Int32Array(keys).fill(-1) : null;
  const sparse = new Map<number, number>();
  const labels: string[] = [];
  const combine = (a: Int32Array, b: Int32Array): Int32Array => {
    const out = new Int32Array(a.length);
    for (let i = 0; i < a.length; i++) {
      const key = a[i]! * width + b[i]!;
      let id = dense === null ? sparse.get(key) : dense[key]!;
      if (id === undefined || id < 0) {
        id = labels.length;
        labels.push(`${first.ids.labels[a[i]!]!}${GROUP_SEPARATOR}${second.ids.labels[b[i]!]!}`);
        if (dense === null) sparse.set(key, id);
        else dense[key] = id;
      }
      out[i] = id;
    }
    return out;
  };
  const refGroups = combine(first.reference, second.reference);
  const curGroups = combine(first.current, second.current);
  return { labels, reference: orderOf(refGroups, labels.length), current: orderOf(curGroups, labels.length) };
}

/** Rows of group g in a table's group order. */
export function groupSize(order: GroupOrder, g: number): number {
  return order.offsets[g + 1]! - order.offsets[g]!;
}

/** `data` in group order, into `into` (length ≥ data.length): one pass. */
export function gatherNumeric<T extends Float64Array | Int32Array>(data: T, order: GroupOrder, into: T): T {
  const rows = order.order;
  for (let k = 0; k < rows.length; k++) into[k] = data[rows[k]!]!;
  return into;
}

/** A categorical column's codes in group order (into `into`), as a column whose slices are the groups. */
export function gatherCodes(column: CategoricalColumn, order: GroupOrder, into: Int32Array): CategoricalColumn {
  return { kind: 'categorical', name: column.name, codes: gatherNumeric(column.codes, order, into), dictionary: column.dictionary };
}

/** Group g of gathered values or codes. */
export function slice<T extends Float64Array | Int32Array>(gathered: T, order: GroupOrder, g: number): T {
  return gathered.subarray(order.offsets[g]!, order.offsets[g + 1]!) as T;
}
