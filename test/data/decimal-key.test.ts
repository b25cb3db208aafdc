import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalKey, decodeKey, decodeKeys, MISSING_KEY, NO_KEY } from '../../src/data/decimal-key.js';
import { missingCount, numericColumn, Table } from '../../src/data/table.js';

/** Significant digits each decade 10^d ≤ |x| < 10^(d+1) holds (written out here, not imported). */
const precision = (d: number) => (d === 2 ? 9 : d >= -2 && d <= 8 ? 8 : 7);

/**
 * A decimal in the keyed range (|x| from 1e-16 to below 1e29, or ±0) with at most as many
 * significant digits as its decade holds, as (mantissa, exponent, sign) with the trailing zeros
 * of the digits dropped, so that mantissas of every length occur.
 */
const shortDecimal = fc
  .record({ d: fc.integer({ min: -16, max: 28 }), fill: fc.integer({ min: 0, max: 2 ** 30 }), negative: fc.boolean(), zero: fc.integer({ min: 0, max: 49 }) })
  .map(({ d, fill, negative, zero }) => {
    if (zero === 0) return { mantissa: 0, exponent: d, negative };
    const p = precision(d);
    let mantissa = 10 ** (p - 1) + (fill % (9 * 10 ** (p - 1)));
    let exponent = d - p + 1;
    while (mantissa % 10 === 0) {
      mantissa /= 10;
      exponent++;
    }
    return { mantissa, exponent, negative };
  });

/** A decimal with one significant digit more than its decade holds (its last digit nonzero). */
const longDecimal = fc
  .record({ d: fc.integer({ min: -16, max: 28 }), fill: fc.integer({ min: 0, max: 2 ** 30 }), last: fc.integer({ min: 1, max: 9 }), negative: fc.boolean() })
  .map(({ d, fill, last, negative }) => {
    const p = precision(d);
    return { mantissa: (10 ** (p - 1) + (fill % (9 * 10 ** (p - 1)))) * 10 + last, exponent: d - p, negative };
  });

const text = ({ mantissa, exponent, negative }: { mantissa: number; exponent: number; negative: boolean }) =>
  `${negative ? '-' : ''}${mantissa}e${exponent}`;

describe('decimal keys', () => {
  it('decode to the double Number() gives for the same text', () => {
    fc.assert(
      fc.property(shortDecimal, (d) => {
        const key = decimalKey(d.mantissa, d.exponent, d.negative);
        expect(key).not.toBe(NO_KEY);
        expect(Object.is(decodeKey(key), Number(text(d)))).toBe(true);
      }),
      { numRuns: 20_000, seed: 3 },
    );
  });

  it('order as the numbers do (−0 just below +0), and are equal exactly when the numbers are', () => {
    fc.assert(
      fc.property(shortDecimal, shortDecimal, (a, b) => {
        const ka = decimalKey(a.mantissa, a.exponent, a.negative);
        const kb = decimalKey(b.mantissa, b.exponent, b.negative);
        const xa = Number(text(a));
        const xb = Number(text(b));
        // The order of Float64Array.prototype.sort: −0 before +0.
        const order = xa < xb ? -1 : xa > xb ? 1 : Object.is(xa, xb) ? 0 : Object.is(xa, -0) ? -1 : 1;
        expect(Math.sign(ka - kb)).toBe(order);
      }),
      { numRuns: 20_000, seed: 5 },
    );
  });

  it('decode in bulk (sorted or not, missing and zero among them) exactly as one by one', () => {
    const key = fc.oneof(
      { weight: 8, arbitrary: shortDecimal.map((d) => decimalKey(d.mantissa, d.exponent, d.negative)) },
      { weight: 1, arbitrary: fc.constantFrom(MISSING_KEY, 0, decimalKey(0, 0, true)) },
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), fc.boolean(), (list, sorted) => {
        const keys = Int32Array.from(list);
        if (sorted) keys.sort();
        const bulk = decodeKeys(keys, keys.length, new Float64Array(keys.length));
        for (let i = 0; i < keys.length; i++) expect(Object.is(bulk[i], decodeKey(keys[i]!))).toBe(true);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  it('give one key to one number however it is written', () => {
    const key = decimalKey(15, -1, false);
    expect(decimalKey(150, -2, false)).toBe(key);
    expect(decimalKey(1_500_000_000, -9, false)).toBe(key);
    expect(decimalKey(1_500_000, -6, false)).toBe(key);
    expect(decodeKey(key)).toBe(1.5);
    expect(decimalKey(0, 5, false)).toBe(0);
    expect(decodeKey(0)).toBe(0);
  });

  it('have none for more digits than the decade holds, or numbers out of range', () => {
    fc.assert(
      fc.property(longDecimal, (d) => {
        expect(decimalKey(d.mantissa, d.exponent, d.negative)).toBe(NO_KEY);
      }),
      { numRuns: 5000, seed: 11 },
    );
    expect(decimalKey(123_456_789, -4, false)).toBe(NO_KEY); // 12345.6789: nine digits at 10^4
    expect(decimalKey(12_345_678, -3, false)).not.toBe(NO_KEY); // 12345.678: eight
    expect(decimalKey(12_345_678, -6, false)).not.toBe(NO_KEY); // 12.345678 (%.6f)
    expect(decimalKey(123_456_789, -6, true)).not.toBe(NO_KEY); // -123.456789 (%.6f)
    expect(decimalKey(1_234_567_891, -6, false)).toBe(NO_KEY); // 1234.567891
    expect(decimalKey(1, -29, false)).toBe(NO_KEY);
    expect(decimalKey(1, 29, false)).toBe(NO_KEY);
    expect(decimalKey(1, -17, false)).toBe(NO_KEY);
  });

  it('keep −0 apart from +0, just below it; fit an Int32 beside MISSING_KEY', () => {
    const negativeZero = decimalKey(0, -6, true);
    expect(negativeZero).not.toBe(NO_KEY);
    expect(Object.is(decodeKey(negativeZero), -0)).toBe(true);
    expect(negativeZero).toBeLessThan(decimalKey(0, 0, false));
    expect(negativeZero).toBeGreaterThan(decimalKey(1, -16, true));
    const decoded = decodeKeys(Int32Array.from([negativeZero, 0, MISSING_KEY]), 3, new Float64Array(3));
    expect(Object.is(decoded[0], -0) && Object.is(decoded[1], 0) && Number.isNaN(decoded[2])).toBe(true);
    const largest = decimalKey(9_999_999, 22, false);
    const smallest = decimalKey(9_999_999, 22, true);
    expect(largest).toBeLessThan(2 ** 31 - 1);
    expect(smallest).toBeGreaterThan(MISSING_KEY);
    expect(decodeKey(largest)).toBe(9.999999e28);
    expect(decodeKey(decimalKey(1, -16, false))).toBe(1e-16);
    expect(decodeKey(MISSING_KEY)).toBeNaN();
  });
});

describe('a numeric column stored as keys', () => {
  const keys = Int32Array.from([decimalKey(25, -1, false), MISSING_KEY, decimalKey(3, 0, true), 0]);
  const table = new Table(4, [numericColumn('x', { keys })], 'test');

  it('gives its doubles, counts its missing values, and keeps its keys through take()', () => {
    const column = table.column('x')!;
    if (column.kind !== 'numeric') throw new Error('numeric expected');
    expect(Array.from(column.values)).toEqual([2.5, NaN, -3, 0]);
    expect(missingCount(column)).toBe(1);
    const taken = table.take([3, 1, 0]).column('x')!;
    if (taken.kind !== 'numeric') throw new Error('numeric expected');
    expect(taken.keys).toBeDefined();
    expect(Array.from(taken.values)).toEqual([0, NaN, 2.5]);
  });
});
