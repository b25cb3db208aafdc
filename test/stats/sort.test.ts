import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortFloat64, sortInt32 } from '../../src/stats/sort.js';

function expectSameOrder(values: Float64Array) {
  const expected = values.slice().sort();
  const actual = sortFloat64(values.slice());
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i])) throw new Error(`index ${i}: ${actual[i]} vs ${expected[i]}`);
  }
}

describe('sortFloat64', () => {
  it('orders like Float64Array.prototype.sort, including −0, +0, ±∞ and subnormals', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { minLength: 2048, maxLength: 6000 }), (xs) => {
        expectSameOrder(Float64Array.from(xs));
      }),
      { numRuns: 40 },
    );
  });

  it('leaves values already in order as they are, and orders +0 before −0 as sort does', () => {
    const sorted = Float64Array.from({ length: 5000 }, (_, i) => (i - 2500) / 7);
    const copy = sorted.slice();
    expect(sortFloat64(copy)).toBe(copy);
    expect([...copy]).toEqual([...sorted]);
    // In order by <= but not by sort's order: +0 before −0.
    expectSameOrder(Float64Array.from({ length: 4000 }, (_, i) => (i < 2000 ? -1 : i === 2000 ? 0 : i === 2001 ? -0 : 1)));
    expectSameOrder(Float64Array.from([1, 2, 0, -0, 3]));
  });

  it('handles ties, a shared digit, all-equal arrays and negative-only arrays', () => {
    const n = 10_000;
    expectSameOrder(Float64Array.from({ length: n }, (_, i) => (i * 7919) % 13));
    expectSameOrder(Float64Array.from({ length: n }, () => 42));
    expectSameOrder(Float64Array.from({ length: n }, (_, i) => -((i * 104729) % 1000) / 7));
    expectSameOrder(Float64Array.from({ length: n }, (_, i) => (i % 2 === 0 ? -0 : 0)));
    expectSameOrder(Float64Array.from({ length: n }, (_, i) => [Infinity, -Infinity, 5e-324, -5e-324, 1][i % 5]!));
  });

  it('orders values that share their high 32 bits by the low ones, in short runs and long', () => {
    // 1 + k·2^-45 (k < 2^20) all share the high word of 1; the -x and the ×2 copies make runs of
    // every length from one value to thousands, positive and negative.
    const n = 12_000;
    expectSameOrder(Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? -1 : 1) * (1 + ((i * 7919) % (i % 5 === 0 ? 5000 : 20)) * 2 ** -45) * 2 ** (i % 4)));
    expectSameOrder(Float64Array.from({ length: n }, (_, i) => 1 + ((i * 104729) % 100_003) * 2 ** -45));
  });

  it('sorts a subarray view in place without touching its neighbours', () => {
    const backing = Float64Array.from({ length: 5000 }, (_, i) => 5000 - i);
    const view = backing.subarray(1000, 4000);
    sortFloat64(view);
    expect(backing[999]).toBe(4001);
    expect(backing[4000]).toBe(1000);
    expect(view[0]).toBe(1001);
    expect(view[2999]).toBe(4000);
  });

  it('small arrays go through the built-in sort', () => {
    expectSameOrder(Float64Array.from([3, -1, 0, -0, 2]));
  });
});

describe('sortInt32', () => {
  const expectSorted = (values: Int32Array, scratch?: Int32Array) => {
    const expected = values.slice().sort();
    expect(Array.from(sortInt32(values, scratch))).toEqual(Array.from(expected));
  };

  it('orders like Int32Array.prototype.sort, negative numbers and the Int32 extremes included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 2048, maxLength: 6000 }), (xs) => {
        expectSorted(Int32Array.from(xs));
      }),
      { numRuns: 40 },
    );
  });

  it('handles ties, shared digits, a scratch buffer larger than needed, and small arrays', () => {
    const n = 10_000;
    expectSorted(Int32Array.from({ length: n }, (_, i) => (i * 7919) % 13));
    expectSorted(Int32Array.from({ length: n }, (_, i) => -((i * 104729) % 65536) * 65536));
    expectSorted(Int32Array.from({ length: n }, () => -7), new Int32Array(2 * n));
    expectSorted(Int32Array.from({ length: n }, (_, i) => (i * 2654435761) | 0), new Int32Array(n + 5));
    expectSorted(Int32Array.from([3, -1, 0, -2147483648, 2147483647]));
  });
});
