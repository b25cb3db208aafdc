/**
 * Bin-share importance weights (src/stats/bin-share-weights.ts) and binIndex (src/stats/bins.ts),
 * by hand and against binCounts on the Adult ages. The Adult values against scikit-learn are in
 * test/checks/performance-attribution.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binShareWeights } from '../../src/stats/bin-share-weights.js';
import { binCountLength, binCounts, binIndex, quantileEdges } from '../../src/stats/bins.js';
import { sortFloat64 } from '../../src/stats/sort.js';
import { readAdult } from './metrics/adult.js';

describe('binIndex', () => {
  it('puts every Adult age (current rows, reference edges) in the bin binCounts counts it in', () => {
    const edges = quantileEdges(sortFloat64(Float64Array.from(readAdult('reference').age)), 10);
    const ages = readAdult('current').age;
    const counts = new Float64Array(binCountLength(edges));
    for (const age of ages) counts[binIndex(age, edges)]!++;
    expect(Array.from(counts)).toEqual(Array.from(binCounts(ages, edges)));
    expect(binIndex(Number.NaN, edges)).toBe(-1);
    expect(binIndex(-1, edges)).toBe(0);
    expect(binIndex(1000, edges)).toBe(counts.length - 1);
  });
});

describe('binShareWeights', () => {
  it('gives p_cur / p_ref per bin and counts the current mass the reference lacks', () => {
    // Reference bins 0,0,1,1 (½, ½); current 0,1,1,2,−1 (bin 2 and a −1 are unrepresented).
    const { weights, unrepresented } = binShareWeights(Int32Array.from([0, 0, 1, 1]), Int32Array.from([0, 1, 1, 2, -1]), 3);
    expect(Array.from(weights)).toEqual([0.2 / 0.5, 0.2 / 0.5, 0.4 / 0.5, 0.4 / 0.5]);
    expect(unrepresented).toBeCloseTo(0.4, 15);
  });

  it('moves the reference to the current shares: Σ w over a bin = n_ref · p_cur(bin), total n_ref · (1 − unrepresented)', () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 60 }),
      fc.array(fc.integer({ min: -1, max: 5 }), { minLength: 1, maxLength: 60 }),
      (ref, cur) => {
        const { weights, unrepresented } = binShareWeights(Int32Array.from(ref), Int32Array.from(cur), 6);
        let total = 0;
        for (const w of weights) total += w;
        expect(total).toBeCloseTo(ref.length * (1 - unrepresented), 9);
        for (let b = 0; b < 5; b++) {
          if (!ref.includes(b)) continue;
          const sum = ref.reduce((s, r, i) => (r === b ? s + weights[i]! : s), 0);
          expect(sum).toBeCloseTo((ref.length * cur.filter((c) => c === b).length) / cur.length, 9);
        }
      },
    ));
  });

  it('refuses an empty side and a reference bin out of range', () => {
    expect(() => binShareWeights(new Int32Array(0), Int32Array.from([0]), 1)).toThrow(RangeError);
    expect(() => binShareWeights(Int32Array.from([3]), Int32Array.from([0]), 2)).toThrow(RangeError);
  });
});
