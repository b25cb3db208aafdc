import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortFloat64 } from '../../src/stats/sort.js';

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

  it('handles ties, a shared digit, all-equal arrays and negative-only arrays', () => {
    const n = 10_000;
    expectSameOrder(Float64Array.from({ length: n }, (_, i) => (i * 7919) % 13));
    expectSameOrder(Float64Array.from({ length: n }, () => 42));
    expectSameOrder(Float64Array.from({ length: n }, (_, i) => -((i * 104729) % 1000) / 7));
    expectSameOrder(Float64Array.from({ length: n }, (_, i) => (i % 2 === 0 ? -0 : 0)));
    expectSameOrder(Float64Array.from({ length: n }, (_, i) => [Infinity, -Infinity, 5e-324, -5e-324, 1][i % 5]!));
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
