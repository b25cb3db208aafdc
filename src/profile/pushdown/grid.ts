/**
 * The cells a pushed-down numeric column is counted in: ascending points, each a boundary of
 * buckets.ts's buckets or of the split intervals, so that a database finds a value's bucket and
 * split with one `width_bucket(x, points)` (a binary search) instead of reading the double's
 * bytes (measured, 1,000,000 rows, PostgreSQL 15: about 200 ms a column against 480 ms;
 * docs/architecture.md, "Pushdown").
 *
 * Cell i holds points[i − 1] ≤ x < points[i] (cell 0 below the first point, cell n at or above
 * the last), as `width_bucket` numbers them. A cell is exact when one bucket key and one split
 * index hold for all of it; the grid covers magnitudes from `GRID_OCTAVES` binades below the
 * reference's largest |value| to two above it (2^−30 to 2^34 without a reference), and ±0 on
 * their own. Cells outside that (far above, near zero, infinities) are not exact: a database
 * buckets the values in them from their bytes (compile.ts compileFallback), which real data
 * rarely needs.
 *
 * Every point is a boundary of a (key, split) region, so no region straddles two cells: an exact
 * cell's bucket is never also in another cell.
 */
import { bucketKey, nextUp, splitIndex } from '../buckets.js';

/** Binades the grid covers below its top when the reference's scale is known (64 cells each at 6 bits). */
export const GRID_OCTAVES = 26;
/** The grid's top: this many binades above the reference's largest magnitude (a current side may grow). */
const HEADROOM = 2;
/** Without a reference's scale: magnitudes 2^−30 to 2^34. */
const UNKNOWN_TOP = 2 ** 34;
const UNKNOWN_OCTAVES = 64;
/** At most this many magnitudes a sign, whatever the bits (the grid is a bound parameter of a few hundred KB at most). */
const MAX_MAGNITUDES = 4096;

export interface Cell {
  readonly key: number;
  readonly split: number;
}

export interface CellGrid {
  readonly points: readonly number[];
  /** By width_bucket's number, 0 … points.length; null: more than one bucket or split (bucketed from the bytes). */
  readonly cells: readonly (Cell | null)[];
}

const view = new DataView(new ArrayBuffer(8));

/** The least |x| of magnitude m (bucketKey of a non-negative x): the double whose high word is m << (20 − bits). */
function boundary(m: number, bits: number): number {
  view.setUint32(0, m * 2 ** (20 - bits));
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

/** The greatest double below x. */
function nextDown(x: number): number {
  return -nextUp(-x);
}

/**
 * The grid of a column with these split points, for a reference whose largest |value| is
 * `top` (undefined: not known).
 */
export function cellGrid(splits: readonly number[], bits: number, top: number | undefined): CellGrid {
  const known = top !== undefined && Number.isFinite(top) && top > 0;
  const largest = (2047 << bits) - 1; // the magnitude of the greatest finite doubles
  const high = Math.min(largest, known ? bucketKey(top, bits) + (HEADROOM << bits) + 1 : bucketKey(UNKNOWN_TOP, bits));
  const low = Math.max(1, high - Math.min(MAX_MAGNITUDES, (known ? GRID_OCTAVES : UNKNOWN_OCTAVES) << bits));
  const points: number[] = [0, boundary(1, bits), ...splits.filter(Number.isFinite)];
  for (let m = low; m <= high; m++) {
    const b = boundary(m, bits);
    // Magnitude m from |x| = b up; for x < 0, from −b down: −b is m, the double above it m − 1.
    points.push(b, nextUp(-b));
  }
  points.sort((a, b) => a - b);
  const unique = points.filter((p, i) => i === 0 || p !== points[i - 1]);
  const cells: (Cell | null)[] = [null];
  for (let i = 1; i < unique.length; i++) {
    const first = unique[i - 1]!;
    const last = nextDown(unique[i]!);
    const key = bucketKey(first, bits);
    // The splits are points, so no cell straddles one; the key is what may change inside a cell.
    cells.push(key === bucketKey(last, bits) ? { key, split: splitIndex(first, splits) } : null);
  }
  cells.push(null);
  return { points: unique, cells };
}
