/**
 * An order of a performance check's rows that depends on their values only, for the seeded
 * bootstrap (performance-interval.ts). The bootstrap draws row positions; without this, the same
 * rows in another order (a database without ORDER BY, a file re-exported) would give another,
 * equally valid, interval, and an incident issue would be rewritten on every run. Each row gets
 * two 32-bit hashes of its label, prediction and scores (MurmurHash3's finaliser over the
 * values' bits); rows are taken by (h1, h2). Rows that tie on both are, but for a 2⁻⁶⁴ chance,
 * equal in every value the metrics read, so their order cannot change a replicate.
 *
 * `canonicalRows` sorts all rows: O(n log n), for the percentile bootstrap's few thousand rows.
 * `canonicalSample` takes the `count` rows first in that order (a pseudo-random sample, fixed
 * by the values) in O(n) plus a sort of the hashes and of the sample: the little bootstrap's
 * subsets at a million rows.
 */
import type { Decoded } from './performance-decode.js';

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function mixWord(h: number, word: number): number {
  return fmix((h ^ Math.imul(word, 0xcc9e2d51)) >>> 0);
}

function mixNumber(h: number, value: number): number {
  bits[0] = value === 0 ? 0 : value; // -0 and 0 are one value
  return mixWord(mixWord(h, words[0]!), words[1]!);
}

/** Two independent hashes of each row's values. */
function rowHashes(decoded: Decoded): { h1: Uint32Array; h2: Uint32Array } {
  const n = decoded.yPred.length;
  const h1 = new Uint32Array(n);
  const h2 = new Uint32Array(n);
  const columns: ArrayLike<number>[] = [decoded.yPred];
  if (decoded.yTrue !== null) columns.push(decoded.yTrue);
  if (decoded.kind === 'classification' && decoded.scores !== null) columns.push(...decoded.scores);
  for (let i = 0; i < n; i++) {
    let a = 0x9747b28c;
    let b = 0x2545f491;
    for (const column of columns) {
      const v = column[i]!;
      a = mixNumber(a, v);
      b = mixNumber(b ^ 0x5bd1e995, v);
    }
    h1[i] = a;
    h2[i] = b;
  }
  return { h1, h2 };
}

function byHashes(h1: Uint32Array, h2: Uint32Array): (a: number, b: number) => number {
  return (a, b) => h1[a]! - h1[b]! || h2[a]! - h2[b]!;
}

/** Every row position, in the order of the rows' values. */
export function canonicalRows(decoded: Decoded): number[] {
  const { h1, h2 } = rowHashes(decoded);
  return Array.from({ length: h1.length }, (_, i) => i).sort(byHashes(h1, h2));
}

/** The `count` row positions first in the order of the rows' values, in that order. */
export function canonicalSample(decoded: Decoded, count: number): number[] {
  const { h1, h2 } = rowHashes(decoded);
  const n = h1.length;
  if (count >= n) return canonicalRows(decoded);
  const threshold = Uint32Array.from(h1).sort()[count - 1]!;
  const picked: number[] = [];
  for (let i = 0; i < n; i++) if (h1[i]! <= threshold) picked.push(i);
  return picked.sort(byHashes(h1, h2)).slice(0, count);
}
