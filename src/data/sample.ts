/**
 * A uniform random sample of at most maxRows rows without replacement, rows kept in their
 * original order: reservoir sampling (Vitter's Algorithm R) over row indices with the seeded
 * mulberry32 PRNG (random.ts), then the chosen indices sorted. Same table, maxRows and seed give
 * the same rows on every machine. O(rows) time, O(maxRows) memory beyond the result. Returns the
 * table itself when it has at most maxRows rows. Throws RangeError when maxRows is not a
 * non-negative integer.
 */
import { mulberry32 } from './random.js';
import type { Table } from './table.js';

export function sampleRows(table: Table, maxRows: number, seed: number): Table {
  if (!Number.isInteger(maxRows) || maxRows < 0) throw new RangeError(`maxRows must be a non-negative integer, got ${maxRows}`);
  const n = table.rowCount;
  if (n <= maxRows) return table;
  const random = mulberry32(seed);
  const chosen = new Uint32Array(maxRows);
  for (let i = 0; i < maxRows; i++) chosen[i] = i;
  for (let i = maxRows; i < n; i++) {
    const j = Math.floor(random.uniform() * (i + 1));
    if (j < maxRows) chosen[j] = i;
  }
  chosen.sort();
  return table.take(chosen);
}

/**
 * A table sampled as `data.sample` says: itself without a sample or when it fits. Applied after
 * the rows are windowed, by the engine and by a check that cuts its own window (decision:
 * docs/architecture.md, Sampling), so a sample is never drawn from rows outside the window.
 */
export function sampleTable(table: Table, sample: { readonly max_rows: number; readonly seed: number } | undefined): Table {
  return sample === undefined ? table : sampleRows(table, sample.max_rows, sample.seed);
}
