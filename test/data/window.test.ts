import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/data/errors.js';
import { Table } from '../../src/data/table.js';
import { filterWindow } from '../../src/data/window.js';

const day = 86_400_000;
const t0 = Date.UTC(2024, 0, 1);

function table(): Table {
  const ts = Float64Array.from([t0, t0 + day, NaN, t0 + 2 * day, t0 + 3 * day, NaN, t0 + 1]);
  const id = Float64Array.from(ts, (_, i) => i);
  return new Table(7, [{ kind: 'timestamp', name: 'at', values: ts }, { kind: 'numeric', name: 'id', values: id }], 'test.csv');
}

function ids(t: Table): number[] {
  const c = t.column('id');
  if (c?.kind !== 'numeric') throw new Error('no id');
  return Array.from(c.values);
}

describe('filterWindow', () => {
  it('keeps start < t ≤ end, drops and counts missing timestamps', () => {
    const { table: w, droppedMissingTimestamp } = filterWindow(table(), 'at', t0, t0 + 2 * day);
    expect(ids(w)).toEqual([1, 3, 6]);
    expect(droppedMissingTimestamp).toBe(2);
    expect(w.rowCount).toBe(3);
  });

  it('consecutive windows partition the rows that have a timestamp', () => {
    const t = table();
    const a = filterWindow(t, 'at', t0 - day, t0 + day).table;
    const b = filterWindow(t, 'at', t0 + day, t0 + 3 * day).table;
    expect([...ids(a), ...ids(b)].sort()).toEqual([0, 1, 3, 4, 6]);
  });

  it('throws DataError for an absent or non-timestamp column', () => {
    expect(() => filterWindow(table(), 'nope', 0, 1)).toThrow(DataError);
    expect(() => filterWindow(table(), 'id', 0, 1)).toThrow(/test\.csv: column "id": is numeric, not a timestamp/);
  });
});
