/**
 * Row-resampling bootstrap replicates on typed arrays (./bootstrap.ts turns them into an
 * interval), for statistics that are not functions of a few cell counts:
 *
 * - `sumsReplicates`: statistics of per-row sums. Each row has values in `columns` (a loss, an
 *   error, …) and, optionally, a group code (a calibration bin); a resample draws n row
 *   positions and adds, per group, the count and the column sums, which the statistic reads.
 *   Mean losses and errors, R² (from Σe², Σy, Σy²) and the expected calibration error (per-bin
 *   counts and sums) are such statistics. O(B · n · columns), no allocation per row.
 * - `weightsReplicates`: statistics of row weights: a resample's weight of a row is how many
 *   times it was drawn (what resampling the rows gives, a Multinomial(n, 1/n) vector); the
 *   statistic makes one weighted pass over rows it sorted beforehand (average precision, ROC
 *   AUC). O(B · (n + cost of the pass)).
 *
 * Drawing positions at random over a million rows is bound by memory latency (a cache miss a
 * draw), so a resample is drawn in blocks of 2¹⁴ rows: the number of draws falling in each
 * block is one multinomial draw over the blocks' sizes (./multinomial-sample.ts), then that many
 * positions are drawn uniformly within the block, which stays in cache. The result has exactly
 * the distribution of n uniform draws over all rows (a uniform draw = a block with probability
 * size/n, then a uniform row in it), 3–4× faster at 10⁶ rows (docs/statistics.md#intervals).
 * Positions within a block are Lemire's multiply-and-reject on one 32-bit draw ("Fast random
 * integer generation in an interval", ACM TOMACS 29(1), 2019): exact, no modulo bias.
 * Both take a `size`: the rows a resample holds. By default the rows given (the ordinary
 * bootstrap); a larger size is the resample of the bag of little bootstraps (Kleiner,
 * Talwalkar, Sarkar & Jordan, "A scalable bootstrap for massive data", JRSS B 76(4), 2014):
 * the rows given are a subset of the data, and a resample weights them by one
 * Multinomial(size, 1/rows) draw (sequential binomials, ./multinomial-sample.ts), so its
 * statistic varies as one on `size` rows would, at O(rows) a resample.
 * Throws RangeError as ./bootstrap.ts's resamplers, when a column's length is not the rows, or
 * when size is below the rows.
 */
import { checkOptions } from './bootstrap.js';
import { multinomialSample } from './multinomial-sample.js';

export interface RandomSource {
  /** A uniform 32-bit unsigned integer. */
  next32(): number;
  /** A uniform number in [0, 1). */
  uniform(): number;
}

const TWO_32 = 4294967296;
const BLOCK = 1 << 14;

export interface RowGroups {
  /** Group of each row, 0…count−1. */
  readonly codes: Uint8Array | Uint16Array | Int32Array;
  readonly count: number;
}

/**
 * Draws one resample of n rows block by block: `visit(positions, count)` gets the drawn row
 * positions (absolute, 0…n−1) of one block in positions[0…count−1].
 */
class BlockedDrawer {
  readonly #n: number;
  readonly #random: RandomSource;
  readonly #sizes: Float64Array;
  readonly #counts: Int32Array;
  #buffer: Int32Array;

  constructor(n: number, random: RandomSource) {
    this.#n = n;
    this.#random = random;
    const blocks = Math.ceil(n / BLOCK);
    this.#sizes = Float64Array.from({ length: blocks }, (_, b) => Math.min(BLOCK, n - b * BLOCK));
    this.#counts = new Int32Array(blocks);
    this.#buffer = new Int32Array(2 * BLOCK);
  }

  draw(visit: (positions: Int32Array, count: number) => void): void {
    const random = this.#random;
    multinomialSample(this.#n, this.#sizes, random.uniform, this.#counts);
    for (let b = 0; b < this.#counts.length; b++) {
      const count = this.#counts[b]!;
      if (count > this.#buffer.length) this.#buffer = new Int32Array(count);
      const buffer = this.#buffer;
      const size = this.#sizes[b]!;
      const start = b * BLOCK;
      const threshold = TWO_32 % size;
      for (let i = 0; i < count; i++) {
        for (;;) {
          const m = random.next32() * size;
          const high = Math.floor(m / TWO_32);
          if (m - high * TWO_32 >= threshold) {
            buffer[i] = start + high;
            break;
          }
        }
      }
      visit(buffer, count);
    }
  }
}

/**
 * `statistic(sums)`: for group g (0 without groups), sums[g·(c + 1)] is the resample's rows in
 * it and sums[g·(c + 1) + 1 + j] the sum of columns[j] over them, c = columns.length.
 * Returns the finite replicates.
 */
export function sumsReplicates(
  columns: readonly Float64Array[],
  groups: RowGroups | null,
  statistic: (sums: Float64Array) => number,
  random: RandomSource,
  resamples: number,
  size?: number,
): Float64Array {
  const n = groups?.codes.length ?? columns[0]?.length ?? 0;
  checkOptions(n, { resamples }, 'sumsReplicates');
  if (size !== undefined && size !== n) return weightedSums(columns, groups, statistic, random, resamples, checkSize(size, n));
  for (const column of columns) if (column.length !== n) throw new RangeError(`sumsReplicates: a column has ${column.length} rows, not ${n}`);
  const c = columns.length;
  const stride = c + 1;
  const sums = new Float64Array((groups?.count ?? 1) * stride);
  const values = new Float64Array(resamples);
  const drawer = new BlockedDrawer(n, random);
  const codes = groups?.codes;
  const only = c === 1 && codes === undefined ? columns[0]! : null;
  let finite = 0;
  for (let r = 0; r < resamples; r++) {
    sums.fill(0);
    if (only !== null) {
      let total = 0;
      drawer.draw((positions, count) => {
        for (let i = 0; i < count; i++) total += only[positions[i]!]!;
      });
      sums[0] = n;
      sums[1] = total;
    } else {
      drawer.draw((positions, count) => {
        for (let i = 0; i < count; i++) {
          const row = positions[i]!;
          const at = codes === undefined ? 0 : codes[row]! * stride;
          sums[at]! += 1;
          for (let j = 0; j < c; j++) sums[at + 1 + j]! += columns[j]![row]!;
        }
      });
    }
    const v = statistic(sums);
    if (Number.isFinite(v)) values[finite++] = v;
  }
  return values.subarray(0, finite);
}

function checkSize(size: number, n: number): number {
  if (!(Number.isInteger(size) && size >= n)) throw new RangeError(`a resample of ${size} rows from ${n}`);
  return size;
}

/** The little bootstrap's sums: each row counted by its multinomial weight. */
function weightedSums(columns: readonly Float64Array[], groups: RowGroups | null, statistic: (sums: Float64Array) => number, random: RandomSource, resamples: number, size: number): Float64Array {
  const n = groups?.codes.length ?? columns[0]!.length;
  const c = columns.length;
  const stride = c + 1;
  const sums = new Float64Array((groups?.count ?? 1) * stride);
  const ones = new Float64Array(n).fill(1);
  const weights = new Int32Array(n);
  const values = new Float64Array(resamples);
  const codes = groups?.codes;
  let finite = 0;
  for (let r = 0; r < resamples; r++) {
    sums.fill(0);
    multinomialSample(size, ones, random.uniform, weights);
    for (let i = 0; i < n; i++) {
      const w = weights[i]!;
      if (w === 0) continue;
      const at = codes === undefined ? 0 : codes[i]! * stride;
      sums[at]! += w;
      for (let j = 0; j < c; j++) sums[at + 1 + j]! += w * columns[j]![i]!;
    }
    const v = statistic(sums);
    if (Number.isFinite(v)) values[finite++] = v;
  }
  return values.subarray(0, finite);
}

/** `statistic(weights)`: weights[i] is how many times row i is in the resample (they sum to size, n by default). Finite replicates. */
export function weightsReplicates(n: number, statistic: (weights: Int32Array) => number, random: RandomSource, resamples: number, size: number = n): Float64Array {
  checkOptions(n, { resamples }, 'weightsReplicates');
  checkSize(size, n);
  const weights = new Int32Array(n);
  const values = new Float64Array(resamples);
  const drawer = new BlockedDrawer(n, random);
  const ones = new Float64Array(n).fill(1);
  let finite = 0;
  for (let r = 0; r < resamples; r++) {
    weights.fill(0);
    if (size !== n) multinomialSample(size, ones, random.uniform, weights);
    else drawer.draw((positions, count) => {
      for (let i = 0; i < count; i++) weights[positions[i]!]! += 1;
    });
    const v = statistic(weights);
    if (Number.isFinite(v)) values[finite++] = v;
  }
  return values.subarray(0, finite);
}
